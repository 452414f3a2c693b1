// A quote made from a service order (issue 7) remembers the order, and converting it charges that order: one real
// sale whose part leaves the stock once, from its reservation; the order charged and delivered, the quote converted.
// Never twice (a second conversion, the order charged again at the counter, a ticket that sells the quote's lines
// without the order); refused with nothing changed when the order was cancelled, charged, is not ready or its parts
// changed; labor changed since follows the quote; an expired quote takes today's catalogue prices.
#include "inventory/stockledger.h"
#include "quotes/orderquote.h"
#include "quotes/quotepayload.h"
#include "quotes/quoteservice.h"
#include "quotes/ticketcharge.h"
#include "sales/cashsessionservice.h"
#include "sales/checkoutservice.h"
#include "store/localstore.h"
#include "store/outbox.h"
#include "storefixture.h"
#include "why.h"
#include "workshop/serviceorderpayload.h"
#include "workshop/serviceorderservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace nexus;

namespace {

const QString kDevice = QStringLiteral("dev-mostrador");
const QString kBranch = QStringLiteral("branch-1");
const QString kShelf = QStringLiteral("wh-mostrador");

const WorkshopActor kAdvisor { QStringLiteral("user-asesor"), QStringLiteral("Ana Asesora"), Role::Cashier };
const WorkshopActor kManager { QStringLiteral("user-gerente"), QStringLiteral("Gloria Gerente"), Role::Manager };

CartItem part(qint64 partId, qint64 priceCents)
{
    return CartItem { partId, QStringLiteral("SKU-%1").arg(partId), QStringLiteral("Pieza %1").arg(partId), kShelf,
        Money(priceCents), Money(priceCents), Money(priceCents / 2), TaxRate::iva16(), 1, QStringLiteral("25174400"),
        QStringLiteral("H87") };
}

// Today's catalogue: every part 20 % dearer than quoted, from the same warehouse.
Result<CartItem> dearer(const QuoteLine &line)
{
    CartItem item = part(line.partId, line.unitPrice.centavos() * 12 / 10);
    item.warehouseId = line.warehouseId;
    item.priceVersion = line.priceVersion + 1;
    return item;
}

} // namespace

class TestOrderQuotes final : public QObject
{
    Q_OBJECT

    test::StoreFixture m_store { QDateTime(QDate(2026, 3, 2), QTime(17, 0), Qt::UTC) };

    Database &db() { return m_store.db(); }
    QuoteService quotes() { return QuoteService(db(), m_store.clock(), QuoteContext { kDevice, kBranch }); }
    ServiceOrderService orders()
    {
        return ServiceOrderService(db(), m_store.clock(), WorkshopContext { kDevice, kBranch, false, {} });
    }

    qint64 count(const QString &sql, const QVariantList &values = {}) { return m_store.count(sql, values); }

