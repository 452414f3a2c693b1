// Quotes: saved from the counter's cart with the prices and totals as quoted (IVA per line, then summed), folio per
// branch, the fact in the outbox; bad input refused with nothing written; vigente through the valid-until day and
// vencida after; converted into one sale at the quoted prices until expiry and at today's after, never twice.
#include "notifications/notificationservice.h"
#include "quotes/quotepayload.h"
#include "quotes/quoteservice.h"
#include "sales/cartsummary.h"
#include "sales/cashsessionservice.h"
#include "sales/checkoutservice.h"
#include "store/domainevents.h"
#include "store/localstore.h"
#include "store/outbox.h"
#include "storefixture.h"
#include "why.h"

#include <QJsonArray>
#include <QScopeGuard>
#include <QTest>

using namespace nexus;

namespace {

const QString kDevice = QStringLiteral("dev-mostrador");
const QString kBranch = QStringLiteral("branch-1");
const QString kShelf = QStringLiteral("wh-mostrador");

CartItem part(qint64 partId, qint64 priceCents)
{
    return CartItem { partId, QStringLiteral("SKU-%1").arg(partId), QStringLiteral("Pieza %1").arg(partId), kShelf,
        Money(priceCents), Money(priceCents + 5000), Money(priceCents / 2), TaxRate::iva16(), 3,
        QStringLiteral("25174400"), QStringLiteral("H87") };
}

} // namespace

class TestQuotes final : public QObject
{
    Q_OBJECT

    test::StoreFixture m_store { QDateTime(QDate(2026, 3, 2), QTime(17, 0), Qt::UTC) };

    Database &db() { return m_store.db(); }
    QuoteService service() { return QuoteService(db(), m_store.clock(), QuoteContext { kDevice, kBranch }); }

    qint64 count(const QString &sql) { return m_store.count(sql); }

    // Two brake pads at $1,159.90 with 10 % off the line, a filter at $249.50, and 5 % off the ticket.
    Cart cart()
    {
        Cart c(QStringLiteral("publico"));
        c.setCustomerId(QStringLiteral("cust-1"));
        [[maybe_unused]] Status a = c.add(part(1, 115990), Quantity::units(2));
        [[maybe_unused]] Status b = c.setLineDiscountPpm(0, 100000);
        [[maybe_unused]] Status d = c.add(part(2, 24950), Quantity::units(1));
        [[maybe_unused]] Status e = c.setTicketDiscountPpm(50000);
        return c;
    }

    NewQuote request(QDate validUntil = {})
    {
        return NewQuote { { QStringLiteral("cust-1"), QStringLiteral("Juan Pérez"), QStringLiteral("+525512345678"),
                              QStringLiteral("juan@example.com") },
            QStringLiteral("Nissan Versa 2019 (ABC-123-D)"),
            validUntil.isValid() ? validUntil : service().defaultValidUntil(), QStringLiteral("user-caja"),
            QStringLiteral("Carla Cajera"), Role::Cashier };
    }

    Quote saved()
    {
        Result<Quote> quote = service().save(cart(), request());
        if (!quote)
            qFatal("save: %s", test::why(quote).constData());
        return *quote;
    }

    // Today's catalogue: every part 20 % dearer than quoted.
    static Result<CartItem> dearer(const QuoteLine &line)
    {
        CartItem item = part(line.partId, line.unitPrice.centavos() * 12 / 10);
        item.priceVersion = line.priceVersion + 1;
        return item;
    }

    Result<SaleReceipt> checkout(const Cart &c)
    {
        CheckoutContext context { kDevice, kBranch, QStringLiteral("CEN1"), QStringLiteral("user-caja"),
            Role::Cashier, true };
        context.inSale = [&](const QString &saleId, const QString &folio) {
            return service().convertInSale(c, saleId, folio);
        };
        return CheckoutService(db(), m_store.clock())
            .checkout(c, { Tender { TenderMethod::Cash, Money(500000), 0, {} } }, context);
    }

private Q_SLOTS:
    void init()
    {
        const Status opened = m_store.open();
        QVERIFY2(opened, test::why(opened).constData());
    }
    void cleanup() { m_store.close(); }

