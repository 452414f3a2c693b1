// HQ's remote gaps closed, end to end on the real nexus-server and nexus-admin over loopback HTTPS: the server
// operator's key (hashed, local-only creation) creates and lists tenants and issues their admin keys, a tenant's
// admin key cannot; a snapshot build and a CSV catalogue import run in the server as jobs HQ follows, the import
// uploaded in checksummed chunks and all or nothing; every command answers --json. Runs on SQLite and PostgreSQL.
#include "serverbackend.h"
#include "serverprocess.h"
#include "tempdir.h"
#include "testadminfixture.h"
#include "why.h"

#include "client/httpclient.h"
#include "server/adminkeys.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QTest>

using namespace nexus;
using namespace nexus::test;

class TestAdminRemote final : public QObject
{
    Q_OBJECT

private:
    TempDir m_root;
    QString m_data;
    std::unique_ptr<ServerBackend> m_backend;
    std::unique_ptr<ServerProcess> m_server;
    TenantFixture m_acme = TenantFixture::standard(QStringLiteral("acme"));
    QString m_acmeKeyFile;
    QString m_operatorKey;
    QString m_operatorKeyFile;
    QString m_norteKeyFile; // the admin key the operator issued over the API

    QStringList connection() const
    {
        return { QStringLiteral("--server"), m_server->url(), QStringLiteral("--ca"), m_server->caFile() };
    }
    AdminRun asOperator(const QStringList &args) const
    {
        return runAdmin(args + connection() + QStringList { QStringLiteral("--operator-key-file"), m_operatorKeyFile });
    }
    AdminRun withKey(const QString &keyFile, const QStringList &args) const
    {
        return runAdmin(args + connection() + QStringList { QStringLiteral("--key-file"), keyFile });
    }
    static QJsonObject object(const AdminRun &run) { return QJsonDocument::fromJson(run.out.toUtf8()).object(); }

    HttpClient http() const { return HttpClient(HttpClient::Options { m_server->caFile(), 5000, 30000, nullptr }); }
    Result<HttpResponse> raw(
        const QString &path, const QJsonObject *body, const QString &key, const QString &tenant = {}) const
    {
        QList<QByteArray> headers { QByteArrayLiteral("Authorization: Bearer ") + key.toUtf8() };
        if (!tenant.isEmpty())
            headers.append(QByteArrayLiteral("X-Nexus-Tenant: ") + tenant.toUtf8());
        const QByteArray bytes = body ? QJsonDocument(*body).toJson(QJsonDocument::Compact) : QByteArray();
        return http().send(m_server->url() + path, body ? &bytes : nullptr, headers);
    }
    QString keyOf(const QString &file) const
    {
        QFile in(file);
        return in.open(QIODevice::ReadOnly) ? QString::fromUtf8(in.readAll()).trimmed() : QString();
    }

    qint64 partCount(const QString &slug) const
    {
        static int connections = 0;
        auto db = Database::open(m_data + QStringLiteral("/tenants/") + slug + QStringLiteral("/catalog.db"),
            Durability::Normal, QStringLiteral("check-parts-%1").arg(++connections));
        Result<QVariant> count
            = db ? (*db)->scalar(QStringLiteral("SELECT count(*) FROM parts")) : Result<QVariant>(QVariant());
        return count && count->isValid() ? count->toLongLong() : -1;
    }

