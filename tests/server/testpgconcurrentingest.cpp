// Two real nexus-server processes on one PostgreSQL database receive the same device's batches at the same moment
// (two SyncEngines of one counter racing each other, one per server): every sale is applied exactly once, the
// other server answers the copies as replays, and the ack covers the whole outbox.
#include "postgrescluster.h"
#include "serverprocess.h"
#include "tempdir.h"
#include "tenantfixture.h"
#include "why.h"

#include "client/curltransport.h"
#include "client/enrollment.h"
#include "client/syncengine.h"
#include "common/clock.h"
#include "sales/cashsessionservice.h"
#include "sales/checkoutservice.h"
#include "server/enrollmentservice.h"
#include "server/pgserverstorage.h"
#include "server/serveroptions.h"
#include "server/serverstoragefactory.h"
#include "server/tenantservice.h"
#include "store/localstore.h"
#include "store/outbox.h"

#include <QTest>

#include <thread>

using namespace nexus;
using namespace nexus::test;

class TestPgConcurrentIngest final : public QObject
{
    Q_OBJECT

private:
    TempDir m_root;
    std::unique_ptr<PostgresCluster> m_cluster;
    TenantFixture m_acme = TenantFixture::standard(QStringLiteral("acme"));
    std::unique_ptr<ServerStorage> m_storage;
    std::unique_ptr<ServerProcess> m_first;
    std::unique_ptr<ServerProcess> m_second;
    std::unique_ptr<LocalStore> m_client;
    EnrollmentResult m_device;
    QString m_secret;
    int m_engines = 0;

    SyncEngine::Config config()
    {
        SyncEngine::Config config;
        config.databasePath = m_root.file(QStringLiteral("client/nexus.db"));
        config.connectionName = QStringLiteral("race-engine-%1").arg(++m_engines);
        config.deviceId = m_device.deviceId;
        config.deviceSecret = m_secret;
        config.batchSize = 10;
        return config;
    }

    void sell(int count)
    {
        CheckoutService checkout(m_client->db(), Clock::system());
        const CheckoutContext context { m_device.deviceId, m_device.branchId, QStringLiteral("MTY1"),
            m_acme.userId(QStringLiteral("acme-mty-cajero")), Role::Cashier, false };
        for (int i = 0; i < count; ++i) {
            Cart cart;
            const CartItem item { 7 + i % 5, QStringLiteral("SKU-%1").arg(7 + i % 5), QStringLiteral("Balata"),
                m_acme.branchId(QStringLiteral("MTY")) + QStringLiteral("-wh-A"), Money(19990), Money(20990),
                Money(9995), TaxRate::iva16(), 3, QStringLiteral("25174400"), QStringLiteral("H87") };
            QVERIFY(cart.add(item, Quantity::units(1 + i % 3)).has_value());
            Result<SaleReceipt> receipt
                = checkout.checkout(cart, { Tender { TenderMethod::Cash, Money(100000), 0, {} } }, context);
            QVERIFY2(receipt.has_value(), why(receipt).constData());
        }
    }

