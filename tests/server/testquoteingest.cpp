// Quotes through the real nexus-server: a counter (real nexus.db, QuoteService and CheckoutService) saves three quotes,
// converts one into a sale and cancels the other; its outbox is pushed over HTTPS as the sync engine does. Head
// office then has both quotes with their lines and totals as quoted, the converted one with its sale's folio and the
// cancelled one closed; a replay changes nothing, a second conversion of the same quote (another sale) keeps the
// first and opens an exception, a quote of another branch is quarantined; a service order's quote names the order.
// Runs on SQLite, and on PostgreSQL with NEXUS_TEST_BACKEND=postgresql.
#include "counterpushtest.h"

#include "common/clock.h"
#include "common/idgenerator.h"
#include "protocol/endpoints.h"
#include "quotes/quotepayload.h"
#include "quotes/quoteservice.h"
#include "sales/cashsessionservice.h"
#include "sales/checkoutservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace nexus;
using namespace nexus::test;

class TestQuoteIngest final : public CounterPushTest
{
    Q_OBJECT

private:
    QString shelf() const { return m_device.branchId + QStringLiteral("-wh-A"); }

    QuoteService quotes()
    {
        return QuoteService(m_counter->db(), Clock::system(), QuoteContext { m_device.id, m_device.branchId });
    }

    Cart cart(qint64 priceCents)
    {
        Cart c;
        [[maybe_unused]] Status a = c.add(CartItem { 7, QStringLiteral("BAL-7"), QStringLiteral("Balata delantera"),
                                              shelf(), Money(priceCents), Money(priceCents + 5000), Money(20000),
                                              TaxRate::iva16(), 2, QStringLiteral("25174400"), QStringLiteral("H87") },
            Quantity::units(2));
        [[maybe_unused]] Status b = c.add(CartItem { 0, QStringLiteral("MO-1"), QStringLiteral("Instalación"), {},
                                              Money(30000), Money(30000), Money(0), TaxRate::iva16(), 1,
                                              QStringLiteral("78181500"), QStringLiteral("E48"), true },
            Quantity::units(1));
        return c;
    }

    NewQuote request(const QString &name)
    {
        return NewQuote { { {}, name, QStringLiteral("8112345678"), {} }, QStringLiteral("Ford Ranger 2018"),
            quotes().defaultValidUntil(), QStringLiteral("u-caja"), QStringLiteral("Carla"), Role::Cashier };
    }

private Q_SLOTS:
    void initTestCase() { startCounterAndServer(QStringLiteral("quote-counter")); }
    void cleanupTestCase() { stopServer(); }