    QStringList tenantSlugs()
    {
        const AdminRun listed
            = asOperator({ QStringLiteral("tenant"), QStringLiteral("list"), QStringLiteral("--json") });
        QStringList slugs;
        for (const QJsonValue &value : QJsonDocument::fromJson(listed.out.toUtf8()).array())
            slugs.append(value.toObject().value(QStringLiteral("slug")).toString());
        return slugs;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        m_data = m_root.file(QStringLiteral("server"));
        m_backend = std::make_unique<ServerBackend>(m_data);
        const Status started = m_backend->start();
        NEXUS_REQUIRE_POSTGRES(started);
        const QString made = createAdminTenant(*m_backend, QStringLiteral("acme"), m_acme);
        QVERIFY2(made.isEmpty(), qPrintable(made));
        QString failure;
        m_acmeKeyFile = m_root.file(QStringLiteral("acme.key"));
        QVERIFY2(!createAdminKeyFile(*m_backend, QStringLiteral("acme"), m_acmeKeyFile, &failure).isEmpty(),
            qPrintable(failure));

        // The operator's key exists only where the data is: made on the server host, printed once.
        const AdminRun op = runAdmin(QStringList { QStringLiteral("operator-key"), QStringLiteral("create"),
                                         QStringLiteral("--name"), QStringLiteral("guardia") }
            + m_backend->adminArgs());
        QVERIFY2(op.exitCode == 0, qPrintable(op.err));
        m_operatorKey = op.out.trimmed();
        QVERIFY2(m_operatorKey.startsWith(QLatin1String("nxo_")), qPrintable(op.out));
        QVERIFY2(op.err.contains(QLatin1String("not shown again")), qPrintable(op.err));
        m_operatorKeyFile = writeTestFile(m_root.file(QStringLiteral("operator.key")), op.out.toUtf8());
        QVERIFY(!m_operatorKeyFile.isEmpty());

        m_server = m_backend->server();
        QVERIFY2(m_server->start(), qPrintable(m_server->log()));
    }

    void cleanupTestCase()
    {
        if (m_server)
            QCOMPARE(m_server->stop(), 0);
    }

    void operatorKeyIsStoredOnlyAsItsHash()
    {
        auto master = m_backend->openMaster(QStringLiteral("check-operator-keys"));
        QVERIFY2(master.has_value(), why(master).constData());
        Result<QVariant> byHash = (*master)->scalar(
            QStringLiteral("SELECT count(*) FROM operator_keys WHERE key_hash = ? AND name = 'guardia'"),
            { AdminKeys::hashOf(m_operatorKey) });
        QVERIFY2(byHash.has_value(), why(byHash).constData());
        QCOMPARE(byHash->toLongLong(), 1);
        Result<QVariant> plain
            = (*master)->scalar(QStringLiteral("SELECT count(*) FROM operator_keys WHERE key_hash = ? OR name = ?"),
                { m_operatorKey, m_operatorKey });
        QCOMPARE(plain->toLongLong(), 0);
        // Listed by id (hash prefix), never the key; as a table and as JSON.
        const AdminRun listed
            = runAdmin(QStringList { QStringLiteral("operator-key"), QStringLiteral("list"), QStringLiteral("--json") }
                + m_backend->adminArgs());
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray rows = object(listed).value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(
            rows.at(0).toObject().value(QStringLiteral("id")).toString(), AdminKeys::hashOf(m_operatorKey).left(12));
        QVERIFY(!listed.out.contains(m_operatorKey));
    }

