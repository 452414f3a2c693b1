// ServiceOrderReplica: an order of the branch pulled from the server ("service_orders" rows in the shape of server
// tenant migration 0029) lands in the receiving counter's nexus.db with its history, lines, note and the stock it
// holds back, without a fact of the counter's own; the counter then moves it and charges it at its till like one it
// opened; a local move not yet acknowledged survives a pull of the server's older state; the stock held back follows
// the pulled lines; a folio the counter already uses for another order gets the opening device's tag. A pulled part
// line is charged with the list price, cost and price version it was reserved with (service_order schema 2), and one
// the server has none for (schema 1) with the counter's catalogue's, never cost 0.
#include "inventory/stockledger.h"
#include "mockclock.h"
#include "quotes/orderquote.h"
#include "sales/cartitemlookup.h"
#include "sales/cashsessionservice.h"
#include "sales/checkoutservice.h"
#include "store/catalogstore.h"
#include "store/localstore.h"
#include "store/outbox.h"
#include "tempdir.h"
#include "why.h"
#include "workshop/serviceorderreplica.h"
#include "workshop/serviceorderservice.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace nexus;
using nexus::test::why;

namespace {

const QString kBranch = QStringLiteral("branch-mty");
const QString kShelf = QStringLiteral("branch-mty-wh-A");
const QString kOtherDevice = QStringLiteral("0190aaaa-0000-7000-8000-00000000beef");
const WorkshopActor kAdvisor { QStringLiteral("user-asesor"), QStringLiteral("Ana Asesora"), Role::Cashier };
const WorkshopActor kMechanic { QStringLiteral("user-meca"), QStringLiteral("Beto Mecánico"), Role::Mechanic };

QJsonObject move(const QString &id, const QString &from, const QString &to, const QString &note, const QString &at)
{
    return { { QStringLiteral("id"), id }, { QStringLiteral("from_status"), from }, { QStringLiteral("to_status"), to },
        { QStringLiteral("user_id"), kMechanic.userId }, { QStringLiteral("user_name"), kMechanic.name },
        { QStringLiteral("authorized_by_id"), QString() }, { QStringLiteral("authorized_by"), QString() },
        { QStringLiteral("note"), note }, { QStringLiteral("at"), at } };
}

QJsonObject gaskets(const QString &status, qint64 thousandths)
{
    return { { QStringLiteral("id"), QStringLiteral("line-1") }, { QStringLiteral("line_no"), 1 },
        { QStringLiteral("part_id"), 7 }, { QStringLiteral("sku"), QStringLiteral("EMP-7") },
        { QStringLiteral("description"), QStringLiteral("Empaque de cárter") },
        { QStringLiteral("warehouse_id"), kShelf }, { QStringLiteral("quantity"), thousandths },
        { QStringLiteral("unit_price_cents"), 35000 }, { QStringLiteral("tax_code"), QStringLiteral("iva16") },
        { QStringLiteral("sat_product_key"), QStringLiteral("31411700") },
        { QStringLiteral("sat_unit_key"), QStringLiteral("H87") }, { QStringLiteral("status"), status },
        { QStringLiteral("status_at"), QStringLiteral("2026-03-02T15:05:00.000Z") },
        { QStringLiteral("note"), QString() } };
}

// The line as a schema-2 fact put it on the server: with its list price, cost and price version.
QJsonObject priced(QJsonObject line, qint64 retailCents, qint64 costCents, int priceVersion)
{
    line.insert(QStringLiteral("retail_price_cents"), retailCents);
    line.insert(QStringLiteral("cost_cents"), costCents);
    line.insert(QStringLiteral("price_version"), priceVersion);
    return line;
}

// An order opened at another counter of the branch as the server publishes it.
QJsonObject pulledOrder(const QString &status, const QJsonArray &history, const QJsonArray &parts,
    const QString &folio = QStringLiteral("MTY1-OS000001"))
{
    const QJsonArray labor { QJsonObject { { QStringLiteral("id"), QStringLiteral("labor-1") },
        { QStringLiteral("line_no"), 1 }, { QStringLiteral("description"), QStringLiteral("Cambio de empaque") },
        { QStringLiteral("mechanic_id"), QString() }, { QStringLiteral("mechanic_name"), QString() },
        { QStringLiteral("pricing"), QStringLiteral("flat") }, { QStringLiteral("hours"), 0 },
        { QStringLiteral("rate_cents"), 0 }, { QStringLiteral("amount_cents"), 58000 },
        { QStringLiteral("tax_code"), QStringLiteral("iva16") }, { QStringLiteral("removed"), 0 },
        { QStringLiteral("added_at"), QStringLiteral("2026-03-02T15:06:00.000Z") } } };
    const QJsonArray checklist { QJsonObject { { QStringLiteral("item_no"), 1 },
        { QStringLiteral("code"), QStringLiteral("brakes") }, { QStringLiteral("label"), QString() },
        { QStringLiteral("state"), QStringLiteral("urgent") }, { QStringLiteral("note"), QStringLiteral("Balatas") },
        { QStringLiteral("updated_at"), QStringLiteral("2026-03-02T15:07:00.000Z") } } };
    const QJsonArray notes { QJsonObject { { QStringLiteral("id"), QStringLiteral("note-1") },
        { QStringLiteral("user_id"), kAdvisor.userId }, { QStringLiteral("user_name"), kAdvisor.name },
        { QStringLiteral("text"), QStringLiteral("El cliente espera en la sala") },
        { QStringLiteral("at"), QStringLiteral("2026-03-02T15:08:00.000Z") } } };
    QString statusAt = QStringLiteral("2026-03-02T15:00:00.000Z");
    for (const QJsonValue &change : history)
        statusAt = std::max(statusAt, change.toObject().value(QLatin1String("at")).toString());
    const bool charged = status == QLatin1String("delivered");
    return { { QStringLiteral("id"), QStringLiteral("order-1") }, { QStringLiteral("folio"), folio },
        { QStringLiteral("branch_id"), kBranch }, { QStringLiteral("device_id"), kOtherDevice },
        { QStringLiteral("status"), status }, { QStringLiteral("status_at"), statusAt },
        { QStringLiteral("customer_id"), QString() },
        { QStringLiteral("customer_name"), QStringLiteral("Rosa Treviño") },
        { QStringLiteral("customer_phone"), QStringLiteral("8112223344") }, { QStringLiteral("vehicle_id"), QString() },
        { QStringLiteral("vehicle_plates"), QStringLiteral("RST-12-34") }, { QStringLiteral("vehicle_vin"), QString() },
        { QStringLiteral("vehicle_make"), QStringLiteral("Ford") },
        { QStringLiteral("vehicle_model"), QStringLiteral("Ranger") }, { QStringLiteral("vehicle_year"), 2018 },
        { QStringLiteral("mileage_km"), 120500 },
        { QStringLiteral("complaint"), QStringLiteral("Rechinan los frenos") },
        { QStringLiteral("diagnosis"), QString() }, { QStringLiteral("diagnosis_at"), QString() },
        { QStringLiteral("mechanic_id"), kMechanic.userId }, { QStringLiteral("mechanic_name"), kMechanic.name },
        { QStringLiteral("mechanic_at"), QString() }, { QStringLiteral("promised_at"), QString() },
        { QStringLiteral("promised_set_at"), QString() }, { QStringLiteral("estimate_cents"), 128600 },
        { QStringLiteral("estimate_note"), QStringLiteral("Firmado") },
        { QStringLiteral("estimate_at"), QStringLiteral("2026-03-02T15:09:00.000Z") },
        { QStringLiteral("sale_id"), charged ? QJsonValue(QStringLiteral("sale-9")) : QJsonValue() },
        { QStringLiteral("sale_folio"), charged ? QJsonValue(QStringLiteral("MTY1000009")) : QJsonValue() },
        { QStringLiteral("charged_at"), charged ? QJsonValue(statusAt) : QJsonValue() },
        { QStringLiteral("opened_by"), kAdvisor.name },
        { QStringLiteral("opened_at"), QStringLiteral("2026-03-02T15:00:00.000Z") },
        { QStringLiteral("history"), history }, { QStringLiteral("parts"), parts }, { QStringLiteral("labor"), labor },
        { QStringLiteral("checklist"), checklist }, { QStringLiteral("notes"), notes } };
}

QJsonArray upToWaitingParts()
{
    return { move(QStringLiteral("h-1"), QString(), QStringLiteral("received"), QString(),
                 QStringLiteral("2026-03-02T15:00:00.000Z")),
        move(QStringLiteral("h-2"), QStringLiteral("received"), QStringLiteral("diagnosis"),
            QStringLiteral("Revisión de frenos"), QStringLiteral("2026-03-02T15:10:00.000Z")),
        move(QStringLiteral("h-3"), QStringLiteral("diagnosis"), QStringLiteral("waiting_parts"),
            QStringLiteral("Falta el empaque"), QStringLiteral("2026-03-02T15:20:00.000Z")) };
}

} // namespace

