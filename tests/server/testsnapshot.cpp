// Catalogue snapshots against the real nexus-server and nexus-admin: build, manifest, Range slices with exact bytes,
// interrupted and resumed downloads, a damaged .part, and tenant isolation.
#include "serverprocess.h"
#include "tempdir.h"
#include "tenantfixture.h"
#include "why.h"

#include "client/enrollment.h"
#include "client/httpclient.h"
#include "client/snapshotbootstrap.h"
#include "client/snapshotfetcher.h"
#include "demo/demogenerator.h"
#include "protocol/snapshotdigest.h"
#include "protocol/snapshotmanifest.h"
#include "protocol/tokenmessages.h"
#include "store/catalogstore.h"
#include "store/localstore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace nexus;
using namespace nexus::test;

namespace {

struct Device
{
    TempDir dir;
    std::unique_ptr<LocalStore> store;
    QString id;
    QByteArray secret;
};

QByteArray readBytes(const QString &path, qint64 offset, qint64 length)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(offset))
        return {};
    return file.read(length);
}

} // namespace

class TestSnapshot final : public QObject
{
    Q_OBJECT

private:
    TempDir m_root;
    QString m_data;
    std::unique_ptr<ServerProcess> m_server;
    wire::SnapshotManifest m_manifest;
    std::unique_ptr<Device> m_acme;
    std::unique_ptr<Device> m_other;

    [[nodiscard]] QString snapshotFile() const
    {
        return m_data + QStringLiteral("/tenants/acme/snapshots/%1.db").arg(m_manifest.generation);
    }

    std::unique_ptr<Device> enroll(const QString &tenant, const QString &branch)
    {
        auto device = std::make_unique<Device>();
        auto opened = LocalStore::open(device->dir.file(QStringLiteral("nexus.db")));
        if (!opened)
            return nullptr;
        device->store = std::move(*opened);
        const AdminRun code = runAdmin({ QStringLiteral("enroll-code"), QStringLiteral("--data"), m_data,
            QStringLiteral("--tenant"), tenant, QStringLiteral("--branch"), branch });
        if (code.exitCode != 0)
            return nullptr;
        Result<EnrollmentResult> enrolled = enrollDevice(*device->store,
            EnrollmentRequest { m_server->url(), code.out.trimmed(), QStringLiteral("caja"), m_server->caFile() });
        if (!enrolled)
            return nullptr;
        device->id = enrolled->deviceId;
        Result<QByteArray> secret = loadDeviceSecret(*device->store);
        if (!secret)
            return nullptr;
        device->secret = *secret;
        return device;
    }

    [[nodiscard]] QString tokenFor(const Device &device) const
    {
        HttpClient http(HttpClient::Options { m_server->caFile(), 5000, 15000, nullptr });
        Result<HttpResponse> response = http.postJson(m_server->url() + QString(wire::kTokenPath),
            QJsonDocument(wire::TokenRequest { device.id, QString::fromUtf8(device.secret) }.toJson()).toJson());
        if (!response || response->status != 200)
            return {};
        return QJsonDocument::fromJson(response->body).object().value(QStringLiteral("token")).toString();
    }

    [[nodiscard]] SnapshotBootstrapOptions optionsFor(const Device &device, const QString &dataDir) const
    {
        SnapshotBootstrapOptions options;
        options.dataDir = dataDir;
        options.serverUrl = m_server->url();
        options.caFile = m_server->caFile();
        options.deviceId = device.id;
        options.deviceSecret = device.secret;
        options.chunkBytes = 256 * 1024; // many slices even for a small catalogue
        return options;
    }