    void operatorCreatesTenantsAndIssuesTheirAdminKeys()
    {
        const AdminRun created = asOperator(
            { QStringLiteral("tenant"), QStringLiteral("create"), QStringLiteral("--slug"), QStringLiteral("norte"),
                QStringLiteral("--name"), QStringLiteral("Refacciones del Norte"), QStringLiteral("--json") });
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        QCOMPARE(object(created).value(QStringLiteral("slug")).toString(), QStringLiteral("norte"));
        // The connection options may come before the command.
        const AdminRun listed = runAdmin(connection()
            + QStringList { QStringLiteral("--operator-key-file"), m_operatorKeyFile, QStringLiteral("tenant"),
                QStringLiteral("list") });
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        QVERIFY2(listed.out.startsWith(QLatin1String("SLUG")), qPrintable(listed.out));
        QVERIFY(listed.out.contains(QLatin1String("Refacciones del Norte")));
        QCOMPARE(tenantSlugs(), (QStringList { QStringLiteral("acme"), QStringLiteral("norte") }));

        // Bad input names the field and creates nothing; a taken slug too.
        const AdminRun taken = asOperator({ QStringLiteral("tenant"), QStringLiteral("create"),
            QStringLiteral("--slug"), QStringLiteral("acme"), QStringLiteral("--name"), QStringLiteral("Otra") });
        QCOMPARE(taken.exitCode, 2);
        QVERIFY2(taken.err.contains(QLatin1String("--slug")), qPrintable(taken.err));
        const AdminRun badSlug = asOperator({ QStringLiteral("tenant"), QStringLiteral("create"),
            QStringLiteral("--slug"), QStringLiteral("Con Espacio"), QStringLiteral("--name"), QStringLiteral("X") });
        QCOMPARE(badSlug.exitCode, 2);
        QVERIFY2(badSlug.err.contains(QLatin1String("--slug")), qPrintable(badSlug.err));
        // A tenant's admin key is no operator key: refused before sending, and by the server when sent anyway.
        const AdminRun byAdmin = withKey(m_acmeKeyFile,
            { QStringLiteral("tenant"), QStringLiteral("create"), QStringLiteral("--slug"), QStringLiteral("pirata"),
                QStringLiteral("--name"), QStringLiteral("Pirata") });
        QCOMPARE(byAdmin.exitCode, 2);
        QVERIFY2(byAdmin.err.contains(QLatin1String("operator")), qPrintable(byAdmin.err));
        const QJsonObject body { { QStringLiteral("slug"), QStringLiteral("pirata") },
            { QStringLiteral("name"), QStringLiteral("Pirata") } };
        Result<HttpResponse> sneaked = raw(QStringLiteral("/v1/operator/tenants"), &body, keyOf(m_acmeKeyFile));
        QVERIFY2(sneaked.has_value(), why(sneaked).constData());
        QCOMPARE(sneaked->status, 401);
        QCOMPARE(tenantSlugs(), (QStringList { QStringLiteral("acme"), QStringLiteral("norte") }));

        // The new tenant's first admin key, issued over the API; with it HQ sets the tenant up.
        const AdminRun key = asOperator({ QStringLiteral("admin-key"), QStringLiteral("create"),
            QStringLiteral("--tenant"), QStringLiteral("norte"), QStringLiteral("--name"), QStringLiteral("oficina") });
        QVERIFY2(key.exitCode == 0, qPrintable(key.err));
        QVERIFY2(key.out.trimmed().startsWith(QLatin1String("nxa_")), qPrintable(key.out));
        m_norteKeyFile = writeTestFile(m_root.file(QStringLiteral("norte.key")), key.out.toUtf8());
        const AdminRun branch = withKey(m_norteKeyFile,
            { QStringLiteral("branches"), QStringLiteral("add"), QStringLiteral("--code"), QStringLiteral("TIJ"),
                QStringLiteral("--name"), QStringLiteral("Tijuana"), QStringLiteral("--timezone"),
                QStringLiteral("America/Tijuana"), QStringLiteral("--json") });
        QVERIFY2(branch.exitCode == 0, qPrintable(branch.err));
        QCOMPARE(object(branch).value(QStringLiteral("timezone")).toString(), QStringLiteral("America/Tijuana"));
        // The operator's key works on a tenant it names, and only then.
        const AdminRun warehouse = asOperator({ QStringLiteral("warehouses"), QStringLiteral("add"),
            QStringLiteral("--tenant"), QStringLiteral("norte"), QStringLiteral("--branch"), QStringLiteral("TIJ"),
            QStringLiteral("--code"), QStringLiteral("MOS"), QStringLiteral("--name"), QStringLiteral("Mostrador") });
        QVERIFY2(warehouse.exitCode == 0, qPrintable(warehouse.err));
        const AdminRun branches = withKey(m_norteKeyFile, { QStringLiteral("branches"), QStringLiteral("list") });
        QVERIFY2(branches.out.contains(QRegularExpression(QStringLiteral("TIJ +Tijuana +MOS +America/Tijuana"))),
            qPrintable(branches.out));
        const AdminRun nameless = asOperator({ QStringLiteral("users"), QStringLiteral("list") });
        QCOMPARE(nameless.exitCode, 2);
        QVERIFY2(nameless.err.contains(QLatin1String("--tenant")), qPrintable(nameless.err));
        const AdminRun acmeUsers = asOperator({ QStringLiteral("users"), QStringLiteral("list"),
            QStringLiteral("--tenant"), QStringLiteral("acme"), QStringLiteral("--json") });
        QCOMPARE(object(acmeUsers).value(QStringLiteral("rows")).toArray().size(), m_acme.users.size());
        // An admin key with --tenant is refused: it only ever works on its own tenant.
        const AdminRun crossing = withKey(m_norteKeyFile,
            { QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--tenant"), QStringLiteral("acme") });
        QCOMPARE(crossing.exitCode, 2);
        Result<HttpResponse> crossed
            = raw(QStringLiteral("/v1/admin/users"), nullptr, keyOf(m_norteKeyFile), QStringLiteral("acme"));
        QVERIFY2(crossed.has_value(), why(crossed).constData());
        QCOMPARE(crossed->status, 200);
        QVERIFY2(!crossed->body.contains("acme-"), crossed->body.constData()); // the header changes nothing for it

        // The operator lists and revokes the tenant's admin keys; a revoked key is refused at once.
        const AdminRun keys = asOperator({ QStringLiteral("admin-key"), QStringLiteral("list"),
            QStringLiteral("--tenant"), QStringLiteral("norte"), QStringLiteral("--json") });
        const QJsonArray keyRows = object(keys).value(QStringLiteral("rows")).toArray();
        QCOMPARE(keyRows.size(), 1);
        const QString id = keyRows.at(0).toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(id, AdminKeys::hashOf(keyOf(m_norteKeyFile)).left(12));
        const AdminRun revoked = asOperator({ QStringLiteral("admin-key"), QStringLiteral("revoke"),
            QStringLiteral("--tenant"), QStringLiteral("norte"), QStringLiteral("--id"), id });
        QVERIFY2(revoked.exitCode == 0, qPrintable(revoked.err));
        QCOMPARE(withKey(m_norteKeyFile, { QStringLiteral("branches"), QStringLiteral("list") }).exitCode, 3);
    }

    void snapshotBuildRunsAsAJobHqFollows()
    {
        const QString snapshots = m_data + QStringLiteral("/tenants/acme/snapshots");
        const AdminRun built
            = withKey(m_acmeKeyFile, { QStringLiteral("snapshot"), QStringLiteral("build"), QStringLiteral("--json") });
        QVERIFY2(built.exitCode == 0, qPrintable(built.err));
        const QJsonObject manifest = object(built);
        const qint64 generation = manifest.value(QStringLiteral("generation")).toInteger();
        QVERIFY(generation >= 1);
        QCOMPARE(manifest.value(QStringLiteral("parts")).toInteger(), partCount(QStringLiteral("acme")));
        QFile file(snapshots + QStringLiteral("/%1.db").arg(generation));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(manifest.value(QStringLiteral("sha256")).toString(),
            QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()));
        const AdminRun shown = withKey(m_acmeKeyFile, { QStringLiteral("snapshot"), QStringLiteral("show") });
        QCOMPARE(object(shown).value(QStringLiteral("sha256")).toString(),
            manifest.value(QStringLiteral("sha256")).toString());

        // Without --json: the stages as they happen, then the same line a local build prints.
        const AdminRun human = withKey(m_acmeKeyFile, { QStringLiteral("snapshot"), QStringLiteral("build") });
        QVERIFY2(human.exitCode == 0, qPrintable(human.err));
        QVERIFY2(human.err.contains(QLatin1String("running in the server as job")), qPrintable(human.err));
        QVERIFY2(
            human.out.startsWith(QStringLiteral("snapshot %1: 3 parts").arg(generation + 1)), qPrintable(human.out));

        // --no-wait: the job id at once; `snapshot status JOB` follows it to the end.
        const AdminRun started = withKey(m_acmeKeyFile,
            { QStringLiteral("snapshot"), QStringLiteral("build"), QStringLiteral("--no-wait"),
                QStringLiteral("--json") });
        QVERIFY2(started.exitCode == 0, qPrintable(started.err));
        const QString job = object(started).value(QStringLiteral("id")).toString();
        QVERIFY(!job.isEmpty());
        QJsonObject status;
        for (int i = 0; i < 100; ++i) {
            status = object(withKey(m_acmeKeyFile,
                { QStringLiteral("snapshot"), QStringLiteral("status"), job, QStringLiteral("--json") }));
            if (status.value(QStringLiteral("state")).toString() != QLatin1String("running"))
                break;
            QTest::qWait(100);
        }
        QCOMPARE(status.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
        QCOMPARE(status.value(QStringLiteral("result")).toObject().value(QStringLiteral("generation")).toInteger(),
            generation + 2);
        const AdminRun jobs = withKey(m_acmeKeyFile, { QStringLiteral("snapshot"), QStringLiteral("status") });
        QVERIFY2(jobs.out.startsWith(QLatin1String("JOB")) && jobs.out.contains(job), qPrintable(jobs.out));
        // Another tenant does not see it.
        const AdminRun foreign = asOperator({ QStringLiteral("snapshot"), QStringLiteral("status"), job,
            QStringLiteral("--tenant"), QStringLiteral("norte") });
        QCOMPARE(foreign.exitCode, 1);
        QVERIFY2(foreign.err.contains(QLatin1String("no job")), qPrintable(foreign.err));

        // A build already running for the tenant (here: a local one holding the lock) fails the job, publishes
        // nothing, and says why.
        QLockFile lock(snapshots + QStringLiteral("/.build.lock"));
        QVERIFY(lock.tryLock(0));
        const AdminRun refused = withKey(m_acmeKeyFile, { QStringLiteral("snapshot"), QStringLiteral("build") });
        lock.unlock();
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1String("Another snapshot build")), qPrintable(refused.err));
        QCOMPARE(object(withKey(m_acmeKeyFile, { QStringLiteral("snapshot"), QStringLiteral("show") }))
                     .value(QStringLiteral("generation"))
                     .toInteger(),
            generation + 2);
    }

