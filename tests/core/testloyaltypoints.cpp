// Paying with loyalty points at the counter (issue 7): a tender limited to the customer's balance, written by the
// sale's own transaction (ledger debit, the outbox fact loyalty.points_moved, the payment row the ticket prints as
// "Puntos (N)"); refused with nothing written when the points do not cover it, are not whole or the sale has no
// customer; a return of such a ticket gives the points back first (ledger credit, its own fact) and only the rest in
// cash, which is what the till expects; points are earned only on what was paid with money.
#include "cash/tillledger.h"
#include "customers/customeranalytics.h"
#include "customers/customerservice.h"
#include "customers/loyalty.h"
#include "customers/loyaltyledger.h"
#include "mockclock.h"
#include "printing/saleticketbuilder.h"
#include "returns/returnservice.h"
#include "sales/cashsessionservice.h"
#include "sales/checkoutservice.h"
#include "store/localstore.h"
#include "store/outbox.h"
#include "tempdir.h"
#include "why.h"

#include <QTest>

using namespace nexus;

namespace {

const QString kDevice = QStringLiteral("0190a1b2-dev1");
const QString kBranch = QStringLiteral("branch-1");

CartItem item(qint64 partId, qint64 priceCents)
{
    return CartItem { partId, QStringLiteral("SKU-%1").arg(partId), QStringLiteral("Pieza %1").arg(partId),
        QStringLiteral("wh-1"), Money(priceCents), Money(priceCents), Money(priceCents / 2), TaxRate::iva16(), 1,
        QStringLiteral("25174400"), QStringLiteral("H87") };
}

Tender cash(qint64 cents)
{
    return Tender { TenderMethod::Cash, Money(cents), 0, {} };
}

Tender points(qint64 cents)
{
    return Tender { TenderMethod::LoyaltyPoints, Money(cents), 0, {} };
}

} // namespace

class TestLoyaltyPoints final : public QObject
{
    Q_OBJECT

private:
    test::TempDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    test::MockClock m_clock { QDateTime(QDate(2026, 3, 2), QTime(15, 0), Qt::UTC) };
    QString m_customer;
    QString m_session;
    int m_round = 0;

    Database &db() { return m_store->db(); }
    qint64 number(const QString &sql, const QVariantList &values = {})
    {
        Result<QVariant> value = db().scalar(sql, values);
        return value && value->isValid() ? value->toLongLong() : -1;
    }
    qint64 balance()
    {
        Result<qint64> b = LoyaltyLedger(db()).balance(m_customer);
        return b ? *b : -1;
    }
    Result<SaleReceipt> sell(const std::vector<std::pair<qint64, int>> &lines, const std::vector<Tender> &tenders,
        bool withCustomer = true)
    {
        Cart cart;
        for (const auto &[price, units] : lines)
            if (Status added = cart.add(item(price, price), Quantity::units(units)); !added)
                return std::unexpected(added.error());
        if (withCustomer)
            cart.setCustomerId(m_customer);
        const CheckoutContext context { kDevice, kBranch, QStringLiteral("MTZ1"), QStringLiteral("user-cajero"),
            Role::Cashier, false, {} };
        return CheckoutService(db(), m_clock).checkout(cart, tenders, context);
    }
    Result<ReturnRecord> giveBack(const QString &saleId, int lineNo, int units)
    {
        const ReturnRequest request { saleId, { ReturnLineRequest { lineNo, Quantity::units(units),
                                                  ReturnDestination::Stock } },
            QStringLiteral("No le quedó"), RefundMethod::Cash, {}, {} };
        const ReturnContext context { kDevice, kBranch, QStringLiteral("MTZ1"), QStringLiteral("user-gerente"),
            Role::Manager, {} };
        return ReturnService(db(), m_clock).processReturn(request, context);
    }
    QList<OutboxEntry> pointFacts()
    {
        QList<OutboxEntry> facts;
        Result<QList<OutboxEntry>> pending = Outbox(db()).pending(100);
        if (pending)
            for (const OutboxEntry &entry : *pending)
                if (entry.type == kLoyaltyPointsMovedMutation)
                    facts << entry;
        return facts;
    }

private Q_SLOTS:
    void init()
    {
        Result<std::unique_ptr<LocalStore>> store = LocalStore::open(m_dir.file(QStringLiteral("nexus-%1.db").arg(++m_round)));
        QVERIFY2(store, test::why(store).constData());
        m_store = std::move(*store);
        CustomerFields fields;
        fields.name = QStringLiteral("Talleres Ruiz");
        fields.phone = QStringLiteral("5512345678");
        const CustomerContext manager { kDevice, kBranch, QStringLiteral("user-gerente"), Role::Manager, {}, {} };
        Result<Customer> created = CustomerService(db(), m_clock).create(fields, manager);
        QVERIFY2(created, test::why(created).constData());
        m_customer = created->id;
        Result<CashSession> till
            = CashSessionService(db(), m_clock, kDevice, kBranch).open(QStringLiteral("user-cajero"), Money(50000));
        QVERIFY2(till, test::why(till).constData());
        m_session = till->id;
    }