    // What a refused conversion must leave as it was.
    QList<qint64> footprint()
    {
        QList<qint64> counts;
        for (const char *table : { "sales", "sale_lines", "stock_movements", "outbox", "service_order_history" })
            counts << count(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table));
        counts << count(QStringLiteral("SELECT coalesce(sum(quantity), 0) FROM stock_reservations"));
        counts << count(QStringLiteral("SELECT count(*) FROM quotes WHERE state = 'open'"));
        counts << count(
            QStringLiteral("SELECT count(*) FROM service_orders WHERE sale_id IS NOT NULL AND sale_id <> ''"));
        return counts;
    }

    StockAvailability stock(qint64 partId)
    {
        Result<StockAvailability> s = orders().availability(partId, kShelf);
        return s ? *s : StockAvailability { Quantity(-999'999), Quantity(-999'999) };
    }

    void receive(qint64 partId, qint64 units)
    {
        Transaction transaction(db());
        QVERIFY(transaction.begin().has_value());
        QVERIFY(StockLedger(db())
                    .post({ { QStringLiteral("rcv-%1").arg(partId), partId, kShelf, QStringLiteral("receipt"),
                        Quantity::units(units), QStringLiteral("purchase_order"), QStringLiteral("po-1"),
                        kManager.userId, QStringLiteral("2026-03-01T00:00:00.000Z") } })
                    .has_value());
        QVERIFY(transaction.commit().has_value());
    }

    // Two brake pads at $450.00 reserved from the shelf and $600.00 of labor, the estimate approved, taken as far
    // as `last`.
    ServiceOrder order(ServiceOrderStatus last = ServiceOrderStatus::Ready)
    {
        NewServiceOrder request;
        request.customer = { QStringLiteral("cust-1"), QStringLiteral("Juan Pérez"), QStringLiteral("8112345678") };
        request.vehicle
            = { {}, QStringLiteral("NL-77-AB"), {}, QStringLiteral("Nissan"), QStringLiteral("Versa"), 2019, 84000 };
        request.complaint = QStringLiteral("Ruido al frenar");
        Result<ServiceOrder> opened = orders().open(request, kAdvisor);
        if (!opened)
            qFatal("open: %s", test::why(opened).constData());
        const auto ok = [](const Result<ServiceOrder> &done) {
            if (!done)
                qFatal("order: %s", test::why(done).constData());
        };
        ok(orders().addPart(opened->id, { part(1, 45000), Quantity::units(2), {} }, kAdvisor));
        ok(orders().addLabor(opened->id,
            { QStringLiteral("Cambio de balatas"), LaborPricing::Flat, {}, {}, Money(60000), {}, {} }, kAdvisor));
        ok(orders().approveEstimate(opened->id, QStringLiteral("Firmado"), kAdvisor));
        ServiceOrderStatus from = ServiceOrderStatus::Received;
        for (ServiceOrderStatus to : { ServiceOrderStatus::Diagnosis, ServiceOrderStatus::Repair,
                 ServiceOrderStatus::QualityCheck, ServiceOrderStatus::Ready }) {
            if (from == last)
                break;
            ok(orders().move(opened->id, from, to, kAdvisor, {}));
            from = to;
        }
        return *orders().load(opened->id);
    }

    // The order's quote as the order's detail saves it (Ctrl+Q).
    Quote quoteOf(const ServiceOrder &o)
    {
        Result<OrderQuoteDraft> draft = orderQuoteDraft(o, false);
        if (!draft)
            qFatal("draft: %s", test::why(draft).constData());
        Result<Quote> saved = quotes().save(draft->cart,
            NewQuote { draft->customer, draft->vehicle, quotes().defaultValidUntil(), QStringLiteral("user-caja"),
                QStringLiteral("Carla Cajera"), Role::Cashier });
        if (!saved)
            qFatal("save: %s", test::why(saved).constData());
        return *saved;
    }

    // The counter's conversion: the quote's lines on a ticket (Enter in the quotes list).
    Result<Cart> ticketOf(const Quote &quote)
    {
        Result<QuoteConversion> conversion = quotes().prepareConversion(quote.id, &dearer);
        if (!conversion)
            return std::unexpected(conversion.error());
        Cart cart(quote.priceList);
        cart.setCustomerId(quote.customer.customerId);
        if (Status loaded = QuoteService::loadInto(cart, *conversion); !loaded)
            return std::unexpected(loaded.error());
        return cart;
    }

    // F12: the sale with the counter's in-sale step.
    Result<SaleReceipt> pay(const Cart &cart)
    {
        CheckoutContext context { kDevice, kBranch, QStringLiteral("CEN1"), kAdvisor.userId, Role::Cashier, true };
        context.inSale = [&](const QString &saleId, const QString &folio) {
            QuoteService q = quotes();
            ServiceOrderService o = orders();
            return chargeTicketInSale(cart, q, o, kAdvisor, saleId, folio);
        };
        return CheckoutService(db(), m_store.clock())
            .checkout(cart, { Tender { TenderMethod::Cash, Money(500000), 0, {} } }, context);
    }

    // Refused naming `field`, with nothing written.
    void refusedUnchanged(const Quote &quote, const char *field, const QString &says)
    {
        const QList<qint64> before = footprint();
        Result<Cart> ticket = ticketOf(quote);
        QVERIFY(!ticket);
        QCOMPARE(ticket.error().code(), ErrorCode::Conflict);
        QCOMPARE(ticket.error().field(), QString::fromLatin1(field));
        QVERIFY2(ticket.error().message().contains(says), qPrintable(ticket.error().message()));
        Result<QStringList> listed = quotes().orderChanges(quote.id);
        QVERIFY(!listed);
        QCOMPARE(footprint(), before);
    }

