// The fleet facts through the real nexus-server over HTTPS: a counter (its own nexus.db, the real CustomerService,
// CustomerCrmService and FleetService) marks a company as a fleet, gives its vehicle a plan through the fleet's
// template and records a service; it pushes its outbox and the tenant's tables hold them. An older plan edit never
// overwrites a newer one, another branch's fact and a malformed one are quarantined, a replayed service record is
// not stored twice. Runs on SQLite, and on PostgreSQL with NEXUS_TEST_BACKEND=postgresql.
#include "enrolleddevice.h"
#include "serverbackend.h"
#include "serverprocess.h"
#include "tempdir.h"
#include "tenantfixture.h"
#include "why.h"

#include "client/curltransport.h"
#include "client/httpclient.h"
#include "client/transportsession.h"
#include "common/clock.h"
#include "common/idgenerator.h"
#include "customers/customercrmservice.h"
#include "customers/customerservice.h"
#include "fleets/fleetpayload.h"
#include "fleets/fleetservice.h"
#include "fleets/fleetstore.h"
#include "protocol/pushmessages.h"
#include "store/localstore.h"
#include "store/outbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace nexus;
using namespace nexus::test;

class TestFleetIngest final : public QObject
{
    Q_OBJECT

private:
    TempDir m_root;
    std::unique_ptr<ServerBackend> m_backend;
    std::unique_ptr<ServerProcess> m_server;
    TenantFixture m_acme = TenantFixture::standard(QStringLiteral("acme"));
    EnrolledDevice m_device;
    std::unique_ptr<CurlTransport> m_transport;
    std::unique_ptr<TransportSession> m_session;
    std::unique_ptr<LocalStore> m_counter;
    qint64 m_pushedSeq = 0;
    qint64 m_nextSeq = 1000; // hand-made facts

    CustomerContext context() const
    {
        return CustomerContext { m_device.id, m_device.branchId, QStringLiteral("u-gerente"), Role::Manager, {}, {} };
    }

    QJsonObject post(const QList<wire::PushMutation> &mutations)
    {
        const wire::PushRequest request { m_device.id, 1, mutations };
        Result<HttpResponse> reply = m_session->post(
            QString(wire::kPushPath), QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact));
        if (!reply || reply->status != 200) {
            qWarning("push refused: %s", reply ? reply->body.constData() : qPrintable(reply.error().logMessage()));
            return {};
        }
        return QJsonDocument::fromJson(reply->body).object();
    }

    static QStringList statuses(const QJsonObject &answer)
    {
        QStringList list;
        for (const QJsonValue &result : answer.value(QStringLiteral("results")).toArray()) {
            list << result.toObject().value(QStringLiteral("status")).toString();
            if (list.constLast() != QLatin1String("applied"))
                qInfo("%s", qPrintable(result.toObject().value(QStringLiteral("detail")).toString()));
        }
        return list;
    }

    // The counter's facts not pushed yet, in seq order, as the sync engine sends them.
    QStringList pushCounter()
    {
        Result<QList<OutboxEntry>> pending = Outbox(m_counter->db()).pending(100);
        if (!pending)
            return {};
        QList<wire::PushMutation> mutations;
        for (const OutboxEntry &entry : *pending)
            if (entry.seq > m_pushedSeq)
                mutations << wire::PushMutation {
                    entry.mutationId, entry.seq, entry.schemaVersion, entry.type, entry.payload, {}, {} };
        if (mutations.isEmpty())
            return {};
        const QStringList result = statuses(post(mutations));
        m_pushedSeq = mutations.constLast().seq;
        return result;
    }

    QStringList pushOne(const QString &type, const QJsonObject &payload)
    {
        return statuses(post({ wire::PushMutation {
            IdGenerator::instance().nextString(), ++m_nextSeq, kFleetPayloadSchema, type, payload, {}, {} } }));
    }

    QVariant tenantValue(const QString &sql, const QVariantList &values = {})
    {
        Result<std::unique_ptr<Database>> db = m_backend->openTenant(QStringLiteral("acme"), QStringLiteral("check"));
        if (!db)
            return {};
        Result<QVariant> value = (*db)->scalar(sql, values);
        return value ? *value : QVariant();
    }

    qint64 count(const QString &sql, const QVariantList &values = {})
    {
        const QVariant value = tenantValue(sql, values);
        return value.isValid() ? value.toLongLong() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        m_backend = std::make_unique<ServerBackend>(m_root.file(QStringLiteral("server")));
        if (Status started = m_backend->start(); !started) {
            if (PostgresCluster::required())
                QFAIL(why(started).constData());
            QSKIP(why(started).constData());
        }
        const AdminRun created
            = runAdmin(QStringList { QStringLiteral("tenant"), QStringLiteral("create") } + m_backend->adminArgs()
                + QStringList { QStringLiteral("--slug"), QStringLiteral("acme"), QStringLiteral("--name"),
                    QStringLiteral("Acme") });
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        {
            Result<std::unique_ptr<Database>> db = m_backend->openTenant(QStringLiteral("acme"), QStringLiteral("fix"));
            QVERIFY(db);
            QVERIFY(m_acme.writeInto(**db));
        }
        m_server = m_backend->server();
        QVERIFY2(m_server->start(), qPrintable(m_server->log()));
        m_device = enrollDevice(*m_backend, *m_server, QStringLiteral("acme"), m_acme);
        QVERIFY(!m_device.id.isEmpty());
        m_transport = std::make_unique<CurlTransport>(
            m_server->url(), HttpClient::Options { m_server->caFile(), 5000, 15000, nullptr });
        m_session = std::make_unique<TransportSession>(*m_transport, m_device.id, m_device.secret);
        Result<std::unique_ptr<LocalStore>> store
            = LocalStore::open(m_root.file(QStringLiteral("counter.db")), QStringLiteral("counter"));
        QVERIFY2(store, why(store).constData());
        m_counter = std::move(*store);
    }

    void cleanupTestCase()
    {
        m_session.reset();
        m_transport.reset();
        if (m_server)
            QCOMPARE(m_server->stop(), 0);
    }

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