    void catalogImportUploadsInChunksAndIsAllOrNothing()
    {
        const QByteArray header = "sku,name,brand,category,sat_product_key,sat_unit_key,unit_name,cost,list_price,"
                                  "retail_price,barcode\n";
        const QString bad = writeTestFile(m_root.file(QStringLiteral("bad.csv")),
            header
                + "NEW-1,Bien,Bosch,Balatas,25174003,H87,Pieza,1,2,3,\n"
                  "NEW-2,Mal,Bosch,Balatas,2517,H87,Pieza,1,2,tres,\n"
                  "NEW-1,Repetido,Bosch,Balatas,25174003,H87,Pieza,1,2,3,\n");
        const qint64 before = partCount(QStringLiteral("acme"));
        const AdminRun refused = withKey(
            m_acmeKeyFile, { QStringLiteral("catalog"), QStringLiteral("import"), QStringLiteral("--csv"), bad });
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.out.contains(QRegularExpression(QStringLiteral("\\n3 +NEW-2 +sat_product_key"))),
            qPrintable(refused.out));
        QVERIFY(refused.out.contains(QLatin1String("retail_price")));
        QVERIFY(refused.out.contains(QLatin1String("SKU repeated (first on line 2)")));
        QVERIFY2(
            refused.err.contains(QLatin1String("2 of 3 rows rejected: nothing was imported")), qPrintable(refused.err));
        QCOMPARE(partCount(QStringLiteral("acme")), before);
        const AdminRun refusedJson = withKey(m_acmeKeyFile,
            { QStringLiteral("catalog"), QStringLiteral("import"), QStringLiteral("--csv"), bad,
                QStringLiteral("--json") });
        QCOMPARE(refusedJson.exitCode, 2);
        QCOMPARE(object(refusedJson).value(QStringLiteral("rejected_lines")).toInteger(), 2);
        QCOMPARE(object(refusedJson).value(QStringLiteral("written")).toBool(), false);