    void quotesArriveConvertedOnceAndCancelled()
    {
        Result<Quote> accepted = quotes().save(cart(45000), request(QStringLiteral("Transportes del Norte")));
        QVERIFY2(accepted, why(accepted).constData());
        Result<Quote> dropped = quotes().save(cart(47000), request(QStringLiteral("Pedro Garza")));
        QVERIFY2(dropped, why(dropped).constData());
        // A quote made from a service order (a ticket that charges the order) names it, each line its order line.
        std::vector<CartLine> lines = cart(45000).lines();
        lines.at(0).sourceLineId = QStringLiteral("sop-77-1");
        lines.at(1).sourceLineId = QStringLiteral("sol-77-1");
        Cart order;
        QVERIFY(order.loadServiceOrder(QStringLiteral("order-77"), QStringLiteral("OS-000077"), lines));
        Result<Quote> ordered = quotes().save(order, request(QStringLiteral("Taller Garza")));
        QVERIFY2(ordered, why(ordered).constData());
        QCOMPARE(pushPending(), QStringList(3, QString(wire::pushstatus::kApplied)));
        QCOMPARE(tenantValue(QStringLiteral("SELECT service_order_id || ' ' || service_order_folio FROM quotes "
                                            "WHERE id = ?"),
                     { ordered->id })
                     .toString(),
            QStringLiteral("order-77 OS-000077"));
        QCOMPARE(tenantValue(QStringLiteral("SELECT count(*) FROM quote_lines WHERE quote_id = ? AND "
                                            "source_line_id IN ('sop-77-1', 'sol-77-1')"),
                     { ordered->id })
                     .toLongLong(),
            2);
        // A counter quote names none.
        QCOMPARE(tenantValue(QStringLiteral("SELECT count(*) FROM quotes WHERE service_order_id = '' AND "
                                            "service_order_folio = ''"))
                     .toLongLong(),
            2);
        QCOMPARE(
            tenantValue(QStringLiteral("SELECT count(*) FROM quote_lines WHERE source_line_id = ''")).toLongLong(), 4);
        QCOMPARE(tenantValue(QStringLiteral("SELECT folio || ' ' || customer_name || ' ' || state || ' ' || "
                                            "CAST(total_cents AS TEXT) FROM quotes WHERE id = ?"),
                     { accepted->id })
                     .toString(),
            QStringLiteral("%1 Transportes del Norte open %2").arg(accepted->folio).arg(accepted->totals.gross.centavos()));
        QCOMPARE(tenantValue(QStringLiteral("SELECT count(*) FROM quote_lines WHERE quote_id = ?"), { accepted->id })
                     .toLongLong(),
            2);
        QCOMPARE(tenantValue(QStringLiteral("SELECT sum(base_cents + tax_cents) FROM quote_lines WHERE quote_id = ?"),
                     { accepted->id })
                     .toLongLong(),
            accepted->totals.gross.centavos());
        QCOMPARE(tenantValue(QStringLiteral("SELECT valid_until FROM quotes WHERE id = ?"), { accepted->id }).toString(),
            accepted->validUntil.toString(Qt::ISODate));

        // The accepted one becomes a sale; the other is cancelled.
        QVERIFY(CashSessionService(m_counter->db(), Clock::system(), m_device.id, m_device.branchId)
                    .open(QStringLiteral("u-caja"), Money(50000)));
        Result<QuoteConversion> conversion = quotes().prepareConversion(accepted->id, [](const QuoteLine &) {
            return Result<CartItem>(std::unexpected(Error(ErrorCode::Internal, "not expired")));
        });
        QVERIFY2(conversion, why(conversion).constData());
        Cart sale;
        QVERIFY(QuoteService::loadInto(sale, *conversion));
        CheckoutContext context { m_device.id, m_device.branchId, QStringLiteral("MTY1"), QStringLiteral("u-caja"),
            Role::Cashier, false };
        context.inSale = [&](const QString &saleId, const QString &folio) {
            return quotes().convertInSale(sale, saleId, folio);
        };
        Result<SaleReceipt> receipt = CheckoutService(m_counter->db(), Clock::system())
                                          .checkout(sale, { Tender { TenderMethod::Cash, Money(200000), 0, {} } }, context);
        QVERIFY2(receipt, why(receipt).constData());
        QVERIFY(quotes().cancel(dropped->id));
        const QList<wire::PushMutation> facts = pending();
        QStringList types;
        for (const wire::PushMutation &m : facts)
            types << m.type;
        QVERIFY2(types.contains(QStringLiteral("quote.converted")) && types.contains(QStringLiteral("quote.cancelled")),
            qPrintable(types.join(u',')));
        const QStringList statuses = pushPending();
        QCOMPARE(statuses, QStringList(facts.size(), QString(wire::pushstatus::kApplied)));
        QCOMPARE(tenantValue(QStringLiteral("SELECT state || ' ' || sale_folio FROM quotes WHERE id = ?"),
                     { accepted->id })
                     .toString(),
            QStringLiteral("converted ") + receipt->folio);
        QCOMPARE(tenantValue(QStringLiteral("SELECT state FROM quotes WHERE id = ?"), { dropped->id }).toString(),
            QStringLiteral("cancelled"));

        // A replay of everything changes nothing.
        QCOMPARE(postStatuses(facts), QStringList(facts.size(), QString(wire::pushstatus::kReplayed)));
        QCOMPARE(tenantValue(QStringLiteral("SELECT count(*) FROM quotes")).toLongLong(), 3);
        QCOMPARE(tenantValue(QStringLiteral("SELECT count(*) FROM quote_lines")).toLongLong(), 6);

        // Another sale for the same quote (a restored device): the first stands, HQ gets an exception.
        const qint64 nextSeq = facts.last().seq + 1;
        const QJsonObject second = quotemutation::convertedPayload(*accepted, IdGenerator::instance().nextString(),
            QStringLiteral("MTY1-000999"), QStringLiteral("2026-03-03T10:00:00.000Z"));
        QCOMPARE(postStatuses({ wire::PushMutation { IdGenerator::instance().nextString(), nextSeq, quotemutation::kSchema,
                     QString::fromLatin1(quotemutation::kConverted), second, {}, {} } }),
            QStringList { QString(wire::pushstatus::kApplied) });
        QCOMPARE(tenantValue(QStringLiteral("SELECT sale_folio FROM quotes WHERE id = ?"), { accepted->id }).toString(),
            receipt->folio);
        QCOMPARE(tenantValue(QStringLiteral("SELECT count(*) FROM exceptions WHERE kind = 'quote_converted_twice' AND "
                                            "ref = ?"),
                     { accepted->id })
                     .toLongLong(),
            1);

        // A quote of another branch is quarantined, never stored.
        Quote foreign = *dropped;
        foreign.id = IdGenerator::instance().nextString();
        foreign.folio = QStringLiteral("COT-000077");
        foreign.branchId = m_acme.branchId(QStringLiteral("GDL"));
        const QStringList refused = postStatuses({ wire::PushMutation { IdGenerator::instance().nextString(), nextSeq + 1,
            quotemutation::kSchema, QString::fromLatin1(quotemutation::kSaved), quotemutation::savedPayload(foreign),
            {}, {} } });
        QCOMPARE(refused, QStringList { QString(wire::pushstatus::kQuarantined) });
        QCOMPARE(tenantValue(QStringLiteral("SELECT count(*) FROM quotes WHERE id = ?"), { foreign.id }).toLongLong(), 0);
    }
};

QTEST_GUILESS_MAIN(TestQuoteIngest)
#include "testquoteingest.moc"
