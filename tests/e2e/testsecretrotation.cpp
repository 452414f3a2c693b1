// A new epoch rotates the device secret, against the real nexus-server over loopback HTTPS (SQLite storage, or
// PostgreSQL with NEXUS_TEST_BACKEND=postgresql: e2e_testsecretrotation_postgresql): the answer carries the new secret,
// the old one only repeats that change (a lost answer gets the same secret again) or learns its database is a copy,
// and the real SyncEngine keeps the new secret in the SecretStore before it applies the change.
#include "../server/testadminfixture.h"
#include "tempdir.h"
#include "why.h"

#include "client/curltransport.h"
#include "client/enrollment.h"
#include "client/secretstore.h"
#include "client/syncengine.h"
#include "common/clock.h"
#include "protocol/epochmessages.h"
#include "protocol/pullmessages.h"
#include "protocol/pushmessages.h"
#include "protocol/tokenmessages.h"
#include "sales/cashsessionservice.h"
#include "sales/checkoutservice.h"
#include "store/deviceidentity.h"
#include "store/localstore.h"
#include "store/outbox.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace nexus;
using namespace nexus::test;

namespace {

// The real network, but the first answer to an epoch change is lost after the server committed it.
class LosesFirstEpochAnswer final : public Transport
{
public:
    explicit LosesFirstEpochAnswer(std::unique_ptr<Transport> real, int &epochRequests)
        : m_real(std::move(real)), m_epochRequests(epochRequests)
    {
    }
    [[nodiscard]] Result<HttpResponse> send(const TransportRequest &request) override
    {
        Result<HttpResponse> response = m_real->send(request);
        if (request.path == wire::kEpochPath && ++m_epochRequests == 1 && response)
            return fail(ErrorCode::Network, "connection reset after the server answered (fault)");
        return response;
    }

private:
    std::unique_ptr<Transport> m_real;
    int &m_epochRequests;
};

struct Reply
{
    int status = 0;
    QJsonObject json;
};

} // namespace

class TestSecretRotation final : public QObject
{
    Q_OBJECT

private:
    TempDir m_root;
    TenantFixture m_acme = TenantFixture::standard(QStringLiteral("acme"));
    std::unique_ptr<ServerBackend> m_backend;
    std::unique_ptr<ServerProcess> m_server;