        // 30,000 new parts, over 4 MiB: more than one chunk.
        QByteArray big = header;
        constexpr int kRows = 30000;
        for (int i = 0; i < kRows; ++i)
            big += QStringLiteral("IMP-%1,\"Balata cerámica delantera importada, juego %1 para sedán compacto\",Frenos "
                                  "del Bajío,Balatas,25174003,H87,Pieza,180.00,300.00,348.00,\n")
                       .arg(i, 6, 10, QLatin1Char('0'))
                       .toUtf8();
        QVERIFY(big.size() > 4 * 1024 * 1024);
        const QString good = writeTestFile(m_root.file(QStringLiteral("big.csv")), big);
        const AdminRun dry = withKey(m_acmeKeyFile,
            { QStringLiteral("catalog"), QStringLiteral("import"), QStringLiteral("--csv"), good,
                QStringLiteral("--dry-run") });
        QVERIFY2(dry.exitCode == 0, qPrintable(dry.err));
        QVERIFY2(dry.out.contains(QStringLiteral("would import (nothing written) %1 rows: %1 new").arg(kRows)),
            qPrintable(dry.out));
        QCOMPARE(partCount(QStringLiteral("acme")), before);
        const AdminRun imported = withKey(
            m_acmeKeyFile, { QStringLiteral("catalog"), QStringLiteral("import"), QStringLiteral("--csv"), good });
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY2(imported.err.contains(QLatin1String("uploaded")), qPrintable(imported.err));
        QVERIFY2(imported.out.contains(QStringLiteral("imported %1 rows: %1 new, 0 updated").arg(kRows)),
            qPrintable(imported.out));
        QCOMPARE(partCount(QStringLiteral("acme")), before + kRows);
        // Each upload is used once and removed.
        QCOMPARE(QDir(m_data + QStringLiteral("/tenants/acme/uploads")).entryList(QDir::Files).size(), 0);
    }

    void uploadsAreCheckedBeforeAnythingIsImported()
    {
        const QString key = keyOf(m_acmeKeyFile);
        const QJsonObject none;
        Result<HttpResponse> created = raw(QStringLiteral("/v1/admin/uploads"), &none, key);
        QVERIFY2(created.has_value(), why(created).constData());
        QCOMPARE(created->status, 200);
        const QString id = QJsonDocument::fromJson(created->body).object().value(QStringLiteral("id")).toString();
        const QByteArray csv = "sku,name,brand,category,sat_product_key,sat_unit_key,unit_name,cost,list_price,"
                               "retail_price\nCHK-1,Otra,Bosch,Balatas,25174003,H87,Pieza,1,2,3\n";
        const QJsonObject chunk { { QStringLiteral("id"), id }, { QStringLiteral("offset"), 0 },
            { QStringLiteral("data"), QString::fromLatin1(csv.toBase64()) } };
        QCOMPARE(raw(QStringLiteral("/v1/admin/uploads/append"), &chunk, key)->status, 200);
        // The same chunk again (its answer lost): refused with the size so far, the file unchanged.
        Result<HttpResponse> again = raw(QStringLiteral("/v1/admin/uploads/append"), &chunk, key);
        QCOMPARE(again->status, 409);
        QVERIFY2(again->body.contains(QByteArray::number(csv.size())), again->body.constData());
        // Another tenant cannot append to it or import it.
        QCOMPARE(
            raw(QStringLiteral("/v1/admin/uploads/append"), &chunk, m_operatorKey, QStringLiteral("norte"))->status,
            400);
        // A checksum that is not the file's: the job fails naming the csv, nothing imported.
        const qint64 before = partCount(QStringLiteral("acme"));
        const QJsonObject import { { QStringLiteral("upload"), id },
            { QStringLiteral("sha256"), QString(64, QLatin1Char('0')) } };
        Result<HttpResponse> started = raw(QStringLiteral("/v1/admin/catalog/import"), &import, key);
        QVERIFY2(started.has_value(), why(started).constData());
        QCOMPARE(started->status, 202);
        const QString job = QJsonDocument::fromJson(started->body)
                                .object()
                                .value(QStringLiteral("job"))
                                .toObject()
                                .value(QStringLiteral("id"))
                                .toString();
        AdminRun status;
        for (int i = 0; i < 100; ++i) {
            status = withKey(m_acmeKeyFile, { QStringLiteral("catalog"), QStringLiteral("status"), job });
            if (!status.out.contains(QLatin1String("running")))
                break;
            QTest::qWait(100);
        }
        QCOMPARE(status.exitCode, 2);
        QVERIFY2(status.out.contains(QLatin1String("failed")), qPrintable(status.out));
        QVERIFY2(status.err.contains(QLatin1String("--csv")) && status.err.contains(QLatin1String("checksum")),
            qPrintable(status.err));
        QCOMPARE(partCount(QStringLiteral("acme")), before);
        // The upload went with the failed job: importing it again is "no such upload".
        Result<HttpResponse> reused = raw(QStringLiteral("/v1/admin/catalog/import"), &import, key);
        QCOMPARE(reused->status, 400);
        QVERIFY2(reused->body.contains("upload"), reused->body.constData());
    }

    void everyCommandAnswersJson()
    {
        const QList<QStringList> local {
            { QStringLiteral("tenant"), QStringLiteral("list") },
            { QStringLiteral("admin-key"), QStringLiteral("list"), QStringLiteral("--tenant"), QStringLiteral("acme") },
            { QStringLiteral("operator-key"), QStringLiteral("list") },
            { QStringLiteral("enroll-code"), QStringLiteral("--tenant"), QStringLiteral("acme"),
                QStringLiteral("--branch"), QStringLiteral("MTY") },
        };
        for (const QStringList &args : local) {
            const AdminRun run = runAdmin(args + m_backend->adminArgs() + QStringList { QStringLiteral("--json") });
            QVERIFY2(run.exitCode == 0, qPrintable(args.join(u' ') + QStringLiteral(": ") + run.err));
            QJsonParseError error;
            QJsonDocument::fromJson(run.out.toUtf8(), &error);
            QVERIFY2(error.error == QJsonParseError::NoError && run.out.count(u'\n') == 1,
                qPrintable(args.join(u' ') + QStringLiteral(": ") + run.out));
        }
        const QList<QStringList> remote {
            { QStringLiteral("branches"), QStringLiteral("list") },
            { QStringLiteral("devices"), QStringLiteral("list") },
            { QStringLiteral("users"), QStringLiteral("list") },
            { QStringLiteral("exceptions"), QStringLiteral("list") },
            { QStringLiteral("report"), QStringLiteral("stock"), QStringLiteral("--branch"), QStringLiteral("MTY") },
            { QStringLiteral("report"), QStringLiteral("sales"), QStringLiteral("--branch"), QStringLiteral("MTY"),
                QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"),
                QStringLiteral("2026-01-31") },
            { QStringLiteral("enroll-code"), QStringLiteral("--branch"), QStringLiteral("MTY") },
            { QStringLiteral("snapshot"), QStringLiteral("status") },
        };
        for (const QStringList &args : remote) {
            const AdminRun run = withKey(m_acmeKeyFile, args + QStringList { QStringLiteral("--json") });
            QVERIFY2(run.exitCode == 0, qPrintable(args.join(u' ') + QStringLiteral(": ") + run.err));
            QVERIFY2(QJsonDocument::fromJson(run.out.toUtf8()).isObject() && run.out.count(u'\n') == 1,
                qPrintable(args.join(u' ') + QStringLiteral(": ") + run.out));
        }
        // --help is the command's usage on stdout, exit 0.
        const AdminRun help
            = runAdmin({ QStringLiteral("catalog"), QStringLiteral("import"), QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.startsWith(QLatin1String("usage: nexus-admin catalog import")), qPrintable(help.out));
    }

    void revokedOperatorKeyIsRefusedAtOnce()
    {
        const AdminRun second = runAdmin(
            QStringList { QStringLiteral("operator-key"), QStringLiteral("create"), QStringLiteral("--json") }
            + m_backend->adminArgs());
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        const QJsonObject made = object(second);
        const QString file = writeTestFile(
            m_root.file(QStringLiteral("second.key")), made.value(QStringLiteral("key")).toString().toUtf8());
        const QStringList list { QStringLiteral("tenant"), QStringLiteral("list"),
            QStringLiteral("--operator-key-file"), file };
        QCOMPARE(runAdmin(list + connection()).exitCode, 0);
        const AdminRun revoked = runAdmin(QStringList { QStringLiteral("operator-key"), QStringLiteral("revoke"),
                                              QStringLiteral("--id"), made.value(QStringLiteral("id")).toString() }
            + m_backend->adminArgs());
        QVERIFY2(revoked.exitCode == 0, qPrintable(revoked.err));
        const AdminRun refused = runAdmin(list + connection());
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains(QLatin1String("operator key")), qPrintable(refused.err));
        QCOMPARE(asOperator({ QStringLiteral("tenant"), QStringLiteral("list") }).exitCode, 0); // the first still works
    }
};

QTEST_GUILESS_MAIN(TestAdminRemote)
#include "testadminremote.moc"