    void saveKeepsLinesPricesTotalsAndTheFact()
    {
        const Cart source = cart();
        const CartSummary summary = summarizeCart(source);
        const Quote quote = saved();
        QCOMPARE(quote.folio, QStringLiteral("COT-000001"));
        QCOMPARE(quote.validUntil, QDate(2026, 3, 17)); // 15 days
        QCOMPARE(quote.lines.size(), 2u);

        Result<Quote> stored = service().load(quote.id);
        QVERIFY2(stored.has_value(), test::why(stored).constData());
        QCOMPARE(stored->customer.name, QStringLiteral("Juan Pérez"));
        QCOMPARE(stored->vehicle, QStringLiteral("Nissan Versa 2019 (ABC-123-D)"));
        QCOMPARE(stored->ticketDiscountPpm, 50000);
        QCOMPARE(stored->lines.at(0).unitPrice, Money(115990));
        QCOMPARE(stored->lines.at(0).discountPpm, 100000);
        QCOMPARE(stored->lines.at(0).quantity, Quantity::units(2));
        QCOMPARE(stored->lines.at(0).priceVersion, 3);
        // Totals as the counter prices them: per line, then summed; the IVA is the sum of the lines' IVA.
        QCOMPARE(stored->totals.gross, summary.totals.gross);
        QCOMPARE(stored->totals.base, summary.totals.base);
        QCOMPARE(stored->totals.tax, summary.totals.tax);
        QCOMPARE(stored->discount, summary.discount);
        Money lineTax;
        Money lineGross;
        for (const QuoteLine &line : stored->lines) {
            lineTax += line.amounts.tax;
            lineGross += line.amounts.gross;
        }
        QCOMPARE(lineTax, stored->totals.tax);
        QCOMPARE(lineGross, stored->totals.gross);
        // (2 × 1159.90 × 0.9 + 249.50) × 0.95 : 1983.43 + 237.02 (each line rounded to the centavo).
        QCOMPARE(stored->totals.gross.centavos(), 222045);
        QCOMPARE(stored->totals.base + stored->totals.tax, stored->totals.gross);

        Result<QList<OutboxEntry>> pending = Outbox(db()).pending(10);
        QVERIFY(pending.has_value());
        QCOMPARE(pending->size(), 1);
        QCOMPARE(pending->first().type, QStringLiteral("quote.saved"));
        Result<Quote> back = quotemutation::quoteFromPayload(pending->first().payload);
        QVERIFY2(back.has_value(), test::why(back).constData());
        QCOMPARE(back->folio, quote.folio);
        QCOMPARE(back->totals.gross.centavos(), 222045);
        QCOMPARE(back->lines.size(), 2u);

        QCOMPARE(saved().folio, QStringLiteral("COT-000002"));
    }

