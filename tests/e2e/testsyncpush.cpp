// Sell offline with the real CheckoutService into a real enrolled nexus.db, then let the real SyncEngine push to
// the real nexus-server over HTTPS: every sale exactly once, also when the server is killed -9 mid-push.
#include "../server/serverprocess.h"
#include "../server/tenantfixture.h"
#include "tempdir.h"
#include "why.h"

#include "client/curltransport.h"
#include "client/enrollment.h"
#include "client/syncengine.h"
#include "common/clock.h"
#include "sales/cashsessionservice.h"
#include "sales/checkoutservice.h"
#include "store/localstore.h"
#include "store/outbox.h"
#include "store/schemadatabase.h"

#include <QTest>

#include <thread>

using namespace nexus;
using namespace nexus::test;

class TestSyncPushE2e final : public QObject
{
    Q_OBJECT

private:
    TempDir m_root;
    QString m_data;
    std::unique_ptr<ServerProcess> m_server;
    TenantFixture m_acme = TenantFixture::standard(QStringLiteral("acme"));
    std::unique_ptr<LocalStore> m_client;
    EnrollmentResult m_device;
    QString m_secret;
    QString m_warehouse;
    int m_engines = 0;

    std::unique_ptr<SyncEngine> engine(int batchSize)
    {
        SyncEngine::Config config;
        config.databasePath = m_root.file(QStringLiteral("client/nexus.db"));
        config.connectionName = QStringLiteral("e2e-engine-%1").arg(++m_engines);
        config.deviceId = m_device.deviceId;
        config.deviceSecret = m_secret;
        config.batchSize = batchSize;
        return std::make_unique<SyncEngine>(config,
            std::make_unique<CurlTransport>(m_server->url(), HttpClient::Options { m_server->caFile(), 5000, 30000, nullptr }));
    }

    QStringList sell(int count)
    {
        CheckoutService checkout(m_client->db(), Clock::system());
        const CheckoutContext context { m_device.deviceId, m_device.branchId, QStringLiteral("MTY1"),
            m_acme.userId(QStringLiteral("acme-mty-cajero")), Role::Cashier, false };
        QStringList ids;
        for (int i = 0; i < count; ++i) {
            Cart cart;
            const CartItem item { 7 + i % 5, QStringLiteral("SKU-%1").arg(7 + i % 5), QStringLiteral("Balata"), m_warehouse,
                Money(19990), Money(20990), Money(9995), TaxRate::iva16(), 3, QStringLiteral("25174400"),
                QStringLiteral("H87") };
            if (!cart.add(item, Quantity::units(1 + i % 3)))
                return {};
            Result<SaleReceipt> receipt
                = checkout.checkout(cart, { Tender { TenderMethod::Cash, Money(100000), 0, {} } }, context);
            if (!receipt)
                return {};
            ids.append(receipt->saleId);
        }
        return ids;
    }

    qint64 serverScalar(const QString &sql)
    {
        auto db = openWithSchema(m_data + QStringLiteral("/tenants/acme/tenant.db"), Durability::Full,
            QStringLiteral("server/tenant"), QStringLiteral("e2e-check"));
        if (!db)
            return -1;
        Result<QVariant> value = (*db)->scalar(sql);
        return value && value->isValid() ? value->toLongLong() : -1;
    }

