// service_order.* through the real push ingest: a workshop's real orders (ServiceOrderService on a counter's nexus.db)
// taken from its outbox and applied to a tenant database; the order, its lines, checklist, history and facts arrive
// whole, a replay changes nothing, the same fact under another mutation id or from another branch is quarantined, and
// facts of one order from two devices arriving in the wrong order end in the same state. A part line keeps and
// publishes its list price, cost and price version (schema 2); a schema-1 line, from an older client, is taken with
// them unknown (NULL, published null) and never takes known ones away. Each test runs on an SQLite
// tenant file and on a PostgreSQL tenant schema (a throwaway cluster; skipped where none exists).
#include "ingesttest.h"
#include "ingestchecks.h"
#include "postgrescluster.h"
#include "tempdir.h"
#include "tenantfixture.h"
#include "why.h"

#include "common/clock.h"
#include "common/idgenerator.h"
#include "inventory/stockledger.h"
#include "sales/cashsessionservice.h"
#include "sales/checkoutservice.h"
#include "server/ingestservice.h"
#include "server/serveroptions.h"
#include "server/serverstorage.h"
#include "server/serverstoragefactory.h"
#include "server/sqlitetenantstore.h"
#include "server/tenantservice.h"
#include "store/localstore.h"
#include "store/outbox.h"
#include "store/schemadatabase.h"
#include "workshop/serviceorderpayload.h"
#include "workshop/serviceorderservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace nexus;
using namespace nexus::test;

class TestServiceOrderIngest final : public IngestTest
{
    Q_OBJECT

private:

    const WorkshopActor m_advisor { QStringLiteral("u-asesor"), QStringLiteral("Ana Asesora"), Role::Cashier };
    const WorkshopActor m_mechanic { QStringLiteral("u-meca"), QStringLiteral("Beto Mecánico"), Role::Mechanic };
    const WorkshopActor m_manager { QStringLiteral("u-gerente"), QStringLiteral("Gloria Gerente"), Role::Manager };

    QString mty() const { return m_acme.branchId(QStringLiteral("MTY")); }
    QString shelf() const { return mty() + QStringLiteral("-wh-A"); }

    // The workshop's device of the MTY branch: its own nexus.db with 5 pieces of part 7 on the shelf.
    struct Workshop
    {
        std::unique_ptr<LocalStore> store;
        DeviceContext device;
    };

    Workshop workshop()
    {
        Workshop w;
        const int round = ++m_round;
        Result<std::unique_ptr<LocalStore>> store = LocalStore::open(
            m_dir.file(QStringLiteral("workshop-%1.db").arg(round)), QStringLiteral("workshop-%1").arg(round));
        if (!store)
            return w;
        w.store = std::move(*store);
        w.device = DeviceContext { QStringLiteral("t-acme"), QStringLiteral("acme"), mty(),
            IdGenerator::instance().nextString(), 1 };
        Transaction transaction(w.store->db());
        if (!transaction.begin()
            || !StockLedger(w.store->db())
                    .post({ { QStringLiteral("rcv-7"), 7, shelf(), QStringLiteral("receipt"), Quantity::units(5),
                        QStringLiteral("purchase_order"), QStringLiteral("po-1"), m_manager.userId,
                        QStringLiteral("2026-01-01T00:00:00.000Z") } })
            || !transaction.commit())
            w.store.reset();
        return w;
    }

    ServiceOrderService service(Workshop &w)
    {
        return ServiceOrderService(
            w.store->db(), Clock::system(), WorkshopContext { w.device.deviceId, mty(), true, {} });
    }

    // The fleet's Ranger that leaks oil, for the mechanic.
    NewServiceOrder rangerRequest() const
    {
        NewServiceOrder request;
        request.customer = { QStringLiteral("cust-9"), QStringLiteral("Transportes del Norte"), QStringLiteral("81") };
        request.vehicle = { QStringLiteral("veh-9"), QStringLiteral("NL-77-AB"), {}, QStringLiteral("Ford"),
            QStringLiteral("Ranger"), 2018, 123456 };
        request.complaint = QStringLiteral("Tira aceite");
        request.mechanicId = m_mechanic.userId;
        request.mechanicName = m_mechanic.name;
        return request;
    }

