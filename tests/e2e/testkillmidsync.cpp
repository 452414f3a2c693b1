// Two real counters (this executable re-run with --counter: a real nexus.db, CheckoutService, the real SyncEngine)
// and the real nexus-server over loopback HTTPS; the server and one counter are killed -9 mid-sync, restarted, and
// everything must converge: every sale committed at a counter is at the server exactly once, the server's stock
// equals its ledger and both outboxes are fully acked.
#include "../server/serverprocess.h"
#include "../server/tenantfixture.h"
#include "postgrescluster.h"
#include "tempdir.h"
#include "why.h"

#include "cash/cashmovementservice.h"
#include "cash/tillcloseservice.h"
#include "client/curltransport.h"
#include "client/enrollment.h"
#include "client/syncengine.h"
#include "common/clock.h"
#include "protocol/pullmessages.h"
#include "sales/cashsessionservice.h"
#include "sales/checkoutservice.h"
#include "server/serverstoragefactory.h"
#include "store/deviceidentity.h"
#include "store/localstore.h"
#include "store/outbox.h"
#include "store/schemadatabase.h"

#include <QMap>
#include <QSet>
#include <QTest>
#include <QTextStream>

#include <cstring>

using namespace nexus;
using namespace nexus::test;

namespace {

// ---- the counter process --------------------------------------------------------------------------------------

struct CounterArgs
{
    QString dbPath;
    QString serverUrl;
    QString caFile;
    QString folioSeries;
    QString cashierId;
    QString warehouse;
    int sales = 0; // to sell now (0: only drain the outbox)
    int pushEvery = 0; // a sync pass after every N sales
};

// Sells `sales` sales one transaction each, a sync pass every `pushEvery` of them (failures ignored: the counter
// sells offline), then syncs until the outbox is empty and the stock bucket is pulled. Prints "sold <id>" after each
// commit and "pushing" before each pass so the test knows when to kill it.
int runCounter(const CounterArgs &args)
{
    QTextStream out(stdout);
    Result<std::unique_ptr<LocalStore>> store = LocalStore::open(args.dbPath);
    if (!store) {
        out << "error " << store.error().logMessage() << Qt::endl;
        return 3;
    }
    Result<DeviceIdentity> identity = loadDeviceIdentity(**store);
    Result<QByteArray> secret = loadDeviceSecret(**store);
    if (!identity || !secret || identity->deviceId.isEmpty()) {
        out << "error the device is not enrolled" << Qt::endl;
        return 3;
    }
    SyncEngine::Config config;
    config.databasePath = args.dbPath;
    config.connectionName = QStringLiteral("counter-engine");
    config.deviceId = identity->deviceId;
    config.deviceSecret = QString::fromUtf8(*secret);
    config.batchSize = 5; // several requests per pass: more places for a kill to land
    SyncEngine engine(config,
        std::make_unique<CurlTransport>(args.serverUrl, HttpClient::Options { args.caFile, 3000, 20000, nullptr }));

    CashSessionService tills((*store)->db(), Clock::system(), config.deviceId, identity->branchId);
    Result<std::optional<CashSession>> till = tills.current();
    if (args.sales > 0 && till && !*till && !tills.open(args.cashierId, Money(100000))) {
        out << "error cannot open the till" << Qt::endl;
        return 3;
    }
    CheckoutService checkout((*store)->db(), Clock::system());
    const CheckoutContext context { config.deviceId, identity->branchId, args.folioSeries, args.cashierId,
        Role::Cashier, false };
    for (int i = 0; i < args.sales; ++i) {
        Cart cart;
        const CartItem item { 7 + i % 5, QStringLiteral("SKU-%1").arg(7 + i % 5), QStringLiteral("Balata"),
            args.warehouse, Money(19990), Money(20990), Money(9995), TaxRate::iva16(), 3, QStringLiteral("25174400"),
            QStringLiteral("H87") };
        if (!cart.add(item, Quantity::units(1 + i % 3))) {
            out << "error cart" << Qt::endl;
            return 3;
        }
        Result<SaleReceipt> receipt
            = checkout.checkout(cart, { Tender { TenderMethod::Cash, Money(100000), 0, {} } }, context);
        if (!receipt) {
            out << "error " << receipt.error().logMessage() << Qt::endl;
            return 3;
        }
        out << "sold " << receipt->saleId << Qt::endl;
        if (args.pushEvery > 0 && i % args.pushEvery == args.pushEvery - 1) {
            out << "pushing" << Qt::endl;
            (void)engine.pushPending();
        }
    }
    if (args.sales > 0) {
        // The rest of the counter's day goes up the same way: change brought in, then the till closed (corte Z).
        CashMovementService cash((*store)->db(), Clock::system(), config.deviceId, identity->branchId);
        Result<CashMovement> moved = cash.record(CashMovementRequest {
            CashMovementKind::In, Money(50000), QStringLiteral("cambio"), args.cashierId, Role::Cashier, {} });
        Result<std::optional<CashSession>> open = tills.current();
        if (!moved || !open || !*open) {
            out << "error cash movement" << Qt::endl;
            return 3;
        }
        TillCloseService closer((*store)->db(), Clock::system(), config.deviceId, identity->branchId);
        Result<TillClose> closed = closer.close(
            TillCloseRequest { (*open)->id, args.cashierId, Role::Cashier, { { 50000, 3 } }, {}, QString() });
        if (!closed) {
            out << "error " << closed.error().logMessage() << Qt::endl;
            return 3;
        }
        out << "closed " << closed->zNumber << Qt::endl;
    }
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 120000) {
        out << "pushing" << Qt::endl;
        Result<SyncEngine::PassResult> pass = engine.pushPending();
        if (pass && pass->pending == 0) {
            // State down too: the other branch's stock as the server has it now.
            Result<SyncEngine::PullPassResult> pulled = engine.pullBuckets();
            if (pulled && pulled->pulled.contains(QString(wire::kBucketStock))) {
                out << "drained" << Qt::endl;
                return 0;
            }
            out << "pull " << (pulled ? pulled->detail : pulled.error().logMessage()) << Qt::endl;
        }
        QThread::msleep(200);
    }
    out << "error the outbox did not drain" << Qt::endl;
    return 4;
}

