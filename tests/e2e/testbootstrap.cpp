// A new counter end to end: real nexus-server and nexus-admin, a real client folder; the enrolled device downloads
// the catalogue snapshot, CatalogStore opens it and CatalogSearch finds a known part by SKU and by words.
#include "../server/serverprocess.h"
#include "tempdir.h"
#include "why.h"

#include "catalog/catalogquery.h"
#include "catalog/catalogsearch.h"
#include "client/bootstrapworker.h"
#include "client/enrollment.h"
#include "client/snapshotbootstrap.h"
#include "demo/demogenerator.h"
#include "store/catalogstore.h"
#include "store/localstore.h"

#include <QSignalSpy>
#include <QTest>

using namespace nexus;
using namespace nexus::test;

class TestBootstrap final : public QObject
{
    Q_OBJECT

private:
    TempDir m_root;
    QString m_data;
    std::unique_ptr<ServerProcess> m_server;

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
        demoOptions.parts = 3000;
        demoOptions.seed = 1;
        Result<demo::DemoSummary> generated = demo::DemoGenerator(demoOptions).run();
        QVERIFY2(generated, why(generated).constData());
        AdminRun run;
        run = runAdmin({ QStringLiteral("tenant"), QStringLiteral("create"), QStringLiteral("--data"), m_data,
            QStringLiteral("--slug"), QStringLiteral("demo"), QStringLiteral("--name"), QStringLiteral("Demo"),
            QStringLiteral("--import"), demo });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = runAdmin({ QStringLiteral("snapshot"), QStringLiteral("build"), QStringLiteral("--data"), m_data,
            QStringLiteral("--tenant"), QStringLiteral("demo") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        m_server = std::make_unique<ServerProcess>(m_data);
        QVERIFY2(m_server->start(), qPrintable(m_server->log()));
    }

    void cleanupTestCase()
    {
        if (m_server)
            QCOMPARE(m_server->stop(), 0);
    }

    void enrolledCounterBootstrapsASearchableCatalogue()
    {
        // A known part, as HQ has it.
        QString sku;
        QString name;
        {
            auto db = Database::open(m_data + QStringLiteral("/tenants/demo/catalog.db"), Durability::Normal);
            QVERIFY(db);
            auto query = (*db)->exec(
                QStringLiteral("SELECT sku, name FROM parts WHERE active = 1 ORDER BY id LIMIT 1 OFFSET 1234"));
            QVERIFY(query && query->next());
            sku = query->value(0).toString();
            name = query->value(1).toString();
        }
        QString branch;
        {
            auto db = Database::open(m_data + QStringLiteral("/tenants/demo/tenant.db"), Durability::Full);
            QVERIFY(db);
            branch = (*db)->scalar(QStringLiteral("SELECT code FROM branches ORDER BY code LIMIT 1"))->toString();
        }

        TempDir pos;
        auto store = LocalStore::open(pos.file(QStringLiteral("nexus.db")));
        QVERIFY(store);
        const AdminRun code = runAdmin({ QStringLiteral("enroll-code"), QStringLiteral("--data"), m_data,
            QStringLiteral("--tenant"), QStringLiteral("demo"), QStringLiteral("--branch"), branch });
        QCOMPARE(code.exitCode, 0);
        Result<EnrollmentResult> enrolled = enrollDevice(**store,
            EnrollmentRequest { m_server->url(), code.out.trimmed(), QStringLiteral("caja-1"), m_server->caFile() });
        QVERIFY2(enrolled, why(enrolled).constData());
        Result<QByteArray> secret = loadDeviceSecret(**store);
        QVERIFY(secret);
        QVERIFY(BootstrapWorker::catalogMissing(pos.path()));

        // As nexus-pos does it: the worker thread, progress signals, one finished signal.
        SnapshotBootstrapOptions options;
        options.dataDir = pos.path();
        options.serverUrl = m_server->url();
        options.caFile = m_server->caFile();
        options.deviceId = enrolled->deviceId;
        options.deviceSecret = *secret;
        options.chunkBytes = 512 * 1024;
        BootstrapWorker worker(options);
        QSignalSpy progress(&worker, &BootstrapWorker::progress);
        QSignalSpy finished(&worker, &BootstrapWorker::finished);
        worker.start();
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.count(), 1);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        const auto result = finished.first().at(2).value<SnapshotBootstrapResult>();
        QVERIFY(result.installed);
        QCOMPARE(result.parts, 3000);
        QVERIFY(progress.count() >= 2);
        QCOMPARE(progress.last().at(0).toLongLong(), result.bytes);
        QCOMPARE(progress.last().at(1).toLongLong(), result.bytes);
        QVERIFY(!BootstrapWorker::catalogMissing(pos.path()));

        auto catalog = CatalogStore::open(SnapshotBootstrap::catalogPath(pos.path()));
        QVERIFY2(catalog, why(catalog).constData());
        QCOMPARE(*(*catalog)->partCount(), 3000);
        CatalogSearch search((*catalog)->db());
        CatalogQuery bySku;
        bySku.text = sku;
        Result<CatalogSearchResult> hits = search.search(bySku);
        QVERIFY2(hits, why(hits).constData());
        QVERIFY(!hits->hits.isEmpty());
        QCOMPARE(hits->hits.first().sku, sku);
        QVERIFY(hits->hits.first().exactMatch);
        // And by words (the index came with the snapshot: nothing was rebuilt on the device).
        QVERIFY((*catalog)->db().scalar(QStringLiteral("SELECT count(*) FROM search_doc"))->toLongLong() > 0);
        const QString firstWord = name.section(QLatin1Char(' '), 0, 0);
        CatalogQuery byWords;
        byWords.text = firstWord;
        Result<CatalogSearchResult> words = search.search(byWords);
        QVERIFY2(words, why(words).constData());
        QVERIFY2(!words->hits.isEmpty(), qPrintable(firstWord));
        QVERIFY2(
            words->hits.first().name.contains(firstWord, Qt::CaseInsensitive), qPrintable(words->hits.first().name));
    }
};

QTEST_GUILESS_MAIN(TestBootstrap)
#include "testbootstrap.moc"
