// Fleets: the due calculation as a table (km only, time only, both, which comes first, próximo by days and by km,
// vencido, the estimated odometer from old readings); then on a real nexus.db: a company marked as a fleet, a plan
// per vehicle and the fleet's template applied to all, a service recorded (the cycle resets, the order it came from
// is no longer offered), each change with its outbox fact and nothing written on bad input; the alerts across fleets
// and the maintenance_due messages they queue once per cycle; cost per vehicle / km / month and the statement with
// the credit account's movements; counter sales made for a vehicle (sales.vehicle_id) in its cost and visits, net of
// their returns, an order's sale counted once, and a vehicle that is not the sale's customer's refused.
#include "customers/customercrmservice.h"
#include "customers/customerpaymentservice.h"
#include "customers/customerservice.h"
#include "fleets/fleetoverview.h"
#include "fleets/fleetpayload.h"
#include "fleets/fleetservice.h"
#include "fleets/fleetstats.h"
#include "fleets/fleetstore.h"
#include "fleets/maintenancedue.h"
#include "mockclock.h"
#include "notifications/notificationservice.h"
#include "returns/returnservice.h"
#include "sales/cashsessionservice.h"
#include "sales/checkoutservice.h"
#include "store/localstore.h"
#include "store/outbox.h"
#include "tempdir.h"
#include "why.h"

#include <QJsonArray>
#include <QTest>

using namespace nexus;

namespace {

const QString kDevice = QStringLiteral("0190a1b2-dev1");
const QString kBranch = QStringLiteral("branch-1");

CustomerContext manager()
{
    return CustomerContext { kDevice, kBranch, QStringLiteral("user-gerente"), Role::Manager, {}, {} };
}

CustomerContext mechanic()
{
    return CustomerContext { kDevice, kBranch, QStringLiteral("user-mecanico"), Role::Mechanic, {}, {} };
}

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

using Readings = QList<OdometerReading>;

} // namespace

Q_DECLARE_METATYPE(Readings)

class TestFleets final : public QObject
{
    Q_OBJECT

private:
    test::TempDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    test::MockClock m_clock { QDateTime(QDate(2026, 3, 2), QTime(15, 0), Qt::UTC) };
    int m_round = 0;

    Database &db() { return m_store->db(); }
    FleetService fleets() { return FleetService(db(), m_clock); }
    qint64 count(const QString &sql, const QVariantList &values = {})
    {
        Result<QVariant> value = db().scalar(sql, values);
        return value && value->isValid() ? value->toLongLong() : -1;
    }
    QList<OutboxEntry> outbox(const QString &type)
    {
        Result<QList<OutboxEntry>> pending = Outbox(db()).pending(500);
        QList<OutboxEntry> list;
        if (pending)
            for (const OutboxEntry &e : *pending)
                if (e.type == type)
                    list << e;
        return list;
    }
    Customer create(const QString &name, qint64 creditLimit = 0)
    {
        CustomerFields f;
        f.name = name;
        f.phone = QStringLiteral("8112345678");
        f.email = QStringLiteral("flota@transportes.mx");
        f.creditLimit = Money(creditLimit);
        f.creditDays = creditLimit > 0 ? 30 : 0;
        Result<Customer> created = CustomerService(db(), m_clock).create(f, manager());
        if (!created)
            qWarning("create refused: %s", qPrintable(created.error().logMessage()));
        return created ? *created : Customer {};
    }
    CustomerVehicle vehicle(const QString &customerId, const QString &plates, qint64 km)
    {
        CustomerVehicleFields f;
        f.plates = plates;
        f.make = QStringLiteral("Nissan");
        f.model = QStringLiteral("NP300");
        f.year = 2022;
        f.mileageKm = km;
        Result<CustomerVehicle> saved = CustomerCrmService(db(), m_clock).saveVehicle(customerId, {}, f, manager());
        if (!saved)
            qWarning("vehicle refused: %s", qPrintable(saved.error().logMessage()));
        return saved ? *saved : CustomerVehicle {};
    }
    void exec(const QString &sql, const QVariantList &values)
    {
        Result<QSqlQuery> done = db().exec(sql, values);
        QVERIFY2(done, test::why(done).constData());
    }
    QString now() const { return m_clock.nowUtc().toString(Qt::ISODateWithMs); }
    // A service order of the vehicle as the workshop leaves it: received at `km`, charged by a real counter sale.
    QString chargedOrder(const QString &id, const QString &folio, const CustomerVehicle &v, qint64 km, qint64 cents,
        bool onAccount)
    {
        exec(QStringLiteral("INSERT INTO service_orders(id, folio, branch_id, device_id, status, customer_id, "
                            "customer_name, vehicle_id, vehicle_plates, vehicle_make, vehicle_model, mileage_km, "
                            "opened_by, opened_at, updated_at) VALUES (?, ?, ?, ?, 'ready', ?, 'Transportes', ?, ?, "
                            "'Nissan', 'NP300', ?, 'user-asesor', ?, ?)"),
            { id, folio, kBranch, kDevice, v.customerId, v.id, v.fields.plates, km, now(), now() });
        Cart cart;
        const CartItem item { 7, QStringLiteral("SKU-7"), QStringLiteral("Servicio"), QStringLiteral("wh-1"),
            Money(cents), Money(cents), Money(cents / 2), TaxRate::iva16(), 1, QStringLiteral("25174400"),
            QStringLiteral("H87") };
        if (!cart.add(item, Quantity::units(1)))
            return {};
        cart.setCustomerId(v.customerId);
        const std::vector<Tender> tenders { Tender {
            onAccount ? TenderMethod::StoreCredit : TenderMethod::Cash, Money(cents), 0, {} } };
        CheckoutContext context { kDevice, kBranch, QStringLiteral("MTZ1"), QStringLiteral("user-cajero"),
            Role::Cashier, false, {} };
        Result<SaleReceipt> sale = CheckoutService(db(), m_clock).checkout(cart, tenders, context);
        if (!sale) {
            qWarning("sale refused: %s", qPrintable(sale.error().logMessage()));
            return {};
        }
        exec(QStringLiteral("UPDATE service_orders SET status = 'delivered', sale_id = ?, sale_folio = ?, "
                            "charged_at = ? WHERE id = ?"),
            { sale->saleId, sale->folio, now(), id });
        return sale->saleId;
    }