class TestServiceOrderReplica final : public QObject
{
    Q_OBJECT

private:
    test::TempDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    test::MockClock m_clock { QDateTime(QDate(2026, 3, 2), QTime(16, 0), Qt::UTC) };
    int m_round = 0;

    Database &db() { return m_store->db(); }
    ServiceOrderService service(const QString &series = QStringLiteral("MTY2"))
    {
        return ServiceOrderService(db(), m_clock, WorkshopContext { QStringLiteral("dev-b"), kBranch, false, series });
    }
    qint64 count(const QString &sql, const QVariantList &values = {})
    {
        Result<QVariant> value = db().scalar(sql, values);
        return value && value->isValid() ? value->toLongLong() : -1;
    }
    qint64 reserved() { return count(QStringLiteral("SELECT coalesce(sum(quantity), 0) FROM stock_reservations")); }
    Status apply(const QJsonObject &row)
    {
        Transaction transaction(db());
        if (Status begun = transaction.begin(); !begun)
            return begun;
        if (Status applied = ServiceOrderReplica(db()).apply(row); !applied)
            return applied;
        return transaction.commit();
    }
    // The pulled order-1 taken to ready and charged at this counter's till; `price` may change the charge's lines
    // first (as the sale screen does with its catalogue).
    Result<SaleReceipt> chargeHere(const std::function<Status(ServiceOrderCharge &)> &price = {})
    {
        ServiceOrderService orders = service();
        ServiceOrderStatus from = ServiceOrderStatus::WaitingParts;
        for (ServiceOrderStatus to :
            { ServiceOrderStatus::Repair, ServiceOrderStatus::QualityCheck, ServiceOrderStatus::Ready }) {
            Result<ServiceOrder> moved = orders.move(QStringLiteral("order-1"), from, to, kMechanic, {});
            if (!moved)
                return std::unexpected(moved.error());
            from = to;
        }
        if (Result<CashSession> session
            = CashSessionService(db(), m_clock, QStringLiteral("dev-b"), kBranch).open(kAdvisor.userId, Money(0));
            !session)
            return std::unexpected(session.error());
        Result<ServiceOrderCharge> charge = orders.charge(QStringLiteral("order-1"));
        if (!charge)
            return std::unexpected(charge.error());
        if (price)
            if (Status priced = price(*charge); !priced)
                return std::unexpected(priced.error());
        Cart cart;
        if (Status loaded = cart.loadServiceOrder(QStringLiteral("order-1"), charge->folio, cartLines(*charge));
            !loaded)
            return std::unexpected(loaded.error());
        CheckoutContext context { QStringLiteral("dev-b"), kBranch, QStringLiteral("MTY2"), kAdvisor.userId,
            Role::Cashier, false };
        context.inSale = [&](const QString &saleId, const QString &folio) {
            return orders.chargeInSale(cart, saleId, folio, kAdvisor);
        };
        return CheckoutService(db(), m_clock)
            .checkout(cart, { Tender { TenderMethod::Cash, charge->totals.gross, 0, {} } }, context);
    }
    // cost/list price/version of the sale's line of part 7, in nexus.db and in its sale.completed fact.
    QString soldGaskets(const QString &saleId)
    {
        Result<QVariant> row = db().scalar(
            QStringLiteral("SELECT cost_cents || '/' || retail_price_cents || '/' || price_version FROM sale_lines "
                           "WHERE sale_id = ? AND part_id = 7"),
            { saleId });
        Result<QVariant> fact = db().scalar(
            QStringLiteral("SELECT json_extract(l.value, '$.cost_cents') || '/' || "
                           "json_extract(l.value, '$.retail_price_cents') || '/' || "
                           "json_extract(l.value, '$.price_version') FROM outbox o, json_each(o.payload, '$.lines') l "
                           "WHERE o.type = 'sale.completed' AND json_extract(l.value, '$.part_id') = 7"));
        if (!row || !fact)
            return QStringLiteral("<error>");
        return row->toString() + QStringLiteral(" fact ") + fact->toString();
    }

private Q_SLOTS:
    void init()
    {
        const int round = ++m_round;
        Result<std::unique_ptr<LocalStore>> store = LocalStore::open(
            m_dir.file(QStringLiteral("b-%1.db").arg(round)), QStringLiteral("replica-%1").arg(round));
        QVERIFY2(store, why(store).constData());
        m_store = std::move(*store);
    }

