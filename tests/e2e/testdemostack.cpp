// The first README command after the build: installer/run-demo-stack.sh with the real generator, server and client.
#include "tempdir.h"

#include "store/database.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace nexus;
using namespace nexus::test;

namespace {

QString sourceDir()
{
    return qEnvironmentVariable("NEXUS_SOURCE_DIR");
}

QString buildDir()
{
    return QDir(qEnvironmentVariable("NEXUS_BIN_DIR") + QStringLiteral("/..")).absolutePath();
}

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

bool isListening(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(1000);
}

QVariant scalar(const QString &path, const QString &sql)
{
    auto db = Database::open(path, Durability::Normal);
    if (!db)
        return {};
    auto value = (*db)->scalar(sql);
    return value ? *value : QVariant();
}

} // namespace

class TestDemoStack final : public QObject
{
    Q_OBJECT

private:
    TempDir m_root;
    QString m_data;
    quint16 m_port = 0;

    void startStack(QProcess &process, const QStringList &posArgs)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("NEXUS_PORT"), QString::number(m_port));
        env.insert(QStringLiteral("NEXUS_DEMO_PARTS"), QStringLiteral("3000"));
        env.insert(QStringLiteral("NEXUS_SECRET_STORE"), QStringLiteral("file"));
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(
            sourceDir() + QStringLiteral("/installer/run-demo-stack.sh"), QStringList { buildDir(), m_data } + posArgs);
    }

    // Runs the stack until nexus-pos exits by itself (--screenshot quits after the first window).
    int runOnce(const QString &screenshot, QString &output)
    {
        QProcess process;
        startStack(process, { QStringLiteral("--screenshot"), screenshot });
        if (!process.waitForFinished(480000)) {
            process.kill();
            process.waitForFinished();
        }
        output = QString::fromUtf8(process.readAll());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFileInfo(sourceDir() + QStringLiteral("/installer/run-demo-stack.sh")).isExecutable());
        m_data = m_root.file(QStringLiteral("demo-root"));
        m_port = freePort();
        QVERIFY(m_port != 0);
    }

    void firstRunCreatesTenantAndEnrolls()
    {
        QString output;
        const QString shot = m_root.file(QStringLiteral("first.png"));
        const int exitCode = runOnce(shot, output);
        QVERIFY2(exitCode == 0, qPrintable(output));

        // The dataset, the tenant imported from it, and the server stopped with the client.
        QVERIFY(QFileInfo::exists(m_data + QStringLiteral("/demo-data/tenant.db")));
        QVERIFY(QFileInfo::exists(m_data + QStringLiteral("/demo-data/catalog.db")));
        const QString tenantDb = m_data + QStringLiteral("/server/tenants/demo/tenant.db");
        QCOMPARE(scalar(m_data + QStringLiteral("/server/master.db"),
                     QStringLiteral("SELECT count(*) FROM tenants WHERE slug = 'demo'"))
                     .toInt(),
            1);
        QCOMPARE(scalar(m_data + QStringLiteral("/server/tenants/demo/catalog.db"),
                     QStringLiteral("SELECT count(*) FROM parts"))
                     .toInt(),
            3000);
        QVERIFY(!isListening(m_port));
        QVERIFY(QFileInfo(m_data + QStringLiteral("/server.log")).size() > 0);

        // The counter is enrolled into the first branch and has that branch's people.
        const QString posDb = m_data + QStringLiteral("/pos/nexus.db");
        const QString firstBranch
            = scalar(tenantDb, QStringLiteral("SELECT id FROM branches ORDER BY rowid LIMIT 1")).toString();
        QVERIFY(!firstBranch.isEmpty());
        QCOMPARE(scalar(posDb, QStringLiteral("SELECT value FROM settings WHERE key = 'branch_id'")).toString(),
            firstBranch);
        QCOMPARE(scalar(posDb, QStringLiteral("SELECT value FROM settings WHERE key = 'tenant_slug'")).toString(),
            QStringLiteral("demo"));
        const int expectedUsers = scalar(tenantDb,
            QStringLiteral("SELECT count(*) FROM users WHERE branch_id = '") + firstBranch
                + QStringLiteral("' OR (branch_id IS NULL AND role IN ('admin', 'hq'))"))
                                      .toInt();
        QVERIFY(expectedUsers > 0);
        QCOMPARE(scalar(posDb, QStringLiteral("SELECT count(*) FROM users")).toInt(), expectedUsers);
        QVERIFY(QFileInfo(shot).size() > 1000);
    }

    void secondRunReusesEverything()
    {
        const QString posDb = m_data + QStringLiteral("/pos/nexus.db");
        const QString deviceId
            = scalar(posDb, QStringLiteral("SELECT value FROM settings WHERE key = 'device_id'")).toString();
        QVERIFY(!deviceId.isEmpty());
        const QDateTime generated = QFileInfo(m_data + QStringLiteral("/demo-data/catalog.db")).lastModified();

        QString output;
        const int exitCode = runOnce(m_root.file(QStringLiteral("second.png")), output);
        QVERIFY2(exitCode == 0, qPrintable(output));
        QVERIFY2(
            !output.contains(QLatin1String("generating")) && !output.contains(QLatin1String("creating the tenant")),
            qPrintable(output));
        QCOMPARE(QFileInfo(m_data + QStringLiteral("/demo-data/catalog.db")).lastModified(), generated);
        // No second code, no second device: the same counter came back.
        const QString master = m_data + QStringLiteral("/server/master.db");
        QCOMPARE(scalar(master, QStringLiteral("SELECT count(*) FROM enrollment_codes")).toInt(), 1);
        QCOMPARE(scalar(master, QStringLiteral("SELECT count(*) FROM devices")).toInt(), 1);
        QCOMPARE(
            scalar(posDb, QStringLiteral("SELECT value FROM settings WHERE key = 'device_id'")).toString(), deviceId);
        QVERIFY(!isListening(m_port));
    }

    void stoppingTheScriptStopsServerAndClient()
    {
        QProcess process;
        startStack(process, {});
        QTRY_VERIFY_WITH_TIMEOUT(isListening(m_port), 60000);
        QTest::qWait(1000); // nexus-pos is starting or shown by now
        process.terminate(); // what Ctrl+C or a closing terminal does to the script
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 130);
        QVERIFY(!isListening(m_port));
        // No nexus-pos of this data folder is left behind.
        const QString marker = m_data + QStringLiteral("/pos");
        for (const QString &pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
            QFile cmdline(QStringLiteral("/proc/") + pid + QStringLiteral("/cmdline"));
            if (cmdline.open(QIODevice::ReadOnly)) {
                const QByteArray args = cmdline.readAll();
                QVERIFY2(!(args.contains("nexus-pos") && args.contains(marker.toUtf8())), qPrintable(pid));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestDemoStack)
#include "testdemostack.moc"