    qint64 serverScalar(const QString &sql)
    {
        Result<std::optional<TenantRecord>> tenant = m_storage->master().tenantBySlug(QStringLiteral("acme"));
        if (!tenant || !*tenant)
            return -1;
        Result<std::unique_ptr<Database>> db = m_storage->openTenantConnection(**tenant);
        if (!db)
            return -1;
        Result<QVariant> value = (*db)->scalar(sql);
        return value && value->isValid() ? value->toLongLong() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("NEXUS_SECRET_STORE", "file");
        QVERIFY(m_root.isValid());
        const Status cluster = PostgresCluster::startOnce(m_cluster);
        NEXUS_REQUIRE_POSTGRES(cluster);

        ServerOptions options;
        options.dataDir = m_root.file(QStringLiteral("server"));
        options.databaseUrl = m_cluster->url();
        Result<std::unique_ptr<ServerStorage>> storage = openServerStorage(options);
        QVERIFY2(storage.has_value(), why(storage).constData());
        m_storage = std::move(*storage);
        Result<TenantRecord> tenant
            = TenantService(*m_storage, Clock::system()).create(QStringLiteral("acme"), QStringLiteral("Acme"));
        QVERIFY2(tenant.has_value(), why(tenant).constData());
        Result<TenantStore *> store = m_storage->tenant(*tenant);
        QVERIFY2(store.has_value(), why(store).constData());
        QVERIFY(m_acme.writeInto((*store)->db()));
        Result<IssuedCode> code
            = EnrollmentService(*m_storage, Clock::system()).issueCode(QStringLiteral("acme"), QStringLiteral("MTY"));
        QVERIFY2(code.has_value(), why(code).constData());

        m_first = std::make_unique<ServerProcess>(options.dataDir, options.databaseUrl);
        m_second = std::make_unique<ServerProcess>(options.dataDir, options.databaseUrl);
        QVERIFY2(m_first->start(), qPrintable(m_first->log()));
        QVERIFY2(m_second->start(), qPrintable(m_second->log()));

        QVERIFY(QDir().mkpath(m_root.file(QStringLiteral("client"))));
        Result<std::unique_ptr<LocalStore>> local = LocalStore::open(m_root.file(QStringLiteral("client/nexus.db")));
        QVERIFY2(local.has_value(), why(local).constData());
        m_client = std::move(*local);
        // Enrolled through the second server: both serve the same master data.
        Result<EnrollmentResult> enrolled = enrollDevice(
            *m_client, EnrollmentRequest { m_second->url(), code->code, QStringLiteral("caja-1"), m_second->caFile() });
        QVERIFY2(enrolled.has_value(), why(enrolled).constData());
        m_device = *enrolled;
        Result<QByteArray> secret = loadDeviceSecret(*m_client);
        QVERIFY2(secret.has_value(), why(secret).constData());
        m_secret = QString::fromUtf8(*secret);
        CashSessionService tills(m_client->db(), Clock::system(), m_device.deviceId, m_device.branchId);
        QVERIFY(tills.open(m_acme.userId(QStringLiteral("acme-mty-cajero")), Money(100000)).has_value());
    }

    void sameBatchesAtTwoServersAtOnceApplyOnce_data()
    {
        QTest::addColumn<int>("sales");
        QTest::newRow("120 sales") << 120;
        QTest::newRow("300 sales") << 300;
    }

