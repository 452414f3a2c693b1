// A counter's nexus.db restored from an old backup, then copied onto a second machine, against the real nexus-server
// over loopback HTTPS (SQLite storage, or PostgreSQL with NEXUS_TEST_BACKEND=postgresql: e2e_testrestore_postgresql). The counter is this executable re-run with --till: a real
// nexus.db, CheckoutService and the real SyncEngine over CurlTransport, one process per run, as nexus-pos runs it.
// Every sale must reach the server exactly once; the restored database changes epoch and keeps its ticket numbers
// unique; the copy is refused until enrolled again, and then its sales arrive too.
#include "../server/testadminfixture.h"
#include "tempdir.h"
#include "why.h"

#include "client/curltransport.h"
#include "client/enrollment.h"
#include "client/epochstate.h"
#include "client/syncengine.h"
#include "common/clock.h"
#include "sales/cashsessionservice.h"
#include "sales/checkoutservice.h"
#include "store/counterstore.h"
#include "store/deviceidentity.h"
#include "store/localstore.h"
#include "store/outbox.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QSet>
#include <QTest>
#include <QTextStream>
#include <QThread>

#include <cstring>

using namespace nexus;
using namespace nexus::test;

namespace {

constexpr int kExitRefusedCopy = 5;

struct TillRun
{
    QString dbPath;
    QString serverUrl;
    QString caFile;
    QString cashierId;
    QString warehouse;
    int sales = 0;
    bool sync = true; // false: sell offline and stop (the network is down)
};

// Unless offline, makes the engine's start-up pass first (as nexus-pos does); sells `sales` tickets (one transaction
// each, printing "sold <id> <folio>"), then pushes until the outbox is empty ("drained", exit 0). A database the
// server refuses as a copy prints "refused" and exits 5.
int runTill(const TillRun &run)
{
    QTextStream out(stdout);
    // The selling connection, as nexus-pos opens it: with the folio witness beside nexus.db.
    Result<std::unique_ptr<LocalStore>> store = openCounterStore(run.dbPath, Clock::system());
    Result<DeviceIdentity> identity = store ? loadDeviceIdentity(**store) : Result<DeviceIdentity>(std::unexpected(store.error()));
    Result<QByteArray> secret = store ? loadDeviceSecret(**store) : Result<QByteArray>(std::unexpected(store.error()));
    if (!identity || !secret) {
        out << "error the till cannot start" << Qt::endl;
        return 3;
    }
    SyncEngine::Config config;
    config.databasePath = run.dbPath;
    config.connectionName = QStringLiteral("till-engine");
    config.deviceId = identity->deviceId;
    config.deviceSecret = QString::fromUtf8(*secret);
    config.batchSize = 4;
    SyncEngine engine(config,
        std::make_unique<CurlTransport>(run.serverUrl, HttpClient::Options { run.caFile, 3000, 20000, nullptr }));
    int epochChanges = 0;
    // Like nexus-pos, the engine makes a pass as the program starts, before the first sale (a refused copy goes on
    // selling: the counter never waits for the server).
    if (run.sync) {
        Result<SyncEngine::PassResult> first = engine.pushPending();
        if (first)
            epochChanges += first->epochChanges;
        else if (first.error().code() == ErrorCode::Conflict)
            out << "refused at start; the counter keeps selling" << Qt::endl;
    }
    CashSessionService tills((*store)->db(), Clock::system(), identity->deviceId, identity->branchId);
    Result<std::optional<CashSession>> open = tills.current();
    if (run.sales > 0 && open && !*open && !tills.open(run.cashierId, Money(50000))) {
        out << "error cannot open the till" << Qt::endl;
        return 3;
    }
    CheckoutService checkout((*store)->db(), Clock::system());
    // The device's own series (branch code + device id tail), as the counter profile gives it.
    const QString series = QStringLiteral("MTY") + identity->deviceId.right(4).toUpper();
    const CheckoutContext context { identity->deviceId, identity->branchId, series, run.cashierId, Role::Cashier, false };
    for (int i = 0; i < run.sales; ++i) {
        Cart cart;
        const CartItem item { 7 + i % 3, QStringLiteral("SKU-%1").arg(7 + i % 3), QStringLiteral("Balata"),
            run.warehouse, Money(15990), Money(16990), Money(8000), TaxRate::iva16(), 3, QStringLiteral("25174400"),
            QStringLiteral("H87") };
        if (!cart.add(item, Quantity::units(1 + i % 2))) {
            out << "error cart" << Qt::endl;
            return 3;
        }
        Result<SaleReceipt> receipt
            = checkout.checkout(cart, { Tender { TenderMethod::Cash, Money(50000), 0, {} } }, context);
        if (!receipt) {
            out << "error " << receipt.error().logMessage() << Qt::endl;
            return 3;
        }
        out << "sold " << receipt->saleId << ' ' << receipt->folio << Qt::endl;
    }
    if (!run.sync)
        return 0;
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 60000) {
        Result<SyncEngine::PassResult> pass = engine.pushPending();
        if (pass)
            epochChanges += pass->epochChanges;
        if (pass && pass->pending == 0) {
            out << "drained epoch-changes " << epochChanges << Qt::endl;
            return 0;
        }
        if (!pass && pass.error().code() == ErrorCode::Conflict) {
            out << "refused " << pass.error().logMessage() << Qt::endl;
            return kExitRefusedCopy;
        }
        if (!pass)
            out << "retry " << pass.error().logMessage() << Qt::endl;
        QThread::msleep(200);
    }
    out << "error the outbox did not drain" << Qt::endl;
    return 4;
}