    void cleanup() { m_store.reset(); }

    void aPulledOrderShowsWholeWithoutFactsOfItsOwn()
    {
        QVERIFY(apply(pulledOrder(
            QStringLiteral("waiting_parts"), upToWaitingParts(), { gaskets(QStringLiteral("reserved"), 2000) })));
        Result<ServiceOrder> order = service().load(QStringLiteral("order-1"));
        QVERIFY2(order, why(order).constData());
        QCOMPARE(order->folio, QStringLiteral("MTY1-OS000001"));
        QCOMPARE(order->status, ServiceOrderStatus::WaitingParts);
        QCOMPARE(order->history.size(), std::size_t(3));
        QVERIFY(!order->history.front().from.has_value());
        QCOMPARE(order->history.back().userName, kMechanic.name);
        QCOMPARE(order->history.back().note, QStringLiteral("Falta el empaque"));
        QCOMPARE(order->history.back().at, QStringLiteral("2026-03-02T15:20:00.000Z"));
        QCOMPARE(order->parts.size(), std::size_t(1));
        QCOMPARE(order->parts.front().status, PartLineStatus::Reserved);
        QCOMPARE(order->labor.size(), std::size_t(1));
        QCOMPARE(order->notes.size(), std::size_t(1));
        QCOMPARE(order->checklist.size(), std::size_t(1));
        QCOMPARE(order->checklist.front().state, ChecklistState::Urgent);
        QVERIFY(order->estimate.has_value());
        QCOMPARE(order->estimate->amount, Money(128600));
        QCOMPARE(order->updatedAt, QStringLiteral("2026-03-02T15:20:00.000Z"));
        QCOMPARE(reserved(), 2000);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), 0);
        // The same row again changes nothing.
        QVERIFY(apply(pulledOrder(
            QStringLiteral("waiting_parts"), upToWaitingParts(), { gaskets(QStringLiteral("reserved"), 2000) })));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM service_order_history")), 3);
        QCOMPARE(reserved(), 2000);
    }

    void aPulledOrderIsMovedAndChargedHereLikeALocalOne()
    {
        QVERIFY(apply(pulledOrder(
            QStringLiteral("waiting_parts"), upToWaitingParts(), { gaskets(QStringLiteral("reserved"), 2000) })));
        QCOMPARE(service().charge(QStringLiteral("order-1"))->totals.gross, Money(2 * 35000 + 58000));
        Result<SaleReceipt> receipt = chargeHere();
        QVERIFY2(receipt, why(receipt).constData());
        ServiceOrderService orders = service();
        Result<ServiceOrder> charged = orders.load(QStringLiteral("order-1"));
        QCOMPARE(charged->status, ServiceOrderStatus::Delivered);
        QCOMPARE(charged->saleFolio, receipt->folio);
        QCOMPARE(charged->parts.front().status, PartLineStatus::Charged);
        QCOMPARE(reserved(), 0);
        QCOMPARE(count(QStringLiteral("SELECT quantity FROM stock_movements WHERE ref_id = ? AND part_id = 7"),
                     { receipt->saleId }),
            -2000);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE type = 'service_order.charged'")), 1);
    }

    void aPulledLineIsChargedWithTheCostItWasReservedWith()
    {
        // Reserved at the other counter from list price $410.00 at $350.00, cost $200.00, price version 3.
        const QJsonObject line = priced(gaskets(QStringLiteral("reserved"), 2000), 41000, 20000, 3);
        QVERIFY(apply(pulledOrder(QStringLiteral("waiting_parts"), upToWaitingParts(), { line })));
        Result<ServiceOrder> order = service().load(QStringLiteral("order-1"));
        QVERIFY2(order, why(order).constData());
        const ServiceOrderPart &part = order->parts.front();
        QCOMPARE(part.cost, Money(20000));
        QCOMPARE(part.retailPrice, Money(41000));
        QCOMPARE(part.priceVersion, 3);
        QVERIFY(part.priced);
        // Reserved again there after a price change: the line here takes the new cost and version...
        QVERIFY(apply(pulledOrder(QStringLiteral("waiting_parts"), upToWaitingParts(),
            { priced(gaskets(QStringLiteral("reserved"), 2000), 42000, 21000, 4) })));
        // ...and a copy of the server without them (a schema-1 fact of an older counter) does not take them away.
        QVERIFY(apply(pulledOrder(
            QStringLiteral("waiting_parts"), upToWaitingParts(), { gaskets(QStringLiteral("reserved"), 2000) })));
        QCOMPARE(count(QStringLiteral("SELECT cost_cents FROM service_order_parts WHERE id = 'line-1'")), 21000);
        Result<SaleReceipt> receipt = chargeHere();
        QVERIFY2(receipt, why(receipt).constData());
        QCOMPARE(soldGaskets(receipt->saleId), QStringLiteral("21000/42000/4 fact 21000/42000/4"));
    }

    void aLineTheServerHasNoCostForTakesTheCataloguesWhenCharged()
    {
        // The line came up in a schema-1 fact: the server has no list price, cost or version for it.
        QVERIFY(apply(pulledOrder(
            QStringLiteral("waiting_parts"), upToWaitingParts(), { gaskets(QStringLiteral("reserved"), 2000) })));
        Result<ServiceOrder> order = service().load(QStringLiteral("order-1"));
        QVERIFY2(order, why(order).constData());
        QVERIFY(!order->parts.front().priced);
        // This counter's catalogue knows part 7: cost $190.00, retail $399.00, version 5.
        Result<std::unique_ptr<CatalogStore>> catalog
            = CatalogStore::open(m_dir.file(QStringLiteral("catalog-%1.db").arg(m_round)));
        QVERIFY2(catalog, why(catalog).constData());
        QVERIFY((*catalog)->db().execScript(QStringLiteral(
            "INSERT INTO brands(id, name) VALUES (1, 'Fel-Pro');"
            "INSERT INTO categories(id, name, parent_id, sat_product_key) VALUES (1, 'Empaques', NULL, '31411700');"
            "INSERT INTO parts(id, sku, name, brand_id, category_id, sat_product_key, sat_unit_key, unit_name, "
            "cost_cents, list_price_cents, retail_price_cents, price_version) VALUES (7, 'EMP-7', "
            "'Empaque de cárter', 1, 1, '31411700', 'H87', 'Pieza', 19000, 45000, 39900, 5);")));
        const CartItemLookup lookup((*catalog)->db(), db());
        Result<SaleReceipt> receipt
            = chargeHere([&](ServiceOrderCharge &charge) { return priceFromCatalogue(charge, lookup); });
        QVERIFY2(receipt, why(receipt).constData());
        QCOMPARE(soldGaskets(receipt->saleId), QStringLiteral("19000/39900/5 fact 19000/39900/5"));
        // A quote of the order made here takes them too, so the sale made from it does not record cost 0 either.
        Result<OrderQuoteDraft> quote = orderQuoteDraft(*order, false, &lookup);
        QVERIFY2(quote, why(quote).constData());
        QCOMPARE(quote->cart.lines().front().item.cost, Money(19000));
        QCOMPARE(quote->cart.lines().front().item.priceVersion, 5);
        // Without the catalogue the sale would have recorded cost 0: the charge itself still says so.
        ServiceOrderCharge unpriced = serviceOrderCharge(*order, false);
        QCOMPARE(unpriced.lines.front().line.item.cost, Money(0));
        QVERIFY(!unpriced.lines.front().priced);
    }

    void anUnacknowledgedLocalMoveSurvivesAPull()
    {
        QVERIFY(apply(pulledOrder(QStringLiteral("waiting_parts"), upToWaitingParts(), {})));
        QVERIFY(service().move(QStringLiteral("order-1"), ServiceOrderStatus::WaitingParts,
            ServiceOrderStatus::Diagnosis, kMechanic, QStringLiteral("Llegó el empaque")));
        // The server's copy has not seen that move, but has a note from the other counter.
        QJsonObject older = pulledOrder(QStringLiteral("waiting_parts"), upToWaitingParts(), {});
        QJsonArray notes = older.value(QLatin1String("notes")).toArray();
        notes.append(QJsonObject { { QStringLiteral("id"), QStringLiteral("note-2") },
            { QStringLiteral("user_id"), kAdvisor.userId }, { QStringLiteral("user_name"), kAdvisor.name },
            { QStringLiteral("text"), QStringLiteral("Llamó el cliente") },
            { QStringLiteral("at"), QStringLiteral("2026-03-02T15:30:00.000Z") } });
        older.insert(QStringLiteral("notes"), notes);
        QVERIFY(apply(older));
        Result<ServiceOrder> kept = service().load(QStringLiteral("order-1"));
        QCOMPARE(kept->status, ServiceOrderStatus::Diagnosis);
        QCOMPARE(kept->history.size(), std::size_t(4));
        QCOMPARE(kept->notes.size(), std::size_t(2)); // append-only rows come in all the same
        // Acknowledged: the server's state (which now has the move) is taken again.
        QVERIFY(Outbox(db()).markAcked(1'000'000, QStringLiteral("2026-03-02T16:01:00.000Z")));
        QJsonArray history = upToWaitingParts();
        history.append(move(kept->history.back().id, QStringLiteral("waiting_parts"), QStringLiteral("diagnosis"),
            QStringLiteral("Llegó el empaque"), kept->history.back().at));
        history.append(move(QStringLiteral("h-9"), QStringLiteral("diagnosis"), QStringLiteral("repair"),
            QStringLiteral("Autorizado"), QStringLiteral("2026-03-02T16:30:00.000Z")));
        QVERIFY(apply(pulledOrder(QStringLiteral("repair"), history, {})));
        Result<ServiceOrder> taken = service().load(QStringLiteral("order-1"));
        QCOMPARE(taken->status, ServiceOrderStatus::Repair);
        QCOMPARE(taken->history.size(), std::size_t(5));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE acked_at IS NULL")), 0);
    }

    void theStockHeldBackFollowsThePulledLines()
    {
        QVERIFY(apply(pulledOrder(
            QStringLiteral("waiting_parts"), upToWaitingParts(), { gaskets(QStringLiteral("requested"), 2000) })));
        QCOMPARE(reserved(), 0);
        QVERIFY(apply(pulledOrder(
            QStringLiteral("waiting_parts"), upToWaitingParts(), { gaskets(QStringLiteral("reserved"), 3000) })));
        QCOMPARE(reserved(), 3000);
        QVERIFY(apply(pulledOrder(
            QStringLiteral("waiting_parts"), upToWaitingParts(), { gaskets(QStringLiteral("released"), 3000) })));
        QCOMPARE(reserved(), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM service_order_parts WHERE status = 'released'")), 1);
    }

    void aFolioTakenHereGetsTheOpeningDevicesTag()
    {
        // This counter numbered its own order without a series (before series existed): "OS-000001".
        NewServiceOrder mine;
        mine.customer = { {}, QStringLiteral("Luis Garza"), {} };
        mine.vehicle.plates = QStringLiteral("LGZ-98-76");
        mine.complaint = QStringLiteral("Afinación");
        Result<ServiceOrder> own = service(QString()).open(mine, kAdvisor);
        QVERIFY2(own, why(own).constData());
        QCOMPARE(own->folio, QStringLiteral("OS-000001"));
        const QString facts = QString::number(count(QStringLiteral("SELECT count(*) FROM outbox")));
        QVERIFY(apply(pulledOrder(QStringLiteral("received"), {}, {}, QStringLiteral("OS-000001"))));
        QCOMPARE(service().load(QStringLiteral("order-1"))->folio, QStringLiteral("OS-000001/BEEF"));
        QCOMPARE(service().load(own->id)->folio, QStringLiteral("OS-000001"));
        QCOMPARE(QString::number(count(QStringLiteral("SELECT count(*) FROM outbox"))), facts);
        // With a series, this counter's next order cannot meet another device's folio.
        Result<ServiceOrder> next = service().open(mine, kAdvisor);
        QVERIFY2(next, why(next).constData());
        QCOMPARE(next->folio, QStringLiteral("MTY2-OS000001"));
    }

    void anOrderPulledBackKeepsOneOpening()
    {
        NewServiceOrder mine;
        mine.customer = { {}, QStringLiteral("Luis Garza"), {} };
        mine.vehicle.plates = QStringLiteral("LGZ-98-76");
        mine.complaint = QStringLiteral("Afinación");
        Result<ServiceOrder> own = service().open(mine, kAdvisor);
        QVERIFY2(own, why(own).constData());
        QCOMPARE(own->history.front().id, own->id); // as the server records the opening
        QVERIFY(Outbox(db()).markAcked(1'000'000, QStringLiteral("2026-03-02T16:01:00.000Z")));
        // The server's copy, its opening under another id (an order opened before the ids agreed).
        QJsonObject back = pulledOrder(QStringLiteral("diagnosis"),
            { move(QStringLiteral("h-old"), QString(), QStringLiteral("received"), QString(), own->openedAt),
                move(QStringLiteral("h-2"), QStringLiteral("received"), QStringLiteral("diagnosis"), QString(),
                    QStringLiteral("2026-03-02T16:10:00.000Z")) },
            {}, own->folio);
        back.insert(QStringLiteral("id"), own->id);
        QVERIFY(apply(back));
        Result<ServiceOrder> order = service().load(own->id);
        QCOMPARE(order->status, ServiceOrderStatus::Diagnosis);
        QCOMPARE(order->history.size(), std::size_t(2));
        QCOMPARE(order->folio, own->folio);
    }

    void aRowWithoutItsFolioIsAProtocolError()
    {
        QJsonObject row = pulledOrder(QStringLiteral("received"), {}, {});
        row.remove(QStringLiteral("folio"));
        Status applied = apply(row);
        QVERIFY(!applied);
        QCOMPARE(applied.error().code(), ErrorCode::Protocol);
        QCOMPARE(applied.error().field(), QStringLiteral("folio"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM service_orders")), 0);
    }
};

QTEST_GUILESS_MAIN(TestServiceOrderReplica)
#include "testserviceorderreplica.moc"