    // A counter sale of `pieces` × `unitCents` for the customer, for `vehicleId` ('' for none), cash or on account.
    Result<SaleReceipt> counterSale(const QString &customerId, const QString &vehicleId, qint64 unitCents, int pieces,
        bool onAccount)
    {
        Cart cart;
        const CartItem item { 8, QStringLiteral("SKU-8"), QStringLiteral("Aceite 15W40"), QStringLiteral("wh-1"),
            Money(unitCents), Money(unitCents), Money(unitCents / 2), TaxRate::iva16(), 1, QStringLiteral("15121500"),
            QStringLiteral("H87") };
        if (Status added = cart.add(item, Quantity::units(pieces)); !added)
            return std::unexpected(added.error());
        cart.setCustomerId(customerId);
        cart.setVehicleId(vehicleId);
        const std::vector<Tender> tenders { Tender {
            onAccount ? TenderMethod::StoreCredit : TenderMethod::Cash, Money(unitCents * pieces), 0, {} } };
        CheckoutContext context { kDevice, kBranch, QStringLiteral("MTZ1"), QStringLiteral("user-cajero"),
            Role::Cashier, false, {} };
        return CheckoutService(db(), m_clock).checkout(cart, tenders, context);
    }
    Status giveBack(const QString &saleId, int pieces)
    {
        ReturnRequest request;
        request.saleId = saleId;
        request.lines = { ReturnLineRequest { 1, Quantity::units(pieces), ReturnDestination::Stock } };
        request.reason = QStringLiteral("No era la medida");
        ReturnContext context { kDevice, kBranch, QStringLiteral("MTZ1"), QStringLiteral("user-gerente"),
            Role::Manager, {} };
        Result<ReturnRecord> done = ReturnService(db(), m_clock).processReturn(request, context);
        if (!done)
            return std::unexpected(done.error());
        return {};
    }

private Q_SLOTS:
    void init()
    {
        m_clock.set(QDateTime(QDate(2026, 3, 2), QTime(15, 0), Qt::UTC));
        Result<std::unique_ptr<LocalStore>> store
            = LocalStore::open(m_dir.file(QStringLiteral("nexus-%1.db").arg(++m_round)));
        QVERIFY2(store, test::why(store).constData());
        m_store = std::move(*store);
    }
    void cleanup() { m_store.reset(); }

    void odometer_data()
    {
        QTest::addColumn<Readings>("readings");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<qint64>("km");
        QTest::addColumn<bool>("estimated");

        QTest::newRow("nothing known") << Readings {} << d("2026-03-01") << qint64(0) << false;
        QTest::newRow("one old reading: no average") << Readings { { d("2025-01-01"), 40000 } } << d("2026-03-01")
                                                     << qint64(40000) << false;
        // 50 km a day between the readings; the last one a week old is still believed as it is.
        QTest::newRow("fresh last reading") << Readings { { d("2026-01-01"), 10000 }, { d("2026-02-22"), 12600 } }
                                            << d("2026-03-01") << qint64(12600) << false;
        // Nine days old: moved on by 9 × 50.
        QTest::newRow("stale last reading")
            << Readings { { d("2026-02-20"), 12500 }, { d("2026-01-01"), 10000 } } << d("2026-03-01")
            << qint64(12950) << true;
        QTest::newRow("a lower reading later is ignored")
            << Readings { { d("2026-01-01"), 10000 }, { d("2026-01-31"), 11500 }, { d("2026-02-10"), 900 } }
            << d("2026-03-02") << qint64(11500 + 30 * 50) << true;
        QTest::newRow("same day counts the highest")
            << Readings { { d("2026-01-01"), 10000 }, { d("2026-01-01"), 10100 }, { d("2026-01-11"), 10600 } }
            << d("2026-01-31") << qint64(10600 + 20 * 50) << true;
        QTest::newRow("zero readings are unknown") << Readings { { d("2026-01-01"), 0 }, { d("2026-01-11"), 500 } }
                                                   << d("2026-01-31") << qint64(500) << false;
    }