    void badInputSavesNothing()
    {
        const QDate today = service().today();
        const auto refused = [&](const Cart &c, const NewQuote &r, const char *field) {
            Result<Quote> quote = service().save(c, r);
            QVERIFY(!quote);
            QCOMPARE(quote.error().field(), QString::fromLatin1(field));
        };
        refused(Cart(), request(), "cart");
        NewQuote nameless = request();
        nameless.customer.name = QStringLiteral("   ");
        refused(cart(), nameless, "customer");
        refused(cart(), request(today.addDays(-1)), "valid_until");
        refused(cart(), request(today.addDays(QuoteService::kMaxValidityDays + 1)), "valid_until");
        NewQuote mechanic = request();
        mechanic.role = Role::Mechanic;
        Result<Quote> denied = service().save(cart(), mechanic);
        QVERIFY(!denied);
        QCOMPARE(denied.error().code(), ErrorCode::PermissionDenied);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM quotes")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM quote_lines")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM folio_counters")), 0);
        // Today itself is a valid last day.
        QVERIFY(service().save(cart(), request(today)).has_value());
    }

    void vigenteThroughTheDayThenVencida()
    {
        const Quote quote = saved();
        QCOMPARE(quote.statusOn(QDate(2026, 3, 17)), QuoteStatus::Valid);
        QCOMPARE(quote.statusOn(QDate(2026, 3, 18)), QuoteStatus::Expired);
        QVERIFY(quote.pricesHoldOn(QDate(2026, 3, 17)));
        QVERIFY(!quote.pricesHoldOn(QDate(2026, 3, 18)));

        const Quote other = saved();
        QVERIFY(service().cancel(other.id));
        const auto listed = [&](std::optional<QuoteStatus> status, const QString &text = {}) {
            Result<std::vector<Quote>> quotes = service().list({ text, status, 50 });
            QStringList folios;
            for (const Quote &q : quotes.value())
                folios << q.folio;
            return folios;
        };
        QCOMPARE(listed(QuoteStatus::Valid), QStringList { quote.folio });
        QCOMPARE(listed(QuoteStatus::Cancelled), QStringList { other.folio });
        QCOMPARE(listed(QuoteStatus::Expired), QStringList());
        QCOMPARE(listed(std::nullopt, QStringLiteral("000002")), QStringList { other.folio });
        QCOMPARE(listed(std::nullopt, QStringLiteral("pérez")).size(), 2);
        QCOMPARE(listed(std::nullopt, QStringLiteral("100%")), QStringList());

        m_store.clock().set(QDateTime(QDate(2026, 3, 18), QTime(17, 0), Qt::UTC));
        QCOMPARE(listed(QuoteStatus::Valid), QStringList());
        QCOMPARE(listed(QuoteStatus::Expired), QStringList { quote.folio });
    }

    void conversionHonoursQuotedPricesUntilExpiry()
    {
        const Quote quote = saved();
        Result<QuoteConversion> honoured = service().prepareConversion(quote.id, &dearer);
        QVERIFY2(honoured.has_value(), test::why(honoured).constData());
        QVERIFY(honoured->pricesHonoured);
        QVERIFY(honoured->repriced.isEmpty());
        Cart c;
        QVERIFY(QuoteService::loadInto(c, *honoured));
        QCOMPARE(c.quoteFolio(), quote.folio);
        QCOMPARE(c.lines().at(0).item.unitPrice, Money(115990));
        QCOMPARE(summarizeCart(c).totals.gross, quote.totals.gross);

        // Last valid day, late at night local time: still honoured; the day after: today's prices.
        m_store.clock().set(QDateTime(QDate(2026, 3, 17), QTime(23, 0), Qt::UTC).toLocalTime().toUTC());
        QVERIFY(service().prepareConversion(quote.id, &dearer)->pricesHonoured);
        m_store.clock().set(QDateTime(QDate(2026, 3, 18), QTime(17, 0), Qt::UTC));
        Result<QuoteConversion> expired = service().prepareConversion(quote.id, &dearer);
        QVERIFY2(expired.has_value(), test::why(expired).constData());
        QVERIFY(!expired->pricesHonoured);
        QCOMPARE(expired->repriced, (QStringList { QStringLiteral("SKU-1"), QStringLiteral("SKU-2") }));
        Cart later;
        QVERIFY(QuoteService::loadInto(later, *expired));
        QCOMPARE(later.lines().at(0).item.unitPrice, Money(139188));
        QCOMPARE(later.lines().at(0).item.priceVersion, 4);
        QCOMPARE(later.lines().at(0).discountPpm, 100000); // the discounts quoted still apply
        QCOMPARE(later.ticketDiscountPpm(), 50000);
        QVERIFY(summarizeCart(later).totals.gross > quote.totals.gross);
    }

    void convertsIntoOneSaleOnly()
    {
        QVERIFY(CashSessionService(db(), m_store.clock(), kDevice, kBranch)
                    .open(QStringLiteral("user-caja"), Money(50000)));
        // The branch hears that the customer took the quote (quote_approved), from the sale's own transaction.
        NotificationService notifications(db(), m_store.clock());
        attachEventSink(db(), &notifications);
        const auto detach = qScopeGuard([this] { attachEventSink(db(), nullptr); });
        const Quote quote = saved();
        Result<QuoteConversion> conversion = service().prepareConversion(quote.id, &dearer);
        QVERIFY(conversion.has_value());
        Cart c(quote.priceList);
        c.setCustomerId(quote.customer.customerId);
        QVERIFY(QuoteService::loadInto(c, *conversion));
        Result<SaleReceipt> sale = checkout(c);
        QVERIFY2(sale.has_value(), test::why(sale).constData());
        QCOMPARE(sale->totals.gross, quote.totals.gross);

        Result<Quote> converted = service().load(quote.id);
        QCOMPARE(converted->state, QuoteState::Converted);
        QCOMPARE(converted->statusOn(service().today()), QuoteStatus::Converted);
        QCOMPARE(converted->saleId, sale->saleId);
        QCOMPARE(converted->saleFolio, sale->folio);
        Result<QVariant> recorded
            = db().scalar(QStringLiteral("SELECT quote_folio FROM sales WHERE id = ?"), { sale->saleId });
        QCOMPARE(recorded->toString(), quote.folio);
        Result<QList<OutboxEntry>> pending = Outbox(db()).pending(10);
        QStringList types;
        for (const OutboxEntry &entry : *pending)
            types << entry.type;
        QVERIFY2(types.contains(QStringLiteral("quote.converted")), qPrintable(types.join(u',')));
        QCOMPARE(pending->last().type, QStringLiteral("quote.converted"));
        QCOMPARE(pending->last().payload.value(QStringLiteral("sale_folio")).toString(), sale->folio);
        Result<std::vector<NotificationMessage>> approved
            = notifications.store().messages(std::nullopt, NotificationChannel::InApp, 10);
        QVERIFY(approved);
        QCOMPARE(approved->size(), size_t(1));
        QCOMPARE(approved->front().event, NotificationEvent::QuoteApproved);
        QCOMPARE(approved->front().refId, quote.id);
        QVERIFY2(approved->front().subject.contains(quote.folio)
                && approved->front().body.contains(QStringLiteral("Juan Pérez"))
                && approved->front().body.contains(quote.totals.gross.format(QLocale(QLocale::Spanish, QLocale::Mexico))),
            qPrintable(approved->front().subject + QLatin1Char('|') + approved->front().body));

        // Not twice: the list refuses to load it, and a ticket that still names it cannot be charged.
        Result<QuoteConversion> again = service().prepareConversion(quote.id, &dearer);
        QVERIFY(!again);
        QCOMPARE(again.error().code(), ErrorCode::Conflict);
        QCOMPARE(again.error().field(), QStringLiteral("quote"));
        Result<SaleReceipt> second = checkout(c);
        QVERIFY(!second);
        QCOMPARE(second.error().field(), QStringLiteral("quote"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sales")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE type = 'quote.converted'")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM notification_messages WHERE event = 'quote_approved'")), 1);
    }

    void cancelledQuotesStayClosed()
    {
        const Quote quote = saved();
        QVERIFY(service().cancel(quote.id));
        Status twice = service().cancel(quote.id);
        QVERIFY(!twice);
        QCOMPARE(twice.error().code(), ErrorCode::Conflict);
        QVERIFY(!service().prepareConversion(quote.id, &dearer));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE type = 'quote.cancelled'")), 1);
        Result<std::optional<Quote>> found = service().findByFolio(QStringLiteral("cot-000001"));
        QVERIFY(found.has_value() && found->has_value());
        QCOMPARE((*found)->statusOn(service().today()), QuoteStatus::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestQuotes)
#include "testquotes.moc"