struct Ran
{
    int exitCode = -1;
    QString output;
    QStringList saleIds;
    QStringList folios;
};

Ran till(const TillRun &run)
{
    QProcess process;
    process.setProgram(QCoreApplication::applicationFilePath());
    process.setArguments({ QStringLiteral("--till"), run.dbPath, run.serverUrl, run.caFile, run.cashierId, run.warehouse,
        QString::number(run.sales), run.sync ? QStringLiteral("sync") : QStringLiteral("offline") });
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start();
    Ran ran;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished(5000);
    }
    ran.output = QString::fromUtf8(process.readAll());
    ran.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    for (const QString &line : ran.output.split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("sold "))) {
            ran.saleIds << line.section(QLatin1Char(' '), 1, 1);
            ran.folios << line.section(QLatin1Char(' '), 2, 2);
        }
    return ran;
}

// The files of a stopped counter's data folder, as a backup tool or a disk image copies them.
bool copyDataDir(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    const QStringList files = QDir(from).entryList(QDir::Files);
    for (const QString &file : files) {
        QFile::remove(to + QLatin1Char('/') + file);
        if (!QFile::copy(from + QLatin1Char('/') + file, to + QLatin1Char('/') + file))
            return false;
    }
    return !files.isEmpty();
}

void replaceDatabase(const QString &dataDir, const QString &backupDir)
{
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        QFile::remove(dataDir + QStringLiteral("/nexus.db") + suffix);
        if (QFile::exists(backupDir + QStringLiteral("/nexus.db") + suffix))
            QFile::copy(backupDir + QStringLiteral("/nexus.db") + suffix, dataDir + QStringLiteral("/nexus.db") + suffix);
    }
}

} // namespace

class TestRestore final : public QObject
{
    Q_OBJECT

private:
    TempDir m_root;
    TenantFixture m_acme = TenantFixture::standard(QStringLiteral("acme"));

    static qint64 scalar(Database &db, const QString &sql, const QVariantList &values = {})
    {
        Result<QVariant> value = db.scalar(sql, values);
        return value && value->isValid() ? value->toLongLong() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("NEXUS_SECRET_STORE", "file");
        QVERIFY(m_root.isValid());
    }