// ---- the test -------------------------------------------------------------------------------------------------

class Counter final
{
public:
    Q_DISABLE_COPY_MOVE(Counter)
    Counter() = default;
    ~Counter() { kill(); }

    void start(const CounterArgs &args)
    {
        m_out.clear();
        m_process.setProgram(QCoreApplication::applicationFilePath());
        m_process.setArguments(
            { QStringLiteral("--counter"), args.dbPath, args.serverUrl, args.caFile, args.folioSeries, args.cashierId,
                args.warehouse, QString::number(args.sales), QString::number(args.pushEvery) });
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start();
    }
    // Reads what the counter printed so far; true once `text` appeared `times` times since start().
    bool saw(const QString &text, int times = 1)
    {
        m_out += QString::fromUtf8(m_process.readAll());
        return m_out.count(text + QLatin1Char('\n')) >= times;
    }
    bool waitFor(const QString &text, int times, int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        while (!saw(text, times)) {
            if (timer.elapsed() > timeoutMs || m_process.state() == QProcess::NotRunning)
                return saw(text, times);
            m_process.waitForReadyRead(50);
        }
        return true;
    }
    int finish(int timeoutMs)
    {
        if (!m_process.waitForFinished(timeoutMs))
            return -2;
        m_out += QString::fromUtf8(m_process.readAll());
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }
    void kill()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill(); // SIGKILL
            m_process.waitForFinished(5000);
        }
        m_out += QString::fromUtf8(m_process.readAll());
    }
    [[nodiscard]] const QString &output() const { return m_out; }

private:
    QProcess m_process;
    QString m_out;
};

struct ClientLedger
{
    QSet<QString> saleIds;
    QSet<QString> folios;
    qint64 soldQuantity = 0; // sum of the sale movements (negative)
    qint64 outboxRows = 0;
    qint64 cashMovements = 0;
    qint64 closedTills = 0;
    qint64 pending = 0;
};

} // namespace

// Counter A sells at MTY, counter B at GDL: each must end up seeing the other's stock as the server has it.
const QString kBranches[] = { QStringLiteral("MTY"), QStringLiteral("GDL") };
// A sells long enough to be killed in the middle of its day, whatever the machine's speed.
constexpr int kSalesOfA = 1000;
constexpr int kSalesOfB = 150;

class TestKillMidSync final : public QObject
{
    Q_OBJECT

private:
    TestKillMidSync() = default;

    TempDir m_root;
    TenantFixture m_acme = TenantFixture::standard(QStringLiteral("acme"));
    std::unique_ptr<PostgresCluster> m_cluster;

    QString backendUrl(const QString &backend)
    {
        return backend == QLatin1String("postgresql") ? m_cluster->url() : QString();
    }