    // An order taken through its whole life: every kind of fact once at least.
    Result<ServiceOrder> lifeOfAnOrder(Workshop &w)
    {
        NewServiceOrder request = rangerRequest();
        request.promisedAt = QDateTime::currentDateTimeUtc().addDays(1);
        ServiceOrderService orders = service(w);
        Result<ServiceOrder> order = orders.open(request, m_advisor);
        if (!order)
            return order;
        const QString id = order->id;
        CartItem gasket { 7, QStringLiteral("EMP-7"), QStringLiteral("Empaque de cárter"), shelf(), Money(35000),
            Money(35000), Money(20000), TaxRate::iva16(), 3, QStringLiteral("31411700"), QStringLiteral("H87") };
        using Step = std::function<Result<ServiceOrder>()>;
        const std::vector<Step> steps {
            [&] {
                return orders.move(id, ServiceOrderStatus::Received, ServiceOrderStatus::Diagnosis, m_mechanic, {});
            },
            [&] { return orders.setDiagnosis(id, QStringLiteral("Empaque de cárter roto"), m_mechanic); },
            [&] {
                return orders.setChecklistItem(id, 5, ChecklistState::Attention, QStringLiteral("Bajo"), m_mechanic);
            },
            [&] { return orders.addNote(id, QStringLiteral("Se lavó el motor"), m_mechanic); },
            [&] {
                return orders.addPart(id, { gasket, Quantity::units(1), {} }, m_advisor);
            },
            [&] {
                return orders.requestPart(
                    id, { QStringLiteral("Sellador"), Quantity::units(1), {}, 0, {} }, m_mechanic);
            },
            [&] {
                Result<ServiceOrder> now = orders.load(id);
                return now ? orders.reserveRequested(id, now->parts.back().id, gasket, m_advisor) : now;
            },
            [&] {
                return orders.addPart(id, { gasket, Quantity::units(1), {} }, m_advisor);
            },
            [&] {
                Result<ServiceOrder> now = orders.load(id);
                return now ? orders.removePart(id, now->parts.back().id, m_advisor) : now;
            },
            [&] {
                return orders.addLabor(id,
                    { QStringLiteral("Cambio de empaque"), LaborPricing::Hourly, Quantity(1500), Money(45000), {}, {},
                        {} },
                    m_mechanic);
            },
            [&] {
                return orders.addLabor(
                    id, { QStringLiteral("Lavado"), LaborPricing::Flat, {}, {}, Money(10000), {}, {} }, m_mechanic);
            },
            [&] {
                Result<ServiceOrder> now = orders.load(id);
                return now ? orders.removeLabor(id, now->labor.back().id, m_advisor) : now;
            },
            [&] { return orders.assignMechanic(id, m_mechanic.userId, m_mechanic.name, m_advisor); },
            [&] { return orders.setPromisedAt(id, QDateTime::currentDateTimeUtc().addDays(2), m_advisor); },
            [&] { return orders.approveEstimate(id, QStringLiteral("Por teléfono"), m_advisor); },
            [&] { return orders.move(id, ServiceOrderStatus::Diagnosis, ServiceOrderStatus::Repair, m_mechanic, {}); },
            [&] {
                return orders.move(id, ServiceOrderStatus::Repair, ServiceOrderStatus::QualityCheck, m_mechanic, {});
            },
            [&] {
                return orders.move(id, ServiceOrderStatus::QualityCheck, ServiceOrderStatus::Ready, m_mechanic, {});
            },
            [&] {
                return orders.recordCharged(id, QStringLiteral("sale-77"), QStringLiteral("MTY1-000077"), m_advisor);
            },
            [&] { return orders.move(id, ServiceOrderStatus::Ready, ServiceOrderStatus::Delivered, m_advisor, {}); },
        };
        for (const Step &step : steps)
            if (Result<ServiceOrder> done = step(); !done)
                return done;
        return orders.load(id);
    }

