// The fleet facts through the real nexus-server over HTTPS: a counter (its own nexus.db, the real CustomerService,
// CustomerCrmService and FleetService) marks a company as a fleet, gives its vehicle a plan through the fleet's
// template and records a service; it pushes its outbox and the tenant's tables hold them. An older plan edit never
// overwrites a newer one, another branch's fact and a malformed one are quarantined, a replayed service record is
// not stored twice. Runs on SQLite, and on PostgreSQL with NEXUS_TEST_BACKEND=postgresql.
#include "counterpushtest.h"

#include "common/clock.h"
#include "customers/customercrmservice.h"
#include "fleets/fleetpayload.h"
#include "fleets/fleetservice.h"
#include "fleets/fleetstore.h"

using namespace nexus;
using namespace nexus::test;

class TestFleetIngest final : public CounterPushTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startCounterAndServer(); }

    void cleanupTestCase() { stopServer(); }

    void aFleetItsPlanAndAServiceReachTheTenant()
    {
        CustomerFields f;
        f.name = QStringLiteral("Transportes del Norte");
        f.phone = QStringLiteral("8112345678");
        Result<Customer> customer = CustomerService(m_counter->db(), Clock::system()).create(f, context());
        QVERIFY2(customer, why(customer).constData());
        CustomerVehicleFields v;
        v.plates = QStringLiteral("NLF-123-A");
        v.make = QStringLiteral("NISSAN");
        v.model = QStringLiteral("NP300");
        v.year = 2022;
        v.mileageKm = 41000;
        Result<CustomerVehicle> vehicle
            = CustomerCrmService(m_counter->db(), Clock::system()).saveVehicle(customer->id, {}, v, context());
        QVERIFY2(vehicle, why(vehicle).constData());
        FleetService fleets(m_counter->db(), Clock::system());
        FleetFields fleet;
        fleet.contactName = QStringLiteral("Laura Garza");
        fleet.contactPhone = QStringLiteral("8187654321");
        fleet.statementDay = 25;
        fleet.planTemplate = { { QStringLiteral("Cambio de aceite"), 10000, 6 },
            { QStringLiteral("Rotación de llantas"), 10000, 0 } };
        QVERIFY(fleets.saveFleet(customer->id, fleet, context()));
        Result<int> applied = fleets.applyTemplate(customer->id, context());
        QVERIFY2(applied, why(applied).constData());
        Result<QList<MaintenancePlanItem>> plan = FleetStore(m_counter->db()).planItems(vehicle->id);
        QVERIFY2(plan && plan->size() == 2, "the template gave the vehicle its two lines");
        const QDate today = QDateTime::currentDateTimeUtc().date();
        Result<QList<MaintenanceRecord>> done = fleets.recordService(
            vehicle->id, { today, 43500, { plan->at(0).id, plan->at(1).id }, {}, QStringLiteral("En patio") },
            context());
        QVERIFY2(done, why(done).constData());

        // customer.created, customer.vehicle_saved, fleet.saved, maintenance.plan_saved, two maintenance.done.
        QCOMPARE(pushCounter(), QStringList(6, QStringLiteral("applied")));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM fleets WHERE customer_id = ? AND statement_day = 25 AND "
                                      "contact_name = 'Laura Garza' AND device_id = ?"),
                     { customer->id, m_device.id }),
            1);
        const QJsonArray storedTemplate = QJsonDocument::fromJson(
            tenantValue(QStringLiteral("SELECT template FROM fleets WHERE customer_id = ?"), { customer->id })
                .toString()
                .toUtf8())
                                              .array();
        QCOMPARE(storedTemplate.size(), 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM maintenance_plan_items WHERE vehicle_id = ? AND "
                                      "active = 1 AND start_km = 41000"),
                     { vehicle->id }),
            2);
        QCOMPARE(count(QStringLiteral("SELECT every_km FROM maintenance_plan_items WHERE name = 'Cambio de aceite'")),
            10000);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM maintenance_records WHERE vehicle_id = ? AND "
                                      "odometer_km = 43500 AND note = 'En patio' AND branch_id = ?"),
                     { vehicle->id, m_device.branchId }),
            2);

        // A plan edit: the oil change every 8,000 km. Then a late copy of the first plan (older time) changes nothing.
        QTest::qWait(5);
        QVERIFY(fleets.savePlan(vehicle->id,
            { { QStringLiteral("Cambio de aceite"), 8000, 6 }, { QStringLiteral("Rotación de llantas"), 10000, 0 } },
            context()));
        QCOMPARE(pushCounter(), QStringList { QStringLiteral("applied") });
        QCOMPARE(count(QStringLiteral("SELECT every_km FROM maintenance_plan_items WHERE name = 'Cambio de aceite'")),
            8000);
        QList<MaintenancePlanItem> old = *plan;
        const QJsonObject stale = planPayload(vehicle->id, customer->id, old, m_device.branchId,
            QStringLiteral("u-gerente"), QStringLiteral("2020-01-01T00:00:00.000Z"));
        QCOMPARE(pushOne(QString(kMaintenancePlanSavedMutation), stale), QStringList { QStringLiteral("applied") });
        QCOMPARE(count(QStringLiteral("SELECT every_km FROM maintenance_plan_items WHERE name = 'Cambio de aceite'")),
            8000);

        // Another branch's fact, a plan line with neither km nor months, a service with a bad day, a record replayed
        // under another mutation: quarantined, nothing stored.
        QJsonObject foreign = stale;
        foreign.insert(QStringLiteral("branch_id"), m_acme.branchId(QStringLiteral("GDL")));
        QCOMPARE(pushOne(QString(kMaintenancePlanSavedMutation), foreign), QStringList { QStringLiteral("quarantined") });
        old[0].id = IdGenerator::instance().nextString();
        old[0].line = MaintenancePlanLine { QStringLiteral("Nada"), 0, 0 };
        QCOMPARE(pushOne(QString(kMaintenancePlanSavedMutation),
                     planPayload(vehicle->id, customer->id, { old[0] }, m_device.branchId, QStringLiteral("u"),
                         QStringLiteral("2026-01-01T00:00:00.000Z"))),
            QStringList { QStringLiteral("quarantined") });
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM maintenance_plan_items")), 2);
        MaintenanceRecord badDay = done->constFirst();
        badDay.id = IdGenerator::instance().nextString();
        badDay.doneOn = QStringLiteral("2026-13-01");
        QCOMPARE(pushOne(QString(kMaintenanceDoneMutation), maintenanceDonePayload(badDay, m_device.branchId)),
            QStringList { QStringLiteral("quarantined") });
        QCOMPARE(pushOne(QString(kMaintenanceDoneMutation), maintenanceDonePayload(done->constFirst(), m_device.branchId)),
            QStringList { QStringLiteral("quarantined") });
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM maintenance_records")), 2);
        QJsonObject badFleet = fleetPayload(Fleet { customer->id, {}, fleet, QStringLiteral("2026-01-01T00:00:00.000Z") },
            m_device.branchId, QStringLiteral("u"));
        badFleet.insert(QStringLiteral("statement_day"), 40);
        QCOMPARE(pushOne(QString(kFleetSavedMutation), badFleet), QStringList { QStringLiteral("quarantined") });
        QCOMPARE(count(QStringLiteral("SELECT statement_day FROM fleets WHERE customer_id = ?"), { customer->id }), 25);
    }
};

QTEST_GUILESS_MAIN(TestFleetIngest)
#include "testfleetingest.moc"