    void odometer()
    {
        QFETCH(Readings, readings);
        QFETCH(QDate, today);
        QFETCH(qint64, km);
        QFETCH(bool, estimated);
        const OdometerEstimate estimate = estimateOdometer(readings, today);
        QCOMPARE(estimate.km, km);
        QCOMPARE(estimate.estimated, estimated);
    }

    void due_data()
    {
        QTest::addColumn<qint64>("everyKm");
        QTest::addColumn<int>("everyMonths");
        QTest::addColumn<QDate>("startOn");
        QTest::addColumn<qint64>("startKm");
        QTest::addColumn<Readings>("readings");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QDate>("nextOn"); // invalid: none
        QTest::addColumn<qint64>("dueKm"); // -1: none

        const QDate start = d("2026-01-01");
        const Readings none;
        // 100 km a day from 10,000 on Jan 1 to 13,000 on Jan 31.
        const Readings steady { { d("2026-01-01"), 10000 }, { d("2026-01-31"), 13000 } };

        QTest::newRow("time only, far") << qint64(0) << 6 << start << qint64(0) << none << d("2026-03-01") << "ok"
                                        << d("2026-07-01") << qint64(-1);
        QTest::newRow("time only, 15 days left") << qint64(0) << 6 << start << qint64(0) << none << d("2026-06-16")
                                                 << "soon" << d("2026-07-01") << qint64(-1);
        QTest::newRow("time only, 16 days left") << qint64(0) << 6 << start << qint64(0) << none << d("2026-06-15")
                                                 << "ok" << d("2026-07-01") << qint64(-1);
        QTest::newRow("time only, the due day") << qint64(0) << 6 << start << qint64(0) << none << d("2026-07-01")
                                                << "soon" << d("2026-07-01") << qint64(-1);
        QTest::newRow("time only, a day late") << qint64(0) << 6 << start << qint64(0) << none << d("2026-07-02")
                                               << "overdue" << d("2026-07-01") << qint64(-1);
        // Km only, odometer 13,000 read today: 10,000 + 5,000 due at 15,000, 20 days away at 100 km/day.
        QTest::newRow("km only, far") << qint64(5000) << 0 << start << qint64(10000) << steady << d("2026-01-31")
                                      << "ok" << d("2026-02-20") << qint64(15000);
        QTest::newRow("km only, 500 km left")
            << qint64(3500) << 0 << start << qint64(10000) << steady << d("2026-01-31") << "soon" << d("2026-02-05")
            << qint64(13500);
        QTest::newRow("km only, 501 km left and 5 days")
            << qint64(3501) << 0 << start << qint64(10000) << steady << d("2026-01-31") << "soon" << d("2026-02-05")
            << qint64(13501);
        QTest::newRow("km only, passed") << qint64(2999) << 0 << start << qint64(10000) << steady << d("2026-01-31")
                                         << "overdue" << d("2026-01-30") << qint64(12999);
        QTest::newRow("km only, reached exactly") << qint64(3000) << 0 << start << qint64(10000) << steady
                                                  << d("2026-01-31") << "soon" << d("2026-01-31") << qint64(13000);
        QTest::newRow("km only, no readings") << qint64(5000) << 0 << start << qint64(0) << none << d("2026-01-31")
                                              << "ok" << QDate() << qint64(5000);
        // Both: 10,000 km or 6 months. At 100 km/day the km come first (Apr 11 < Jul 1).
        QTest::newRow("both, km first") << qint64(10000) << 6 << start << qint64(10000) << steady << d("2026-01-31")
                                        << "ok" << d("2026-04-11") << qint64(20000);
        QTest::newRow("both, time first") << qint64(50000) << 6 << start << qint64(10000) << steady
                                          << d("2026-01-31") << "ok" << d("2026-07-01") << qint64(60000);
        QTest::newRow("both, time overdue though km far")
            << qint64(50000) << 1 << start << qint64(10000) << steady << d("2026-02-02") << "overdue"
            << d("2026-02-01") << qint64(60000);
        // The last reading 60 days old: moved on by 100 km/day to 19,000 → 1,000 left of 20,000, ten days.
        QTest::newRow("both, estimated odometer due soon")
            << qint64(10000) << 12 << start << qint64(10000) << steady << d("2026-04-01") << "soon" << d("2026-04-11")
            << qint64(20000);
        QTest::newRow("both, estimated odometer overdue")
            << qint64(10000) << 12 << start << qint64(10000) << steady << d("2026-05-01") << "overdue"
            << d("2026-04-11") << qint64(20000);
    }

