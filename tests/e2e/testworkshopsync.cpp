// The "workshop" pull bucket end to end: two enrolled counters (MTY and GDL; real nexus.db files, the real services,
// the real SyncEngine over CurlTransport) and the real nexus-server over loopback HTTPS. What a manager sets at one
// counter — warranty policies, a fleet, a vehicle's maintenance plan, a service done — reaches the other counter of
// the tenant; a policy removed at one counter goes at the other; an edit made at GDL (the fleet's contact) comes back to MTY; pulling its
// own rows back changes nothing at the counter that wrote them. Runs on SQLite files and on PostgreSQL.
#include "enrolledcounter.h"
#include "../server/serverprocess.h"
#include "../server/tenantfixture.h"
#include "tenantstack.h"
#include "postgrescluster.h"
#include "tempdir.h"
#include "why.h"

#include "common/clock.h"
#include "customers/customercrmservice.h"
#include "customers/customerservice.h"
#include "fleets/fleetservice.h"
#include "fleets/fleetstore.h"
#include "warranty/warrantypolicy.h"

#include <QTest>

using namespace nexus;
using namespace nexus::test;

class TestWorkshopSync final : public QObject
{
    Q_OBJECT

private:
    TempDir m_root;
    TenantFixture m_acme = TenantFixture::standard(QStringLiteral("acme"));
    std::unique_ptr<PostgresCluster> m_cluster;

    CustomerContext manager(const EnrolledCounter &counter, const QString &username) const
    {
        return CustomerContext { counter.profile.deviceId, counter.profile.branchId, m_acme.userId(username),
            Role::Manager, {}, {} };
    }
    static qint64 count(EnrolledCounter &counter, const QString &sql)
    {
        Result<QVariant> value = counter.db().scalar(sql);
        return value && value->isValid() ? value->toLongLong() : -1;
    }
    static qint64 policyDays(EnrolledCounter &counter, const QString &scope, qint64 category)
    {
        Result<QVariant> value = counter.db().scalar(
            QStringLiteral("SELECT days FROM warranty_policies WHERE scope = ? AND brand_id = 0 AND category_id = ?"),
            { scope, category });
        return value && value->isValid() ? value->toLongLong() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("NEXUS_SECRET_STORE", "file");
        QVERIFY(m_root.isValid());
    }

    void policiesAndFleetsReachEveryCounter_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    void policiesAndFleetsReachEveryCounter()
    {
        QFETCH(QString, backend);
        const bool postgres = backend == QLatin1String("postgresql");
        if (postgres) {
            const Status cluster = PostgresCluster::startOnce(m_cluster);
            NEXUS_REQUIRE_POSTGRES(cluster);
        }
        const QString base = m_root.file(backend);
        const TenantStack stack = createTenantStack(base, postgres ? m_cluster->url() : QString(), m_acme,
            { QStringLiteral("MTY"), QStringLiteral("GDL") });
        QVERIFY2(stack.error.isEmpty(), qPrintable(stack.error));
        const QStringList &codes = stack.codes;
        ServerProcess server(stack.data, stack.database);
        QVERIFY2(server.start(), qPrintable(server.log()));
        EnrolledCounter mty = enrollCounter(server, codes.at(0), base + QStringLiteral("/mty"), backend + QStringLiteral("-mty"));
        EnrolledCounter gdl = enrollCounter(server, codes.at(1), base + QStringLiteral("/gdl"), backend + QStringLiteral("-gdl"));
        QVERIFY(mty.store && gdl.store);
        const CustomerContext mtyManager = manager(mty, QStringLiteral("acme-mty-gerente"));
        const CustomerContext gdlManager = manager(gdl, QStringLiteral("acme-gdl-gerente"));
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);

        // MTY: shock absorbers (category 100) get a year, labor 120 days, a battery brand (7) 30 days; a fleet
        // customer with a pickup, its oil-change plan and the first oil change done.
        WarrantyPolicyStore mtyPolicies(mty.db());
        QVERIFY(mtyPolicies.save({ WarrantyScope::Part, 0, 100, 365, QStringLiteral("Amortiguadores"), {}, {} },
            QStringLiteral("Gerente MTY"), now));
        QVERIFY(mtyPolicies.save({ WarrantyScope::Labor, 0, 0, 120, QStringLiteral("Mano de obra"), {}, {} },
            QStringLiteral("Gerente MTY"), now));
        QVERIFY(mtyPolicies.save({ WarrantyScope::Part, 7, 0, 30, QStringLiteral("LTH"), {}, {} },
            QStringLiteral("Gerente MTY"), now));
        CustomerFields company;
        company.name = QStringLiteral("Transportes del Norte");
        company.phone = QStringLiteral("8112345678");
        Result<Customer> customer = CustomerService(mty.db(), Clock::system()).create(company, mtyManager);
        QVERIFY2(customer, why(customer).constData());
        CustomerVehicleFields pickup;
        pickup.plates = QStringLiteral("ABC-123-D");
        pickup.make = QStringLiteral("Nissan");
        pickup.model = QStringLiteral("NP300");
        pickup.year = 2022;
        pickup.mileageKm = 10000;
        Result<CustomerVehicle> vehicle
            = CustomerCrmService(mty.db(), Clock::system()).saveVehicle(customer->id, {}, pickup, mtyManager);
        QVERIFY2(vehicle, why(vehicle).constData());
        FleetService mtyFleets(mty.db(), Clock::system());
        FleetFields fields;
        fields.contactName = QStringLiteral("Laura Garza");
        fields.contactPhone = QStringLiteral("8187654321");
        fields.statementDay = 25;
        QVERIFY(mtyFleets.saveFleet(customer->id, fields, mtyManager));
        Result<QList<MaintenancePlanItem>> plan
            = mtyFleets.savePlan(vehicle->id, { { QStringLiteral("Cambio de aceite"), 10000, 6 } }, mtyManager);
        QVERIFY2(plan && plan->size() == 1, why(plan).constData());
        const QString oil = plan->constFirst().id;
        Result<QList<MaintenanceRecord>> done = mtyFleets.recordService(vehicle->id,
            { QDate::currentDate(), 10400, { oil }, {}, QStringLiteral("Aceite 5W-30") }, mtyManager);
        QVERIFY2(done, why(done).constData());
        const QString mtyRecord = done->constFirst().id;

