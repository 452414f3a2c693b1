// Service orders: the transition table exhaustively against a spec written out here, roles and manager
// authorisation, stock reservations (available = on hand − reserved, given back on removal and cancellation, charged
// after a real counter sale), totals with the counter's tax rules, folios, and bad input refused with nothing written.
#include "inventory/stockledger.h"
#include "returns/returnlookup.h"
#include "sales/branchstock.h"
#include "returns/returnplan.h"
#include "mockclock.h"
#include "sales/cashsessionservice.h"
#include "sales/cartsummary.h"
#include "sales/checkoutservice.h"
#include "store/localstore.h"
#include "store/outbox.h"
#include "tempdir.h"
#include "why.h"
#include "workshop/inspectionchecklist.h"
#include "workshop/serviceorderpayload.h"
#include "workshop/serviceorderservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <map>

using namespace nexus;

namespace {

const QString kDevice = QStringLiteral("dev-taller");
const QString kBranch = QStringLiteral("branch-1");
const QString kShelf = QStringLiteral("wh-mostrador");
const QString kBack = QStringLiteral("wh-bodega");

const WorkshopActor kAdvisor { QStringLiteral("user-asesor"), QStringLiteral("Ana Asesora"), Role::Cashier };
const WorkshopActor kMechanic { QStringLiteral("user-meca"), QStringLiteral("Beto Mecánico"), Role::Mechanic };
const WorkshopActor kOtherMechanic { QStringLiteral("user-meca2"), QStringLiteral("Carlos Mecánico"), Role::Mechanic };
const WorkshopActor kManager { QStringLiteral("user-gerente"), QStringLiteral("Gloria Gerente"), Role::Manager };
const WorkshopActor kHq { QStringLiteral("user-hq"), QStringLiteral("Oficina"), Role::Hq };

CartItem part(qint64 partId, qint64 priceCents, const QString &warehouse = kShelf)
{
    return CartItem { partId, QStringLiteral("SKU-%1").arg(partId), QStringLiteral("Pieza %1").arg(partId), warehouse,
        Money(priceCents), Money(priceCents), Money(priceCents / 2), TaxRate::iva16(), 1, QStringLiteral("25174400"),
        QStringLiteral("H87") };
}

// The table as the workshop asked for it, written independently of the code: from>to → gate
// (W workshop: mechanic or advisor; A advisor; M manager only). Every other pair must be refused.
const std::map<QString, QChar> &specification()
{
    static const std::map<QString, QChar> spec {
        { QStringLiteral("received>diagnosis"), u'W' },
        { QStringLiteral("received>cancelled"), u'M' },
        { QStringLiteral("diagnosis>waiting_parts"), u'W' },
        { QStringLiteral("diagnosis>repair"), u'W' },
        { QStringLiteral("diagnosis>cancelled"), u'M' },
        { QStringLiteral("waiting_parts>diagnosis"), u'W' },
        { QStringLiteral("waiting_parts>repair"), u'W' },
        { QStringLiteral("waiting_parts>cancelled"), u'M' },
        { QStringLiteral("repair>waiting_parts"), u'W' },
        { QStringLiteral("repair>quality_check"), u'W' },
        { QStringLiteral("repair>cancelled"), u'M' },
        { QStringLiteral("quality_check>repair"), u'W' },
        { QStringLiteral("quality_check>ready"), u'W' },
        { QStringLiteral("quality_check>cancelled"), u'M' },
        { QStringLiteral("ready>delivered"), u'A' },
        { QStringLiteral("ready>repair"), u'M' },
        { QStringLiteral("ready>cancelled"), u'M' },
        { QStringLiteral("cancelled>received"), u'M' },
    };
    return spec;
}

bool specAllows(QChar gate, Role role)
{
    switch (role) {
    case Role::Admin:
    case Role::Manager:
        return true;
    case Role::Cashier: // the service advisor at the counter
        return gate != u'M';
    case Role::Mechanic:
        return gate == u'W';
    case Role::Hq:
        return false;
    }
    return false;
}

} // namespace

class TestWorkshop final : public QObject
{
    Q_OBJECT

private:
    test::TempDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    test::MockClock m_clock { QDateTime(QDate(2026, 3, 2), QTime(15, 0), Qt::UTC) };
    int m_round = 0;

    Database &db() { return m_store->db(); }
    ServiceOrderService service(bool border = false)
    {
        return ServiceOrderService(db(), m_clock, WorkshopContext { kDevice, kBranch, border, {} });
    }

    qint64 count(const QString &sql, const QVariantList &values = {})
    {
        Result<QVariant> value = db().scalar(sql, values);
        return value && value->isValid() ? value->toLongLong() : -1;
    }

    qint64 facts(const char *type)
    {
        return count(QStringLiteral("SELECT count(*) FROM outbox WHERE type = ?"), { QString::fromLatin1(type) });
    }