    std::unique_ptr<CurlTransport> transport() const
    {
        return std::make_unique<CurlTransport>(
            m_server->url(), HttpClient::Options { m_server->caFile(), 3000, 20000, nullptr });
    }
    Reply call(TransportRequest::Method method, const QString &path, const QJsonObject &body, const QString &token = {})
    {
        Result<HttpResponse> response = transport()->send(
            { method, path, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact), token });
        if (!response)
            return {};
        return { response->status, QJsonDocument::fromJson(response->body).object() };
    }
    Reply token(const QString &deviceId, const QString &secret)
    {
        return call(TransportRequest::Method::Post, QString(wire::kTokenPath), wire::TokenRequest { deviceId, secret }.toJson());
    }
    Reply epoch(const wire::EpochRequest &request, const QString &bearer)
    {
        return call(TransportRequest::Method::Post, QString(wire::kEpochPath), request.toJson(), bearer);
    }
    QString enrollmentCode()
    {
        const AdminRun code = runAdmin(QStringList { QStringLiteral("enroll-code") } + m_backend->adminArgs()
            + QStringList { QStringLiteral("--tenant"), QStringLiteral("acme"), QStringLiteral("--branch"), QStringLiteral("MTY") });
        return code.exitCode == 0 ? code.out.trimmed() : QString();
    }
    // A counter's folder with an enrolled nexus.db (its secret in DATA/device-secret); returns the device id.
    QString enroll(const QString &dir, const QString &name)
    {
        if (!QDir().mkpath(dir))
            return {};
        Result<std::unique_ptr<LocalStore>> local = LocalStore::open(dir + QStringLiteral("/nexus.db"), name);
        if (!local)
            return {};
        Result<EnrollmentResult> enrolled = enrollDevice(
            **local, EnrollmentRequest { m_server->url(), enrollmentCode(), name, m_server->caFile() });
        local->reset();
        QSqlDatabase::removeDatabase(name);
        return enrolled ? enrolled->deviceId : QString();
    }
    qint64 master(const QString &sql, const QVariantList &values)
    {
        Result<std::unique_ptr<Database>> db = m_backend->openMaster(QStringLiteral("rotation-master"));
        if (!db)
            return -1;
        Result<QVariant> value = (*db)->scalar(sql, values);
        const qint64 result = value && value->isValid() ? value->toLongLong() : -1;
        db->reset();
        QSqlDatabase::removeDatabase(QStringLiteral("rotation-master"));
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("NEXUS_SECRET_STORE", "file");
        QVERIFY(m_root.isValid());
        m_backend = std::make_unique<ServerBackend>(m_root.path() + QStringLiteral("/server"));
        const Status started = m_backend->start();
        NEXUS_REQUIRE_POSTGRES(started);
        const QString created = createAdminTenant(*m_backend, QStringLiteral("acme"), m_acme);
        QVERIFY2(created.isEmpty(), qPrintable(created));
        m_server = m_backend->server();
        QVERIFY2(m_server->start(), qPrintable(m_server->log()));
    }

    void cleanupTestCase()
    {
        if (m_server)
            QCOMPARE(m_server->stop(), 0);
    }

    void newEpochRotatesTheSecretAndRepeatsTheSameAnswer()
    {
        const QString dir = m_root.path() + QStringLiteral("/wire");
        const QString deviceId = enroll(dir, QStringLiteral("caja-wire"));
        QVERIFY(!deviceId.isEmpty());
        const QString oldSecret = QString::fromUtf8(SecretStore(dir).read(QStringLiteral("device-secret")).value_or(QByteArray()));
        QVERIFY(!oldSecret.isEmpty());
        const Reply first = token(deviceId, oldSecret);
        QCOMPARE(first.status, 200);
        const QString oldToken = first.json.value(QStringLiteral("token")).toString();

        const wire::EpochRequest request { deviceId, 1, QStringLiteral("rekey-wire-1"), QString(wire::epochreason::kBehind),
            0, {}, QStringLiteral("caja-wire") };
        const Reply changed = epoch(request, oldToken);
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.json.value(QStringLiteral("epoch")).toInt(), 2);
        const QString newSecret = changed.json.value(QStringLiteral("device_secret")).toString();
        QVERIFY(!newSecret.isEmpty());
        QVERIFY(newSecret != oldSecret);

        // The old secret still gets a token, good for nothing but the epoch endpoint.
        const Reply old = token(deviceId, oldSecret);
        QCOMPARE(old.status, 200);
        QCOMPARE(old.json.value(QStringLiteral("epoch")).toInt(), 2);
        const QString oldSecretToken = old.json.value(QStringLiteral("token")).toString();
        const QJsonObject push { { QStringLiteral("device_id"), deviceId }, { QStringLiteral("epoch"), 2 },
            { QStringLiteral("mutations"), QJsonArray() } };
        QCOMPARE(call(TransportRequest::Method::Post, QString(wire::kPushPath), push, oldSecretToken).status, 401);
        QCOMPARE(call(TransportRequest::Method::Get,
                     QString(wire::kPullPath) + QStringLiteral("?bucket=users&after=&limit=10"), {}, oldSecretToken)
                     .status,
            401);
        // The answer was lost: the same request with the old secret gets the same answer, the same new secret.
        const Reply again = epoch(request, oldSecretToken);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json, changed.json);
        QCOMPARE(master(QStringLiteral("SELECT epoch FROM devices WHERE id = ?"), { deviceId }), 2);
        // It starts no change of its own.
        wire::EpochRequest another = request;
        another.rekeyId = QStringLiteral("rekey-wire-2");
        another.fromEpoch = 2;
        QCOMPARE(epoch(another, oldSecretToken).status, 401);
        QCOMPARE(master(QStringLiteral("SELECT epoch FROM devices WHERE id = ?"), { deviceId }), 2);

        // The new secret works everywhere; taking a token with it tells the server it arrived.
        QCOMPARE(master(QStringLiteral("SELECT count(*) FROM device_epochs WHERE device_id = ? AND issued_secret IS NOT "
                                       "NULL"),
                     { deviceId }),
            1);
        const Reply fresh = token(deviceId, newSecret);
        QCOMPARE(fresh.status, 200);
        const QString newToken = fresh.json.value(QStringLiteral("token")).toString();
        QCOMPARE(call(TransportRequest::Method::Get,
                     QString(wire::kPullPath) + QStringLiteral("?bucket=users&after=&limit=10"), {}, newToken)
                     .status,
            200);
        QCOMPARE(master(QStringLiteral("SELECT count(*) FROM device_epochs WHERE device_id = ? AND issued_secret IS NOT "
                                       "NULL"),
                     { deviceId }),
            0);
        const Reply delivered = epoch(request, newToken);
        QCOMPARE(delivered.status, 200);
        QCOMPARE(delivered.json.value(QStringLiteral("epoch")).toInt(), 2);
        QVERIFY(!delivered.json.contains(QStringLiteral("device_secret")));

        // A copy still on epoch 1 with the old secret learns what it is.
        wire::EpochRequest copy = request;
        copy.rekeyId = QStringLiteral("rekey-wire-copy");
        const Reply refused = epoch(copy, token(deviceId, oldSecret).json.value(QStringLiteral("token")).toString());
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
            QString(wire::errorcode::kDeviceCloned));
        // A wrong secret is still nothing.
        QCOMPARE(token(deviceId, QStringLiteral("not-the-secret")).status, 401);
    }

    void engineKeepsTheNewSecretBeforeApplyingTheChange()
    {
        const QString dir = m_root.path() + QStringLiteral("/engine");
        const QString deviceId = enroll(dir, QStringLiteral("caja-engine"));
        QVERIFY(!deviceId.isEmpty());
        const QString dbPath = dir + QStringLiteral("/nexus.db");
        const QByteArray oldSecret = SecretStore(dir).read(QStringLiteral("device-secret")).value_or(QByteArray());
        QString saleId;
        {
            // One sale waits in the outbox; the database opened behind its witness (nexus.db put back from a copy).
            Result<std::unique_ptr<LocalStore>> local = LocalStore::open(dbPath, QStringLiteral("counter"));
            QVERIFY2(local.has_value(), why(local).constData());
            Result<DeviceIdentity> identity = loadDeviceIdentity(**local);
            QVERIFY(identity.has_value());
            CashSessionService tills((*local)->db(), Clock::system(), deviceId, identity->branchId);
            QVERIFY(tills.open(m_acme.userId(QStringLiteral("acme-mty-cajero")), Money(50000)).has_value());
            Cart cart;
            QVERIFY(cart.add({ 7, QStringLiteral("SKU-7"), QStringLiteral("Balata"), identity->branchId + QStringLiteral("-wh-A"),
                                 Money(15990), Money(16990), Money(8000), TaxRate::iva16(), 3, QStringLiteral("25174400"),
                                 QStringLiteral("H87") },
                Quantity::units(1)));
            Result<SaleReceipt> sold = CheckoutService((*local)->db(), Clock::system())
                                           .checkout(cart, { Tender { TenderMethod::Cash, Money(20000), 0, {} } },
                                               { deviceId, identity->branchId, QStringLiteral("MTYE"),
                                                   m_acme.userId(QStringLiteral("acme-mty-cajero")), Role::Cashier, false });
            QVERIFY2(sold.has_value(), why(sold).constData());
            saleId = sold->saleId;
            QVERIFY((*local)->setSetting(QStringLiteral("sync_restored"), QStringLiteral("{\"restored\":true}")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("counter"));

        int epochRequests = 0;
        auto engineConfig = [&] {
            SyncEngine::Config config;
            config.databasePath = dbPath;
            config.connectionName = QStringLiteral("engine-%1").arg(epochRequests);
            config.deviceId = deviceId;
            // As nexus-pos starts it: the secret the SecretStore holds now (storeSecret empty: the same store).
            config.deviceSecret = QString::fromUtf8(SecretStore(dir).read(QStringLiteral("device-secret")).value_or(QByteArray()));
            return config;
        };
        {
            SyncEngine engine(engineConfig(), std::make_unique<LosesFirstEpochAnswer>(transport(), epochRequests));
            Result<SyncEngine::PassResult> lost = engine.pushPending();
            QVERIFY(!lost.has_value());
            QCOMPARE(lost.error().code(), ErrorCode::Network);
            engine.closeStore();
        }
        // The server moved on and issued a secret this counter never heard of: it still holds the old one.
        QCOMPARE(master(QStringLiteral("SELECT epoch FROM devices WHERE id = ?"), { deviceId }), 2);
        QCOMPARE(SecretStore(dir).read(QStringLiteral("device-secret")).value_or(QByteArray()), oldSecret);
        {
            // The program restarts with the old secret: same request, same answer, the new secret kept, then pushed.
            SyncEngine engine(engineConfig(), std::make_unique<LosesFirstEpochAnswer>(transport(), epochRequests));
            Result<SyncEngine::PassResult> pass = engine.pushPending();
            QVERIFY2(pass.has_value(), why(pass).constData());
            QCOMPARE(pass->pending, 0);
            QCOMPARE(pass->epochChanges, 1);
            engine.closeStore();
        }
        QCOMPARE(epochRequests, 2);
        const QByteArray newSecret = SecretStore(dir).read(QStringLiteral("device-secret")).value_or(QByteArray());
        QVERIFY(!newSecret.isEmpty());
        QVERIFY(newSecret != oldSecret);
        QCOMPARE(token(deviceId, QString::fromUtf8(newSecret)).json.value(QStringLiteral("epoch")).toInt(), 2);
        QCOMPARE(master(QStringLiteral("SELECT count(*) FROM device_epochs WHERE device_id = ? AND reason = 'restored' "
                                       "AND outcome = 'rekeyed'"),
                     { deviceId }),
            1);
        QCOMPARE(master(QStringLiteral("SELECT count(*) FROM device_epochs WHERE device_id = ? AND issued_secret IS NOT "
                                       "NULL"),
                     { deviceId }),
            0);
        Result<std::unique_ptr<Database>> tenant = m_backend->openTenant(QStringLiteral("acme"), QStringLiteral("rotation-tenant"));
        QVERIFY2(tenant.has_value(), why(tenant).constData());
        QCOMPARE((*tenant)->scalar(QStringLiteral("SELECT count(*) FROM sales WHERE id = ?"), { saleId })->toLongLong(), 1);
        tenant->reset();
        QSqlDatabase::removeDatabase(QStringLiteral("rotation-tenant"));
        // Restarted once more with the new secret: nothing to change, nothing pending.
        SyncEngine engine(engineConfig(), transport());
        Result<SyncEngine::PassResult> quiet = engine.pushPending();
        QVERIFY2(quiet.has_value(), why(quiet).constData());
        QCOMPARE(quiet->epochChanges, 0);
        engine.closeStore();
    }
};

QTEST_GUILESS_MAIN(TestSecretRotation)
#include "testsecretrotation.moc"