    // A connection of its own to the tenant's data at the server, whatever the backend.
    static Result<std::unique_ptr<Database>> openServerTenant(const QString &data, const QString &database)
    {
        Result<std::unique_ptr<ServerStorage>> storage = openServerStorage(data, database);
        if (!storage)
            return std::unexpected(storage.error());
        Result<std::optional<TenantRecord>> tenant = (*storage)->master().tenantBySlug(QStringLiteral("acme"));
        if (!tenant)
            return std::unexpected(tenant.error());
        if (!*tenant)
            return fail(ErrorCode::NotFound, NX_ERR("no tenant acme"));
        return (*storage)->openTenantConnection(**tenant, QStringLiteral("kill-check"));
    }

    static ClientLedger readClient(const QString &path)
    {
        ClientLedger ledger;
        Result<std::unique_ptr<Database>> db = Database::open(path, Durability::Full);
        if (!db)
            return ledger;
        Result<QSqlQuery> sales = (*db)->exec(QStringLiteral("SELECT id, folio FROM sales"));
        while (sales && sales->next()) {
            ledger.saleIds.insert(sales->value(0).toString());
            ledger.folios.insert(sales->value(1).toString());
        }
        ledger.soldQuantity = (*db)
                                  ->scalar(QStringLiteral("SELECT coalesce(sum(quantity), 0) FROM stock_movements "
                                                          "WHERE kind = 'sale'"))
                                  .value_or(QVariant())
                                  .toLongLong();
        ledger.cashMovements
            = (*db)->scalar(QStringLiteral("SELECT count(*) FROM cash_movements")).value_or(QVariant()).toLongLong();
        ledger.closedTills
            = (*db)
                  ->scalar(QStringLiteral("SELECT count(*) FROM cash_sessions WHERE closed_at IS NOT NULL"))
                  .value_or(QVariant())
                  .toLongLong();
        ledger.outboxRows
            = (*db)->scalar(QStringLiteral("SELECT count(*) FROM outbox")).value_or(QVariant()).toLongLong();
        ledger.pending = (*db)
                             ->scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE acked_at IS NULL"))
                             .value_or(QVariant(-1))
                             .toLongLong();
        return ledger;
    }

public:
    // QTest needs the default constructor public through the macro-less main below.
    static std::unique_ptr<TestKillMidSync> make() { return std::unique_ptr<TestKillMidSync>(new TestKillMidSync); }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("NEXUS_SECRET_STORE", "file");
        QVERIFY(m_root.isValid());
    }

    void serverAndCounterKilledMidSync_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    void serverAndCounterKilledMidSync()
    {
        QFETCH(QString, backend);
        const bool postgres = backend == QLatin1String("postgresql");
        if (postgres) {
            const Status cluster = PostgresCluster::startOnce(m_cluster);
            NEXUS_REQUIRE_POSTGRES(cluster);
        }
        const QString base = m_root.file(backend);
        const QString data = base + QStringLiteral("/server");
        const QString database = backendUrl(backend);

        // The tenant and two enrollment codes by the real nexus-admin (with --database on PostgreSQL), the fixture
        // rows through the server's own storage.
        const QStringList backendArgs = postgres
            ? QStringList { QStringLiteral("--data"), data, QStringLiteral("--database"), database }
            : QStringList { QStringLiteral("--data"), data };
        const AdminRun created
            = runAdmin(QStringList { QStringLiteral("tenant"), QStringLiteral("create") } + backendArgs
                + QStringList { QStringLiteral("--slug"), QStringLiteral("acme"), QStringLiteral("--name"),
                    QStringLiteral("Acme") });
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        {
            Result<std::unique_ptr<ServerStorage>> storage = openServerStorage(data, database);
            QVERIFY2(storage.has_value(), why(storage).constData());
            Result<std::optional<TenantRecord>> tenant = (*storage)->master().tenantBySlug(QStringLiteral("acme"));
            QVERIFY(tenant && *tenant);
            Result<TenantStore *> store = (*storage)->tenant(**tenant);
            QVERIFY2(store.has_value(), why(store).constData());
            QVERIFY(m_acme.writeInto((*store)->db()));
        }
        QStringList codes;
        for (const QString &branch : kBranches) {
            const AdminRun code = runAdmin(QStringList { QStringLiteral("enroll-code") } + backendArgs
                + QStringList {
                    QStringLiteral("--tenant"), QStringLiteral("acme"), QStringLiteral("--branch"), branch });
            QVERIFY2(code.exitCode == 0, qPrintable(code.err));
            codes.append(code.out.trimmed());
        }
        ServerProcess server(data, database);
        QVERIFY2(server.start(), qPrintable(server.log()));
        const quint16 port = server.port();
        // On PostgreSQL a second server process serves the same database at the same time: counter B talks to it,
        // so the two counters' batches are applied by two processes at once, and B's server survives A's kill.
        ServerProcess second(data, database);
        if (postgres)
            QVERIFY2(second.start(), qPrintable(second.log()));
        ServerProcess &serverOfB = postgres ? second : server;

        QList<CounterArgs> counters;
        for (int i = 0; i < 2; ++i) {
            const QString dir = base + QStringLiteral("/counter-%1").arg(i + 1);
            QVERIFY(QDir().mkpath(dir));
            Result<std::unique_ptr<LocalStore>> local = LocalStore::open(dir + QStringLiteral("/nexus.db"));
            QVERIFY2(local.has_value(), why(local).constData());
            Result<EnrollmentResult> enrolled = enrollDevice(**local,
                EnrollmentRequest { server.url(), codes.at(i), QStringLiteral("caja-%1").arg(i + 1), server.caFile() });
            QVERIFY2(enrolled.has_value(), why(enrolled).constData());
            counters.append(CounterArgs { dir + QStringLiteral("/nexus.db"), i == 0 ? server.url() : serverOfB.url(),
                server.caFile(), kBranches[i] + QStringLiteral("1"),
                m_acme.userId(QStringLiteral("acme-") + kBranches[i].toLower() + QStringLiteral("-cajero")),
                m_acme.branchId(kBranches[i]) + QStringLiteral("-wh-A"), i == 0 ? kSalesOfA : kSalesOfB, 7 });
        }

        Counter a;
        Counter b;
        a.start(counters.at(0));
        b.start(counters.at(1));

        // 1. The server dies under both counters' pushes.
        QVERIFY2(a.waitFor(QStringLiteral("pushing"), 3, 60000) && b.waitFor(QStringLiteral("pushing"), 3, 60000),
            qPrintable(a.output() + b.output()));
        server.kill();
        const qint64 atServerKill
            = a.output().count(QStringLiteral("sold ")) + b.output().count(QStringLiteral("sold "));
        // The counters keep selling offline meanwhile.
        QVERIFY(a.waitFor(QStringLiteral("pushing"), 6, 60000));
        QVERIFY2(server.start(port), qPrintable(server.log()));

        // 2. Counter A dies mid-sync: killed as soon as it announces a pass.
        const int passes = static_cast<int>(a.output().count(QStringLiteral("pushing\n")));
        QVERIFY(a.waitFor(QStringLiteral("pushing"), passes + 2, 60000));
        a.kill();
        const ClientLedger killedA = readClient(counters.at(0).dbPath);
        QVERIFY2(killedA.pending > 0, "counter A had nothing left to sync when it was killed");
        QVERIFY2(killedA.saleIds.size() < kSalesOfA, "counter A had finished selling when it was killed");

        // 3. Counter A restarts (sells a little more, then drains); B finishes; both must drain.
        CounterArgs again = counters.at(0);
        again.sales = 10;
        a.start(again);
        const int exitA = a.finish(180000);
        const int exitB = b.finish(180000);
        if (exitA != 0 || exitB != 0)
            qWarning().noquote() << "counter A:" << a.output().right(3000) << "\ncounter B:" << b.output().right(3000)
                                 << "\nserver:" << server.log().right(6000)
                                 << "\nsecond server:" << second.log().right(6000);
        QCOMPARE(exitA, 0);
        QCOMPARE(exitB, 0);
        QVERIFY2(
            a.saw(QStringLiteral("drained")) && b.saw(QStringLiteral("drained")), qPrintable(a.output() + b.output()));

        // 4. Convergence. One more pass each now that both are drained: the last pull sees every sale.
        for (const CounterArgs &args : counters) {
            CounterArgs last = args;
            last.sales = 0;
            Counter final_;
            final_.start(last);
            QCOMPARE(final_.finish(120000), 0);
        }
        const ClientLedger one = readClient(counters.at(0).dbPath);
        const ClientLedger two = readClient(counters.at(1).dbPath);
        QCOMPARE(one.pending, 0);
        QCOMPARE(two.pending, 0);
        QCOMPARE(two.saleIds.size(), kSalesOfB);
        QVERIFY(one.saleIds.size() >= killedA.saleIds.size() + 10);
        QVERIFY(atServerKill < 300);

        Result<std::unique_ptr<Database>> serverDb = openServerTenant(data, database);
        QVERIFY2(serverDb.has_value(), why(serverDb).constData());
        Database &db = **serverDb;
        auto scalar = [&db](const QString &sql) {
            Result<QVariant> value = db.scalar(sql);
            return value && value->isValid() ? value->toLongLong() : -1;
        };
        QSet<QString> serverIds;
        QSet<QString> serverFolios;
        {
            Result<QSqlQuery> sales = db.exec(QStringLiteral("SELECT id, folio FROM sales"));
            QVERIFY2(sales.has_value(), why(sales).constData());
            while (sales->next()) {
                serverIds.insert(sales->value(0).toString());
                serverFolios.insert(sales->value(1).toString());
            }
        }
        const QSet<QString> clientIds = one.saleIds + two.saleIds;
        QCOMPARE(clientIds.size(), one.saleIds.size() + two.saleIds.size());
        // Exactly once: the same set of ids and folios, and no id or folio twice.
        QCOMPARE(serverIds, clientIds);
        QCOMPARE(serverFolios, one.folios + two.folios);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM sales")), qint64(clientIds.size()));
        QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT folio) FROM sales")), qint64(clientIds.size()));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM applied_mutations")), one.outboxRows + two.outboxRows);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM quarantine")), 0);
        // Every sale line moved stock once; the balances are the sum of the ledger; the ledger is what was sold.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM sales s WHERE (SELECT count(*) FROM stock_movements m "
                                       "WHERE m.ref_id = s.id) != (SELECT count(*) FROM sale_lines l "
                                       "WHERE l.sale_id = s.id)")),
            0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM stock_levels l WHERE quantity != (SELECT "
                                       "coalesce(sum(quantity), 0) FROM stock_movements m WHERE m.part_id = l.part_id "
                                       "AND m.warehouse_id = l.warehouse_id)")),
            0);
        QCOMPARE(scalar(QStringLiteral("SELECT coalesce(sum(quantity), 0) FROM stock_levels")),
            one.soldQuantity + two.soldQuantity);
        QCOMPARE(scalar(QStringLiteral("SELECT coalesce(sum(quantity), 0) FROM stock_movements")),
            one.soldQuantity + two.soldQuantity);
        QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT device_id) FROM sales")), 2);
        // Cash in/out and closes: as many as the counters recorded (A closed before its kill only if it got there).
        QCOMPARE(two.closedTills, 1);
        QVERIFY(one.closedTills >= 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM cash_movements")), one.cashMovements + two.cashMovements);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM cash_sessions WHERE closed_at IS NOT NULL")),
            one.closedTills + two.closedTills);
        // State down: each counter's copy of the other branch's stock equals the server's.
        for (int i = 0; i < 2; ++i) {
            const QString other = m_acme.branchId(kBranches[1 - i]);
            QMap<QString, qint64> atServer;
            Result<QSqlQuery> levels = db.exec(QStringLiteral("SELECT l.warehouse_id, l.part_id, l.quantity FROM "
                                                              "stock_levels l JOIN warehouses w ON w.id = "
                                                              "l.warehouse_id WHERE w.branch_id = ?"),
                { other });
            QVERIFY2(levels.has_value(), why(levels).constData());
            while (levels->next())
                atServer.insert(levels->value(0).toString() + QLatin1Char('/') + levels->value(1).toString(),
                    levels->value(2).toLongLong());
            QVERIFY(!atServer.isEmpty());
            Result<std::unique_ptr<Database>> client = Database::open(counters.at(i).dbPath, Durability::Full);
            QVERIFY2(client.has_value(), why(client).constData());
            QMap<QString, qint64> atCounter;
            Result<QSqlQuery> remote = (*client)->exec(
                QStringLiteral("SELECT warehouse_id, part_id, quantity FROM remote_stock_levels WHERE branch_id = ?"),
                { other });
            QVERIFY2(remote.has_value(), why(remote).constData());
            while (remote->next())
                atCounter.insert(remote->value(0).toString() + QLatin1Char('/') + remote->value(1).toString(),
                    remote->value(2).toLongLong());
            QCOMPARE(atCounter, atServer);
        }
        serverDb->reset();
        QCOMPARE(server.stop(), 0);
        if (postgres)
            QCOMPARE(second.stop(), 0);
    }
};

int main(int argc, char *argv[])
{
    if (argc == 10 && std::strcmp(argv[1], "--counter") == 0) {
        QCoreApplication app(argc, argv);
        const QStringList a = QCoreApplication::arguments();
        return runCounter(
            CounterArgs { a.at(2), a.at(3), a.at(4), a.at(5), a.at(6), a.at(7), a.at(8).toInt(), a.at(9).toInt() });
    }
    QCoreApplication app(argc, argv);
    std::unique_ptr<TestKillMidSync> test = TestKillMidSync::make();
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(test.get(), argc, argv);
}

#include "testkillmidsync.moc"