    [[nodiscard]] SnapshotFetcher fetcher() const { return SnapshotFetcher({ m_server->url(), m_server->caFile() }); }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("NEXUS_SECRET_STORE", "file");
        QVERIFY(m_root.isValid());
        m_data = m_root.file(QStringLiteral("server"));
        const QString demo = m_root.file(QStringLiteral("demo"));
        // The generator in-process (the same code as `nexus-admin demo-data`).
        demo::DemoOptions demoOptions;
        demoOptions.outDir = demo;
        demoOptions.parts = 4000;
        demoOptions.seed = 7;
        Result<demo::DemoSummary> generated = demo::DemoGenerator(demoOptions).run();
        QVERIFY2(generated, why(generated).constData());
        AdminRun run;
        run = runAdmin({ QStringLiteral("tenant"), QStringLiteral("create"), QStringLiteral("--data"), m_data,
            QStringLiteral("--slug"), QStringLiteral("acme"), QStringLiteral("--name"), QStringLiteral("Acme"),
            QStringLiteral("--import"), demo });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = runAdmin({ QStringLiteral("tenant"), QStringLiteral("create"), QStringLiteral("--data"), m_data,
            QStringLiteral("--slug"), QStringLiteral("other"), QStringLiteral("--name"), QStringLiteral("Otra") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        {
            auto db = openWithSchema(
                m_data + QStringLiteral("/tenants/other/tenant.db"), Durability::Full, QStringLiteral("server/tenant"));
            QVERIFY(db);
            QVERIFY(TenantFixture::standard(QStringLiteral("other")).writeInto(**db));
        }

        // No snapshot yet: `show` says so.
        run = runAdmin({ QStringLiteral("snapshot"), QStringLiteral("show"), QStringLiteral("--data"), m_data,
            QStringLiteral("--tenant"), QStringLiteral("acme") });
        QCOMPARE(run.exitCode, 1);
        run = runAdmin({ QStringLiteral("snapshot"), QStringLiteral("build"), QStringLiteral("--data"), m_data,
            QStringLiteral("--tenant"), QStringLiteral("acme"), QStringLiteral("--json") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        Result<wire::SnapshotManifest> built
            = wire::SnapshotManifest::fromJson(QJsonDocument::fromJson(run.out.toUtf8()).object());
        QVERIFY2(built, why(built).constData());
        m_manifest = *built;

        m_server = std::make_unique<ServerProcess>(m_data);
        QVERIFY2(m_server->start(), qPrintable(m_server->log()));
        {
            auto db = Database::open(m_data + QStringLiteral("/tenants/acme/tenant.db"), Durability::Full);
            QVERIFY(db);
            auto code = (*db)->scalar(QStringLiteral("SELECT code FROM branches ORDER BY code LIMIT 1"));
            QVERIFY(code && code->isValid());
            m_acme = enroll(QStringLiteral("acme"), code->toString());
        }
        QVERIFY(m_acme);
        m_other = enroll(QStringLiteral("other"), QStringLiteral("MTY"));
        QVERIFY(m_other);
    }

    void cleanupTestCase()
    {
        if (m_server)
            QCOMPARE(m_server->stop(), 0);
    }

    void buildPublishesAConsistentSnapshot()
    {
        QCOMPARE(m_manifest.generation, 1);
        QCOMPARE(m_manifest.parts, 4000);
        QVERIFY(QFile::exists(snapshotFile()));
        QVERIFY(!QFile::exists(snapshotFile() + QStringLiteral("-wal")));
        QCOMPARE(QFileInfo(snapshotFile()).size(), m_manifest.size);
        Result<QString> digest = wire::sha256OfFile(snapshotFile());
        QVERIFY(digest);
        QCOMPARE(*digest, m_manifest.sha256);
        // The copy carries the search index and its generation, so devices need not rebuild anything.
        // On a copy: opening the published file read-write (WAL) would change the bytes devices download.
        TempDir scratch;
        QVERIFY(QFile::copy(snapshotFile(), scratch.file(QStringLiteral("copy.db"))));
        auto db = Database::open(scratch.file(QStringLiteral("copy.db")), Durability::Normal);
        QVERIFY(db);
        QCOMPARE((*db)->scalar(QStringLiteral("SELECT count(*) FROM search_doc"))->toLongLong() > 0, true);
        QCOMPARE((*db)->scalar(QStringLiteral("SELECT value FROM catalog_meta WHERE key = 'generation'"))->toString(),
            QStringLiteral("1"));
        db->reset();
        // `show` prints what devices get.
        const AdminRun shown = runAdmin({ QStringLiteral("snapshot"), QStringLiteral("show"), QStringLiteral("--data"),
            m_data, QStringLiteral("--tenant"), QStringLiteral("acme") });
        QCOMPARE(shown.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(shown.out.toUtf8()).object().value(QStringLiteral("sha256")).toString(),
            m_manifest.sha256);
    }

    void manifestNeedsADevice()
    {
        Result<RangeReply> anonymous = fetcher().get(QString(wire::kSnapshotManifestPath), QString());
        QVERIFY(anonymous);
        QCOMPARE(anonymous->status, 401);
        Result<RangeReply> reply = fetcher().get(QString(wire::kSnapshotManifestPath), tokenFor(*m_acme));
        QVERIFY(reply);
        QCOMPARE(reply->status, 200);
        Result<wire::SnapshotManifest> manifest
            = wire::SnapshotManifest::fromJson(QJsonDocument::fromJson(reply->body).object());
        QVERIFY2(manifest, why(manifest).constData());
        QCOMPARE(*manifest, m_manifest);
    }

    void rangeAnswersExactBytes()
    {
        const QString token = tokenFor(*m_acme);
        const QString path = QString(wire::kSnapshotFilePrefix) + QString::number(m_manifest.generation);
        TempDir scratch;
        const QString target = scratch.file(QStringLiteral("slice"));
        for (const auto &[first, last] :
            { std::pair<qint64, qint64> { 0, 99 }, { 1000, 70999 }, { m_manifest.size - 10, m_manifest.size - 1 } }) {
            QFile out(target);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            Result<RangeReply> reply = fetcher().getRange(path, token, first, last, out);
            out.close();
            QVERIFY2(reply, why(reply).constData());
            QCOMPARE(reply->status, 206);
            QCOMPARE(reply->first, first);
            QCOMPARE(reply->last, last);
            QCOMPARE(reply->total, m_manifest.size);
            QCOMPARE(reply->written, last - first + 1);
            QFile written(target);
            QVERIFY(written.open(QIODevice::ReadOnly));
            QCOMPARE(written.readAll(), readBytes(snapshotFile(), first, last - first + 1));
        }
        // A range past the end: 416 with the size, nothing written.
        QFile out(target);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        Result<RangeReply> beyond = fetcher().getRange(path, token, m_manifest.size, m_manifest.size + 10, out);
        QVERIFY(beyond);
        QCOMPARE(beyond->status, 416);
        QCOMPARE(beyond->written, 0);
        // An unknown generation: 404.
        Result<RangeReply> missing
            = fetcher().getRange(QString(wire::kSnapshotFilePrefix) + QStringLiteral("99"), token, 0, 9, out);
        QVERIFY(missing);
        QCOMPARE(missing->status, 404);
    }

    void otherTenantCannotReadIt()
    {
        // Its own tenant has no snapshot, and naming acme's generation reaches only its own (empty) folder.
        const QString token = tokenFor(*m_other);
        QVERIFY(!token.isEmpty());
        Result<RangeReply> manifest = fetcher().get(QString(wire::kSnapshotManifestPath), token);
        QVERIFY(manifest);
        QCOMPARE(manifest->status, 404);
        QVERIFY(manifest->body.contains("no_snapshot"));
        TempDir scratch;
        QFile out(scratch.file(QStringLiteral("stolen")));
        QVERIFY(out.open(QIODevice::WriteOnly));
        Result<RangeReply> file = fetcher().getRange(
            QString(wire::kSnapshotFilePrefix) + QString::number(m_manifest.generation), token, 0, 1023, out);
        QVERIFY(file);
        QCOMPARE(file->status, 404);
        QCOMPARE(file->written, 0);
        QCOMPARE(out.size(), 0);
        // And its bootstrap says why it cannot start.
        Result<SnapshotBootstrapResult> bootstrap = SnapshotBootstrap(optionsFor(*m_other, scratch.path())).run();
        QVERIFY(!bootstrap);
        QCOMPARE(bootstrap.error().code(), ErrorCode::NotFound);
        QVERIFY(!QFile::exists(scratch.file(QStringLiteral("catalog.db"))));
    }

    void interruptedDownloadResumes()
    {
        TempDir dataDir;
        std::atomic_bool cancel { false };
        SnapshotBootstrapOptions options = optionsFor(*m_acme, dataDir.path());
        options.cancel = &cancel;
        // Stop after about a third (as a closed laptop or a power cut would).
        Result<SnapshotBootstrapResult> first = SnapshotBootstrap(options).run([&](qint64 done, qint64 total) {
            if (done > total / 3)
                cancel = true;
        });
        QVERIFY(!first);
        const QString part = SnapshotBootstrap::partPath(dataDir.path());
        const qint64 kept = QFileInfo(part).size();
        QVERIFY2(kept > m_manifest.size / 3 && kept < m_manifest.size, qPrintable(QString::number(kept)));
        QVERIFY(QFile::exists(SnapshotBootstrap::partManifestPath(dataDir.path())));
        QVERIFY(!QFile::exists(SnapshotBootstrap::catalogPath(dataDir.path())));

        // A new run (a restart of the app) continues where it stopped and ends with the same bytes.
        cancel = false;
        qint64 firstReport = -1;
        Result<SnapshotBootstrapResult> second = SnapshotBootstrap(options).run([&](qint64 done, qint64) {
            if (firstReport < 0)
                firstReport = done;
        });
        QVERIFY2(second, why(second).constData());
        QVERIFY(second->installed);
        QCOMPARE(firstReport, kept);
        QCOMPARE(second->downloaded, m_manifest.size - kept);
        QCOMPARE(second->restarts, 0);
        const QString catalog = SnapshotBootstrap::catalogPath(dataDir.path());
        // (The device opened it once to check the schema, so compare the digest recorded before that: the part
        // was verified; and the catalogue opens and has every part.)
        QVERIFY(!QFile::exists(part));
        QVERIFY(!QFile::exists(SnapshotBootstrap::partManifestPath(dataDir.path())));
        auto store = CatalogStore::open(catalog);
        QVERIFY2(store, why(store).constData());
        QCOMPARE(*(*store)->partCount(), m_manifest.parts);
        QCOMPARE(*SnapshotBootstrap::installedGeneration(dataDir.path()), m_manifest.generation);
        store->reset();

        // Current already: nothing is downloaded again.
        Result<SnapshotBootstrapResult> third = SnapshotBootstrap(options).run();
        QVERIFY2(third, why(third).constData());
        QVERIFY(!third->installed);
        QCOMPARE(third->downloaded, 0);
    }

    void resumedBytesAreTheServersBytes()
    {
        // Same as above but checking the raw file before anything opens it: stop, resume, compare SHA-256.
        TempDir dataDir;
        std::atomic_bool cancel { false };
        SnapshotBootstrapOptions options = optionsFor(*m_acme, dataDir.path());
        options.cancel = &cancel;
        QVERIFY(!SnapshotBootstrap(options).run([&](qint64 done, qint64 total) {
            if (done > total / 2)
                cancel = true;
        }));
        const QString part = SnapshotBootstrap::partPath(dataDir.path());
        // Finish the .part by hand with the fetcher from where it stopped, then hash it.
        QFile out(part);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Append));
        const QString token = tokenFor(*m_acme);
        qint64 offset = out.size();
        while (offset < m_manifest.size) {
            Result<RangeReply> reply
                = fetcher().getRange(QString(wire::kSnapshotFilePrefix) + QString::number(m_manifest.generation), token,
                    offset, std::min(offset + 1024 * 1024, m_manifest.size) - 1, out);
            QVERIFY(reply && reply->status == 206);
            offset += reply->written;
        }
        out.close();
        QCOMPARE(*wire::sha256OfFile(part), m_manifest.sha256);
    }

    void damagedPartIsDetectedAndFetchedAgain()
    {
        TempDir dataDir;
        std::atomic_bool cancel { false };
        SnapshotBootstrapOptions options = optionsFor(*m_acme, dataDir.path());
        options.cancel = &cancel;
        QVERIFY(!SnapshotBootstrap(options).run([&](qint64 done, qint64 total) {
            if (done > total / 2)
                cancel = true;
        }));
        const QString part = SnapshotBootstrap::partPath(dataDir.path());
        {
            // A flipped block in what was already downloaded (a bad disk sector, a broken proxy).
            QFile file(part);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek(4096));
            QByteArray block = file.read(512);
            for (char &c : block)
                c = static_cast<char>(~c);
            QVERIFY(file.seek(4096));
            QCOMPARE(file.write(block), 512);
        }
        cancel = false;
        Result<SnapshotBootstrapResult> result = SnapshotBootstrap(options).run();
        QVERIFY2(result, why(result).constData());
        QVERIFY(result->installed);
        QCOMPARE(result->restarts, 1); // the damage was found by SHA-256 and the file fetched whole again
        QCOMPARE(result->downloaded > m_manifest.size, true);
        auto store = CatalogStore::open(SnapshotBootstrap::catalogPath(dataDir.path()));
        QVERIFY2(store, why(store).constData());
        QCOMPARE(*(*store)->partCount(), m_manifest.parts);
    }

