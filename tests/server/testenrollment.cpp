// The real nexus-server and nexus-admin processes over real HTTPS: health, tenants, one-time codes, enrollment.
#include "serverprocess.h"
#include "tempdir.h"
#include "tenantfixture.h"

#include "auth/passwordhasher.h"
#include "client/enrollment.h"
#include "client/httpclient.h"
#include "client/secretstore.h"
#include "server/enrollmentservice.h"
#include "store/localstore.h"
#include "store/schemadatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslSocket>
#include <QTest>

using namespace nexus;
using namespace nexus::test;

namespace {

const QRegularExpression kCodePattern(QStringLiteral("^[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){3}$"));

struct Client
{
    TempDir dir;
    std::unique_ptr<LocalStore> store;

    Client()
    {
        auto opened = LocalStore::open(dir.file(QStringLiteral("nexus.db")));
        if (opened)
            store = std::move(*opened);
    }
    [[nodiscard]] qint64 count(const QString &table) const
    {
        auto value = store->db().scalar(QStringLiteral("SELECT count(*) FROM ") + table);
        return value ? value->toLongLong() : -1;
    }
    [[nodiscard]] QString setting(const QString &key) const { return store->setting(key).value_or(QString()); }
};

QJsonObject bodyOf(const HttpResponse &response)
{
    return QJsonDocument::fromJson(response.body).object();
}

} // namespace

class TestEnrollment final : public QObject
{
    Q_OBJECT

private:
    TempDir m_root;
    QString m_data;
    std::unique_ptr<ServerProcess> m_server;
    TenantFixture m_acme = TenantFixture::standard(QStringLiteral("acme"));
    TenantFixture m_other = TenantFixture::standard(QStringLiteral("other"));

    [[nodiscard]] HttpClient http() const
    {
        return HttpClient(HttpClient::Options { m_server->caFile(), 5000, 15000, nullptr });
    }

    QString issueCode(const QString &tenant, const QString &branch)
    {
        const AdminRun run = runAdmin({ QStringLiteral("enroll-code"), QStringLiteral("--data"), m_data,
            QStringLiteral("--tenant"), tenant, QStringLiteral("--branch"), branch });
        if (run.exitCode != 0)
            qWarning().noquote() << "enroll-code failed:" << run.exitCode << run.err;
        return run.out.trimmed();
    }

    Result<EnrollmentResult> enroll(Client &client, const QString &code)
    {
        return enrollDevice(*client.store,
            EnrollmentRequest { m_server->url(), code, QStringLiteral("caja-prueba"), m_server->caFile() });
    }

    [[nodiscard]] std::unique_ptr<Database> master() const
    {
        auto db
            = openWithSchema(m_data + QStringLiteral("/master.db"), Durability::Full, QStringLiteral("server/master"));
        return db ? std::move(*db) : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Secrets go to the 0600 file here: the developer's real keychain stays out of tests.
        qputenv("NEXUS_SECRET_STORE", "file");
        QVERIFY(m_root.isValid());
        m_data = m_root.file(QStringLiteral("server"));

        // acme: imported from a folder laid out like `nexus-admin demo-data` output.
        const QString demo = m_root.file(QStringLiteral("demo"));
        QVERIFY(m_acme.writeDemoFolder(demo));
        AdminRun created = runAdmin({ QStringLiteral("tenant"), QStringLiteral("create"), QStringLiteral("--data"),
            m_data, QStringLiteral("--slug"), QStringLiteral("acme"), QStringLiteral("--name"),
            QStringLiteral("Refaccionaria Acme"), QStringLiteral("--import"), demo });
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        QVERIFY(created.out.contains(QLatin1String("MTY")));

        // other: created empty, then filled directly (the same branch codes as acme, different ids).
        created = runAdmin({ QStringLiteral("tenant"), QStringLiteral("create"), QStringLiteral("--data"), m_data,
            QStringLiteral("--slug"), QStringLiteral("other"), QStringLiteral("--name"),
            QStringLiteral("Otra Refaccionaria") });
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        {
            auto db = openWithSchema(
                m_data + QStringLiteral("/tenants/other/tenant.db"), Durability::Full, QStringLiteral("server/tenant"));
            QVERIFY(db);
            QVERIFY(m_other.writeInto(**db));
        }

        m_server = std::make_unique<ServerProcess>(m_data);
        QVERIFY2(m_server->start(), qPrintable(m_server->log()));
        QVERIFY(m_server->port() != 0);
    }