    // Field by field: the request grows optional fields (sent_at) that these tests leave empty.
    static wire::PushRequest pushOf(const QString &deviceId, const QList<wire::PushMutation> &mutations = {})
    {
        wire::PushRequest request;
        request.deviceId = deviceId;
        request.epoch = 1;
        request.mutations = mutations;
        return request;
    }

    wire::PushRequest outbox(Workshop &w)
    {
        wire::PushRequest request = pushOf(w.device.deviceId);
        Result<QList<OutboxEntry>> pending = Outbox(w.store->db()).pending(500);
        if (!pending)
            return request;
        for (const OutboxEntry &entry : *pending)
            request.mutations.append(wire::PushMutation {
                entry.mutationId, entry.seq, entry.schemaVersion, entry.type, entry.payload, {}, {} });
        return request;
    }

    static QStringList statuses(const Result<wire::PushResponse> &response) { return pushStatuses(response); }

    qint64 count(const QString &sql, const QVariantList &values = {})
    {
        Result<QVariant> value = m_tenant->scalar(sql, values);
        return value && value->isValid() ? value->toLongLong() : -1;
    }

    QString text(const QString &sql, const QVariantList &values = {})
    {
        Result<QVariant> value = m_tenant->scalar(sql, values);
        return value ? value->toString() : QStringLiteral("<error>");
    }

    // Every service order table's row count: a refused or replayed push changes none.
    QList<qint64> footprint()
    {
        QList<qint64> counts;
        for (const char *table : { "service_orders", "service_order_parts", "service_order_labor",
                 "service_order_history", "service_order_checklist", "service_order_events" })
            counts << count(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table));
        return counts;
    }