    void pointValueRule()
    {
        QCOMPARE(loyaltyPointsWorth(400), Money(4000));
        QCOMPARE(loyaltyPointsFor(Money(4000)), qint64(400));
        QCOMPARE(loyaltyPointsFor(Money(4009)), qint64(400)); // whole points only
        QCOMPARE(loyaltyPointsFor(Money(-10)), qint64(0));
        QCOMPARE(satPaymentForm(TenderMethod::LoyaltyPoints), QStringLiteral("05"));
    }

    void paysWithPointsAndGivesThemBackOnReturn()
    {
        // $5,000 in cash earns 500 points (1 per whole $10).
        Result<SaleReceipt> first = sell({ { 500000, 1 } }, { cash(500000) });
        QVERIFY2(first, test::why(first).constData());
        QCOMPARE(balance(), qint64(500));

        // Refusals write nothing: more points than the balance, part of a point, no customer on the sale.
        const qint64 salesBefore = number(QStringLiteral("SELECT count(*) FROM sales"));
        const qint64 outboxBefore = number(QStringLiteral("SELECT count(*) FROM outbox"));
        Result<SaleReceipt> tooMany = sell({ { 11600, 1 } }, { points(5010), cash(6590) });
        QVERIFY(!tooMany);
        QCOMPARE(tooMany.error().field(), QStringLiteral("loyalty_points"));
        QVERIFY2(tooMany.error().message().contains(QStringLiteral("500")), qPrintable(tooMany.error().message()));
        Result<SaleReceipt> partPoint = sell({ { 11600, 1 } }, { points(1005), cash(10595) });
        QVERIFY(!partPoint);
        QCOMPARE(partPoint.error().field(), QStringLiteral("loyalty_points"));
        Result<SaleReceipt> noCustomer = sell({ { 11600, 1 } }, { points(1000), cash(10600) }, false);
        QVERIFY(!noCustomer);
        QCOMPARE(noCustomer.error().field(), QStringLiteral("customer"));
        QCOMPARE(number(QStringLiteral("SELECT count(*) FROM sales")), salesBefore);
        QCOMPARE(number(QStringLiteral("SELECT count(*) FROM outbox")), outboxBefore);
        QCOMPARE(number(QStringLiteral("SELECT count(*) FROM loyalty_ledger")), qint64(0));

        // $116.00 paid with 400 points ($40.00) and $76.00 cash: the points leave the balance in the same sale, and
        // the ticket earns 7 points on the $76 paid with money.
        Result<SaleReceipt> paid = sell({ { 11600, 1 } }, { points(4000), cash(7600) });
        QVERIFY2(paid, test::why(paid).constData());
        QCOMPARE(number(QStringLiteral("SELECT amount_cents FROM sale_payments WHERE sale_id = ? AND method = "
                                       "'loyalty_points'"),
                     { paid->saleId }),
            qint64(4000));
        QCOMPARE(number(QStringLiteral("SELECT points FROM loyalty_ledger WHERE ref_id = ?"), { paid->saleId }),
            qint64(-400));
        QCOMPARE(balance(), qint64(500 - 400 + 7));
        QList<OutboxEntry> facts = pointFacts();
        QCOMPARE(facts.size(), 1);
        QCOMPARE(facts.front().payload.value(QStringLiteral("points")).toInteger(), qint64(-400));
        QCOMPARE(facts.front().payload.value(QStringLiteral("value_cents")).toInteger(), qint64(4000));
        QCOMPARE(facts.front().payload.value(QStringLiteral("ref_folio")).toString(), paid->folio);
        QCOMPARE(facts.front().payload.value(QStringLiteral("customer_id")).toString(), m_customer);
        QVERIFY(facts.front().seq > paid->outboxSeq); // written after the sale's own fact, in its transaction
        Result<LoyaltyMove> readBack = loyaltyMoveFromPayload(facts.front().payload);
        QVERIFY2(readBack, test::why(readBack).constData());
        QCOMPARE(readBack->refType, QStringLiteral("sale"));

        // The ticket says how much was paid with how many points.
        Result<ReceiptDocument> ticket = SaleTicketBuilder(db()).build(paid->saleId, SaleTicketOptions {});
        QVERIFY2(ticket, test::why(ticket).constData());
        const QString text = ticket->plainLines(48).join(QLatin1Char('\n'));
        QVERIFY2(text.contains(QStringLiteral("Puntos (400)")) && text.contains(QStringLiteral("$40.00")),
            qPrintable(text));

        // Customer analytics show the same balance.
        Result<CustomerAnalytics> analytics = customerAnalytics(db(), m_customer, m_clock.nowUtc());
        QVERIFY2(analytics, test::why(analytics).constData());
        QCOMPARE(analytics->points, balance());

        // The whole ticket comes back: its 400 points go back to the customer, the other $76.00 out of the drawer,
        // and the 7 points it earned are taken back.
        Result<ReturnRecord> returned = giveBack(paid->saleId, 1, 1);
        QVERIFY2(returned, test::why(returned).constData());
        QCOMPARE(returned->pointsBack, qint64(400));
        QCOMPARE(returned->pointsValue, Money(4000));
        QCOMPARE(returned->moneyRefund(), Money(7600));
        QCOMPARE(balance(), qint64(500));
        facts = pointFacts();
        QCOMPARE(facts.size(), 2);
        QCOMPARE(facts.back().payload.value(QStringLiteral("points")).toInteger(), qint64(400));
        QCOMPARE(facts.back().payload.value(QStringLiteral("ref_type")).toString(), QStringLiteral("return"));
        QCOMPARE(number(QStringLiteral("SELECT points_cents FROM returns WHERE id = ?"), { returned->id }),
            qint64(4000));
        Result<TillFigures> till = TillLedger(db()).figures(m_session);
        QVERIFY2(till, test::why(till).constData());
        QCOMPARE(till->cashRefunds, Money(7600));
        QCOMPARE(till->expected(QStringLiteral("loyalty_points")), Money(4000));
    }