    void cleanupTestCase()
    {
        if (m_server)
            QCOMPARE(m_server->stop(), 0); // SIGTERM is a clean stop
    }

    void tenantList()
    {
        const AdminRun run = runAdmin({ QStringLiteral("tenant"), QStringLiteral("list"), QStringLiteral("--data"),
            m_data, QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 0);
        const QJsonArray tenants = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(tenants.size(), 2);
        QCOMPARE(tenants.at(0).toObject().value(QStringLiteral("slug")).toString(), QStringLiteral("acme"));
        QCOMPARE(
            tenants.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Refaccionaria Acme"));
        QCOMPARE(tenants.at(1).toObject().value(QStringLiteral("slug")).toString(), QStringLiteral("other"));
    }

    void health()
    {
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        Result<HttpResponse> response = http().get(m_server->url() + QStringLiteral("/v1/health"));
        QVERIFY2(response, qPrintable(response ? QString() : response.error().logMessage()));
        QCOMPARE(response->status, 200);
        const QJsonObject body = bodyOf(*response);
        QCOMPARE(body.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QVERIFY(QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+$"))
                    .match(body.value(QStringLiteral("version")).toString())
                    .hasMatch());
        const QDateTime time = QDateTime::fromString(body.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
        QVERIFY(time.isValid());
        QVERIFY(time >= before && time <= QDateTime::currentDateTimeUtc().addSecs(1));
    }

    void untrustedCertificateIsRefused()
    {
        // Another self-signed certificate as the only trust anchor: the real server must not be accepted.
        TempDir otherTls;
        const QString otherData = otherTls.file(QStringLiteral("srv"));
        ServerProcess other(otherData);
        QVERIFY2(other.start(), qPrintable(other.log()));
        const HttpClient wrongTrust(HttpClient::Options { other.caFile(), 5000, 15000, nullptr });
        Result<HttpResponse> response = wrongTrust.get(m_server->url() + QStringLiteral("/v1/health"));
        QVERIFY(!response);
        QCOMPARE(response.error().code(), ErrorCode::Network);
        QVERIFY2(response.error().logMessage().contains(QLatin1String("trusted certificate")),
            qPrintable(response.error().logMessage()));
        QCOMPARE(other.stop(), 0);
    }

    void unknownEndpointAndMethod()
    {
        Result<HttpResponse> missing = http().get(m_server->url() + QStringLiteral("/v1/nothing"));
        QVERIFY(missing);
        QCOMPARE(missing->status, 404);
        QCOMPARE(bodyOf(*missing).value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
            QStringLiteral("not_found"));
        Result<HttpResponse> wrongMethod = http().get(m_server->url() + QStringLiteral("/v1/enroll"));
        QVERIFY(wrongMethod);
        QCOMPARE(wrongMethod->status, 405);
    }

    void malformedRequests_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("errorCode");
        QTest::addColumn<QString>("field");
        QTest::newRow("not json") << QByteArray("{\"code\": ") << QStringLiteral("invalid_json")
                                  << QStringLiteral("body");
        QTest::newRow("array") << QByteArray("[1, 2]") << QStringLiteral("invalid_json") << QStringLiteral("body");
        QTest::newRow("code missing") << QByteArray(R"({"device_name": "caja"})") << QStringLiteral("invalid_field")
                                      << QStringLiteral("code");
        QTest::newRow("code a number") << QByteArray(R"({"code": 1234, "device_name": "caja"})")
                                       << QStringLiteral("invalid_field") << QStringLiteral("code");
        QTest::newRow("device_name empty") << QByteArray(R"({"code": "AAAA-BBBB-CCCC-DDDD", "device_name": " "})")
                                           << QStringLiteral("invalid_field") << QStringLiteral("device_name");
        QTest::newRow("device_name null") << QByteArray(R"({"code": "AAAA-BBBB-CCCC-DDDD", "device_name": null})")
                                          << QStringLiteral("invalid_field") << QStringLiteral("device_name");
    }

    void malformedRequests()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, errorCode);
        QFETCH(QString, field);
        Result<HttpResponse> response = http().postJson(m_server->url() + QStringLiteral("/v1/enroll"), body);
        QVERIFY(response);
        QCOMPARE(response->status, 400);
        const QJsonObject error = bodyOf(*response).value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), errorCode);
        QCOMPARE(error.value(QStringLiteral("field")).toString(), field);
        QVERIFY(error.value(QStringLiteral("message"))
                    .toString()
                    .contains(field == QLatin1String("body") ? QStringLiteral("JSON") : field));
    }

    void unknownCodeIsUnauthorized()
    {
        Result<HttpResponse> response = http().postJson(
            m_server->url() + QStringLiteral("/v1/enroll"), R"({"code": "2345-6789-ABCD-EFGH", "device_name": "x"})");
        QVERIFY(response);
        QCOMPARE(response->status, 401);
        QCOMPARE(bodyOf(*response).value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
            QStringLiteral("invalid_code"));
    }

    void enrollWritesIdentityAndBranchBootstrap()
    {
        const QString code = issueCode(QStringLiteral("acme"), QStringLiteral("MTY"));
        QVERIFY2(kCodePattern.match(code).hasMatch(), qPrintable(code));

        Client client;
        QVERIFY(client.store);
        QVERIFY(!isEnrolled(*client.store));
        // Lower case with spaces instead of dashes, as a person may type it.
        QString typed = code.toLower();
        typed.replace(QLatin1Char('-'), QLatin1Char(' '));
        Result<EnrollmentResult> result = enroll(client, typed);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().logMessage()));
        QVERIFY(isEnrolled(*client.store));
        QCOMPARE(result->tenantSlug, QStringLiteral("acme"));
        QCOMPARE(result->branchId, m_acme.branchId(QStringLiteral("MTY")));

        QCOMPARE(client.setting(QStringLiteral("device_id")), result->deviceId);
        QCOMPARE(client.setting(QStringLiteral("epoch")), QStringLiteral("1"));
        QCOMPARE(client.setting(QStringLiteral("server_url")), m_server->url());
        QCOMPARE(client.setting(QStringLiteral("tenant_slug")), QStringLiteral("acme"));
        QCOMPARE(client.setting(QStringLiteral("branch_id")), m_acme.branchId(QStringLiteral("MTY")));
        QCOMPARE(client.setting(QStringLiteral("ca_file")), m_server->caFile());
        QCOMPARE(client.setting(QStringLiteral("device_name")), QStringLiteral("caja-prueba"));

        // The branch, its two warehouses, and exactly its users plus branch-less admin/hq.
        QCOMPARE(client.count(QStringLiteral("branches")), 1);
        QCOMPARE(client.store->db().scalar(QStringLiteral("SELECT border_region FROM branches"))->toInt(), 1);
        QCOMPARE(client.count(QStringLiteral("warehouses")), 2);
        auto users = client.store->db().exec(QStringLiteral("SELECT username FROM users ORDER BY username"));
        QVERIFY(users);
        QStringList usernames;
        while (users->next())
            usernames.append(users->value(0).toString());
        QCOMPARE(usernames, m_acme.expectedUsernames(QStringLiteral("MTY")));
        QVERIFY(!usernames.contains(QStringLiteral("acme-gdl-cajero")));
        QVERIFY(!usernames.contains(QStringLiteral("acme-stray")));

        // Rows arrive exactly as stored at HQ: the hashes still verify, inactive stays inactive, timestamps kept.
        auto cashier = client.store->db().exec(
            QStringLiteral("SELECT password_hash, pin_hash, updated_at, branch_id FROM users WHERE username = ?"),
            { QStringLiteral("acme-mty-cajero") });
        QVERIFY(cashier && cashier->next());
        QVERIFY(PasswordHasher::verify(QString::fromUtf8(TenantFixture::kPassword), cashier->value(0).toString()));
        QVERIFY(PasswordHasher::verify(QString::fromUtf8(TenantFixture::kPin), cashier->value(1).toString()));
        QCOMPARE(cashier->value(2).toString(), QStringLiteral("2026-01-02T03:04:05.678Z"));
        QCOMPARE(cashier->value(3).toString(), m_acme.branchId(QStringLiteral("MTY")));
        QCOMPARE(client.store->db()
                     .scalar(QStringLiteral("SELECT active FROM users WHERE username = 'acme-mty-baja'"))
                     ->toInt(),
            0);
        QVERIFY(client.store->db()
                    .scalar(QStringLiteral("SELECT branch_id FROM users WHERE username = 'acme-admin'"))
                    ->isNull());

        // The secret sits in a 0600 file; the server kept only its SHA-256, next to the spent code.
        const QString secretFile = client.dir.file(QStringLiteral("device-secret"));
        QVERIFY(QFile::exists(secretFile));
        QCOMPARE(QFile::permissions(secretFile)
                & ~(QFile::ReadUser | QFile::WriteUser | QFile::ReadOwner | QFile::WriteOwner),
            QFile::Permissions());
        Result<QByteArray> secret = loadDeviceSecret(*client.store);
        QVERIFY(secret);
        QCOMPARE(QByteArray::fromBase64(*secret, QByteArray::Base64UrlEncoding).size(), 32);
        auto db = master();
        QVERIFY(db);
        auto device = db->exec(
            QStringLiteral("SELECT secret_hash, branch_id, name FROM devices WHERE id = ?"), { result->deviceId });
        QVERIFY(device && device->next());
        QCOMPARE(device->value(0).toString(), EnrollmentService::hashSecret(QString::fromUtf8(*secret)));
        QCOMPARE(device->value(1).toString(), m_acme.branchId(QStringLiteral("MTY")));
        QCOMPARE(device->value(2).toString(), QStringLiteral("caja-prueba"));
        auto stored = db->scalar(QStringLiteral("SELECT count(*) FROM enrollment_codes WHERE code_hash = ? AND "
                                                "used_by_device = ?"),
            { QString::fromLatin1(
                  QCryptographicHash::hash(QString(code).remove(QLatin1Char('-')).toUtf8(), QCryptographicHash::Sha256)
                      .toHex()),
                result->deviceId });
        QCOMPARE(stored->toInt(), 1);

        // The same code a second time: refused, and the second device stays exactly as it was.
        Client second;
        Result<EnrollmentResult> again = enroll(second, code);
        QVERIFY(!again);
        QCOMPARE(again.error().code(), ErrorCode::Unauthenticated);
        QCOMPARE(again.error().field(), QStringLiteral("code"));
        QVERIFY(again.error().logMessage().contains(QLatin1String("already used")));
        QVERIFY(!isEnrolled(*second.store));
        QCOMPARE(second.count(QStringLiteral("settings")), 0);
        QCOMPARE(second.count(QStringLiteral("branches")), 0);
        QCOMPARE(second.count(QStringLiteral("users")), 0);
        QVERIFY(!QFile::exists(second.dir.file(QStringLiteral("device-secret"))));
        Result<HttpResponse> raw = http().postJson(m_server->url() + QStringLiteral("/v1/enroll"),
            QJsonDocument(QJsonObject { { QStringLiteral("code"), code },
                              { QStringLiteral("device_name"), QStringLiteral("x") } })
                .toJson());
        QVERIFY(raw);
        QCOMPARE(raw->status, 410);
        QCOMPARE(bodyOf(*raw).value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
            QStringLiteral("code_used"));
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM devices"))->toInt(), 1);

        // An enrolled device does not enroll again.
        Result<EnrollmentResult> twice = enroll(client, issueCode(QStringLiteral("acme"), QStringLiteral("MTY")));
        QVERIFY(!twice);
        QCOMPARE(twice.error().code(), ErrorCode::Conflict);
    }

    void expiredCodeIsRefused()
    {
        const QString code = issueCode(QStringLiteral("acme"), QStringLiteral("GDL"));
        QVERIFY(kCodePattern.match(code).hasMatch());
        {
            // Time passes: the row written by nexus-admin now lies in the past (the server has master.db open).
            auto db = master();
            QVERIFY(db);
            auto updated = db->exec(QStringLiteral("UPDATE enrollment_codes SET expires_at = ? WHERE used_at IS NULL"),
                { QDateTime::currentDateTimeUtc().addSecs(-60).toString(Qt::ISODateWithMs) });
            QVERIFY(updated);
            QVERIFY(updated->numRowsAffected() >= 1);
        }
        Client client;
        Result<EnrollmentResult> result = enroll(client, code);
        QVERIFY(!result);
        QCOMPARE(result.error().code(), ErrorCode::Unauthenticated);
        QVERIFY2(
            result.error().logMessage().contains(QLatin1String("expired")), qPrintable(result.error().logMessage()));
        QVERIFY(!isEnrolled(*client.store));
        QCOMPARE(client.count(QStringLiteral("users")), 0);

        Result<HttpResponse> raw = http().postJson(m_server->url() + QStringLiteral("/v1/enroll"),
            QJsonDocument(QJsonObject { { QStringLiteral("code"), code },
                              { QStringLiteral("device_name"), QStringLiteral("x") } })
                .toJson());
        QVERIFY(raw);
        QCOMPARE(raw->status, 410);
        QCOMPARE(bodyOf(*raw).value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
            QStringLiteral("code_expired"));
    }

    void codesStayInsideTheirTenant()
    {
        // A code of "other" enrolls into other's MTY (same branch code as acme's) and brings only other's people.
        const QString code = issueCode(QStringLiteral("other"), QStringLiteral("MTY"));
        QVERIFY(kCodePattern.match(code).hasMatch());
        Client client;
        Result<EnrollmentResult> result = enroll(client, code);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().logMessage()));
        QCOMPARE(result->tenantSlug, QStringLiteral("other"));
        QCOMPARE(result->branchId, m_other.branchId(QStringLiteral("MTY")));
        QCOMPARE(client.store->db()
                     .scalar(QStringLiteral("SELECT count(*) FROM users WHERE username LIKE 'acme-%'"))
                     ->toInt(),
            0);
        QCOMPARE(client.count(QStringLiteral("users")), m_other.expectedUsernames(QStringLiteral("MTY")).size());

        // nexus-admin cannot mint a code for a branch the tenant does not have.
        const AdminRun foreign = runAdmin({ QStringLiteral("enroll-code"), QStringLiteral("--data"), m_data,
            QStringLiteral("--tenant"), QStringLiteral("acme"), QStringLiteral("--branch"), QStringLiteral("TIJ") });
        QCOMPARE(foreign.exitCode, 2);
        QVERIFY(foreign.out.isEmpty());
        QVERIFY2(foreign.err.contains(QLatin1String("--branch")) && foreign.err.contains(QLatin1String("MTY")),
            qPrintable(foreign.err));

        // A master row tying acme to other's branch id (hand-edited) is refused, and no device appears.
        const QString forged = QStringLiteral("ZZZZ-ZZZZ-ZZZZ-2345");
        auto db = master();
        QVERIFY(db);
        const QString acmeId = db->scalar(QStringLiteral("SELECT id FROM tenants WHERE slug = 'acme'"))->toString();
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        QVERIFY(db->exec(QStringLiteral("INSERT INTO enrollment_codes(code_hash, tenant_id, branch_id, created_at, "
                                        "expires_at) VALUES (?, ?, ?, ?, ?)"),
            { QString::fromLatin1(QCryptographicHash::hash("ZZZZZZZZZZZZ2345", QCryptographicHash::Sha256).toHex()),
                acmeId, m_other.branchId(QStringLiteral("GDL")), now,
                QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODateWithMs) }));
        const qint64 devicesBefore = db->scalar(QStringLiteral("SELECT count(*) FROM devices"))->toLongLong();
        Client intruder;
        Result<EnrollmentResult> crossed = enroll(intruder, forged);
        QVERIFY(!crossed);
        QCOMPARE(crossed.error().code(), ErrorCode::Unauthenticated);
        QVERIFY(!isEnrolled(*intruder.store));
        QCOMPARE(intruder.count(QStringLiteral("users")), 0);
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM devices"))->toLongLong(), devicesBefore);
    }

    void adminErrorsNameTheOption_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("option");
        const QString data = QStringLiteral("--data");
        QTest::newRow("bad slug") << QStringList { QStringLiteral("tenant"), QStringLiteral("create"), data, QString(),
            QStringLiteral("--slug"), QStringLiteral("Bad Slug"), QStringLiteral("--name"), QStringLiteral("x") }
                                  << QStringLiteral("--slug");
        QTest::newRow("slug taken") << QStringList { QStringLiteral("tenant"), QStringLiteral("create"), data,
            QString(), QStringLiteral("--slug"), QStringLiteral("acme"), QStringLiteral("--name"), QStringLiteral("x") }
                                    << QStringLiteral("--slug");
        QTest::newRow("name missing") << QStringList { QStringLiteral("tenant"), QStringLiteral("create"), data,
            QString(), QStringLiteral("--slug"), QStringLiteral("nueva") }
                                      << QStringLiteral("--name");
        QTest::newRow("import missing") << QStringList { QStringLiteral("tenant"), QStringLiteral("create"), data,
            QString(), QStringLiteral("--slug"), QStringLiteral("nueva"), QStringLiteral("--name"), QStringLiteral("x"),
            QStringLiteral("--import"), QStringLiteral("/nonexistent/demo") }
                                        << QStringLiteral("--import");
        QTest::newRow("unknown tenant") << QStringList { QStringLiteral("enroll-code"), data, QString(),
            QStringLiteral("--tenant"), QStringLiteral("nadie"), QStringLiteral("--branch"), QStringLiteral("MTY") }
                                        << QStringLiteral("--tenant");
        QTest::newRow("ttl zero") << QStringList { QStringLiteral("enroll-code"), data, QString(),
            QStringLiteral("--tenant"), QStringLiteral("acme"), QStringLiteral("--branch"), QStringLiteral("MTY"),
            QStringLiteral("--ttl-hours"), QStringLiteral("0") }
                                  << QStringLiteral("--ttl-hours");
        QTest::newRow("unknown option") << QStringList { QStringLiteral("enroll-code"), data, QString(),
            QStringLiteral("--color"), QStringLiteral("red") }
                                        << QStringLiteral("color");
    }

    void adminErrorsNameTheOption()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, option);
        args[args.indexOf(QStringLiteral("--data")) + 1] = m_data;
        const AdminRun run = runAdmin(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(option), qPrintable(run.err));
        QVERIFY(run.out.trimmed().isEmpty() || !kCodePattern.match(run.out.trimmed()).hasMatch());
        QVERIFY(!QFileInfo::exists(m_data + QStringLiteral("/tenants/nueva")));
    }

    void importRefusesWrongSchema()
    {
        // A catalogue where the tenant database should be: refused, and no tenant or folder appears.
        TempDir demo;
        QVERIFY(
            QFile::copy(m_data + QStringLiteral("/tenants/acme/catalog.db"), demo.file(QStringLiteral("tenant.db"))));
        QVERIFY(
            QFile::copy(m_data + QStringLiteral("/tenants/acme/catalog.db"), demo.file(QStringLiteral("catalog.db"))));
        AdminRun run = runAdmin({ QStringLiteral("tenant"), QStringLiteral("create"), QStringLiteral("--data"), m_data,
            QStringLiteral("--slug"), QStringLiteral("wrong"), QStringLiteral("--name"), QStringLiteral("Wrong"),
            QStringLiteral("--import"), demo.path() });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("--import")) && run.err.contains(QLatin1String("server/tenant")),
            qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(m_data + QStringLiteral("/tenants/wrong")));

        // A plain file that is not a database at all.
        QFile junk(demo.file(QStringLiteral("tenant.db")));
        QVERIFY(junk.open(QIODevice::WriteOnly | QIODevice::Truncate));
        junk.write(QByteArray(8192, 'x'));
        junk.close();
        run = runAdmin({ QStringLiteral("tenant"), QStringLiteral("create"), QStringLiteral("--data"), m_data,
            QStringLiteral("--slug"), QStringLiteral("wrong"), QStringLiteral("--name"), QStringLiteral("Wrong"),
            QStringLiteral("--import"), demo.path() });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("not a SQLite database")), qPrintable(run.err));
        const AdminRun list
            = runAdmin({ QStringLiteral("tenant"), QStringLiteral("list"), QStringLiteral("--data"), m_data });
        QVERIFY(!list.out.contains(QLatin1String("wrong")));
    }

    void certificateIsReusedAcrossRestarts()
    {
        const auto servedFingerprint = [this]() -> QByteArray {
            QSslSocket socket;
            QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
            configuration.setCaCertificates(QSslCertificate::fromPath(m_server->caFile()));
            socket.setSslConfiguration(configuration);
            socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_server->port());
            if (!socket.waitForEncrypted(10000))
                return QByteArray("handshake failed: ") + socket.errorString().toUtf8();
            return socket.peerCertificate().digest(QCryptographicHash::Sha256);
        };
        const QByteArray before = servedFingerprint();
        const QList<QSslCertificate> onDisk = QSslCertificate::fromPath(m_server->caFile());
        QCOMPARE(onDisk.size(), 1);
        QCOMPARE(before, onDisk.first().digest(QCryptographicHash::Sha256));
        QVERIFY(onDisk.first()
                    .subjectAlternativeNames()
                    .values(QSsl::IpAddressEntry)
                    .contains(QStringLiteral("127.0.0.1")));
        QVERIFY(onDisk.first().subjectAlternativeNames().values(QSsl::DnsEntry).contains(QStringLiteral("localhost")));
        QCOMPARE(QFile::permissions(m_data + QStringLiteral("/tls/key.pem"))
                & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
            QFile::Permissions());

        const quint16 port = m_server->port();
        QCOMPARE(m_server->stop(), 0);
        QVERIFY2(m_server->start(port), qPrintable(m_server->log())); // same port: enrolled devices keep their URL
        QCOMPARE(servedFingerprint(), before);
        Result<HttpResponse> response = http().get(m_server->url() + QStringLiteral("/v1/health"));
        QVERIFY(response && response->status == 200);
    }
};

QTEST_GUILESS_MAIN(TestEnrollment)
#include "testenrollment.moc"
