// The customer-card facts through the real nexus-server over HTTPS: a counter (its own nexus.db, the real
// CustomerService and CustomerCrmService) adds a customer, a vehicle, a note, a call and tags, and pushes its outbox;
// the tenant's tables hold them. An older edit of a vehicle or tag set never overwrites a newer one, another branch's
// fact and a malformed one are quarantined, a vehicle of a customer the server does not know opens an exception with
// the record. Runs on SQLite, and on PostgreSQL with NEXUS_TEST_BACKEND=postgresql.
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
#include "customers/crmpayload.h"
#include "customers/customercrmservice.h"
#include "customers/customerservice.h"
#include "protocol/pushmessages.h"
#include "store/localstore.h"
#include "store/outbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace nexus;
using namespace nexus::test;

class TestCustomerCrmIngest final : public QObject
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
            IdGenerator::instance().nextString(), ++m_nextSeq, kCustomerCrmPayloadSchema, type, payload, {}, {} } }));
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

    void theCardOfACounterCustomerReachesTheTenant()
    {
        CustomerFields f;
        f.name = QStringLiteral("Transportes del Norte");
        f.phone = QStringLiteral("8112345678");
        Result<Customer> customer = CustomerService(m_counter->db(), Clock::system()).create(f, context());
        QVERIFY2(customer, why(customer).constData());
        CustomerCrmService crm(m_counter->db(), Clock::system());
        CustomerVehicleFields v;
        v.vin = QStringLiteral("3N1CN7AD2JL855041");
        v.plates = QStringLiteral("NLF-123-A");
        v.make = QStringLiteral("NISSAN");
        v.model = QStringLiteral("Versa");
        v.year = 2018;
        v.engine = QStringLiteral("1.6L L4");
        v.color = QStringLiteral("Gris");
        v.mileageKm = 91000;
        Result<CustomerVehicle> vehicle = crm.saveVehicle(customer->id, {}, v, context());
        QVERIFY2(vehicle, why(vehicle).constData());
        QVERIFY(crm.addNote(customer->id, CustomerNoteKind::Note, QStringLiteral("Prefiere Brembo"), context(),
            QStringLiteral("María López")));
        QVERIFY(crm.addNote(customer->id, CustomerNoteKind::Call, QStringLiteral("Avisé que llegó la pieza"), context(),
            QStringLiteral("Jorge Díaz")));
        QVERIFY(crm.setTags(customer->id, { QStringLiteral("Flotilla"), QStringLiteral("crédito") }, context()));

        QCOMPARE(pushCounter(), QStringList(5, QStringLiteral("applied")));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM customer_vehicles WHERE id = ? AND customer_id = ? AND "
                                      "vin = '3N1CN7AD2JL855041' AND plates = 'NLF123A' AND year = 2018 AND "
                                      "mileage_km = 91000 AND device_id = ?"),
                     { vehicle->id, customer->id, m_device.id }),
            1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM customer_notes WHERE customer_id = ?"), { customer->id }), 2);
        QCOMPARE(tenantValue(QStringLiteral("SELECT user_name FROM customer_notes WHERE kind = 'call'")).toString(),
            QStringLiteral("Jorge Díaz"));
        QCOMPARE(tenantValue(QStringLiteral("SELECT tags FROM customer_tag_sets WHERE customer_id = ?"),
                     { customer->id })
                     .toString(),
            QStringLiteral("[\"credito\",\"flotilla\"]"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM customer_tags WHERE customer_id = ?"), { customer->id }), 2);

        // An edit: the mileage moves on. Then a late copy of the first version (older time) changes nothing.
        v.mileageKm = 95000;
        QTest::qWait(5);
        Result<CustomerVehicle> edited = crm.saveVehicle(customer->id, vehicle->id, v, context());
        QVERIFY2(edited, why(edited).constData());
        QCOMPARE(pushCounter(), QStringList { QStringLiteral("applied") });
        QCOMPARE(count(QStringLiteral("SELECT mileage_km FROM customer_vehicles WHERE id = ?"), { vehicle->id }), 95000);
        QJsonObject stale = vehiclePayload(*vehicle, m_device.branchId, QStringLiteral("u-gerente"));
        QCOMPARE(pushOne(QString(kCustomerVehicleSavedMutation), stale), QStringList { QStringLiteral("applied") });
        QCOMPARE(count(QStringLiteral("SELECT mileage_km FROM customer_vehicles WHERE id = ?"), { vehicle->id }), 95000);
        // The same for tags: an older set arriving late is superseded.
        QCOMPARE(pushOne(QString(kCustomerTagsSetMutation),
                     tagsPayload(customer->id, { QStringLiteral("viejo") }, m_device.branchId,
                         QStringLiteral("u-gerente"), QStringLiteral("2020-01-01T00:00:00.000Z"))),
            QStringList { QStringLiteral("applied") });
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM customer_tags WHERE customer_id = ? AND tag = 'viejo'"),
                     { customer->id }),
            0);

        // Another branch's fact, a malformed one, an empty note: quarantined, nothing stored.
        QJsonObject foreign = stale;
        foreign.insert(QStringLiteral("branch_id"), m_acme.branchId(QStringLiteral("GDL")));
        QCOMPARE(pushOne(QString(kCustomerVehicleSavedMutation), foreign), QStringList { QStringLiteral("quarantined") });
        QJsonObject badPlates = stale;
        badPlates.insert(QStringLiteral("id"), IdGenerator::instance().nextString());
        badPlates.insert(QStringLiteral("plates"), QStringLiteral("IOQ-000"));
        QCOMPARE(pushOne(QString(kCustomerVehicleSavedMutation), badPlates),
            QStringList { QStringLiteral("quarantined") });
        CustomerNote empty { IdGenerator::instance().nextString(), customer->id, CustomerNoteKind::Note,
            QStringLiteral("  "), QStringLiteral("u"), QStringLiteral("U"), QStringLiteral("2026-01-01T00:00:00.000Z") };
        QCOMPARE(pushOne(QString(kCustomerNoteAddedMutation), notePayload(empty, m_device.branchId)),
            QStringList { QStringLiteral("quarantined") });
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM customer_vehicles")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM customer_notes")), 2);

        // A vehicle of a customer the server never heard of: kept in an exception, not in the table.
        CustomerVehicle orphan = *vehicle;
        orphan.id = IdGenerator::instance().nextString();
        orphan.customerId = IdGenerator::instance().nextString();
        QCOMPARE(pushOne(QString(kCustomerVehicleSavedMutation),
                     vehiclePayload(orphan, m_device.branchId, QStringLiteral("u-gerente"))),
            QStringList { QStringLiteral("applied") });
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM customer_vehicles WHERE id = ?"), { orphan.id }), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM exceptions WHERE kind = 'unknown_customer' AND ref = ?"),
                     { orphan.id }),
            1);
    }
};

QTEST_GUILESS_MAIN(TestCustomerCrmIngest)
#include "testcustomercrmingest.moc"