    void due()
    {
        QFETCH(qint64, everyKm);
        QFETCH(int, everyMonths);
        QFETCH(QDate, startOn);
        QFETCH(qint64, startKm);
        QFETCH(Readings, readings);
        QFETCH(QDate, today);
        QFETCH(QString, status);
        QFETCH(QDate, nextOn);
        QFETCH(qint64, dueKm);
        const MaintenanceDue due = computeMaintenanceDue(
            MaintenanceInterval { everyKm, everyMonths }, startOn, startKm, estimateOdometer(readings, today), today);
        QCOMPARE(maintenanceStatusCode(due.status), status);
        QCOMPARE(due.nextOn.value_or(QDate()), nextOn);
        QCOMPARE(due.dueKm.value_or(-1), dueKm);
        if (due.nextOn)
            QCOMPARE(*due.daysLeft, today.daysTo(nextOn));
    }

    void planRules_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<qint64>("everyKm");
        QTest::addColumn<int>("everyMonths");
        QTest::addColumn<QString>("errorField");
        QTest::newRow("both") << "Cambio de aceite" << qint64(10000) << 6 << "";
        QTest::newRow("km only") << "Rotación" << qint64(10000) << 0 << "";
        QTest::newRow("time only") << "Verificación" << qint64(0) << 6 << "";
        QTest::newRow("neither") << "Afinación" << qint64(0) << 0 << "every_km";
        QTest::newRow("no name") << "   " << qint64(1000) << 0 << "name";
        QTest::newRow("negative km") << "Frenos" << qint64(-1) << 6 << "every_km";
        QTest::newRow("too many months") << "Frenos" << qint64(0) << 61 << "every_months";
    }

    void planRules()
    {
        QFETCH(QString, name);
        QFETCH(qint64, everyKm);
        QFETCH(int, everyMonths);
        QFETCH(QString, errorField);
        const Customer company = create(QStringLiteral("Transportes del Norte"));
        const CustomerVehicle truck = vehicle(company.id, QStringLiteral("ABC-123-D"), 10000);
        const qint64 facts = outbox(QString(kMaintenancePlanSavedMutation)).size();
        Result<QList<MaintenancePlanItem>> saved
            = fleets().savePlan(truck.id, { MaintenancePlanLine { name, everyKm, everyMonths } }, manager());
        if (errorField.isEmpty()) {
            QVERIFY2(saved, test::why(saved).constData());
            QCOMPARE(saved->size(), 1);
            QCOMPARE(outbox(QString(kMaintenancePlanSavedMutation)).size(), facts + 1);
        } else {
            QVERIFY(!saved);
            QCOMPARE(saved.error().field(), errorField);
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM maintenance_plan_items")), 0);
            QCOMPARE(outbox(QString(kMaintenancePlanSavedMutation)).size(), facts);
        }
    }

    void fleetPlanTemplateAndService()
    {
        const Customer company = create(QStringLiteral("Transportes del Norte"), 5'000'000);
        const CustomerVehicle a = vehicle(company.id, QStringLiteral("ABC-123-D"), 10000);
        const CustomerVehicle b = vehicle(company.id, QStringLiteral("XYZ-987-A"), 52000);

        // Not a fleet yet: no template to apply.
        QCOMPARE(fleets().applyTemplate(company.id, manager()).error().code(), ErrorCode::NotFound);
        FleetFields fields;
        fields.contactName = QStringLiteral("Laura Garza");
        fields.contactPhone = QStringLiteral("8187654321");
        fields.contactEmail = QStringLiteral("flota@transportes.mx");
        fields.statementDay = 25;
        fields.planTemplate = { { QStringLiteral("Cambio de aceite"), 10000, 6 },
            { QStringLiteral("Rotación de llantas"), 10000, 0 } };
        // A mechanic may not mark a fleet; a bad statement day names its field; nothing written either way.
        QCOMPARE(fleets().saveFleet(company.id, fields, mechanic()).error().code(), ErrorCode::PermissionDenied);
        FleetFields badDay = fields;
        badDay.statementDay = 31;
        QCOMPARE(fleets().saveFleet(company.id, badDay, manager()).error().field(), QStringLiteral("statement_day"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM fleets")), 0);
        QVERIFY(outbox(QString(kFleetSavedMutation)).isEmpty());

        Result<Fleet> fleet = fleets().saveFleet(company.id, fields, manager());
        QVERIFY2(fleet, test::why(fleet).constData());
        QCOMPARE(fleet->customerName, QStringLiteral("Transportes del Norte"));
        QVERIFY(fleets().saveFleet(company.id, fields, manager())); // the same again: no second fact
        const QList<OutboxEntry> fleetFacts = outbox(QString(kFleetSavedMutation));
        QCOMPARE(fleetFacts.size(), 1);
        QCOMPARE(fleetFacts[0].payload.value(QLatin1String("statement_day")).toInt(), 25);
        QCOMPARE(fleetFacts[0].payload.value(QLatin1String("template")).toArray().size(), 2);

        // Vehicle b has its own line already; the template adds its two and keeps it.
        QVERIFY(fleets().savePlan(b.id, { { QStringLiteral("Afinación"), 20000, 12 } }, manager()));
        Result<int> applied = fleets().applyTemplate(company.id, manager());
        QVERIFY2(applied, test::why(applied).constData());
        QCOMPARE(*applied, 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM maintenance_plan_items WHERE vehicle_id = ?"), { a.id }), 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM maintenance_plan_items WHERE vehicle_id = ?"), { b.id }), 3);
        // Each line starts its cycle today at the vehicle's odometer.
        QCOMPARE(count(QStringLiteral("SELECT start_km FROM maintenance_plan_items WHERE vehicle_id = ? LIMIT 1"),
                     { b.id }),
            52000);
        QCOMPARE(*fleets().applyTemplate(company.id, manager()), 0); // nothing new: no facts
        QCOMPARE(outbox(QString(kMaintenancePlanSavedMutation)).size(), 3);

        // Editing a plan: a line left out is taken off (kept), the interval of a kept one changes.
        Result<QList<MaintenancePlanItem>> edited = fleets().savePlan(
            b.id, { { QStringLiteral("cambio de aceite"), 8000, 6 }, { QStringLiteral("Afinación"), 20000, 12 } },
            manager());
        QVERIFY2(edited, test::why(edited).constData());
        QCOMPARE(edited->size(), 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM maintenance_plan_items WHERE vehicle_id = ? AND active = 0"),
                     { b.id }),
            1);
        const QJsonObject planFact = outbox(QString(kMaintenancePlanSavedMutation)).constLast().payload;
        QCOMPARE(planFact.value(QLatin1String("items")).toArray().size(), 3); // the inactive one travels too

        // Seven months later vehicle a's oil change is overdue by time; the fleet's alerts say so.
        m_clock.set(QDateTime(QDate(2026, 10, 2), QTime(15, 0), Qt::UTC));
        const QDate today = m_clock.nowUtc().date();
        Result<QList<VehicleMaintenance>> states = FleetOverview(db()).fleetVehicles(company.id, today);
        QVERIFY2(states, test::why(states).constData());
        auto stateOf = [&](const QString &id) {
            for (const VehicleMaintenance &v : *states)
                if (v.vehicle.id == id)
                    return v;
            return VehicleMaintenance {};
        };
        QCOMPARE(stateOf(a.id).status, MaintenanceStatus::Overdue);
        QCOMPARE(stateOf(a.id).items.constFirst().due.dueOn.value_or(QDate()), QDate(2026, 9, 2));
        Result<QList<MaintenanceAlert>> alerts = FleetOverview(db()).alerts(today);
        QVERIFY2(alerts, test::why(alerts).constData());
        QVERIFY(!alerts->isEmpty());
        QCOMPARE(alerts->constFirst().item.due.status, MaintenanceStatus::Overdue);

        QVERIFY(CashSessionService(db(), m_clock, kDevice, kBranch).open(QStringLiteral("user-cajero"), Money(50000)));
        // An order for vehicle a delivered at 18,400 km is offered until a service record names it.
        QVERIFY(!chargedOrder(QStringLiteral("so-1"), QStringLiteral("OS-000001"), a, 18400, 185000, true).isEmpty());
        Result<QList<UnrecordedOrder>> offered = FleetStore(db()).unrecordedOrders(a.id);
        QVERIFY2(offered, test::why(offered).constData());
        QCOMPARE(offered->size(), 1);
        QCOMPARE(offered->constFirst().mileageKm, 18400);

        const QString oil = stateOf(a.id).items.constFirst().item.id;
        ServiceDone done { today, 18400, { oil }, QStringLiteral("so-1"), QStringLiteral("Aceite 5W-30") };
        // Bad input is refused and writes nothing.
        ServiceDone future = done;
        future.on = today.addDays(1);
        QCOMPARE(fleets().recordService(a.id, future, manager()).error().field(), QStringLiteral("done_on"));
        ServiceDone otherOrder = done;
        otherOrder.serviceOrderId = QStringLiteral("so-nope");
        QCOMPARE(fleets().recordService(a.id, otherOrder, manager()).error().field(), QStringLiteral("service_order"));
        ServiceDone nothing = done;
        nothing.planItemIds.clear();
        QCOMPARE(fleets().recordService(a.id, nothing, manager()).error().field(), QStringLiteral("plan"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM maintenance_records")), 0);

        Result<QList<MaintenanceRecord>> recorded = fleets().recordService(a.id, done, manager());
        QVERIFY2(recorded, test::why(recorded).constData());
        QCOMPARE(recorded->constFirst().serviceOrderFolio, QStringLiteral("OS-000001"));
        const QList<OutboxEntry> doneFacts = outbox(QString(kMaintenanceDoneMutation));
        QCOMPARE(doneFacts.size(), 1);
        QCOMPARE(doneFacts[0].payload.value(QLatin1String("odometer_km")).toInteger(), 18400);
        QVERIFY(FleetStore(db()).unrecordedOrders(a.id)->isEmpty());
        // The oil change's cycle restarts: next at 28,400 km or 2027-04-02.
        Result<VehicleMaintenance> after = FleetOverview(db()).vehicle(a, today);
        QVERIFY2(after, test::why(after).constData());
        for (const PlanItemState &item : after->items)
            if (item.item.id == oil) {
                QCOMPARE(item.due.status, MaintenanceStatus::Ok);
                QCOMPARE(item.due.dueKm.value_or(0), 28400);
                QCOMPARE(item.due.dueOn.value_or(QDate()), QDate(2027, 4, 2));
            }
        // The append-only log refuses an edit.
        QVERIFY(!db().exec(QStringLiteral("UPDATE maintenance_records SET odometer_km = 1")));
    }

    void notificationsOncePerCycle()
    {
        const Customer company = create(QStringLiteral("Transportes del Norte"));
        const CustomerVehicle a = vehicle(company.id, QStringLiteral("ABC-123-D"), 10000);
        FleetFields fields;
        fields.contactPhone = QStringLiteral("8187654321");
        QVERIFY(fleets().saveFleet(company.id, fields, manager()));
        QVERIFY(fleets().savePlan(a.id, { { QStringLiteral("Cambio de aceite"), 0, 1 } }, manager()));
        NotificationService notifications(db(), m_clock);
        // Nothing due yet.
        QCOMPARE(*FleetOverview(db()).queueNotifications(notifications, QDate(2026, 3, 3), QStringLiteral("Centro")), 0);
        Result<int> queued
            = FleetOverview(db()).queueNotifications(notifications, QDate(2026, 3, 25), QStringLiteral("Centro"));
        QVERIFY2(queued, test::why(queued).constData());
        // In-app, and WhatsApp and e-mail to the customer (the fleet's contact phone, the customer's e-mail).
        QCOMPARE(*queued, 3);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM notification_messages WHERE event = 'maintenance_due' "
                                      "AND channel = 'whatsapp' AND recipient = '+528187654321'")),
            1);
        Result<QVariant> body = db().scalar(QStringLiteral(
            "SELECT body FROM notification_messages WHERE event = 'maintenance_due' AND channel = 'in_app'"));
        QVERIFY(body && body->toString().startsWith(QStringLiteral("Cambio de aceite de Nissan NP300")));
        QVERIFY2(body->toString().contains(QStringLiteral("2 de abril de 2026")), qPrintable(body->toString()));
        // The same cycle again queues nothing.
        QCOMPARE(*FleetOverview(db()).queueNotifications(notifications, QDate(2026, 3, 26), QStringLiteral("Centro")), 0);
        m_clock.set(QDateTime(QDate(2026, 4, 3), QTime(15, 0), Qt::UTC));
        const QString item = FleetStore(db()).planItems(a.id)->constFirst().id;
        QVERIFY(fleets().recordService(a.id, { QDate(2026, 4, 3), 11200, { item }, {}, {} }, manager()));
        // Next cycle (due May 3): told again once it is near.
        QCOMPARE(*FleetOverview(db()).queueNotifications(notifications, QDate(2026, 4, 25), QStringLiteral("Centro")), 3);
    }

    void statsAndStatement()
    {
        const Customer company = create(QStringLiteral("Transportes del Norte"), 5'000'000);
        const CustomerVehicle a = vehicle(company.id, QStringLiteral("ABC-123-D"), 10000);
        const CustomerVehicle b = vehicle(company.id, QStringLiteral("XYZ-987-A"), 50000);
        FleetFields fields;
        fields.statementDay = 25;
        QVERIFY(fleets().saveFleet(company.id, fields, manager()));
        QVERIFY(CashSessionService(db(), m_clock, kDevice, kBranch).open(QStringLiteral("user-cajero"), Money(50000)));
        // Feb: nothing of the period; March 10: vehicle a 12,000 km, $1,500 on account; March 20: a at 14,000 km,
        // $2,500 cash; b at 51,000, $1,000 on account. An abono of $800 on March 22.
        m_clock.set(QDateTime(QDate(2026, 2, 20), QTime(18, 0), Qt::UTC));
        QVERIFY(!chargedOrder(QStringLiteral("so-0"), QStringLiteral("OS-000000"), a, 11000, 99900, true).isEmpty());
        m_clock.set(QDateTime(QDate(2026, 3, 10), QTime(18, 0), Qt::UTC));
        QVERIFY(!chargedOrder(QStringLiteral("so-1"), QStringLiteral("OS-000001"), a, 12000, 150000, true).isEmpty());
        m_clock.set(QDateTime(QDate(2026, 3, 20), QTime(18, 0), Qt::UTC));
        QVERIFY(!chargedOrder(QStringLiteral("so-2"), QStringLiteral("OS-000002"), a, 14000, 250000, false).isEmpty());
        QVERIFY(!chargedOrder(QStringLiteral("so-3"), QStringLiteral("OS-000003"), b, 51000, 100000, true).isEmpty());
        m_clock.set(QDateTime(QDate(2026, 3, 22), QTime(18, 0), Qt::UTC));
        QVERIFY(CustomerPaymentService(db(), m_clock)
                    .recordCash(company.id, Money(80000),
                        { kDevice, kBranch, QStringLiteral("MTZ1"), QStringLiteral("user-cajero"), Role::Cashier }));
        // A service done in the yard, without an order: one more visit in March for b.
        const QString bItem = fleets().savePlan(b.id, { { QStringLiteral("Engrasado"), 5000, 0 } }, manager())->constFirst().id;
        QVERIFY(fleets().recordService(b.id, { QDate(2026, 3, 22), 51500, { bItem }, {}, {} }, manager()));

        const QTimeZone zone("America/Monterrey");
        Result<FleetStats> stats = fleetStats(db(), company.id, QDate(2026, 3, 1), QDate(2026, 3, 31), zone);
        QVERIFY2(stats, test::why(stats).constData());
        QCOMPARE(stats->totalCents, 500000);
        QCOMPARE(stats->vehicles.size(), 2);
        const VehicleCost &first = stats->vehicles.constFirst();
        QCOMPARE(first.vehicleId, a.id);
        QCOMPARE(first.costCents, 400000);
        QCOMPARE(first.orders, 2);
        QCOMPARE(first.kmDriven, 4000); // its card read 10,000 on March 2; 14,000 at reception on March 20
        QCOMPARE(first.costPerKmCents, 100); // $1.00 per km
        QCOMPARE(stats->vehicles.constLast().services, 2); // an order and a yard service
        QCOMPARE(stats->servicesPerMonth.size(), 1);
        QCOMPARE(stats->servicesPerMonth.constFirst(), std::make_pair(QStringLiteral("2026-03"), 4));

        QCOMPARE(statementPeriod(25, QDate(2026, 3, 1)).from, QDate(2026, 2, 26));
        QCOMPARE(statementPeriod(25, QDate(2026, 3, 1)).to, QDate(2026, 3, 25));
        Result<FleetStatement> statement
            = fleetStatement(db(), company.id, QDate(2026, 3, 1), QDate(2026, 3, 25), zone);
        QVERIFY2(statement, test::why(statement).constData());
        QCOMPARE(statement->openingBalanceCents, 99900); // Feb 20's charge falls before Feb 26: the opening balance
        QCOMPARE(statement->period.from, QDate(2026, 2, 26));
        const ReportTable &t = statement->table;
        QCOMPARE(t.rows.size(), 3 + 2 + 1); // three services, two account charges, one payment
        QCOMPARE(t.total(QStringLiteral("service")), 500000);
        QCOMPARE(t.total(QStringLiteral("charge")), 250000);
        QCOMPARE(t.total(QStringLiteral("payment")), 80000);
        QCOMPARE(statement->closingBalanceCents, 99900 + 250000 - 80000);
        QCOMPARE(t.number(t.rows.size() - 1, QStringLiteral("balance")), 99900 + 250000 - 80000);
    }

    void counterSalesForTheVehicle()
    {
        const Customer company = create(QStringLiteral("Transportes del Norte"), 5'000'000);
        const CustomerVehicle a = vehicle(company.id, QStringLiteral("ABC-123-D"), 10000);
        const CustomerVehicle b = vehicle(company.id, QStringLiteral("XYZ-987-A"), 50000);
        CustomerFields otherFields;
        otherFields.name = QStringLiteral("Otro Cliente");
        Result<Customer> other = CustomerService(db(), m_clock).create(otherFields, manager());
        QVERIFY2(other, test::why(other).constData());
        const CustomerVehicle theirs = vehicle(other->id, QStringLiteral("AAA-111-B"), 1000);
        QVERIFY(!theirs.id.isEmpty());
        FleetFields fields;
        fields.statementDay = 25;
        QVERIFY(fleets().saveFleet(company.id, fields, manager()));
        QVERIFY(CashSessionService(db(), m_clock, kDevice, kBranch).open(QStringLiteral("user-cajero"), Money(50000)));

        // A vehicle that is not the sale's customer's, or a vehicle without a customer: refused, nothing written.
        const qint64 salesBefore = count(QStringLiteral("SELECT count(*) FROM sales"));
        Result<SaleReceipt> wrong = counterSale(company.id, theirs.id, 10000, 1, false);
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().field(), QStringLiteral("vehicle"));
        Result<SaleReceipt> ownerless = counterSale(QString(), a.id, 10000, 1, false);
        QVERIFY(!ownerless);
        QCOMPARE(ownerless.error().field(), QStringLiteral("customer"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sales")), salesBefore);

        // March 5: oil for a, on account ($600), and something for the company itself ($300, no vehicle).
        m_clock.set(QDateTime(QDate(2026, 3, 5), QTime(18, 0), Qt::UTC));
        Result<SaleReceipt> oilA = counterSale(company.id, a.id, 30000, 2, true);
        QVERIFY2(oilA, test::why(oilA).constData());
        QVERIFY(counterSale(company.id, QString(), 30000, 1, false));
        // The sale and its fact carry the vehicle (schema 5); the one without a vehicle carries none.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sales WHERE vehicle_id = ?"), { a.id }), 1);
        const QList<OutboxEntry> facts = outbox(QStringLiteral("sale.completed"));
        QCOMPARE(facts.size(), 2);
        QCOMPARE(facts.at(0).schemaVersion, 5);
        QCOMPARE(facts.at(0).payload.value(QStringLiteral("vehicle_id")).toString(), a.id);
        QVERIFY(!facts.at(1).payload.contains(QStringLiteral("vehicle_id")));
        // March 10: an order of a, charged by a sale the cashier also put on a: counted once, as the order.
        m_clock.set(QDateTime(QDate(2026, 3, 10), QTime(18, 0), Qt::UTC));
        const QString orderSale
            = chargedOrder(QStringLiteral("so-1"), QStringLiteral("OS-000001"), a, 12000, 150000, false);
        QVERIFY(!orderSale.isEmpty());
        exec(QStringLiteral("UPDATE sales SET vehicle_id = ? WHERE id = ?"), { a.id, orderSale });
        // March 12: filters for b, 4 × $100, cash; one comes back the next day. March 25: a battery for b, returned
        // whole: no cost, no visit.
        m_clock.set(QDateTime(QDate(2026, 3, 12), QTime(17, 0), Qt::UTC));
        Result<SaleReceipt> filters = counterSale(company.id, b.id, 10000, 4, false);
        QVERIFY2(filters, test::why(filters).constData());
        m_clock.set(QDateTime(QDate(2026, 3, 13), QTime(17, 0), Qt::UTC));
        Status back = giveBack(filters->saleId, 1);
        QVERIFY2(back, test::why(back).constData());
        m_clock.set(QDateTime(QDate(2026, 3, 25), QTime(17, 0), Qt::UTC));
        Result<SaleReceipt> battery = counterSale(company.id, b.id, 250000, 1, false);
        QVERIFY2(battery, test::why(battery).constData());
        back = giveBack(battery->saleId, 1);
        QVERIFY2(back, test::why(back).constData());
        // April 2: outside the period.
        m_clock.set(QDateTime(QDate(2026, 4, 2), QTime(17, 0), Qt::UTC));
        QVERIFY(counterSale(company.id, a.id, 99900, 1, false));

        const QTimeZone zone("America/Monterrey");
        Result<FleetStats> stats = fleetStats(db(), company.id, QDate(2026, 3, 1), QDate(2026, 3, 31), zone);
        QVERIFY2(stats, test::why(stats).constData());
        QCOMPARE(stats->vehicles.size(), 2);
        const VehicleCost &costA = stats->vehicles.constFirst();
        QCOMPARE(costA.vehicleId, a.id);
        QCOMPARE(costA.costCents, 150000 + 60000); // the order, plus the oil
        QCOMPARE(costA.orders, 1);
        QCOMPARE(costA.counterCents, 60000);
        QCOMPARE(costA.counterSales, 1);
        QCOMPARE(costA.services, 2); // the order (Mar 10) and the counter visit (Mar 5)
        QCOMPARE(costA.kmDriven, 2000); // its card read 10,000 on March 2; 12,000 at reception on March 10
        QCOMPARE(costA.costPerKmCents, 105);
        const VehicleCost &costB = stats->vehicles.constLast();
        QCOMPARE(costB.vehicleId, b.id);
        QCOMPARE(costB.costCents, 30000); // four filters, one returned; the battery came back whole
        QCOMPARE(costB.counterSales, 1);
        QCOMPARE(costB.orders, 0);
        QCOMPARE(costB.services, 1);
        QCOMPARE(stats->totalCents, 240000);
        QCOMPARE(stats->servicesPerMonth.size(), 1);
        QCOMPARE(stats->servicesPerMonth.constFirst(), std::make_pair(QStringLiteral("2026-03"), 3));

        // The statement's credit-sale charge names the vehicle it was for.
        Result<FleetStatement> statement
            = fleetStatement(db(), company.id, QDate(2026, 3, 1), QDate(2026, 3, 25), zone);
        QVERIFY2(statement, test::why(statement).constData());
        const ReportTable &t = statement->table;
        bool named = false;
        for (int row = 0; row < t.rows.size(); ++row)
            if (t.rows.at(row).at(3).toString() == oilA->folio)
                named = t.rows.at(row).at(1).toString() == a.describe();
        QVERIFY2(named, qPrintable(oilA->folio));
    }
};

QTEST_GUILESS_MAIN(TestFleets)
#include "testfleets.moc"