    // Rows of every table a service order call may write: a refused call changes none of them.
    QList<qint64> footprint()
    {
        QList<qint64> counts;
        for (const char *table : { "service_orders", "service_order_parts", "service_order_labor",
                 "service_order_history", "service_order_notes", "outbox", "folio_counters" })
            counts << count(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table));
        counts << count(QStringLiteral("SELECT coalesce(sum(quantity), 0) FROM stock_reservations"));
        counts << count(QStringLiteral("SELECT count(*) FROM service_order_parts WHERE status = 'reserved'"));
        counts << count(QStringLiteral("SELECT count(*) FROM service_orders WHERE status <> 'received'"));
        return counts;
    }

    // The summary must always equal the sum of the reserved lines, per (part, warehouse).
    void checkReservationsMatchLines()
    {
        QCOMPARE(count(QStringLiteral(
                     "SELECT count(*) FROM stock_reservations r WHERE quantity <> (SELECT coalesce(sum(quantity), 0) "
                     "FROM service_order_parts p WHERE p.status = 'reserved' AND p.part_id = r.part_id AND "
                     "p.warehouse_id = r.warehouse_id)")),
            0);
        QCOMPARE(count(QStringLiteral(
                     "SELECT count(*) FROM (SELECT part_id, warehouse_id FROM service_order_parts WHERE status = "
                     "'reserved' GROUP BY 1, 2) p LEFT JOIN stock_reservations r USING (part_id, warehouse_id) "
                     "WHERE r.part_id IS NULL")),
            0);
    }

    NewServiceOrder newOrder(const QString &mechanicId = kMechanic.userId)
    {
        NewServiceOrder order;
        order.customer = { QStringLiteral("cust-1"), QStringLiteral("  Juan   Pérez "), QStringLiteral("8112345678") };
        order.vehicle = { QStringLiteral("veh-1"), QStringLiteral("abc-123-d"), QStringLiteral("1hgcm82633a004352"),
            QStringLiteral("Honda"), QStringLiteral("Accord"), 2003, 185000 };
        order.complaint = QStringLiteral("Rechinan los frenos delanteros");
        order.mechanicId = mechanicId;
        order.mechanicName = mechanicId == kMechanic.userId ? kMechanic.name : kOtherMechanic.name;
        order.promisedAt = m_clock.nowUtc().addSecs(4 * 3600);
        return order;
    }

    ServiceOrder opened(const QString &mechanicId = kMechanic.userId)
    {
        Result<ServiceOrder> order = service().open(newOrder(mechanicId), kAdvisor);
        if (!order)
            qWarning("open: %s", qPrintable(order.error().logMessage()));
        return order ? *order : ServiceOrder {};
    }

    Quantity available(qint64 partId, const QString &warehouse = kShelf)
    {
        Result<StockAvailability> stock = service().availability(partId, warehouse);
        return stock ? stock->available() : Quantity(-999'999);
    }

    void receive(qint64 partId, const QString &warehouse, qint64 units)
    {
        Transaction transaction(db());
        QVERIFY(transaction.begin().has_value());
        QVERIFY(StockLedger(db())
                    .post({ { QStringLiteral("rcv-%1-%2").arg(partId).arg(warehouse), partId, warehouse,
                        QStringLiteral("receipt"), Quantity::units(units), QStringLiteral("purchase_order"),
                        QStringLiteral("po-1"), kManager.userId, QStringLiteral("2026-03-01T00:00:00.000Z") } })
                    .has_value());
        QVERIFY(transaction.commit().has_value());
    }

    // Moves as `actor` and expects it to work.
    ServiceOrder moveOk(const ServiceOrder &order, ServiceOrderStatus to, const WorkshopActor &actor,
        const QString &note = {}, const std::optional<WorkshopActor> &authorizer = std::nullopt)
    {
        Result<ServiceOrder> moved = service().move(order.id, order.status, to, actor, note, authorizer);
        if (!moved)
            qWarning("move: %s", qPrintable(moved.error().logMessage()));
        return moved ? *moved : order;
    }

private Q_SLOTS:
    void init()
    {
        if (QByteArray(QTest::currentTestFunction()).startsWith("transitionTable"))
            return; // the table needs no database (and has 320 rows)
        Result<std::unique_ptr<LocalStore>> store
            = LocalStore::open(m_dir.file(QStringLiteral("nexus-%1.db").arg(++m_round)));
        QVERIFY2(store.has_value(), test::why(store).constData());
        m_store = std::move(*store);
        receive(1, kShelf, 5);
        receive(2, kShelf, 10);
        receive(2, kBack, 4);
    }
    void cleanup() { m_store.reset(); }

    void transitionTable_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<int>("role");
        for (ServiceOrderStatus from : kServiceOrderStatuses)
            for (ServiceOrderStatus to : kServiceOrderStatuses)
                for (Role role : { Role::Admin, Role::Manager, Role::Cashier, Role::Mechanic, Role::Hq })
                    QTest::addRow("%s>%s as %s", qPrintable(serviceOrderStatusCode(from)),
                        qPrintable(serviceOrderStatusCode(to)), qPrintable(roleCode(role)))
                        << int(from) << int(to) << int(role);
    }
    // Every pair of states for every role: allowed, forbidden to the role, or not a move at all.
    void transitionTable()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(int, role);
        const auto source = ServiceOrderStatus(from);
        const auto target = ServiceOrderStatus(to);
        const auto it = specification().find(serviceOrderStatusCode(source) + u'>' + serviceOrderStatusCode(target));
        const Status checked = checkServiceOrderTransition(source, target, Role(role));
        const ServiceOrderTransition *rule = findServiceOrderTransition(source, target);
        if (it == specification().end()) {
            QVERIFY(!rule);
            QVERIFY(!checked);
            QCOMPARE(checked.error().code(), ErrorCode::InvalidInput);
            QCOMPARE(checked.error().field(), QStringLiteral("status"));
            return;
        }
        QVERIFY(rule);
        const bool allowed = specAllows(it->second, Role(role));
        QCOMPARE(checked.has_value(), allowed);
        if (!allowed)
            QCOMPARE(checked.error().code(), ErrorCode::PermissionDenied);
        // Cancelling and reopening say why; repair needs the customer's approval first.
        QCOMPARE(rule->needsNote, it->second == u'M');
        QCOMPARE(rule->needsApprovedEstimate,
            target == ServiceOrderStatus::Repair && source != ServiceOrderStatus::QualityCheck
                && source != ServiceOrderStatus::Ready);
    }

    void tableHasNoExtraRules()
    {
        QCOMPARE(serviceOrderTransitions().size(), specification().size());
        QCOMPARE(nextServiceOrderStatuses(ServiceOrderStatus::Delivered).size(), 0u);
        const std::vector<ServiceOrderStatus> fromRepair = nextServiceOrderStatuses(ServiceOrderStatus::Repair);
        QCOMPARE(fromRepair,
            (std::vector<ServiceOrderStatus> {
                ServiceOrderStatus::WaitingParts, ServiceOrderStatus::QualityCheck, ServiceOrderStatus::Cancelled }));
        for (ServiceOrderStatus status : kServiceOrderStatuses)
            QCOMPARE(serviceOrderStatusFromCode(serviceOrderStatusCode(status)).value(), status);
        QVERIFY(!serviceOrderStatusFromCode(QStringLiteral("lost")));
    }

    void openWritesTheOrderItsChecklistHistoryAndFact()
    {
        const ServiceOrder first = opened();
        QCOMPARE(first.folio, QStringLiteral("OS-000001"));
        QCOMPARE(first.status, ServiceOrderStatus::Received);
        QCOMPARE(first.customer.name, QStringLiteral("Juan Pérez"));
        QCOMPARE(first.vehicle.plates, QStringLiteral("ABC-123-D"));
        QCOMPARE(first.vehicle.vin, QStringLiteral("1HGCM82633A004352"));
        QCOMPARE(first.checklist.size(), standardChecklist().size());
        QCOMPARE(first.history.size(), 1u);
        QVERIFY(!first.history.front().from);
        QCOMPARE(first.history.front().userName, kAdvisor.name);
        QCOMPARE(first.promisedAt, m_clock.nowUtc().addSecs(4 * 3600));
        QCOMPARE(opened().folio, QStringLiteral("OS-000002"));

        Result<QList<OutboxEntry>> pending = Outbox(db()).pending(10);
        QVERIFY(pending.has_value());
        QCOMPARE(pending->size(), 2);
        const OutboxEntry &fact = pending->first();
        QCOMPARE(fact.type, QStringLiteral("service_order.opened"));
        QCOMPARE(fact.payload.value(QStringLiteral("order_id")).toString(), first.id);
        QCOMPARE(fact.payload.value(QStringLiteral("folio")).toString(), first.folio);
        QCOMPARE(fact.payload.value(QStringLiteral("branch_id")).toString(), kBranch);
        QCOMPARE(fact.payload.value(QStringLiteral("vehicle")).toObject().value(QStringLiteral("plates")).toString(),
            QStringLiteral("ABC-123-D"));
        QCOMPARE(
            fact.payload.value(QStringLiteral("checklist")).toArray().size(), qsizetype(standardChecklist().size()));

        // The card of the board carries what the kanban shows.
        Result<std::vector<ServiceOrderCard>> cards = service().board({});
        QVERIFY(cards.has_value());
        QCOMPARE(cards->size(), 2u);
        QCOMPARE(cards->front().vehicle, QStringLiteral("Honda Accord 2003"));
        QCOMPARE(cards->front().mechanicName, kMechanic.name);
    }

    void badOrdersAreRefusedNamingTheField_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("field");
        QTest::newRow("no customer") << "customer"
                                     << "customer";
        QTest::newRow("no plates nor VIN") << "vehicle"
                                           << "plates";
        QTest::newRow("bad VIN check digit") << "vin"
                                             << "vin";
        QTest::newRow("future model year") << "year"
                                           << "year";
        QTest::newRow("negative mileage") << "mileage"
                                          << "mileage";
        QTest::newRow("no complaint") << "complaint"
                                      << "complaint";
        QTest::newRow("promise in the past") << "promise"
                                             << "promised_at";
        QTest::newRow("mechanic without name") << "mechanic"
                                               << "mechanic";
    }
    void badOrdersAreRefusedNamingTheField()
    {
        QFETCH(QString, what);
        QFETCH(QString, field);
        NewServiceOrder order = newOrder();
        if (what == QLatin1String("customer"))
            order.customer.name = QStringLiteral("   ");
        else if (what == QLatin1String("vehicle"))
            order.vehicle.plates = order.vehicle.vin = QString();
        else if (what == QLatin1String("vin"))
            order.vehicle.vin = QStringLiteral("1HGCM82635A004352"); // check digit 5 instead of 3
        else if (what == QLatin1String("year"))
            order.vehicle.year = 2031;
        else if (what == QLatin1String("mileage"))
            order.vehicle.mileageKm = -1;
        else if (what == QLatin1String("complaint"))
            order.complaint = QStringLiteral(" ");
        else if (what == QLatin1String("promise"))
            order.promisedAt = m_clock.nowUtc().addSecs(-60);
        else if (what == QLatin1String("mechanic"))
            order.mechanicName.clear();
        const QList<qint64> before = footprint();
        Result<ServiceOrder> result = service().open(order, kAdvisor);
        QVERIFY(!result);
        QCOMPARE(result.error().code(), ErrorCode::InvalidInput);
        QCOMPARE(result.error().field(), field);
        QCOMPARE(footprint(), before);
    }

    void onlyTheAdvisorOrAManagerOpensOrders()
    {
        for (const WorkshopActor &actor : { kMechanic, kHq }) {
            Result<ServiceOrder> result = service().open(newOrder(), actor);
            QVERIFY(!result);
            QCOMPARE(result.error().code(), ErrorCode::PermissionDenied);
        }
        QVERIFY(service().open(newOrder(), kManager).has_value());
    }

    // The whole life of an order, recording who did each step; repair waits for the customer's approval.
    void everyStateInOrder()
    {
        ServiceOrder order = opened();
        order = moveOk(order, ServiceOrderStatus::Diagnosis, kMechanic);
        QVERIFY(service().setDiagnosis(order.id, QStringLiteral("Balatas al 10 %, discos rayados"), kMechanic));
        QVERIFY(service().addPart(order.id, { part(1, 11599), Quantity::units(2), {} }, kAdvisor));
        order = *service().load(order.id);

        const QList<qint64> before = footprint();
        Result<ServiceOrder> early = service().move(order.id, order.status, ServiceOrderStatus::Repair, kMechanic, {});
        QVERIFY(!early);
        QCOMPARE(early.error().code(), ErrorCode::Conflict);
        QCOMPARE(early.error().field(), QStringLiteral("estimate"));
        QCOMPARE(footprint(), before);

        order = moveOk(order, ServiceOrderStatus::WaitingParts, kMechanic);
        Result<ServiceOrder> approved = service().approveEstimate(order.id, QStringLiteral("Por WhatsApp"), kAdvisor);
        QVERIFY2(approved.has_value(), test::why(approved).constData());
        QCOMPARE(approved->estimate->amount, Money(23198));
        order = moveOk(*approved, ServiceOrderStatus::Repair, kMechanic);
        order = moveOk(order, ServiceOrderStatus::QualityCheck, kMechanic);
        order = moveOk(order, ServiceOrderStatus::Repair, kMechanic); // failed the check
        order = moveOk(order, ServiceOrderStatus::QualityCheck, kMechanic);
        order = moveOk(order, ServiceOrderStatus::Ready, kMechanic);
        QCOMPARE(order.status, ServiceOrderStatus::Ready);

        // The mechanic does not hand cars over; the advisor does.
        Result<ServiceOrder> handOver
            = service().move(order.id, order.status, ServiceOrderStatus::Delivered, kMechanic, {});
        QVERIFY(!handOver);
        QCOMPARE(handOver.error().code(), ErrorCode::PermissionDenied);
        order = moveOk(order, ServiceOrderStatus::Delivered, kAdvisor);
        QCOMPARE(order.status, ServiceOrderStatus::Delivered);

        QCOMPARE(order.history.size(), 9u);
        QCOMPARE(order.history.back().userName, kAdvisor.name);
        QCOMPARE(order.history[1].userName, kMechanic.name);
        QCOMPARE(facts(serviceordermutation::kMoved), 8);
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM service_order_history WHERE order_id = ?"), { order.id }), 9);

        // Delivered is final: nothing changes it any more.
        Result<ServiceOrder> note = service().addNote(order.id, QStringLiteral("Otra cosa"), kMechanic);
        QVERIFY(!note);
        QCOMPARE(note.error().code(), ErrorCode::Conflict);
        for (ServiceOrderStatus to : kServiceOrderStatuses)
            QVERIFY(!service().move(order.id, ServiceOrderStatus::Delivered, to, kManager, QStringLiteral("x")));
    }

    void rolesAndManagerAuthorisation()
    {
        ServiceOrder order = opened();
        // A mechanic may not cancel…
        const QList<qint64> before = footprint();
        Result<ServiceOrder> denied = service().move(
            order.id, order.status, ServiceOrderStatus::Cancelled, kMechanic, QStringLiteral("No vino"));
        QVERIFY(!denied);
        QCOMPARE(denied.error().code(), ErrorCode::PermissionDenied);
        // …nor can a manager's PIN that was not a manager's.
        QVERIFY(!service().move(
            order.id, order.status, ServiceOrderStatus::Cancelled, kMechanic, QStringLiteral("No vino"), kAdvisor));
        QCOMPARE(footprint(), before);
        // Cancelling says why.
        Result<ServiceOrder> silent
            = service().move(order.id, order.status, ServiceOrderStatus::Cancelled, kManager, {});
        QVERIFY(!silent);
        QCOMPARE(silent.error().field(), QStringLiteral("note"));
        QCOMPARE(footprint(), before);

        order = moveOk(
            order, ServiceOrderStatus::Cancelled, kMechanic, QStringLiteral("El cliente no regresó"), kManager);
        QCOMPARE(order.status, ServiceOrderStatus::Cancelled);
        QCOMPARE(order.history.back().userName, kMechanic.name);
        QCOMPARE(order.history.back().authorizedBy, kManager.name);
        QCOMPARE(order.history.back().authorizedById, kManager.userId);
        QCOMPARE(order.history.back().note, QStringLiteral("El cliente no regresó"));

        // Reopening is the manager's too.
        QVERIFY(
            !service().move(order.id, order.status, ServiceOrderStatus::Received, kAdvisor, QStringLiteral("Volvió")));
        order = moveOk(order, ServiceOrderStatus::Received, kManager, QStringLiteral("Volvió"));
        QCOMPARE(order.status, ServiceOrderStatus::Received);
        QVERIFY(order.history.back().authorizedBy.isEmpty());

        // A mechanic works only on their own orders; head office works none.
        QVERIFY(!service().move(order.id, order.status, ServiceOrderStatus::Diagnosis, kOtherMechanic, {}));
        QVERIFY(!service().addNote(order.id, QStringLiteral("Mía"), kOtherMechanic));
        QVERIFY(!service().addNote(order.id, QStringLiteral("HQ"), kHq));
        QVERIFY(service().addNote(order.id, QStringLiteral("Llegó con el testigo encendido"), kMechanic));

        // Someone else moved it meanwhile: the stale move is refused.
        order = moveOk(order, ServiceOrderStatus::Diagnosis, kMechanic);
        Result<ServiceOrder> stale
            = service().move(order.id, ServiceOrderStatus::Received, ServiceOrderStatus::Diagnosis, kMechanic, {});
        QVERIFY2(!stale && stale.error().code() == ErrorCode::Conflict, qPrintable(stale ? QString() : stale.error().logMessage()));
        QCOMPARE(stale.error().code(), ErrorCode::Conflict);
        QCOMPARE(stale.error().field(), QStringLiteral("status"));
    }

    void reservationsAndAvailability()
    {
        ServiceOrder first = opened();
        ServiceOrder second = opened();
        QCOMPARE(available(1), Quantity::units(5));
        QVERIFY(service().addPart(first.id, { part(1, 11599), Quantity::units(3), {} }, kAdvisor));
        QCOMPARE(available(1), Quantity::units(2));
        Result<StockAvailability> stock = service().availability(1, kShelf);
        QCOMPARE(stock->onHand, Quantity::units(5));
        QCOMPARE(stock->reserved, Quantity::units(3));
        checkReservationsMatchLines();

        // More than is left: refused, naming the quantity, nothing reserved.
        const QList<qint64> before = footprint();
        Result<ServiceOrder> tooMany
            = service().addPart(second.id, { part(1, 11599), Quantity::units(3), {} }, kAdvisor);
        QVERIFY(!tooMany);
        QCOMPARE(tooMany.error().code(), ErrorCode::Conflict);
        QCOMPARE(tooMany.error().field(), QStringLiteral("quantity"));
        QVERIFY(tooMany.error().logMessage().contains(QStringLiteral("Only 2 of SKU-1")));
        QCOMPARE(footprint(), before);
        QVERIFY(service().addPart(second.id, { part(1, 11599), Quantity::units(2), {} }, kAdvisor));
        QCOMPARE(available(1), Quantity());

        // Warehouses are separate: the back store's four are untouched by the shelf's reservations.
        QVERIFY(service().addPart(second.id, { part(2, 5000, kBack), Quantity::units(4), {} }, kAdvisor));
        QCOMPARE(available(2, kBack), Quantity());
        QCOMPARE(available(2, kShelf), Quantity::units(10));
        checkReservationsMatchLines();

        // Removing a line gives its reservation back.
        second = *service().load(second.id);
        QVERIFY(service().removePart(second.id, second.parts.front().id, kAdvisor));
        QCOMPARE(available(1), Quantity::units(2));
        Result<ServiceOrder> twice = service().removePart(second.id, second.parts.front().id, kAdvisor);
        QVERIFY(!twice);
        QCOMPARE(twice.error().code(), ErrorCode::Conflict);
        checkReservationsMatchLines();

        // A mechanic's request reserves nothing until the advisor reserves it; a mechanic cannot reserve.
        Result<ServiceOrder> requested = service().requestPart(
            first.id, { QStringLiteral("Balatas traseras"), Quantity::units(1), {}, 0, {} }, kMechanic);
        QVERIFY2(requested.has_value(), test::why(requested).constData());
        QCOMPARE(requested->parts.back().status, PartLineStatus::Requested);
        QCOMPARE(available(1), Quantity::units(2));
        const QString requestId = requested->parts.back().id;
        QVERIFY(!service().reserveRequested(first.id, requestId, part(1, 11599), kMechanic));
        QVERIFY(!service().addPart(first.id, { part(1, 11599), Quantity::units(1), {} }, kMechanic));
        Result<ServiceOrder> reserved = service().reserveRequested(first.id, requestId, part(1, 11599), kAdvisor);
        QVERIFY2(reserved.has_value(), test::why(reserved).constData());
        QCOMPARE(reserved->parts.back().status, PartLineStatus::Reserved);
        QCOMPARE(reserved->parts.back().sku, QStringLiteral("SKU-1"));
        QCOMPARE(available(1), Quantity::units(1));
        checkReservationsMatchLines();

        // Cancelling gives back every reservation of the order and keeps the lines as released.
        Result<ServiceOrder> cancelled = service().move(
            first.id, ServiceOrderStatus::Received, ServiceOrderStatus::Cancelled, kManager, QStringLiteral("Se fue"));
        QVERIFY2(cancelled.has_value(), test::why(cancelled).constData());
        for (const ServiceOrderPart &line : cancelled->parts)
            QCOMPARE(line.status, PartLineStatus::Released);
        QCOMPARE(available(1), Quantity::units(5));
        checkReservationsMatchLines();
        Result<QList<OutboxEntry>> pending = Outbox(db()).pending(100);
        const QJsonObject moved = pending->last().payload;
        QCOMPARE(pending->last().type, QStringLiteral("service_order.moved"));
        QCOMPARE(moved.value(QStringLiteral("released_lines")).toArray().size(), 2);
        QCOMPARE(facts(serviceordermutation::kPartAdded), 4);
        QCOMPARE(facts(serviceordermutation::kPartReserved), 1);
        QCOMPARE(facts(serviceordermutation::kPartReleased), 1);
    }

    // Totals are the counter's: per line, tax included, split with the SAT's rounding, summed; 8 % at the border.
    void totalsWithTheCounterTaxRules_data()
    {
        QTest::addColumn<bool>("border");
        QTest::addColumn<qint64>("base");
        QTest::addColumn<qint64>("tax");
        QTest::newRow("iva 16") << false << qint64(29997 + 96983 + 25862) << qint64(4800 + 15517 + 4138);
        QTest::newRow("border 8") << true << qint64(32219 + 104167 + 27778) << qint64(2578 + 8333 + 2222);
    }
    void totalsWithTheCounterTaxRules()
    {
        QFETCH(bool, border);
        QFETCH(qint64, base);
        QFETCH(qint64, tax);
        const ServiceOrder order = opened();
        QVERIFY(service(border).addPart(order.id, { part(1, 11599), Quantity::units(3), {} }, kAdvisor));
        LaborToAdd hourly { QStringLiteral("Cambio de balatas"), LaborPricing::Hourly, Quantity(2500), Money(45000), {},
            {}, {} };
        Result<ServiceOrder> withLabor = service(border).addLabor(order.id, hourly, kMechanic);
        QVERIFY2(withLabor.has_value(), test::why(withLabor).constData());
        QCOMPARE(withLabor->labor.front().amount, Money(112500));
        QCOMPARE(withLabor->labor.front().mechanicName, kMechanic.name); // a mechanic's labor is theirs
        LaborToAdd flat { QStringLiteral("Rectificado de discos"), LaborPricing::Flat, {}, {}, Money(30000),
            kOtherMechanic.userId, kOtherMechanic.name };
        QVERIFY(service(border).addLabor(order.id, flat, kAdvisor));
        QVERIFY(service(border).requestPart(
            order.id, { QStringLiteral("Tornillo"), Quantity::units(1), {}, 0, {} }, kMechanic));

        Result<ServiceOrderCharge> charge = service(border).charge(order.id);
        QVERIFY(charge.has_value());
        QCOMPARE(charge->lines.size(), 3u);
        QCOMPARE(charge->pendingRequests, 1);
        QCOMPARE(charge->totals.gross, Money(34797 + 112500 + 30000));
        QCOMPARE(charge->totals.base, Money(base));
        QCOMPARE(charge->totals.tax, Money(tax));
        QCOMPARE(charge->parts.gross + charge->labor.gross, charge->totals.gross);

        // The same lines priced by the counter's own cart give the same money, line by line.
        Cart cart;
        cart.setBorderRegion(border);
        for (const ServiceOrderChargeLine &line : charge->lines) {
            const PricedLine priced = cart.priceLine(line.line);
            QCOMPARE(priced.amounts.base, line.amounts.base);
            QCOMPARE(priced.amounts.tax, line.amounts.tax);
        }
        const ServiceOrderChargeLine &labor = charge->lines[1];
        QVERIFY(!labor.stockItem);
        QCOMPARE(labor.line.item.satProductKey, QStringLiteral("78181500"));
        QCOMPARE(labor.line.item.satUnitKey, QStringLiteral("E48"));
        QCOMPARE(labor.line.item.description, QStringLiteral("Cambio de balatas (2.5 h)"));
        QCOMPARE(charge->lines[2].line.item.description, QStringLiteral("Rectificado de discos"));
        QVERIFY(charge->lines[0].stockItem);
        QCOMPARE(charge->lines[0].line.item.warehouseId, kShelf);
    }

    void badLaborAndNotesAreRefused()
    {
        const ServiceOrder order = opened();
        const QList<qint64> before = footprint();
        auto refused = [&](const Result<ServiceOrder> &result, const QString &field) {
            QVERIFY(!result);
            QCOMPARE(result.error().code(), ErrorCode::InvalidInput);
            QCOMPARE(result.error().field(), field);
        };
        refused(service().addLabor(
                    order.id, { QStringLiteral(" "), LaborPricing::Flat, {}, {}, Money(100), {}, {} }, kMechanic),
            QStringLiteral("description"));
        refused(
            service().addLabor(order.id,
                { QStringLiteral("Afinar"), LaborPricing::Hourly, Quantity(0), Money(45000), {}, {}, {} }, kMechanic),
            QStringLiteral("hours"));
        refused(service().addLabor(
                    order.id, { QStringLiteral("Afinar"), LaborPricing::Flat, {}, {}, Money(0), {}, {} }, kMechanic),
            QStringLiteral("price"));
        refused(service().addNote(order.id, QStringLiteral("  "), kMechanic), QStringLiteral("note"));
        refused(service().setDiagnosis(order.id, QString(), kMechanic), QStringLiteral("diagnosis"));
        refused(service().requestPart(order.id, { QStringLiteral("Filtro"), Quantity(0), {}, 0, {} }, kMechanic),
            QStringLiteral("quantity"));
        refused(
            service().addPart(order.id, { part(0, 100), Quantity::units(1), {} }, kAdvisor), QStringLiteral("part"));
        refused(service().approveEstimate(order.id, {}, kAdvisor), QStringLiteral("estimate"));
        Result<ServiceOrder> missing
            = service().addNote(QStringLiteral("no-such-order"), QStringLiteral("x"), kAdvisor);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code(), ErrorCode::NotFound);
        QCOMPARE(footprint(), before);
    }

    void checklistNotesAndHeaderFacts()
    {
        const ServiceOrder order = opened();
        Result<ServiceOrder> marked = service().setChecklistItem(
            order.id, 1, ChecklistState::Urgent, QStringLiteral("Balatas al metal"), kMechanic);
        QVERIFY2(marked.has_value(), test::why(marked).constData());
        QCOMPARE(marked->checklist.front().state, ChecklistState::Urgent);
        QCOMPARE(marked->checklist.front().note, QStringLiteral("Balatas al metal"));
        QCOMPARE(checklistItemName(marked->checklist.front()), QStringLiteral("Brakes (pads, discs, fluid)"));
        QVERIFY(!service().setChecklistItem(order.id, 99, ChecklistState::Ok, {}, kMechanic));
        Result<ServiceOrder> noted = service().addNote(order.id, QStringLiteral("Cliente espera en sala"), kMechanic);
        QCOMPARE(noted->notes.size(), 1u);
        QCOMPARE(noted->notes.front().userName, kMechanic.name);
        Result<ServiceOrder> assigned
            = service().assignMechanic(order.id, kOtherMechanic.userId, kOtherMechanic.name, kAdvisor);
        QCOMPARE(assigned->mechanicId, kOtherMechanic.userId);
        QVERIFY(!service().assignMechanic(order.id, kMechanic.userId, kMechanic.name, kMechanic));
        // The first mechanic no longer works this order.
        QVERIFY(!service().addNote(order.id, QStringLiteral("Sigo"), kMechanic));
        const QDateTime later = m_clock.nowUtc().addDays(1);
        Result<ServiceOrder> promised = service().setPromisedAt(order.id, later, kAdvisor);
        QCOMPARE(promised->promisedAt, later);
        QVERIFY(!promised->isLate(m_clock.nowUtc()));
        QVERIFY(promised->isLate(later.addSecs(1)));
        for (const char *type : { serviceordermutation::kChecklistSet, serviceordermutation::kNoteAdded,
                 serviceordermutation::kAssigned, serviceordermutation::kPromised })
            QCOMPARE(facts(type), 1);
    }

    // Charged at the counter: a real checkout of the order's parts takes them out of stock, then the order records
    // its sale and its reservations become charged, so the counter's available is what is really left.
    void chargedAtTheCounter()
    {
        QVERIFY(CashSessionService(db(), m_clock, kDevice, kBranch).open(kAdvisor.userId, Money(50000)).has_value());
        ServiceOrder order = opened();
        QVERIFY(service().addPart(order.id, { part(1, 11599), Quantity::units(2), {} }, kAdvisor));
        QVERIFY(service().addLabor(
            order.id, { QStringLiteral("Frenos"), LaborPricing::Flat, {}, {}, Money(50000), {}, {} }, kMechanic));
        QVERIFY(service().approveEstimate(order.id, QStringLiteral("Firmado"), kAdvisor));
        order = *service().load(order.id);
        for (ServiceOrderStatus to :
            { ServiceOrderStatus::Diagnosis, ServiceOrderStatus::Repair, ServiceOrderStatus::QualityCheck })
            order = moveOk(order, to, kMechanic);
        Result<ServiceOrder> early
            = service().recordCharged(order.id, QStringLiteral("sale-x"), QStringLiteral("X"), kAdvisor);
        QVERIFY(!early);
        QCOMPARE(early.error().code(), ErrorCode::Conflict);
        order = moveOk(order, ServiceOrderStatus::Ready, kMechanic);
        QCOMPARE(available(1), Quantity::units(3));

        Result<ServiceOrderCharge> charge = service().charge(order.id);
        QVERIFY(charge.has_value());
        Cart cart;
        for (const ServiceOrderChargeLine &line : charge->lines)
            if (line.stockItem)
                QVERIFY(cart.add(line.line.item, line.line.quantity).has_value());
        const CheckoutContext checkout { kDevice, kBranch, QStringLiteral("CEN1"), kAdvisor.userId, Role::Cashier,
            false };
        Result<SaleReceipt> receipt
            = CheckoutService(db(), m_clock)
                  .checkout(cart, { Tender { TenderMethod::Cash, Money(100000), 0, {} } }, checkout);
        QVERIFY2(receipt.has_value(), test::why(receipt).constData());
        // Between the sale and the record the two pieces count twice against the shelf: never more than there is.
        QCOMPARE(available(1), Quantity::units(1));

        QVERIFY(!service().recordCharged(order.id, receipt->saleId, receipt->folio, kMechanic));
        Result<ServiceOrder> charged = service().recordCharged(order.id, receipt->saleId, receipt->folio, kAdvisor);
        QVERIFY2(charged.has_value(), test::why(charged).constData());
        QCOMPARE(charged->saleFolio, receipt->folio);
        QCOMPARE(charged->parts.front().status, PartLineStatus::Charged);
        Result<StockAvailability> stock = service().availability(1, kShelf);
        QCOMPARE(stock->onHand, Quantity::units(3));
        QCOMPARE(stock->reserved, Quantity());
        checkReservationsMatchLines();
        Result<ServiceOrder> again = service().recordCharged(order.id, receipt->saleId, receipt->folio, kAdvisor);
        QVERIFY(!again);
        QCOMPARE(again.error().field(), QStringLiteral("sale"));
        QCOMPARE(facts(serviceordermutation::kCharged), 1);
        QVERIFY(
            moveOk(charged.value(), ServiceOrderStatus::Delivered, kAdvisor).status == ServiceOrderStatus::Delivered);
    }

    // The cart's service lines: no part, no warehouse, their own SAT keys, never merged; an order's lines keep their
    // quantity and warehouse and leave the ticket only together.
    void cartServiceLines()
    {
        CartItem labor { 0, QStringLiteral("MO-1"), QStringLiteral("Afinación"), {}, Money(116000), Money(116000),
            Money(), TaxRate::iva16(), 1, QString::fromLatin1(kLaborSatProductKey),
            QString::fromLatin1(kLaborSatUnitKey), true };
        Cart cart;
        QVERIFY(cart.add(labor, Quantity::units(1)).has_value());
        QVERIFY(cart.add(labor, Quantity::units(1)).has_value());
        QCOMPARE(cart.lines().size(), std::size_t(2)); // a service is never merged into another line
        QCOMPARE(cart.totals().gross, Money(232000));
        QCOMPARE(cart.totals().base, Money(200000));
        QCOMPARE(cart.totals().tax, Money(32000));
        cart.setBorderRegion(true);
        QCOMPARE(cart.totals().tax, Money(2 * 8593)); // 8 % in the border region per line (1,074.07 + 85.93), as for parts
        Status noWarehouse = cart.setWarehouse(0, kShelf);
        QVERIFY(!noWarehouse);
        QCOMPARE(noWarehouse.error().field(), QStringLiteral("warehouse"));

        CartItem withPart = labor;
        withPart.partId = 5;
        QCOMPARE(cart.add(withPart, Quantity::units(1)).error().field(), QStringLiteral("item"));
        CartItem withWarehouse = labor;
        withWarehouse.warehouseId = kShelf;
        QCOMPARE(cart.add(withWarehouse, Quantity::units(1)).error().field(), QStringLiteral("item"));
        CartItem noKey = labor;
        noKey.satProductKey.clear();
        QCOMPARE(cart.add(noKey, Quantity::units(1)).error().field(), QStringLiteral("sat_product_key"));
        CartItem noText = labor;
        noText.description = QStringLiteral("  ");
        QCOMPARE(cart.add(noText, Quantity::units(1)).error().field(), QStringLiteral("description"));
        CartItem partWithoutWarehouse = part(1, 100);
        partWithoutWarehouse.warehouseId.clear();
        QCOMPARE(cart.add(partWithoutWarehouse, Quantity::units(1)).error().field(), QStringLiteral("item"));
        QCOMPARE(cart.lines().size(), std::size_t(2));

        // An order's lines.
        std::vector<CartLine> order { { part(1, 10000), Quantity::units(2), 0, QStringLiteral("line-p") },
            { labor, Quantity::units(1), 0, QStringLiteral("line-l") } };
        QVERIFY(cart.loadServiceOrder(QStringLiteral("os-1"), QStringLiteral("OS-000001"), order).has_value());
        QCOMPARE(cart.serviceOrderFolio(), QStringLiteral("OS-000001"));
        QCOMPARE(cart.lines().size(), std::size_t(4));
        QCOMPARE(cart.setQuantity(2, Quantity::units(1)).error().code(), ErrorCode::Conflict);
        QCOMPARE(cart.setWarehouse(2, kBack).error().code(), ErrorCode::Conflict);
        QCOMPARE(cart.remove(3).error().code(), ErrorCode::Conflict);
        QVERIFY(cart.setLineDiscountPpm(3, 100'000).has_value()); // a discount is the counter's to give
        QCOMPARE(cart.loadServiceOrder(QStringLiteral("os-2"), QStringLiteral("OS-000002"), order).error().code(),
            ErrorCode::Conflict);
        // The same part sold over the counter makes its own line: the order's line keeps its reservation's quantity.
        QVERIFY(cart.add(part(1, 10000), Quantity::units(1)).has_value());
        QCOMPARE(cart.lines().size(), std::size_t(5));
        QCOMPARE(cart.lines().at(2).quantity, Quantity::units(2));
        // Two labor lines, one order labor line, 2 + 1 pieces of the part: the ticket shows 5 lines and 3 pieces.
        QCOMPARE(summarizeCart(cart).lines, 5);
        QCOMPARE(summarizeCart(cart).pieces, Quantity::units(3));
        cart.removeServiceOrder();
        QCOMPARE(cart.lines().size(), std::size_t(3));
        QVERIFY(cart.serviceOrderId().isEmpty());
        std::vector<CartLine> unnamed { { labor, Quantity::units(1), 0, {} } };
        QCOMPARE(cart.loadServiceOrder(QStringLiteral("os-3"), QStringLiteral("OS-000003"), unnamed).error().field(),
            QStringLiteral("line"));
        QVERIFY(cart.serviceOrderId().isEmpty());
    }

    // The ticket charges the order in one sale: parts out of stock from their reservation, labor as service lines
    // with no movement, the order charged and handed over by the same transaction; a stale ticket changes nothing.
    void chargedFromTheTicketInOneSale()
    {
        QVERIFY(CashSessionService(db(), m_clock, kDevice, kBranch).open(kAdvisor.userId, Money(50000)).has_value());
        ServiceOrder order = opened();
        QVERIFY(service().addPart(order.id, { part(1, 11599), Quantity::units(2), {} }, kAdvisor));
        QVERIFY(service().addLabor(
            order.id, { QStringLiteral("Frenos"), LaborPricing::Flat, {}, {}, Money(50000), {}, {} }, kMechanic));
        QVERIFY(service().addLabor(order.id,
            { QStringLiteral("Diagnóstico"), LaborPricing::Hourly, Quantity(1500), Money(45000), {}, {}, {} },
            kMechanic));
        QVERIFY(service().approveEstimate(order.id, QStringLiteral("Firmado"), kAdvisor));
        order = *service().load(order.id);
        for (ServiceOrderStatus to : { ServiceOrderStatus::Diagnosis, ServiceOrderStatus::Repair,
                 ServiceOrderStatus::QualityCheck, ServiceOrderStatus::Ready })
            order = moveOk(order, to, kMechanic);
        QCOMPARE(order.status, ServiceOrderStatus::Ready);
        QCOMPARE(available(1), Quantity::units(3));

        Result<ServiceOrderCharge> charge = service().charge(order.id);
        QVERIFY(charge.has_value());
        Cart cart;
        cart.setCustomerId(charge->customerId);
        QVERIFY(cart.loadServiceOrder(order.id, order.folio, cartLines(*charge)).has_value());
        QVERIFY(cart.add(part(2, 20000), Quantity::units(1)).has_value()); // and a part over the counter
        QCOMPARE(cart.lines().size(), std::size_t(4));
        QCOMPARE(cart.lines().at(1).item.description, QStringLiteral("Frenos"));
        QVERIFY(cart.lines().at(2).item.service);
        QCOMPARE(cart.lines().at(2).item.description, QStringLiteral("Diagnóstico (1.5 h)"));
        QCOMPARE(cart.lines().at(2).item.satProductKey, QStringLiteral("78181500"));
        // 2 × 115.99 + 500 + 1.5 h × 450 = 1,406.98; plus 200 over the counter.
        QCOMPARE(charge->totals.gross, Money(140698));
        QCOMPARE(cart.totals().gross, Money(160698));
        QCOMPARE(cart.totals().tax, charge->totals.tax + splitTaxIncluded(Money(20000), TaxRate::iva16()).tax);

        const std::vector<Tender> cash { Tender { TenderMethod::Cash, Money(200000), 0, {} } };
        CheckoutContext context { kDevice, kBranch, QStringLiteral("CEN1"), kAdvisor.userId, Role::Cashier, false };
        const QList<qint64> before = footprint();
        Result<SaleReceipt> plain = CheckoutService(db(), m_clock).checkout(cart, cash, context);
        QVERIFY(!plain); // an order is charged only with the workshop's step
        QCOMPARE(plain.error().field(), QStringLiteral("service_order"));
        QCOMPARE(footprint(), before);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sales")), 0);

        // The workshop changed the order after it was put on the ticket: the whole sale is undone.
        QVERIFY(service().addLabor(
            order.id, { QStringLiteral("Lavado"), LaborPricing::Flat, {}, {}, Money(10000), {}, {} }, kAdvisor));
        const QList<qint64> changed = footprint();
        context.inSale = [&](const QString &saleId, const QString &folio) {
            return service().chargeInSale(cart, saleId, folio, kAdvisor);
        };
        Result<SaleReceipt> stale = CheckoutService(db(), m_clock).checkout(cart, cash, context);
        QVERIFY2(!stale && stale.error().code() == ErrorCode::Conflict, qPrintable(stale ? QString() : stale.error().logMessage()));
        QCOMPARE(stale.error().code(), ErrorCode::Conflict);
        QCOMPARE(stale.error().field(), QStringLiteral("service_order"));
        QCOMPARE(footprint(), changed);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sales")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM stock_movements WHERE kind = 'sale'")), 0);

        // Loaded again, it goes through.
        Result<ServiceOrder> withWash = service().load(order.id);
        QVERIFY(service().removeLabor(order.id, withWash->labor.back().id, kAdvisor));
        cart.removeServiceOrder();
        charge = service().charge(order.id);
        QVERIFY(cart.loadServiceOrder(order.id, order.folio, cartLines(*charge)).has_value());
        Result<SaleReceipt> receipt = CheckoutService(db(), m_clock).checkout(cart, cash, context);
        QVERIFY2(receipt.has_value(), test::why(receipt).constData());
        QCOMPARE(receipt->totals.gross, Money(160698));

        // Labor: two service lines with no part, no warehouse, no movement; parts: one movement each.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sale_lines WHERE sale_id = ? AND part_id = 0 AND "
                                      "warehouse_id = '' AND sat_product_key = '78181500' AND sat_unit_key = 'E48'"),
                     { receipt->saleId }),
            2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM stock_movements WHERE ref_id = ?"), { receipt->saleId }),
            2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM stock_movements WHERE part_id = 0")), 0);
        QCOMPARE(count(QStringLiteral("SELECT quantity FROM stock_levels WHERE part_id = 1 AND warehouse_id = ?"),
                     { kShelf }),
            Quantity::units(3).thousandths());
        QCOMPARE(count(QStringLiteral("SELECT customer_id = ? FROM sales WHERE id = ?"),
                     { charge->customerId, receipt->saleId }),
            1);
        // The reservation was consumed by the sale, not counted twice: 3 on the shelf, all of them available.
        Result<StockAvailability> stock = service().availability(1, kShelf);
        QCOMPARE(stock->onHand, Quantity::units(3));
        QCOMPARE(stock->reserved, Quantity());
        checkReservationsMatchLines();

        Result<ServiceOrder> charged = service().load(order.id);
        QCOMPARE(charged->status, ServiceOrderStatus::Delivered);
        QCOMPARE(charged->saleId, receipt->saleId);
        QCOMPARE(charged->saleFolio, receipt->folio);
        QCOMPARE(charged->parts.front().status, PartLineStatus::Charged);
        QCOMPARE(charged->history.back().to, ServiceOrderStatus::Delivered);
        QVERIFY(charged->history.back().note.contains(receipt->folio));
        QCOMPARE(facts(serviceordermutation::kCharged), 1);

        // sale.completed schema 5: 4 added each line's kind and the order it charges, 5 the vehicle.
        Result<QVariant> raw = db().scalar(
            QStringLiteral("SELECT payload FROM outbox WHERE type = 'sale.completed'"));
        QVERIFY(raw.has_value());
        const QJsonObject sale = QJsonDocument::fromJson(raw->toByteArray()).object();
        QCOMPARE(count(QStringLiteral("SELECT schema_v FROM outbox WHERE type = 'sale.completed'")), 5);
        QCOMPARE(sale.value(QStringLiteral("service_order_id")).toString(), order.id);
        QCOMPARE(sale.value(QStringLiteral("service_order_folio")).toString(), order.folio);
        const QJsonArray lines = sale.value(QStringLiteral("lines")).toArray();
        QCOMPARE(lines.size(), 4);
        // Taken off and loaded again, the order's lines come after the counter's part.
        QCOMPARE(lines.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("part"));
        QVERIFY(!lines.at(0).toObject().contains(QStringLiteral("source_line_id")));
        QCOMPARE(lines.at(1).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("part"));
        QCOMPARE(lines.at(1).toObject().value(QStringLiteral("source_line_id")).toString(),
            charged->parts.front().id);
        QCOMPARE(lines.at(2).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("service"));
        QCOMPARE(lines.at(2).toObject().value(QStringLiteral("part_id")).toInt(), 0);
        QCOMPARE(lines.at(2).toObject().value(QStringLiteral("warehouse_id")).toString(), QString());
        QCOMPARE(lines.at(2).toObject().value(QStringLiteral("source_line_id")).toString(),
            charged->labor.front().id);

        // The same order cannot be charged twice: a second ticket is undone whole.
        Cart twice;
        QVERIFY(twice.loadServiceOrder(order.id, order.folio, cartLines(*charge)).has_value());
        context.inSale = [&](const QString &saleId, const QString &folio) {
            return service().chargeInSale(twice, saleId, folio, kAdvisor);
        };
        Result<SaleReceipt> again = CheckoutService(db(), m_clock).checkout(twice, cash, context);
        QVERIFY(!again);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sales")), 1);

        // A service line is not returned: refused naming the line; its part line may be.
        Result<ReturnableSale> sold = ReturnLookup(db()).load(receipt->saleId);
        QVERIFY2(sold.has_value(), test::why(sold).constData());
        Result<std::vector<ReturnRecordLine>> labor = planReturnLines(*sold, { { 3, Quantity::units(1) } });
        QVERIFY(!labor);
        QCOMPARE(labor.error().field(), QStringLiteral("lines[0].sale_line_no"));
        QVERIFY(labor.error().message().contains(QStringLiteral("Frenos")));
        QVERIFY(planReturnLines(*sold, { { 2, Quantity::units(1) } }).has_value());
    }

    // The counter's stock (search results, the warehouse a new line comes from) is what it may sell: on hand less
    // what open service orders hold back; the physical balance stays as it is.
    void counterStockIsLessTheWorkshopsReservations()
    {
        ServiceOrder order = opened();
        QVERIFY(service().addPart(order.id, { part(1, 11599), Quantity::units(2), {} }, kAdvisor));
        QVERIFY(service().addPart(order.id, { part(2, 5000, kBack), Quantity::units(4), {} }, kAdvisor));
        const BranchStock stock(db());
        Result<StockByPart> sellable = stock.available({ 1, 2 }, { kShelf, kBack });
        QVERIFY2(sellable.has_value(), test::why(sellable).constData());
        QCOMPARE(sellable->value(1).value(kShelf), Quantity::units(3));
        QCOMPARE(sellable->value(2).value(kShelf), Quantity::units(10));
        QCOMPARE(sellable->value(2).value(kBack), Quantity()); // all four held for the order
        Result<StockByPart> onHand = stock.levels({ 1, 2 }, { kShelf, kBack });
        QCOMPARE(onHand->value(1).value(kShelf), Quantity::units(5));
        QCOMPARE(onHand->value(2).value(kBack), Quantity::units(4));
        // Only the warehouses asked for.
        QVERIFY(!stock.available({ 2 }, { kShelf })->value(2).contains(kBack));
        // Cancelled, the pieces are on offer again.
        QVERIFY(service().move(order.id, order.status, ServiceOrderStatus::Cancelled, kManager,
            QStringLiteral("El cliente no vino")));
        sellable = stock.available({ 1, 2 }, { kShelf, kBack });
        QCOMPARE(sellable->value(1).value(kShelf), Quantity::units(5));
        QCOMPARE(sellable->value(2).value(kBack), Quantity::units(4));
    }

    void boardFilterAndLateCards()
    {
        const ServiceOrder mine = opened();
        const ServiceOrder theirs = opened(kOtherMechanic.userId);
        Result<std::vector<ServiceOrderCard>> filtered = service().board({ kOtherMechanic.userId, {} });
        QCOMPARE(filtered->size(), 1u);
        QCOMPARE(filtered->front().id, theirs.id);
        QVERIFY(!filtered->front().isLate(m_clock.nowUtc()));
        QVERIFY(filtered->front().isLate(m_clock.nowUtc().addSecs(5 * 3600)));
        QVERIFY(service().move(theirs.id, ServiceOrderStatus::Received, ServiceOrderStatus::Cancelled, kManager,
            QStringLiteral("No autorizó")));
        QCOMPARE(service().board({})->size(), 1u);
        QCOMPARE(service().board({ {}, m_clock.nowUtc().addDays(-7) })->size(), 2u);
        QCOMPARE(service().board({})->front().id, mine.id);
    }
};

QTEST_GUILESS_MAIN(TestWorkshop)
#include "testworkshop.moc"