    void partialReturnsGivePointsBackFirst()
    {
        QVERIFY(sell({ { 500000, 1 } }, { cash(500000) }).has_value()); // 500 points
        // Two pieces of $50.00, $30.00 of them paid with 300 points.
        Result<SaleReceipt> paid = sell({ { 5000, 2 } }, { points(3000), cash(7000) });
        QVERIFY2(paid, test::why(paid).constData());
        QCOMPARE(balance(), qint64(500 - 300 + 7));
        Result<ReturnRecord> first = giveBack(paid->saleId, 1, 1);
        QVERIFY2(first, test::why(first).constData());
        QCOMPARE(first->pointsBack, qint64(300));
        QCOMPARE(first->moneyRefund(), Money(2000));
        Result<ReturnRecord> second = giveBack(paid->saleId, 1, 1);
        QVERIFY2(second, test::why(second).constData());
        QCOMPARE(second->pointsBack, qint64(0)); // all the points came back with the first piece
        QCOMPARE(second->moneyRefund(), Money(5000));
        QCOMPARE(balance(), qint64(500));
        Result<TillFigures> till = TillLedger(db()).figures(m_session);
        QVERIFY2(till, test::why(till).constData());
        QCOMPARE(till->cashRefunds, Money(7000));
    }

    void cleanup() { m_store.reset(); }
};

QTEST_GUILESS_MAIN(TestLoyaltyPoints)
#include "testloyaltypoints.moc"