    void sameBatchesAtTwoServersAtOnceApplyOnce()
    {
        QFETCH(int, sales);
        sell(sales);
        const qint64 outboxRows
            = m_client->db().scalar(QStringLiteral("SELECT count(*) FROM outbox")).value_or(0).toLongLong();
        const qint64 pendingBefore = Outbox(m_client->db()).pendingCount().value_or(-1);
        QVERIFY(pendingBefore >= sales);

        // Both engines start from the same pending rows, so they send the same batches, one to each server.
        std::atomic_int ready { 0 };
        qint64 pushed[2] = { 0, 0 };
        bool ok[2] = { false, false };
        QString errors[2];
        std::vector<std::thread> racers;
        for (int i = 0; i < 2; ++i) {
            const SyncEngine::Config engineConfig = config();
            const QString url = i == 0 ? m_first->url() : m_second->url();
            const QString ca = m_first->caFile();
            racers.emplace_back([&, i, engineConfig, url, ca] {
                SyncEngine engine(engineConfig,
                    std::make_unique<CurlTransport>(url, HttpClient::Options { ca, 5000, 60000, nullptr }));
                ++ready;
                while (ready < 2)
                    std::this_thread::yield();
                Result<SyncEngine::PassResult> pass = engine.pushPending();
                ok[i] = pass.has_value() && pass->pending == 0;
                pushed[i] = pass ? pass->pushed : 0;
                errors[i] = pass ? QString() : pass.error().logMessage();
                engine.closeStore();
            });
        }
        for (std::thread &racer : racers)
            racer.join();
        QVERIFY2(ok[0] && ok[1], qPrintable(errors[0] + QLatin1Char(' ') + errors[1]));
        // The race really happened: together they sent more mutations than were pending.
        QVERIFY2(pushed[0] + pushed[1] > pendingBefore,
            qPrintable(QStringLiteral("%1 + %2 sent for %3 pending").arg(pushed[0]).arg(pushed[1]).arg(pendingBefore)));

        const qint64 clientSales
            = m_client->db().scalar(QStringLiteral("SELECT count(*) FROM sales")).value_or(0).toLongLong();
        QCOMPARE(serverScalar(QStringLiteral("SELECT count(*) FROM sales")), clientSales);
        QCOMPARE(serverScalar(QStringLiteral("SELECT count(DISTINCT folio) FROM sales")), clientSales);
        QCOMPARE(serverScalar(QStringLiteral("SELECT count(*) FROM applied_mutations")), outboxRows);
        QCOMPARE(serverScalar(QStringLiteral("SELECT count(*) FROM quarantine")), 0);
        QCOMPARE(serverScalar(QStringLiteral("SELECT count(*) FROM exceptions WHERE kind <> 'negative_stock'")), 0);
        QCOMPARE(serverScalar(QStringLiteral("SELECT acked_seq FROM device_cursors")),
            m_client->db().scalar(QStringLiteral("SELECT max(seq) FROM outbox")).value_or(0).toLongLong());
        QCOMPARE(serverScalar(QStringLiteral("SELECT count(*) FROM stock_levels l WHERE quantity != (SELECT "
                                             "coalesce(sum(quantity), 0) FROM stock_movements m WHERE m.part_id = "
                                             "l.part_id AND m.warehouse_id = l.warehouse_id)")),
            0);
        const qint64 sold = m_client->db()
                                .scalar(QStringLiteral("SELECT coalesce(sum(quantity), 0) FROM stock_movements "
                                                       "WHERE kind = 'sale'"))
                                .value_or(0)
                                .toLongLong();
        QCOMPARE(serverScalar(QStringLiteral("SELECT coalesce(sum(quantity), 0) FROM stock_levels")), sold);
        QCOMPARE(Outbox(m_client->db()).pendingCount().value_or(-1), 0);
        // Every change-log seq of the stock bucket is unique and the log holds one entry per stock row.
        QCOMPARE(serverScalar(QStringLiteral("SELECT count(*) FROM change_log WHERE bucket = 'stock'")),
            serverScalar(QStringLiteral("SELECT count(*) FROM stock_levels")));
    }

    void serversReconnectAfterLosingTheDatabase()
    {
        // Every connection of both servers (and of this test's storage) is cut, as a PostgreSQL restart would.
        {
            Result<std::unique_ptr<Database>> admin
                = Database::openPostgres(m_cluster->url(), QStringLiteral("nexus_master"));
            QVERIFY2(admin.has_value(), why(admin).constData());
            Result<QVariant> cut = (*admin)->scalar(
                QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = "
                               "current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'"));
            QVERIFY2(cut.has_value(), why(cut).constData());
            QVERIFY(cut->toInt() >= 4); // two servers with master and tenant connections each
        }
        sell(20);
        for (ServerProcess *server : { m_first.get(), m_second.get() }) {
            SyncEngine engine(config(),
                std::make_unique<CurlTransport>(
                    server->url(), HttpClient::Options { server->caFile(), 5000, 60000, nullptr }));
            Result<SyncEngine::PassResult> pass = engine.pushPending();
            QVERIFY2(pass.has_value(), why(pass).constData());
            QCOMPARE(pass->pending, 0);
            engine.closeStore();
        }
        const qint64 clientSales
            = m_client->db().scalar(QStringLiteral("SELECT count(*) FROM sales")).value_or(0).toLongLong();
        QCOMPARE(serverScalar(QStringLiteral("SELECT count(*) FROM sales")), clientSales);
    }

    void secondServerRefusesABadDatabaseUrl()
    {
        ServerProcess bad(m_root.file(QStringLiteral("server")), QStringLiteral("mysql://nexus@127.0.0.1/nexus"));
        QVERIFY(!bad.start(0, 5000));
        QVERIFY2(bad.log().contains(QLatin1String("--database")), qPrintable(bad.log()));
    }

    void cleanupTestCase()
    {
        m_client.reset();
        if (m_first)
            QCOMPARE(m_first->stop(), 0);
        if (m_second)
            QCOMPARE(m_second->stop(), 0);
        m_storage.reset();
    }
};

QTEST_GUILESS_MAIN(TestPgConcurrentIngest)
#include "testpgconcurrentingest.moc"