    void restoredThenCopied()
    {
        const QString base = m_root.path();
        ServerBackend backend(base + QStringLiteral("/server"));
        const Status started = backend.start();
        NEXUS_REQUIRE_POSTGRES(started);
        const QString created = createAdminTenant(backend, QStringLiteral("acme"), m_acme);
        QVERIFY2(created.isEmpty(), qPrintable(created));
        auto enrollmentCode = [&] {
            const AdminRun code = runAdmin(QStringList { QStringLiteral("enroll-code") } + backend.adminArgs()
                + QStringList { QStringLiteral("--tenant"), QStringLiteral("acme"), QStringLiteral("--branch"), QStringLiteral("MTY") });
            return code.exitCode == 0 ? code.out.trimmed() : QString();
        };
        std::unique_ptr<ServerProcess> running = backend.server();
        ServerProcess &server = *running;
        QVERIFY2(server.start(), qPrintable(server.log()));

        const QString counterDir = base + QStringLiteral("/counter");
        const QString backupDir = base + QStringLiteral("/backup");
        const QString copyDir = base + QStringLiteral("/copy");
        QVERIFY(QDir().mkpath(counterDir));
        QString deviceId;
        {
            Result<std::unique_ptr<LocalStore>> local = LocalStore::open(counterDir + QStringLiteral("/nexus.db"));
            QVERIFY2(local.has_value(), why(local).constData());
            Result<EnrollmentResult> enrolled = enrollDevice(
                **local, EnrollmentRequest { server.url(), enrollmentCode(), QStringLiteral("caja-1"), server.caFile() });
            QVERIFY2(enrolled.has_value(), why(enrolled).constData());
            deviceId = enrolled->deviceId;
        }
        const TillRun counter { counterDir + QStringLiteral("/nexus.db"), server.url(), server.caFile(),
            m_acme.userId(QStringLiteral("acme-mty-cajero")), m_acme.branchId(QStringLiteral("MTY")) + QStringLiteral("-wh-A"),
            0, true };
        auto withSales = [](TillRun run, int sales, bool sync = true) {
            run.sales = sales;
            run.sync = sync;
            return run;
        };
        QSet<QString> allSales;
        QStringList allFolios;
        auto expectRun = [&](const Ran &ran, int exitCode) {
            if (ran.exitCode != exitCode)
                qWarning().noquote() << ran.output << "\nserver:" << server.log().right(4000);
            allSales += QSet<QString>(ran.saleIds.cbegin(), ran.saleIds.cend());
            allFolios += ran.folios;
            return ran.exitCode == exitCode;
        };

        // 1. A normal morning: five sales reach head office; three more are sold while the network is down.
        QVERIFY(expectRun(till(withSales(counter, 5)), 0));
        const Ran offline = till(withSales(counter, 3, false));
        QVERIFY(expectRun(offline, 0));
        // 2. The nightly backup copies the stopped counter's folder.
        QVERIFY(copyDataDir(counterDir, backupDir));
        // 3. The next day the counter sends the three and sells six more; then its disk dies.
        const Ran lastDay = till(withSales(counter, 6));
        QVERIFY(expectRun(lastDay, 0));
        Result<std::unique_ptr<Database>> serverDb = backend.openTenant(QStringLiteral("acme"), QStringLiteral("restore-check"));
        QVERIFY2(serverDb.has_value(), why(serverDb).constData());
        Result<std::unique_ptr<Database>> masterDb = backend.openMaster(QStringLiteral("restore-master"));
        QVERIFY2(masterDb.has_value(), why(masterDb).constData());
        Database &db = **serverDb;
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM sales")), 14);

        // 4. The store restores last night's nexus.db and restarts the counter, which sells two tickets before the
        //    network is back (the witness beside nexus.db moved its numbers past everything printed), then two more.
        replaceDatabase(counterDir, backupDir);
        const Ran restoredOffline = till(withSales(counter, 2, false));
        QVERIFY(expectRun(restoredOffline, 0));
        QVERIFY2(!lastDay.folios.contains(restoredOffline.folios.value(0)), qPrintable(restoredOffline.output));
        const Ran restored = till(withSales(counter, 2));
        QVERIFY(expectRun(restored, 0));
        QVERIFY2(restored.output.contains(QLatin1String("drained epoch-changes 1")), qPrintable(restored.output));
        auto master = [&]() -> Database & { return **masterDb; };
        QCOMPARE(scalar(master(), QStringLiteral("SELECT epoch FROM devices WHERE id = ?"), { deviceId }), 2);
        QCOMPARE(scalar(master(), QStringLiteral("SELECT count(*) FROM device_epochs WHERE device_id = ? AND outcome = "
                                                 "'rekeyed'"),
                     { deviceId }),
            1);
        // The counter knew before the server told it: it asked for the new epoch on its own, before its first push.
        QCOMPARE(scalar(master(), QStringLiteral("SELECT count(*) FROM device_epochs WHERE device_id = ? AND reason = "
                                                 "'restored'"),
                     { deviceId }),
            1);
        // Exactly once: the three the backup still had pending were replayed, not applied again; the day the disk
        // took with it stays; the four new ones arrived; and no ticket number was issued twice.
        QCOMPARE(allSales.size(), 18);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM sales")), 18);
        for (const QString &id : std::as_const(allSales))
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM sales WHERE id = ?"), { id }), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(DISTINCT folio) FROM sales")), 18);
        QCOMPARE(QSet<QString>(allFolios.cbegin(), allFolios.cend()).size(), 18);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM exceptions WHERE kind = 'device_rekeyed'")), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM exceptions WHERE kind = 'duplicate_folio'")), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM exceptions WHERE kind = 'seq_reuse'")), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM quarantine")), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM stock_levels l WHERE quantity != (SELECT "
                                           "coalesce(sum(quantity), 0) FROM stock_movements m WHERE m.part_id = "
                                           "l.part_id AND m.warehouse_id = l.warehouse_id)")),
            0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM stock_movements WHERE kind = 'sale' AND ref_id NOT IN "
                                           "(SELECT id FROM sales)")),
            0);

        // 5. Someone images the counter's disk onto a second PC. The copy sells first and gets through (the server
        //    cannot tell yet); the original's next sales collide with it, so it changes epoch; the copy's next sale
        //    then finds its identity has moved on: refused, kept, and the copy stops pushing.
        QVERIFY(copyDataDir(counterDir, copyDir));
        TillRun copy = counter;
        copy.dbPath = copyDir + QStringLiteral("/nexus.db");
        QVERIFY(expectRun(till(withSales(copy, 2)), 0));
        const Ran original = till(withSales(counter, 2));
        QVERIFY(expectRun(original, 0));
        QVERIFY2(original.output.contains(QLatin1String("drained epoch-changes 1")), qPrintable(original.output));
        // Those two tickets of the original were printed with the copy's two numbers before the epoch change moved its
        // counters on: both pairs are kept, and HQ's queue names each ticket sharing a number.
        QCOMPARE(QSet<QString>(original.folios.cbegin(), original.folios.cend()).size(), 2);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM exceptions WHERE kind = 'duplicate_folio'")), 2);
        for (const QString &saleId : original.saleIds)
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM exceptions e JOIN sales s ON s.id = e.ref "
                                               "WHERE e.kind = 'duplicate_folio' AND e.ref = ? AND (SELECT count(*) "
                                               "FROM sales o WHERE o.folio = s.folio) = 2"),
                         { saleId }),
                1);
        const Ran refused = till(withSales(copy, 1));
        QVERIFY(expectRun(refused, kExitRefusedCopy));
        QVERIFY2(refused.output.contains(QLatin1String("refused at start")), qPrintable(refused.output));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM exceptions WHERE kind = 'device_cloned'")), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM sales WHERE id = ?"), { refused.saleIds.value(0) }), 0);
        QCOMPARE(scalar(master(), QStringLiteral("SELECT epoch FROM devices WHERE id = ?"), { deviceId }), 3);
        {
            Result<std::unique_ptr<LocalStore>> local = LocalStore::open(copy.dbPath, QStringLiteral("copy-check"));
            QVERIFY2(local.has_value(), why(local).constData());
            QVERIFY(!isEnrolled(**local)); // nexus-pos opens the enrollment wizard on this PC
            QCOMPARE(Outbox((*local)->db()).pendingCount().value_or(-1), 1);
            // 6. Head office issues a new code; the copy becomes a device of its own and its sale arrives.
            Result<EnrollmentResult> again = enrollDevice(
                **local, EnrollmentRequest { server.url(), enrollmentCode(), QStringLiteral("caja-2"), server.caFile() });
            QVERIFY2(again.has_value(), why(again).constData());
            QVERIFY(again->deviceId != deviceId);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("copy-check"));
        QVERIFY(expectRun(till(withSales(copy, 1)), 0));
        QCOMPARE(allSales.size(), 24);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM sales")), 24);
        for (const QString &id : std::as_const(allSales))
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM sales WHERE id = ?"), { id }), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(DISTINCT device_id) FROM sales")), 2);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM exceptions WHERE kind = 'seq_reuse'")), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM quarantine")), 0);
        serverDb->reset();
        masterDb->reset();
        QCOMPARE(server.stop(), 0);
    }
};

int main(int argc, char *argv[])
{
    if (argc == 9 && std::strcmp(argv[1], "--till") == 0) {
        QCoreApplication app(argc, argv);
        const QStringList a = QCoreApplication::arguments();
        return runTill(TillRun { a.at(2), a.at(3), a.at(4), a.at(5), a.at(6), a.at(7).toInt(), a.at(8) == QLatin1String("sync") });
    }
    QCoreApplication app(argc, argv);
    TestRestore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "testrestore.moc"