private Q_SLOTS:
    void initTestCase_data() { backendRows(); }
    void initTestCase() { startBackends(); }
    void init() { openTenant(QStringLiteral("acme")); }
    void cleanup() { closeTenant(); }

    void theWholeOrderArrivesOnceAndAReplayChangesNothing()
    {
        Workshop w = workshop();
        QVERIFY(w.store);
        Result<ServiceOrder> order = lifeOfAnOrder(w);
        QVERIFY2(order.has_value(), why(order).constData());
        const wire::PushRequest batch = outbox(w);
        QCOMPARE(batch.mutations.size(), 21);
        QStringList types;
        for (const wire::PushMutation &mutation : batch.mutations)
            if (!types.contains(mutation.type))
                types << mutation.type;
        QCOMPARE(types.size(), serviceordermutation::all().size()); // every kind of fact is exercised

        Result<wire::PushResponse> answer = m_ingest->push(w.device, batch);
        QVERIFY2(answer.has_value(), why(answer).constData());
        QCOMPARE(statuses(answer), QStringList(21, QStringLiteral("applied")));
        QCOMPARE(answer->ackedSeq, 21);

        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM service_orders WHERE id = ? AND folio = 'OS-000001' AND "
                                      "status = 'delivered' AND branch_id = ? AND device_id = ? AND customer_name = ? "
                                      "AND vehicle_plates = 'NL-77-AB' AND vehicle_year = 2018 AND mileage_km = 123456 "
                                      "AND diagnosis = ? AND mechanic_id = ? AND sale_id = 'sale-77' AND "
                                      "sale_folio = 'MTY1-000077' AND opened_at <> ''"),
                     { order->id, mty(), w.device.deviceId, QStringLiteral("Transportes del Norte"),
                         QStringLiteral("Empaque de cárter roto"), m_mechanic.userId }),
            1);
        QCOMPARE(count(QStringLiteral("SELECT estimate_cents FROM service_orders WHERE id = ?"), { order->id }),
            order->estimate->amount.centavos());
        QCOMPARE(text(QStringLiteral("SELECT promised_at FROM service_orders WHERE id = ?"), { order->id }),
            order->promisedAt.toString(Qt::ISODateWithMs));
        // Lines as the device has them: two gaskets (one charged, one released), the request reserved then charged.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM service_order_parts WHERE order_id = ? AND status = "
                                      "'charged'"),
                     { order->id }),
            2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM service_order_parts WHERE order_id = ? AND status = "
                                      "'released'"),
                     { order->id }),
            1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM service_order_parts p WHERE status = 'charged' AND "
                                      "part_id = 7 AND warehouse_id = ?"),
                     { shelf() }),
            2);
        QCOMPARE(count(QStringLiteral("SELECT sum(amount_cents) FROM service_order_labor WHERE order_id = ? AND "
                                      "removed = 0"),
                     { order->id }),
            67500);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM service_order_labor WHERE removed = 1")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM service_order_history WHERE order_id = ?"), { order->id }),
            qint64(order->history.size()));
        QCOMPARE(text(QStringLiteral("SELECT state FROM service_order_checklist WHERE order_id = ? AND item_no = 5"),
                     { order->id }),
            QStringLiteral("attention"));
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM service_order_checklist WHERE order_id = ?"), { order->id }),
            qint64(order->checklist.size()));
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM service_order_events WHERE order_id = ?"), { order->id }), 21);

        // The same batch again: every mutation replayed, not one row more.
        const QList<qint64> before = footprint();
        Result<wire::PushResponse> again = m_ingest->push(w.device, batch);
        QCOMPARE(statuses(again), QStringList(21, QStringLiteral("replayed")));
        QCOMPARE(footprint(), before);

        // The same fact under a new mutation id (a restored outbox): quarantined, nothing changes.
        for (int index : { 0, 5, 20 }) {
            wire::PushMutation copy = batch.mutations.at(index);
            copy.mutationId = IdGenerator::instance().nextString();
            copy.seq = 22 + index;
            Result<wire::PushResponse> duplicate = m_ingest->push(w.device, pushOf(w.device.deviceId, { copy }));
            QCOMPARE(statuses(duplicate), QStringList { QStringLiteral("quarantined") });
            QVERIFY(duplicate->results.first().detail.contains(QStringLiteral("payload.event_id")));
        }
        QCOMPARE(footprint(), before);
        QCOMPARE(text(QStringLiteral("SELECT status FROM service_orders")), QStringLiteral("delivered"));
    }

    void aPartLineKeepsItsCostAndASchemaOneLineLeavesItUnknown()
    {
        Workshop w = workshop();
        QVERIFY(w.store);
        ServiceOrderService orders = service(w);
        Result<ServiceOrder> order = orders.open(rangerRequest(), m_advisor);
        QVERIFY2(order, why(order).constData());
        QVERIFY(
            orders.requestPart(order->id, { QStringLiteral("Empaque"), Quantity::units(1), {}, 0, {} }, m_mechanic));
        const CartItem gasket { 7, QStringLiteral("EMP-7"), QStringLiteral("Empaque de cárter"), shelf(), Money(35000),
            Money(41000), Money(20000), TaxRate::iva16(), 3, QStringLiteral("31411700"), QStringLiteral("H87") };
        Result<ServiceOrder> reserved
            = orders.reserveRequested(order->id, orders.load(order->id)->parts.front().id, gasket, m_advisor);
        QVERIFY2(reserved, why(reserved).constData());
        const QString lineId = reserved->parts.front().id;
        const wire::PushRequest batch = outbox(w);
        QCOMPARE(batch.mutations.size(), 3); // opened, part_added (requested), part_reserved
        for (const wire::PushMutation &mutation : batch.mutations)
            QCOMPARE(mutation.schemaVersion, kServiceOrderSchema);
        QCOMPARE(batch.mutations.at(2).payload.value(QLatin1String("cost_cents")).toInteger(), 20000);
        // The request as an older counter sent it: schema 1, no list price, cost or version.
        auto schemaOne = [](wire::PushMutation mutation) {
            mutation.schemaVersion = kServiceOrderSchemaWithoutCost;
            for (const char *field : { "retail_price_cents", "cost_cents", "price_version" })
                mutation.payload.remove(QLatin1String(field));
            return mutation;
        };
        auto prices = [&] {
            QStringList values;
            for (const char *column : { "cost_cents", "retail_price_cents", "price_version" })
                values << text(
                    QStringLiteral("SELECT %1 FROM service_order_parts WHERE id = ?").arg(QLatin1String(column)),
                    { lineId });
            return values.join(QLatin1Char('/'));
        };
        // What the "service_orders" bucket publishes of the line.
        auto published = [&] {
            const QJsonObject row = QJsonDocument::fromJson(
                text(QStringLiteral("SELECT row FROM change_log WHERE bucket = 'service_orders' AND key = ?"),
                    { order->id })
                    .toUtf8())
                                        .object();
            const QJsonObject line = row.value(QLatin1String("parts")).toArray().first().toObject();
            QStringList values;
            for (const char *field : { "cost_cents", "retail_price_cents", "price_version" })
                values << (line.value(QLatin1String(field)).isNull()
                        ? QStringLiteral("null")
                        : QString::number(line.value(QLatin1String(field)).toInteger()));
            return values.join(QLatin1Char('/'));
        };
        Result<wire::PushResponse> first = m_ingest->push(
            w.device, pushOf(w.device.deviceId, { batch.mutations.at(0), schemaOne(batch.mutations.at(1)) }));
        QCOMPARE(statuses(first), QStringList(2, QStringLiteral("applied")));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM service_order_parts WHERE id = ? AND cost_cents IS NULL "
                                      "AND retail_price_cents IS NULL AND price_version IS NULL"),
                     { lineId }),
            1);
        QCOMPARE(published(), QStringLiteral("null/null/null"));
        // The reservation (schema 2) brings them.
        Result<wire::PushResponse> second
            = m_ingest->push(w.device, pushOf(w.device.deviceId, { batch.mutations.at(2) }));
        QCOMPARE(statuses(second), QStringList { QStringLiteral("applied") });
        QCOMPARE(prices(), QStringLiteral("20000/41000/3"));
        QCOMPARE(published(), QStringLiteral("20000/41000/3"));
        // A later schema-1 fact of the same part (an older counter of the branch) leaves them as they are.
        wire::PushMutation later = schemaOne(batch.mutations.at(2));
        later.mutationId = IdGenerator::instance().nextString();
        later.seq = 10;
        later.payload.insert(QStringLiteral("event_id"), IdGenerator::instance().nextString());
        later.payload.insert(
            QStringLiteral("at"), QDateTime::currentDateTimeUtc().addSecs(60).toString(Qt::ISODateWithMs));
        later.payload.insert(QStringLiteral("quantity"), 2000);
        Result<wire::PushResponse> third = m_ingest->push(w.device, pushOf(w.device.deviceId, { later }));
        QCOMPARE(statuses(third), QStringList { QStringLiteral("applied") });
        QCOMPARE(count(QStringLiteral("SELECT quantity FROM service_order_parts WHERE id = ?"), { lineId }), 2000);
        QCOMPARE(prices(), QStringLiteral("20000/41000/3"));
        QCOMPARE(published(), QStringLiteral("20000/41000/3"));
        // A negative cost is malformed.
        wire::PushMutation negative = batch.mutations.at(2);
        negative.mutationId = IdGenerator::instance().nextString();
        negative.seq = 11;
        negative.payload.insert(QStringLiteral("event_id"), IdGenerator::instance().nextString());
        negative.payload.insert(QStringLiteral("cost_cents"), -1);
        Result<wire::PushResponse> refused = m_ingest->push(w.device, pushOf(w.device.deviceId, { negative }));
        QCOMPARE(statuses(refused), QStringList { QStringLiteral("quarantined") });
        QVERIFY(refused->results.first().detail.contains(QStringLiteral("payload.cost_cents")));
        QCOMPARE(prices(), QStringLiteral("20000/41000/3"));
    }

    void anotherBranchOrAMalformedFactIsQuarantined()
    {
        Workshop w = workshop();
        QVERIFY(w.store);
        QVERIFY(lifeOfAnOrder(w).has_value());
        const wire::PushRequest batch = outbox(w);
        DeviceContext gdl = w.device;
        gdl.branchId = m_acme.branchId(QStringLiteral("GDL"));
        Result<wire::PushResponse> foreign = m_ingest->push(gdl, batch);
        QVERIFY2(foreign.has_value(), why(foreign).constData());
        QCOMPARE(statuses(foreign), QStringList(21, QStringLiteral("quarantined")));
        QVERIFY(foreign->results.first().detail.contains(QStringLiteral("payload.branch_id")));
        QCOMPARE(footprint(), (QList<qint64> { 0, 0, 0, 0, 0, 0 }));

        // Broken copies under new ids: an unknown status, a missing line id, a bad time.
        auto broken = [&](int index, const QString &field, const QJsonValue &value) {
            wire::PushMutation copy = batch.mutations.at(index);
            copy.mutationId = IdGenerator::instance().nextString();
            copy.payload.insert(field, value);
            copy.payload.insert(QStringLiteral("event_id"), IdGenerator::instance().nextString());
            return copy;
        };
        const wire::PushRequest bad = pushOf(w.device.deviceId,
            { broken(1, QStringLiteral("to"), QStringLiteral("flying")),
                broken(5, QStringLiteral("line_id"), QJsonValue()),
                broken(3, QStringLiteral("at"), QStringLiteral("yesterday")) });
        Result<wire::PushResponse> answer = m_ingest->push(w.device, bad);
        QCOMPARE(statuses(answer), QStringList(3, QStringLiteral("quarantined")));
        QVERIFY(answer->results.at(0).detail.contains(QStringLiteral("payload.to")));
        QVERIFY(answer->results.at(1).detail.contains(QStringLiteral("payload.line_id")));
        QVERIFY(answer->results.at(2).detail.contains(QStringLiteral("payload.at")));
        QCOMPARE(footprint(), (QList<qint64> { 0, 0, 0, 0, 0, 0 }));
    }

    // The kiosk's moves of an order reach the server before the counter's opening of it: whichever arrives first
    // creates the header, and the end state is the same as in device order.
    // An order charged at the counter (sale.completed schema 4 with service lines, then service_order.charged and
    // .moved, all in one transaction on the device) arrives as one sale: labor as lines with no part, no warehouse
    // and no stock movement, the parts moved out of stock, the order delivered with its sale.
    void anOrderChargedAtTheCounterArrivesAsOneSaleWithServiceLines()
    {
        Workshop w = workshop();
        QVERIFY(w.store);
        ServiceOrderService orders = service(w);
        Result<ServiceOrder> order = orders.open(rangerRequest(), m_advisor);
        QVERIFY2(order.has_value(), why(order).constData());
        const QString id = order->id;
        const CartItem gasket { 7, QStringLiteral("EMP-7"), QStringLiteral("Empaque de cárter"), shelf(), Money(35000),
            Money(35000), Money(20000), TaxRate::iva16(), 3, QStringLiteral("31411700"), QStringLiteral("H87") };
        QVERIFY(orders.addPart(id, { gasket, Quantity::units(2), {} }, m_advisor));
        QVERIFY(orders.addLabor(
            id, { QStringLiteral("Cambio de empaque"), LaborPricing::Flat, {}, {}, Money(58000), {}, {} }, m_mechanic));
        QVERIFY(orders.approveEstimate(id, QStringLiteral("En mostrador"), m_advisor));
        ServiceOrderStatus from = ServiceOrderStatus::Received;
        for (ServiceOrderStatus to : { ServiceOrderStatus::Diagnosis, ServiceOrderStatus::Repair,
                 ServiceOrderStatus::QualityCheck, ServiceOrderStatus::Ready }) {
            Result<ServiceOrder> moved = orders.move(id, from, to, m_mechanic, {});
            QVERIFY2(moved.has_value(), why(moved).constData());
            from = to;
        }
        QVERIFY(CashSessionService(w.store->db(), Clock::system(), w.device.deviceId, mty())
                    .open(m_advisor.userId, Money(50000))
                    .has_value());
        Result<ServiceOrderCharge> charge = orders.charge(id);
        QVERIFY(charge.has_value());
        Cart cart;
        cart.setBorderRegion(true); // the workshop's context says border: the ticket must price it the same way
        QVERIFY(cart.loadServiceOrder(id, order->folio, cartLines(*charge)).has_value());
        CheckoutContext context { w.device.deviceId, mty(), QStringLiteral("MTY1"), m_advisor.userId, Role::Cashier,
            false };
        context.inSale = [&](const QString &saleId, const QString &folio) {
            return orders.chargeInSale(cart, saleId, folio, m_advisor);
        };
        Result<SaleReceipt> receipt = CheckoutService(w.store->db(), Clock::system())
                                          .checkout(cart, { Tender { TenderMethod::Cash, Money(200000), 0, {} } },
                                              context);
        QVERIFY2(receipt.has_value(), why(receipt).constData());

        const wire::PushRequest batch = outbox(w);
        Result<wire::PushResponse> answer = m_ingest->push(w.device, batch);
        QVERIFY2(answer.has_value(), why(answer).constData());
        QCOMPARE(statuses(answer), QStringList(batch.mutations.size(), QStringLiteral("applied")));

        QCOMPARE(count(QStringLiteral("SELECT total_cents FROM sales WHERE id = ?"), { receipt->saleId }), 128000);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sale_lines WHERE sale_id = ?"), { receipt->saleId }), 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sale_lines WHERE sale_id = ? AND line_no = 2 AND "
                                      "part_id = 0 AND warehouse_id = '' AND quantity = 1000 AND sku = 'MO-1' AND "
                                      "description = 'Cambio de empaque' AND sat_product_key = '78181500' AND "
                                      "sat_unit_key = 'E48' AND tax_code = 'iva8' AND base_cents + tax_cents = 58000"),
                     { receipt->saleId }),
            1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sale_lines WHERE sale_id = ? AND line_no = 1 AND "
                                      "part_id = 7 AND warehouse_id = ? AND quantity = 2000"),
                     { receipt->saleId, shelf() }),
            1);
        // Only the part moved stock.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM stock_movements WHERE ref_id = ?"), { receipt->saleId }),
            1);
        QCOMPARE(count(QStringLiteral("SELECT quantity FROM stock_movements WHERE ref_id = ? AND part_id = 7"),
                     { receipt->saleId }),
            -2000);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM stock_movements WHERE part_id = 0")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM stock_levels WHERE part_id = 0")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM service_orders WHERE id = ? AND status = 'delivered' AND "
                                      "sale_id = ? AND sale_folio = ?"),
                     { id, receipt->saleId, receipt->folio }),
            1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM service_order_parts WHERE order_id = ? AND status = "
                                      "'charged'"),
                     { id }),
            1);

        // A service line that names a warehouse or a part, or a line kind nobody knows: quarantined, naming it.
        const wire::PushMutation *sale = nullptr;
        for (const wire::PushMutation &mutation : batch.mutations)
            if (mutation.type == QLatin1String("sale.completed"))
                sale = &mutation;
        QVERIFY(sale);
        QCOMPARE(sale->schemaVersion, 5); // 4 added service lines, 5 the vehicle (none here)
        const QList<QPair<QString, QJsonValue>> bad { { QStringLiteral("warehouse_id"), shelf() },
            { QStringLiteral("part_id"), 7 }, { QStringLiteral("kind"), QStringLiteral("labor") } };
        qint64 seq = batch.mutations.size();
        for (const auto &[field, value] : bad) {
            wire::PushMutation copy = *sale;
            copy.mutationId = IdGenerator::instance().nextString();
            copy.seq = ++seq;
            QJsonArray lines = copy.payload.value(QStringLiteral("lines")).toArray();
            QJsonObject labor = lines.at(1).toObject();
            labor.insert(field, value);
            lines.replace(1, labor);
            copy.payload.insert(QStringLiteral("lines"), lines);
            copy.payload.insert(QStringLiteral("id"), IdGenerator::instance().nextString());
            Result<wire::PushResponse> refused = m_ingest->push(w.device, pushOf(w.device.deviceId, { copy }));
            QCOMPARE(statuses(refused), QStringList { QStringLiteral("quarantined") });
            QVERIFY2(refused->results.first().detail.contains(QStringLiteral("payload.lines[1]")),
                qPrintable(refused->results.first().detail));
        }
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sales")), 1);
    }

    void factsOfTwoDevicesInTheWrongOrder()
    {
        Workshop w = workshop();
        QVERIFY(w.store);
        Result<ServiceOrder> order = lifeOfAnOrder(w);
        QVERIFY2(order.has_value(), why(order).constData());
        const wire::PushRequest batch = outbox(w);
        wire::PushRequest kiosk = pushOf(IdGenerator::instance().nextString());
        wire::PushRequest counter = pushOf(w.device.deviceId);
        for (const wire::PushMutation &mutation : batch.mutations) {
            const bool kioskFact = mutation.type == QLatin1String(serviceordermutation::kMoved)
                || mutation.type == QLatin1String(serviceordermutation::kDiagnosed)
                || mutation.type == QLatin1String(serviceordermutation::kNoteAdded);
            wire::PushRequest &to = kioskFact ? kiosk : counter;
            wire::PushMutation copy = mutation;
            copy.seq = to.mutations.size() + 1;
            to.mutations.append(copy);
        }
        DeviceContext kioskDevice = w.device;
        kioskDevice.deviceId = kiosk.deviceId;
        Result<wire::PushResponse> first = m_ingest->push(kioskDevice, kiosk);
        QCOMPARE(statuses(first), QStringList(kiosk.mutations.size(), QStringLiteral("applied")));
        QCOMPARE(text(QStringLiteral("SELECT status FROM service_orders WHERE id = ?"), { order->id }),
            QStringLiteral("delivered"));
        QCOMPARE(text(QStringLiteral("SELECT folio FROM service_orders WHERE id = ?"), { order->id }), QString());
        // A placeholder waiting for its opening is not published to the branch's devices.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM change_log WHERE bucket = 'service_orders'")), 0);

        Result<wire::PushResponse> second = m_ingest->push(w.device, counter);
        QCOMPARE(statuses(second), QStringList(counter.mutations.size(), QStringLiteral("applied")));
        // The opening came last but is older: it fills the header without taking the status back to received.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM service_orders WHERE id = ? AND folio = 'OS-000001' AND "
                                      "status = 'delivered' AND diagnosis = ? AND customer_name <> ''"),
                     { order->id, QStringLiteral("Empaque de cárter roto") }),
            1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM service_order_history WHERE order_id = ?"), { order->id }),
            qint64(order->history.size()));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM service_order_parts WHERE status = 'charged'")), 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM service_orders")), 1);
        // Published once, whole, to its branch's devices: the state every fact left, history, lines and notes.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM change_log WHERE bucket = 'service_orders'")), 1);
        const QString row = text(QStringLiteral("SELECT row FROM change_log WHERE bucket = 'service_orders' AND "
                                                "scope = ? AND key = ? AND deleted = 0"),
            { mty(), order->id });
        const QJsonObject published = QJsonDocument::fromJson(row.toUtf8()).object();
        QCOMPARE(published.value(QLatin1String("folio")).toString(), QStringLiteral("OS-000001"));
        QCOMPARE(published.value(QLatin1String("status")).toString(), QStringLiteral("delivered"));
        QCOMPARE(published.value(QLatin1String("history")).toArray().size(), qsizetype(order->history.size()));
        QCOMPARE(published.value(QLatin1String("parts")).toArray().size(),
            count(QStringLiteral("SELECT count(*) FROM service_order_parts WHERE order_id = ?"), { order->id }));
        QCOMPARE(published.value(QLatin1String("notes")).toArray().size(), qsizetype(order->notes.size()));
        QCOMPARE(published.value(QLatin1String("checklist")).toArray().size(), qsizetype(order->checklist.size()));
    }
};

QTEST_GUILESS_MAIN(TestServiceOrderIngest)
#include "testserviceorderingest.moc"
