// ServerMonitor against the real nexus-server: online, offline when it dies, online again; never blocks this thread.
#include "serverprocess.h"
#include "tempdir.h"

#include "client/servermonitor.h"
#include "client/syncstatus.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

using namespace nexus;
using namespace nexus::test;

class TestServerMonitor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsTheServer()
    {
        TempDir dir;
        ServerProcess server(dir.file(QStringLiteral("srv")));
        QVERIFY2(server.start(), qPrintable(server.log()));

        SyncStatus status;
        QCOMPARE(status.state(), SyncStatus::State::NotEnrolled);
        ServerMonitor monitor(status, server.url(), server.caFile(), 200);
        QCOMPARE(status.serverUrl(), server.url());
        const QDateTime started = QDateTime::currentDateTimeUtc();
        monitor.start();
        QVERIFY(monitor.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(status.state(), SyncStatus::State::Online, 10000);
        QVERIFY(status.lastSyncUtc() >= started.addMSecs(-5));
        const QDateTime firstContact = status.lastSyncUtc();
        QTRY_VERIFY_WITH_TIMEOUT(status.lastSyncUtc() > firstContact, 5000); // it keeps polling

        const quint16 port = server.port();
        server.kill();
        QTRY_COMPARE_WITH_TIMEOUT(status.state(), SyncStatus::State::Offline, 10000);
        const QDateTime lastContact = status.lastSyncUtc();
        QVERIFY(lastContact.isValid()); // the last successful contact is kept while offline

        QVERIFY2(server.start(port), qPrintable(server.log()));
        QTRY_COMPARE_WITH_TIMEOUT(status.state(), SyncStatus::State::Online, 10000);
        QVERIFY(status.lastSyncUtc() > lastContact);

        monitor.stop();
        QVERIFY(!monitor.isRunning());
        QCOMPARE(server.stop(), 0);
    }

    void untrustedServerIsOffline()
    {
        TempDir dir;
        ServerProcess server(dir.file(QStringLiteral("srv")));
        ServerProcess impostor(dir.file(QStringLiteral("impostor")));
        QVERIFY2(server.start(), qPrintable(server.log()));
        QVERIFY2(impostor.start(), qPrintable(impostor.log()));
        SyncStatus status;
        ServerMonitor monitor(status, server.url(), impostor.caFile(), 200);
        QSignalSpy checked(&monitor, &ServerMonitor::checked);
        monitor.start();
        QTRY_VERIFY_WITH_TIMEOUT(!checked.isEmpty(), 10000);
        QCOMPARE(checked.first().at(0).toBool(), false);
        QVERIFY2(checked.first().at(1).toString().contains(QLatin1String("certificate")),
            qPrintable(checked.first().at(1).toString()));
        QCOMPARE(status.state(), SyncStatus::State::Offline);
        QVERIFY(!status.lastSyncUtc().isValid());
    }

    void hangingServerDoesNotBlockTheCallerThread()
    {
        // Accepts TCP connections (the kernel backlog does) but never speaks TLS: each probe hangs until its timeout.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        TempDir dir;
        ServerProcess ca(dir.file(QStringLiteral("ca")));
        QVERIFY2(ca.start(), qPrintable(ca.log()));
        SyncStatus status;
        ServerMonitor monitor(
            status, QStringLiteral("https://127.0.0.1:%1").arg(silent.serverPort()), ca.caFile(), 1000);

        int ticks = 0;
        QTimer ticker;
        ticker.setInterval(20);
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start();
        QElapsedTimer elapsed;
        elapsed.start();
        monitor.start();
        QTRY_COMPARE_WITH_TIMEOUT(status.state(), SyncStatus::State::Offline, 10000);
        // While the request hung for about a second, this thread kept running its event loop.
        QVERIFY2(elapsed.elapsed() >= 900, qPrintable(QString::number(elapsed.elapsed())));
        QVERIFY2(ticks >= elapsed.elapsed() / 20 / 3,
            qPrintable(QStringLiteral("%1 ticks in %2 ms").arg(ticks).arg(elapsed.elapsed())));

        monitor.stop();
        QVERIFY(!monitor.isRunning());
    }

    void stopCancelsTheRequestInFlight()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        TempDir dir;
        ServerProcess ca(dir.file(QStringLiteral("ca")));
        QVERIFY2(ca.start(), qPrintable(ca.log()));
        SyncStatus status;
        // A 10 s interval gives the probe 5 s for the TLS handshake it will never get.
        ServerMonitor monitor(
            status, QStringLiteral("https://127.0.0.1:%1").arg(silent.serverPort()), ca.caFile(), 10000);
        QSignalSpy checked(&monitor, &ServerMonitor::checked);
        monitor.start();
        QTest::qWait(500); // the first probe is hanging now
        QElapsedTimer stopping;
        stopping.start();
        monitor.stop();
        QVERIFY2(stopping.elapsed() < 2500, qPrintable(QString::number(stopping.elapsed())));
        QVERIFY(!monitor.isRunning());
        QCoreApplication::processEvents();
        QCOMPARE(checked.size(), 0); // a cancelled probe reports nothing after stop()
        QCOMPARE(status.state(), SyncStatus::State::Connecting);
    }
};

QTEST_GUILESS_MAIN(TestServerMonitor)
#include "testservermonitor.moc"