        QVERIFY2(mty.sync(), "MTY left facts pending");
        QCOMPARE(mty.pending(), 0);
        QVERIFY(gdl.sync());

        // GDL has it all, through its own stores.
        QCOMPARE(policyDays(gdl, QStringLiteral("part"), 100), 365);
        QCOMPARE(policyDays(gdl, QStringLiteral("labor"), 0), 120);
        QCOMPARE(count(gdl, QStringLiteral("SELECT days FROM warranty_policies WHERE brand_id = 7")), 30);
        Result<std::optional<Fleet>> gdlFleet = FleetStore(gdl.db()).fleet(customer->id);
        QVERIFY2(gdlFleet && *gdlFleet, why(gdlFleet).constData());
        QCOMPARE((*gdlFleet)->fields.contactPhone, QStringLiteral("8187654321"));
        QCOMPARE((*gdlFleet)->fields.statementDay, 25);
        Result<QList<MaintenancePlanItem>> gdlPlan = FleetStore(gdl.db()).planItems(vehicle->id);
        QVERIFY2(gdlPlan && gdlPlan->size() == 1, why(gdlPlan).constData());
        QCOMPARE(gdlPlan->constFirst().id, oil);
        QCOMPARE(gdlPlan->constFirst().line.everyKm, 10000);
        Result<std::optional<MaintenanceRecord>> last = FleetStore(gdl.db()).lastRecord(oil);
        QVERIFY2(last && *last, why(last).constData());
        QCOMPARE((*last)->id, mtyRecord);
        QCOMPARE((*last)->odometerKm, 10400);
        // Applied as the server's state: GDL has no facts of its own to push.
        QCOMPARE(gdl.pending(), 0);

        // MTY takes the brand policy off and widens the oil change to 8,000 km; GDL changes the fleet's contact.
        // (Editing the plan at GDL needs GDL's copy of the vehicle: the CRM bucket's, not this one's.)
        QVERIFY(mtyPolicies.remove(WarrantyScope::Part, 7, 0,
            QDateTime::currentDateTimeUtc().addSecs(1).toString(Qt::ISODateWithMs)));
        fields.contactPhone = QStringLiteral("8111112222");
        QTest::qWait(5); // a later stamp than MTY's edits
        FleetService gdlFleets(gdl.db(), Clock::system());
        QVERIFY(gdlFleets.saveFleet(customer->id, fields, gdlManager));
        QVERIFY(mtyFleets.savePlan(vehicle->id, { { QStringLiteral("Cambio de aceite"), 8000, 6 } }, mtyManager));
        QVERIFY(mty.sync());
        QVERIFY(gdl.sync());
        QVERIFY(mty.sync());

        QCOMPARE(count(gdl, QStringLiteral("SELECT count(*) FROM warranty_policies WHERE brand_id = 7")), 0);
        QCOMPARE(policyDays(gdl, QStringLiteral("part"), 100), 365);
        QCOMPARE((*FleetStore(mty.db()).fleet(customer->id))->fields.contactPhone, QStringLiteral("8111112222"));
        QCOMPARE(FleetStore(gdl.db()).planItems(vehicle->id)->constFirst().line.everyKm, 8000);
        // Each counter keeps one copy of the service done, its own included.
        QCOMPARE(count(mty, QStringLiteral("SELECT count(*) FROM maintenance_records")), 1);
        QCOMPARE(count(gdl, QStringLiteral("SELECT count(*) FROM maintenance_records")), 1);
        QCOMPARE(count(mty, QStringLiteral("SELECT count(*) FROM maintenance_plan_items")), 1);
        QCOMPARE(count(gdl, QStringLiteral("SELECT count(*) FROM maintenance_plan_items")), 1);
        QCOMPARE(mty.pending(), 0);
        QCOMPARE(gdl.pending(), 0);
        server.stop();
    }
};

QTEST_GUILESS_MAIN(TestWorkshopSync)
#include "testworkshopsync.moc"
