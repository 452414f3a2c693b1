// Admin jobs survive the server: a snapshot build started through nexus-admin against the real nexus-server over
// loopback HTTPS (SQLite storage, or PostgreSQL with NEXUS_TEST_BACKEND=postgresql: e2e_testadminjobs_postgresql) is
// still reported after a restart when it had finished, and as interrupted when the server was killed in the middle.
#include "../server/testadminfixture.h"
#include "tempdir.h"
#include "why.h"

#include "server/adminjobs.h"
#include "store/schemadatabase.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTest>

using namespace nexus;
using namespace nexus::test;

class TestAdminJobs final : public QObject
{
    Q_OBJECT

private:
    TempDir m_root;
    TenantFixture m_acme = TenantFixture::standard(QStringLiteral("acme"));
    std::unique_ptr<ServerBackend> m_backend;
    std::unique_ptr<ServerProcess> m_server;
    QString m_keyFile;

    AdminRun admin(const QStringList &args) const
    {
        return runAdmin(args
            + QStringList { QStringLiteral("--server"), m_server->url(), QStringLiteral("--ca"), m_server->caFile(),
                QStringLiteral("--key-file"), m_keyFile });
    }
    QJsonObject status(const QString &job) const
    {
        return QJsonDocument::fromJson(
            admin({ QStringLiteral("snapshot"), QStringLiteral("status"), job, QStringLiteral("--json") }).out.toUtf8())
            .object();
    }
    bool restart(bool kill)
    {
        if (kill)
            m_server->kill();
        else if (m_server->stop() != 0)
            return false;
        m_server = m_backend->server();
        return m_server->start();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        m_backend = std::make_unique<ServerBackend>(m_root.path() + QStringLiteral("/server"));
        const Status started = m_backend->start();
        NEXUS_REQUIRE_POSTGRES(started);
        const QString created = createAdminTenant(*m_backend, QStringLiteral("acme"), m_acme);
        QVERIFY2(created.isEmpty(), qPrintable(created));
        QString problem;
        m_keyFile = m_root.path() + QStringLiteral("/acme.key");
        QVERIFY2(!createAdminKeyFile(*m_backend, QStringLiteral("acme"), m_keyFile, &problem).isEmpty(), qPrintable(problem));
        m_server = m_backend->server();
        QVERIFY2(m_server->start(), qPrintable(m_server->log()));
    }

    void cleanupTestCase()
    {
        if (m_server)
            QCOMPARE(m_server->stop(), 0);
    }

    void finishedJobIsReportedAfterARestart()
    {
        const AdminRun built
            = admin({ QStringLiteral("snapshot"), QStringLiteral("build"), QStringLiteral("--no-wait"), QStringLiteral("--json") });
        QVERIFY2(built.exitCode == 0, qPrintable(built.err));
        const QString job = QJsonDocument::fromJson(built.out.toUtf8()).object().value(QStringLiteral("id")).toString();
        QVERIFY(!job.isEmpty());
        QJsonObject before;
        for (int i = 0; i < 200; ++i) {
            before = status(job);
            if (before.value(QStringLiteral("state")).toString() != QLatin1String("running"))
                break;
            QTest::qWait(100);
        }
        QCOMPARE(before.value(QStringLiteral("state")).toString(), QStringLiteral("done"));

        QVERIFY2(restart(false), qPrintable(m_server->log()));
        const QJsonObject after = status(job);
        QCOMPARE(after.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
        QCOMPARE(after.value(QStringLiteral("result")), before.value(QStringLiteral("result")));
        QCOMPARE(after.value(QStringLiteral("finished_at")), before.value(QStringLiteral("finished_at")));
        const AdminRun listed = admin({ QStringLiteral("snapshot"), QStringLiteral("status") });
        QVERIFY2(listed.out.contains(job), qPrintable(listed.out));
    }

    void jobCutShortByAKilledServerIsInterrupted()
    {
        {
            // Enough parts that the build takes a while.
            auto catalog = openWithSchema(m_backend->dataDir() + QStringLiteral("/tenants/acme/catalog.db"),
                Durability::Normal, QStringLiteral("catalog"), QStringLiteral("big-catalog"));
            QVERIFY2(catalog.has_value(), why(catalog).constData());
            QVERIFY((*catalog)->execScript(QStringLiteral(
                "WITH RECURSIVE n(i) AS (SELECT 100 UNION ALL SELECT i + 1 FROM n WHERE i < 400100) "
                "INSERT INTO parts(id, sku, name, brand_id, category_id, sat_product_key, sat_unit_key, unit_name, "
                "cost_cents, list_price_cents, retail_price_cents, price_version) SELECT i, 'SKU-' || i, 'Balata "
                "delantera ' || i, 1 + i % 2, 1, '25174003', 'H87', 'Pieza', 100, 1000, 1160, 1 FROM n")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("big-catalog"));
        const AdminRun started
            = admin({ QStringLiteral("snapshot"), QStringLiteral("build"), QStringLiteral("--no-wait"), QStringLiteral("--json") });
        QVERIFY2(started.exitCode == 0, qPrintable(started.err));
        const QString job = QJsonDocument::fromJson(started.out.toUtf8()).object().value(QStringLiteral("id")).toString();
        QCOMPARE(status(job).value(QStringLiteral("state")).toString(), QStringLiteral("running"));
        QVERIFY2(restart(true), qPrintable(m_server->log()));

        // The killed process beats no more: within the stale delay the job is reported interrupted, with a reason.
        QElapsedTimer waited;
        waited.start();
        QJsonObject after = status(job);
        while (after.value(QStringLiteral("state")).toString() == QLatin1String("running")
            && waited.elapsed() < (AdminJobs::kStaleSeconds + 15) * 1000) {
            QTest::qWait(500);
            after = status(job);
        }
        QCOMPARE(after.value(QStringLiteral("state")).toString(), QStringLiteral("interrupted"));
        QCOMPARE(after.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
            QStringLiteral("interrupted"));
        QVERIFY(!after.value(QStringLiteral("finished_at")).toString().isEmpty());
        const AdminRun shown = admin({ QStringLiteral("snapshot"), QStringLiteral("status"), job });
        QCOMPARE(shown.exitCode, 1); // HQ's script sees it did not finish
        QVERIFY2(shown.err.contains(QLatin1String("stopped before it finished")), qPrintable(shown.err));
        // The tenant is not left blocked by a job nobody runs: a new build goes through.
        const AdminRun again = admin({ QStringLiteral("snapshot"), QStringLiteral("build"), QStringLiteral("--json") });
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(QJsonDocument::fromJson(again.out.toUtf8()).object().value(QStringLiteral("parts")).toInteger(), 400004);
    }
};

QTEST_GUILESS_MAIN(TestAdminJobs)
#include "testadminjobs.moc"