    void partOfAnOlderManifestIsNotReused()
    {
        TempDir dataDir;
        // A .part left from another generation: same name, different record → thrown away, not resumed.
        {
            QFile part(SnapshotBootstrap::partPath(dataDir.path()));
            QVERIFY(part.open(QIODevice::WriteOnly));
            part.write(QByteArray(100000, 'x'));
            wire::SnapshotManifest old = m_manifest;
            old.generation = m_manifest.generation + 5;
            QFile record(SnapshotBootstrap::partManifestPath(dataDir.path()));
            QVERIFY(record.open(QIODevice::WriteOnly));
            record.write(QJsonDocument(old.toJson()).toJson());
        }
        Result<SnapshotBootstrapResult> result = SnapshotBootstrap(optionsFor(*m_acme, dataDir.path())).run();
        QVERIFY2(result, why(result).constData());
        QCOMPARE(result->downloaded, m_manifest.size);
        QCOMPARE(result->restarts, 0);
    }

    void newerGenerationIsStagedBesideAnOpenCatalogue()
    {
        TempDir dataDir;
        Result<SnapshotBootstrapResult> first = SnapshotBootstrap(optionsFor(*m_acme, dataDir.path())).run();
        QVERIFY2(first, why(first).constData());
        const AdminRun rebuilt
            = runAdmin({ QStringLiteral("snapshot"), QStringLiteral("build"), QStringLiteral("--data"), m_data,
                QStringLiteral("--tenant"), QStringLiteral("acme"), QStringLiteral("--json") });
        QVERIFY2(rebuilt.exitCode == 0, qPrintable(rebuilt.err));
        QCOMPARE(QJsonDocument::fromJson(rebuilt.out.toUtf8()).object().value(QStringLiteral("generation")).toInteger(),
            m_manifest.generation + 1);
        Result<SnapshotBootstrapResult> second = SnapshotBootstrap(optionsFor(*m_acme, dataDir.path())).run();
        QVERIFY2(second, why(second).constData());
        QVERIFY(second->staged);
        QVERIFY(!second->installed);
        QCOMPARE(*SnapshotBootstrap::installedGeneration(dataDir.path()), m_manifest.generation);
        Result<bool> swapped = SnapshotBootstrap::installStaged(dataDir.path());
        QVERIFY(swapped && *swapped);
        QCOMPARE(*SnapshotBootstrap::installedGeneration(dataDir.path()), m_manifest.generation + 1);
        // The previous generation stays downloadable for devices half-way through it.
        QVERIFY(QFile::exists(snapshotFile()));
    }
};

QTEST_GUILESS_MAIN(TestSnapshot)
#include "testsnapshot.moc"