private Q_SLOTS:
    void init()
    {
        const Status opened = m_store.open();
        QVERIFY2(opened, test::why(opened).constData());
        receive(1, 5);
        receive(2, 10);
        QVERIFY(CashSessionService(db(), m_store.clock(), kDevice, kBranch)
                    .open(kAdvisor.userId, Money(50000))
                    .has_value());
    }
    void cleanup() { m_store.close(); }

    void theQuoteRemembersItsOrder()
    {
        const ServiceOrder o = order();
        const Quote quote = quoteOf(o);
        QCOMPARE(quote.serviceOrderId, o.id);
        QCOMPARE(quote.serviceOrderFolio, o.folio);
        Result<Quote> stored = quotes().load(quote.id);
        QVERIFY2(stored, test::why(stored).constData());
        QCOMPARE(stored->serviceOrderFolio, QStringLiteral("OS-000001"));
        QCOMPARE(stored->lines.size(), 2u);
        QCOMPARE(stored->lines.at(0).sourceLineId, o.parts.front().id);
        QCOMPARE(stored->lines.at(1).sourceLineId, o.labor.front().id);
        QCOMPARE(stored->totals.gross, Money(150000));

        // The fact going up names the order and each line's source; the server reads them back.
        Result<QVariant> raw = db().scalar(QStringLiteral("SELECT payload FROM outbox WHERE type = 'quote.saved'"));
        const QJsonObject payload = QJsonDocument::fromJson(raw->toByteArray()).object();
        QCOMPARE(payload.value(QStringLiteral("service_order_id")).toString(), o.id);
        QCOMPARE(payload.value(QStringLiteral("service_order_folio")).toString(), o.folio);
        QCOMPARE(payload.value(QStringLiteral("lines"))
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(QStringLiteral("source_line_id"))
                     .toString(),
            o.labor.front().id);
        Result<Quote> back = quotemutation::quoteFromPayload(payload);
        QVERIFY2(back, test::why(back).constData());
        QCOMPARE(back->serviceOrderFolio, o.folio);
        QCOMPARE(back->lines.at(0).sourceLineId, o.parts.front().id);
        QJsonObject folioless = payload;
        folioless.remove(QStringLiteral("service_order_folio"));
        QCOMPARE(quotemutation::quoteFromPayload(folioless).error().field(), QStringLiteral("service_order_folio"));

        // The list finds it by the order's folio; a counter quote names no order.
        Result<std::vector<Quote>> found = quotes().list({ QStringLiteral("os-000001"), std::nullopt, 10 });
        QCOMPARE(found->size(), 1u);
        QCOMPARE(found->front().serviceOrderFolio, o.folio);
        Cart counter;
        QVERIFY(counter.add(part(2, 20000), Quantity::units(1)));
        Result<Quote> plain = quotes().save(counter,
            NewQuote { { {}, QStringLiteral("Pedro"), {}, {} }, {}, quotes().defaultValidUntil(),
                QStringLiteral("user-caja"), {}, Role::Cashier });
        QVERIFY2(plain, test::why(plain).constData());
        QVERIFY(plain->serviceOrderId.isEmpty());
        QCOMPARE(quotes().list({ QStringLiteral("os-000001"), std::nullopt, 10 })->size(), 1u);
    }

    void conversionChargesTheOrderOnce()
    {
        const ServiceOrder o = order();
        const Quote quote = quoteOf(o);
        QCOMPARE(stock(1).onHand, Quantity::units(5));
        QCOMPARE(stock(1).reserved, Quantity::units(2));

        Result<Cart> ticket = ticketOf(quote);
        QVERIFY2(ticket, test::why(ticket).constData());
        QCOMPARE(ticket->serviceOrderId(), o.id);
        QCOMPARE(ticket->quoteFolio(), quote.folio);
        QCOMPARE(ticket->lines().size(), 2u);
        QCOMPARE(ticket->lines().at(0).sourceLineId, o.parts.front().id);
        QCOMPARE(ticket->totals().gross, Money(150000));
        Result<SaleReceipt> sale = pay(*ticket);
        QVERIFY2(sale, test::why(sale).constData());
        QCOMPARE(sale->totals.gross, Money(150000));

        // The part left the stock once, from its reservation: 3 on the shelf, none held back.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM stock_movements WHERE kind = 'sale'")), 1);
        QCOMPARE(count(QStringLiteral("SELECT sum(quantity) FROM stock_movements WHERE ref_id = ?"), { sale->saleId }),
            -Quantity::units(2).thousandths());
        QCOMPARE(stock(1).onHand, Quantity::units(3));
        QCOMPARE(stock(1).reserved, Quantity());
        // The order: charged by this sale, its part charged, handed over with the sale's and the quote's folios.
        Result<ServiceOrder> charged = orders().load(o.id);
        QCOMPARE(charged->saleId, sale->saleId);
        QCOMPARE(charged->saleFolio, sale->folio);
        QCOMPARE(charged->status, ServiceOrderStatus::Delivered);
        QCOMPARE(charged->parts.front().status, PartLineStatus::Charged);
        QVERIFY2(charged->history.back().note.contains(quote.folio), qPrintable(charged->history.back().note));
        // The quote: converted into this sale; the sale names both.
        Result<Quote> converted = quotes().load(quote.id);
        QCOMPARE(converted->state, QuoteState::Converted);
        QCOMPARE(converted->saleId, sale->saleId);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sales WHERE id = ? AND quote_folio = ?"),
                     { sale->saleId, quote.folio }),
            1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE type = ?"),
                     { QString::fromLatin1(serviceordermutation::kCharged) }),
            1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE type = 'quote.converted'")), 1);
        Result<QVariant> raw = db().scalar(QStringLiteral("SELECT payload FROM outbox WHERE type = 'sale.completed'"));
        QCOMPARE(
            QJsonDocument::fromJson(raw->toByteArray()).object().value(QStringLiteral("service_order_id")).toString(),
            o.id);

        // Never twice: the quote again, the same ticket again, the order at the counter (Ctrl+O) again.
        const QList<qint64> after = footprint();
        Result<Cart> again = ticketOf(quote);
        QVERIFY(!again);
        QCOMPARE(again.error().field(), QStringLiteral("quote"));
        Result<SaleReceipt> sameTicket = pay(*ticket);
        QVERIFY(!sameTicket);
        Result<ServiceOrderCharge> charge = orders().charge(o.id);
        Cart counter;
        QVERIFY(counter.loadServiceOrder(o.id, o.folio, cartLines(*charge)));
        Result<SaleReceipt> orderAgain = pay(counter);
        QVERIFY(!orderAgain);
        QCOMPARE(footprint(), after);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sales")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM stock_movements WHERE kind = 'sale'")), 1);
    }

    // The bug this closes: the quote's lines sold as plain counter lines while the order keeps its reservation.
    void aTicketWithoutTheOrderCannotConvertIt()
    {
        const ServiceOrder o = order();
        const Quote quote = quoteOf(o);
        Cart plain(quote.priceList);
        QVERIFY(plain.add(part(1, 45000), Quantity::units(2)));
        plain.setQuote(quote.id, quote.folio);
        const QList<qint64> before = footprint();
        Result<SaleReceipt> sale = pay(plain);
        QVERIFY(!sale);
        QCOMPARE(sale.error().field(), QStringLiteral("quote"));
        QVERIFY2(sale.error().message().contains(o.folio), qPrintable(sale.error().message()));
        QCOMPARE(footprint(), before);
        QCOMPARE(stock(1).reserved, Quantity::units(2));
    }

    void aCancelledOrderIsRefused()
    {
        const ServiceOrder o = order();
        const Quote quote = quoteOf(o);
        QVERIFY(orders().move(o.id, ServiceOrderStatus::Ready, ServiceOrderStatus::Cancelled, kManager,
            QStringLiteral("El cliente se llevó el auto")));
        refusedUnchanged(quote, "service_order", QStringLiteral("cancel"));
        QCOMPARE(stock(1).reserved, Quantity()); // cancelling gave the parts back; nothing was sold
        QCOMPARE(quotes().load(quote.id)->state, QuoteState::Open);
    }

    void aChargedOrderIsRefused()
    {
        const ServiceOrder o = order();
        const Quote quote = quoteOf(o);
        // Charged at the counter as it stood (Ctrl+O), before anybody converted the quote.
        Result<ServiceOrderCharge> charge = orders().charge(o.id);
        Cart counter;
        QVERIFY(counter.loadServiceOrder(o.id, o.folio, cartLines(*charge)));
        Result<SaleReceipt> sale = pay(counter);
        QVERIFY2(sale, test::why(sale).constData());
        refusedUnchanged(quote, "service_order", sale->folio);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM stock_movements WHERE kind = 'sale'")), 1);
    }

    void anOrderNotReadyIsRefusedUntilItIs()
    {
        const ServiceOrder o = order(ServiceOrderStatus::Repair);
        const Quote quote = quoteOf(o);
        refusedUnchanged(quote, "service_order", o.folio);
        QVERIFY(orders().move(o.id, ServiceOrderStatus::Repair, ServiceOrderStatus::QualityCheck, kAdvisor, {}));
        QVERIFY(orders().move(o.id, ServiceOrderStatus::QualityCheck, ServiceOrderStatus::Ready, kAdvisor, {}));
        Result<Cart> ticket = ticketOf(quote);
        QVERIFY2(ticket, test::why(ticket).constData());
        QVERIFY(pay(*ticket));
    }

    void anExpiredQuoteTakesTodaysPrices()
    {
        const ServiceOrder o = order();
        const Quote quote = quoteOf(o);
        m_store.clock().set(QDateTime(quote.validUntil.addDays(1), QTime(17, 0), Qt::UTC));
        Result<QuoteConversion> conversion = quotes().prepareConversion(quote.id, &dearer);
        QVERIFY2(conversion, test::why(conversion).constData());
        QVERIFY(!conversion->pricesHonoured);
        QCOMPARE(conversion->repriced, QStringList { QStringLiteral("SKU-1") });
        Result<Cart> ticket = ticketOf(quote);
        QVERIFY2(ticket, test::why(ticket).constData());
        // The part at today's $540.00, the labor at its quoted $600.00 (it has no catalogue price).
        QCOMPARE(ticket->lines().at(0).item.unitPrice, Money(54000));
        QCOMPARE(ticket->lines().at(1).item.unitPrice, Money(60000));
        Result<SaleReceipt> sale = pay(*ticket);
        QVERIFY2(sale, test::why(sale).constData());
        QCOMPARE(sale->totals.gross, Money(168000));
        QCOMPARE(stock(1).onHand, Quantity::units(3));
        QCOMPARE(stock(1).reserved, Quantity());
        QCOMPARE(orders().load(o.id)->saleId, sale->saleId);
    }

    // Labor added or taken off after the quote: the quote is what the customer accepted, and says so.
    void laborChangedSinceFollowsTheQuote()
    {
        const ServiceOrder o = order();
        const Quote quote = quoteOf(o);
        QVERIFY(orders().addLabor(
            o.id, { QStringLiteral("Lavado"), LaborPricing::Flat, {}, {}, Money(10000), {}, {} }, kAdvisor));
        QVERIFY(orders().removeLabor(o.id, o.labor.front().id, kAdvisor));
        Result<QStringList> changes = quotes().orderChanges(quote.id);
        QVERIFY2(changes, test::why(changes).constData());
        QCOMPARE(changes->size(), 2);
        QVERIFY2(changes->at(0).contains(QStringLiteral("Lavado")) && changes->at(0).contains(QStringLiteral("not")),
            qPrintable(changes->join(u'|')));
        QVERIFY2(changes->at(1).contains(QStringLiteral("Cambio de balatas")), qPrintable(changes->join(u'|')));

        Result<Cart> ticket = ticketOf(quote);
        QVERIFY2(ticket, test::why(ticket).constData());
        QCOMPARE(ticket->totals().gross, Money(150000));
        Result<SaleReceipt> sale = pay(*ticket);
        QVERIFY2(sale, test::why(sale).constData());
        QCOMPARE(sale->totals.gross, Money(150000));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sale_lines WHERE sale_id = ? AND description = 'Lavado'"),
                     { sale->saleId }),
            0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sale_lines WHERE sale_id = ? AND part_id = 0"),
                     { sale->saleId }),
            1);
        QCOMPARE(orders().load(o.id)->status, ServiceOrderStatus::Delivered);
        QCOMPARE(stock(1).reserved, Quantity());
    }

    // Parts added or taken off after the quote: their stock goes through the order's reservations, so the quote
    // cannot be charged as accepted; each part is named and nothing changes.
    void partsChangedSinceAreRefused()
    {
        const ServiceOrder o = order();
        const Quote quote = quoteOf(o);
        Result<ServiceOrder> added = orders().addPart(o.id, { part(2, 20000), Quantity::units(1), {} }, kAdvisor);
        QVERIFY2(added, test::why(added).constData());
        refusedUnchanged(quote, "service_order", QStringLiteral("SKU-2"));
        QVERIFY(orders().removePart(o.id, added->parts.back().id, kAdvisor));
        QVERIFY(orders().removePart(o.id, o.parts.front().id, kAdvisor));
        refusedUnchanged(quote, "service_order", QStringLiteral("SKU-1"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sales")), 0);
    }

    // The workshop changed the order's parts between the conversion and the payment: the whole sale is undone.
    void aStaleTicketIsUndone()
    {
        const ServiceOrder o = order();
        const Quote quote = quoteOf(o);
        Result<Cart> ticket = ticketOf(quote);
        QVERIFY2(ticket, test::why(ticket).constData());
        QVERIFY(orders().addPart(o.id, { part(2, 20000), Quantity::units(1), {} }, kAdvisor));
        const QList<qint64> before = footprint();
        Result<SaleReceipt> sale = pay(*ticket);
        QVERIFY(!sale);
        QCOMPARE(sale.error().field(), QStringLiteral("service_order"));
        QCOMPARE(footprint(), before);
        QCOMPARE(quotes().load(quote.id)->state, QuoteState::Open);
    }

    void nothingToQuoteOnAChargedOrCancelledOrder()
    {
        const ServiceOrder o = order();
        QVERIFY(orders().move(
            o.id, ServiceOrderStatus::Ready, ServiceOrderStatus::Cancelled, kManager, QStringLiteral("No regresó")));
        Result<OrderQuoteDraft> draft = orderQuoteDraft(*orders().load(o.id), false);
        QVERIFY(!draft);
        QCOMPARE(draft.error().field(), QStringLiteral("order"));
    }
};

QTEST_GUILESS_MAIN(TestOrderQuotes)
#include "testorderquotes.moc"