    void verifyExactlyOnce(qint64 clientSales)
    {
        QCOMPARE(serverScalar(QStringLiteral("SELECT count(*) FROM sales")), clientSales);
        QCOMPARE(serverScalar(QStringLiteral("SELECT count(DISTINCT id) FROM sales")), clientSales);
        QCOMPARE(serverScalar(QStringLiteral("SELECT count(*) FROM sales s WHERE (SELECT count(*) FROM stock_movements m "
                                             "WHERE m.ref_id = s.id) != (SELECT count(*) FROM sale_lines l WHERE l.sale_id = s.id)")),
            0);
        // The server's balances equal its ledger, and equal what the client's own ledger says it sold.
        QCOMPARE(serverScalar(QStringLiteral(
                     "SELECT count(*) FROM stock_levels l WHERE quantity != (SELECT coalesce(sum(quantity), 0) FROM "
                     "stock_movements m WHERE m.part_id = l.part_id AND m.warehouse_id = l.warehouse_id)")),
            0);
        Result<QVariant> clientSold = m_client->db().scalar(
            QStringLiteral("SELECT coalesce(sum(quantity), 0) FROM stock_movements WHERE kind = 'sale'"));
        QVERIFY(clientSold.has_value());
        QCOMPARE(serverScalar(QStringLiteral("SELECT coalesce(sum(quantity), 0) FROM stock_movements")),
            clientSold->toLongLong());
        QCOMPARE(Outbox(m_client->db()).pendingCount().value_or(-1), 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("NEXUS_SECRET_STORE", "file");
        QVERIFY(m_root.isValid());
        m_data = m_root.file(QStringLiteral("server"));
        const AdminRun created = runAdmin({ QStringLiteral("tenant"), QStringLiteral("create"), QStringLiteral("--data"),
            m_data, QStringLiteral("--slug"), QStringLiteral("acme"), QStringLiteral("--name"), QStringLiteral("Acme") });
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        {
            auto db = openWithSchema(m_data + QStringLiteral("/tenants/acme/tenant.db"), Durability::Full,
                QStringLiteral("server/tenant"), QStringLiteral("e2e-fixture"));
            QVERIFY(db);
            QVERIFY(m_acme.writeInto(**db));
        }
        m_warehouse = m_acme.branchId(QStringLiteral("MTY")) + QStringLiteral("-wh-A");
        m_server = std::make_unique<ServerProcess>(m_data);
        QVERIFY2(m_server->start(), qPrintable(m_server->log()));
        const AdminRun code = runAdmin({ QStringLiteral("enroll-code"), QStringLiteral("--data"), m_data,
            QStringLiteral("--tenant"), QStringLiteral("acme"), QStringLiteral("--branch"), QStringLiteral("MTY") });
        QVERIFY(QDir().mkpath(m_root.file(QStringLiteral("client"))));
        Result<std::unique_ptr<LocalStore>> store = LocalStore::open(m_root.file(QStringLiteral("client/nexus.db")));
        QVERIFY2(store.has_value(), why(store).constData());
        m_client = std::move(*store);
        Result<EnrollmentResult> enrolled = enrollDevice(*m_client,
            EnrollmentRequest { m_server->url(), code.out.trimmed(), QStringLiteral("caja-1"), m_server->caFile() });
        QVERIFY2(enrolled.has_value(), why(enrolled).constData());
        m_device = *enrolled;
        Result<QByteArray> secret = loadDeviceSecret(*m_client);
        QVERIFY2(secret.has_value(), why(secret).constData());
        m_secret = QString::fromUtf8(*secret);
    }

    void salesMadeOfflineArriveExactlyOnce()
    {
        QCOMPARE(m_server->stop(), 0); // the counter is offline
        CashSessionService tills(m_client->db(), Clock::system(), m_device.deviceId, m_device.branchId);
        QVERIFY(tills.open(m_acme.userId(QStringLiteral("acme-mty-cajero")), Money(100000)).has_value());
        const QStringList sales = sell(5);
        QCOMPARE(sales.size(), 5);
        {
            std::unique_ptr<SyncEngine> offline = engine(50);
            Result<SyncEngine::PassResult> refused = offline->pushPending();
            QVERIFY(!refused.has_value()); // no server: an error, and the outbox keeps everything
            QCOMPARE(refused.error().code(), ErrorCode::Network);
            QCOMPARE(Outbox(m_client->db()).pendingCount().value_or(-1), 6); // 5 sales + the till
        }
        QVERIFY2(m_server->start(), qPrintable(m_server->log()));
        Result<SyncEngine::PassResult> pass = engine(50)->pushPending();
        QVERIFY2(pass.has_value(), why(pass).constData());
        QCOMPARE(pass->pending, 0);
        QCOMPARE(serverScalar(QStringLiteral("SELECT count(*) FROM cash_sessions")), 1);
        verifyExactlyOnce(sales.size());
    }

    void serverKilledMidPushStillExactlyOnce()
    {
        const QStringList more = sell(400);
        QCOMPARE(more.size(), 400);
        Result<QVariant> earlier = m_client->db().scalar(QStringLiteral("SELECT count(*) FROM sales"));
        const qint64 alreadyThere = serverScalar(QStringLiteral("SELECT count(*) FROM sales"));
        // The pass runs on its own thread (own connection); the server dies under it.
        std::atomic_bool done { false };
        std::thread worker([&] {
            std::unique_ptr<SyncEngine> pushing = engine(10);
            (void)pushing->pushPending();
            pushing.reset();
            done = true;
        });
        QElapsedTimer waited;
        waited.start();
        while (serverScalar(QStringLiteral("SELECT count(*) FROM sales")) <= alreadyThere && waited.elapsed() < 20000)
            QThread::msleep(20);
        m_server->kill(); // SIGKILL, mid-push
        worker.join();
        QVERIFY(done);
        const qint64 afterKill = serverScalar(QStringLiteral("SELECT count(*) FROM sales"));
        QVERIFY2(afterKill < alreadyThere + 400, "the kill came too late to cut the push");
        QVERIFY(Outbox(m_client->db()).pendingCount().value_or(0) > 0);

        QVERIFY2(m_server->start(), qPrintable(m_server->log()));
        Result<SyncEngine::PassResult> pass = engine(10)->pushPending();
        QVERIFY2(pass.has_value(), why(pass).constData());
        QCOMPARE(pass->pending, 0);
        QVERIFY(earlier.has_value());
        QCOMPARE(earlier->toLongLong(), alreadyThere + 400);
        verifyExactlyOnce(earlier->toLongLong());
    }

    void cleanupTestCase()
    {
        m_client.reset();
        if (m_server)
            QCOMPARE(m_server->stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncPushE2e)
#include "testsyncpush.moc"
