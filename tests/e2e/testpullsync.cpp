// State down through the real sync engine: two counters of different branches enrolled with the real nexus-server
// over HTTPS; a sale posted at branch MTY reaches the server with MTY's push and then shows as remote stock at the
// GDL counter after GDL's engine pass (own stock untouched, "as of" kept per bucket), also from the engine's thread
// inside a SyncEngineRunner as nexus-pos runs it; branch names and HQ's price changes come down the same way.
#include "../server/serverprocess.h"
#include "../server/tenantfixture.h"
#include "tempdir.h"
#include "why.h"

#include "client/curltransport.h"
#include "client/enrollment.h"
#include "client/syncengine.h"
#include "client/syncenginerunner.h"
#include "client/syncstatus.h"
#include "common/clock.h"
#include "sales/branchstock.h"
#include "sales/cashsessionservice.h"
#include "sales/checkoutservice.h"
#include "store/localstore.h"
#include "store/outbox.h"
#include "store/schemadatabase.h"

#include <QSignalSpy>
#include <QTest>

using namespace nexus;
using namespace nexus::test;

namespace {

struct Counter
{
    std::unique_ptr<LocalStore> store;
    EnrollmentResult device;
    QString secret;
    QString path;
};

constexpr qint64 kPart = 4242;

} // namespace

class TestPullSyncE2e final : public QObject
{
    Q_OBJECT

private:
    TempDir m_root;
    QString m_data;
    std::unique_ptr<ServerProcess> m_server;
    TenantFixture m_acme = TenantFixture::standard(QStringLiteral("acme"));
    Counter m_mty;
    Counter m_gdl;
    int m_engines = 0;

    [[nodiscard]] QString warehouse(const QString &branch) const
    {
        return m_acme.branchId(branch) + QStringLiteral("-wh-A");
    }

    bool serverSql(const QString &sql, const QVariantList &values = {})
    {
        auto db = openWithSchema(m_data + QStringLiteral("/tenants/acme/tenant.db"), Durability::Full,
            QStringLiteral("server/tenant"), QStringLiteral("e2e-pull-server"));
        return db && (*db)->exec(sql, values).has_value();
    }

    bool enroll(Counter &counter, const QString &branch, const QString &name)
    {
        const AdminRun code = runAdmin({ QStringLiteral("enroll-code"), QStringLiteral("--data"), m_data,
            QStringLiteral("--tenant"), QStringLiteral("acme"), QStringLiteral("--branch"), branch });
        if (code.exitCode != 0)
            return false;
        counter.path = m_root.file(name + QStringLiteral("/nexus.db"));
        if (!QDir().mkpath(m_root.file(name)))
            return false;
        Result<std::unique_ptr<LocalStore>> store = LocalStore::open(counter.path, QStringLiteral("e2e-") + name);
        if (!store)
            return false;
        counter.store = std::move(*store);
        Result<EnrollmentResult> enrolled = enrollDevice(
            *counter.store, EnrollmentRequest { m_server->url(), code.out.trimmed(), name, m_server->caFile() });
        if (!enrolled) {
            qWarning("%s", qPrintable(enrolled.error().logMessage()));
            return false;
        }
        counter.device = *enrolled;
        Result<QByteArray> secret = loadDeviceSecret(*counter.store);
        if (!secret)
            return false;
        counter.secret = QString::fromUtf8(*secret);
        return true;
    }

    SyncEngine::Config configFor(const Counter &counter)
    {
        SyncEngine::Config config;
        config.databasePath = counter.path;
        config.connectionName = QStringLiteral("e2e-pull-engine-%1").arg(++m_engines);
        config.deviceId = counter.device.deviceId;
        config.deviceSecret = counter.secret;
        return config;
    }

    std::unique_ptr<SyncEngine> engine(const Counter &counter)
    {
        return std::make_unique<SyncEngine>(configFor(counter),
            std::make_unique<CurlTransport>(
                m_server->url(), HttpClient::Options { m_server->caFile(), 5000, 30000, nullptr }));
    }

    qint64 remoteQuantity(Counter &counter, const QString &warehouseId)
    {
        Result<QVariant> value = counter.store->db().scalar(
            QStringLiteral("SELECT quantity FROM remote_stock_levels WHERE part_id = ? AND warehouse_id = ?"),
            { kPart, warehouseId });
        return value && value->isValid() ? value->toLongLong() : -1;
    }

    bool sell(Counter &counter, qint64 units)
    {
        CheckoutService checkout(counter.store->db(), Clock::system());
        const CheckoutContext context { counter.device.deviceId, counter.device.branchId, QStringLiteral("MTY1"),
            m_acme.userId(QStringLiteral("acme-mty-cajero")), Role::Cashier, false };
        Cart cart;
        const CartItem item { kPart, QStringLiteral("SKU-4242"), QStringLiteral("Balata delantera"),
            warehouse(QStringLiteral("MTY")), Money(19990), Money(19990), Money(9995), TaxRate::iva16(), 3,
            QStringLiteral("25174400"), QStringLiteral("H87") };
        if (!cart.add(item, Quantity::units(units)))
            return false;
        Result<SaleReceipt> receipt
            = checkout.checkout(cart, { Tender { TenderMethod::Cash, Money(500000), 0, {} } }, context);
        if (!receipt)
            qWarning("%s", qPrintable(receipt.error().logMessage()));
        return receipt.has_value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("NEXUS_SECRET_STORE", "file");
        QVERIFY(m_root.isValid());
        m_data = m_root.file(QStringLiteral("server"));
        const AdminRun created
            = runAdmin({ QStringLiteral("tenant"), QStringLiteral("create"), QStringLiteral("--data"), m_data,
                QStringLiteral("--slug"), QStringLiteral("acme"), QStringLiteral("--name"), QStringLiteral("Acme") });
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        {
            auto db = openWithSchema(m_data + QStringLiteral("/tenants/acme/tenant.db"), Durability::Full,
                QStringLiteral("server/tenant"), QStringLiteral("e2e-pull-fixture"));
            QVERIFY(db);
            QVERIFY(m_acme.writeInto(**db));
        }
        // HQ's opening stock of the part in both branches (as a receipt would leave it).
        QVERIFY(serverSql(QStringLiteral("INSERT INTO stock_levels(part_id, warehouse_id, quantity) VALUES (?, ?, ?), "
                                         "(?, ?, ?)"),
            { kPart, warehouse(QStringLiteral("MTY")), 10000, kPart, warehouse(QStringLiteral("GDL")), 6000 }));
        m_server = std::make_unique<ServerProcess>(m_data);
        QVERIFY2(m_server->start(), qPrintable(m_server->log()));
        QVERIFY(enroll(m_mty, QStringLiteral("MTY"), QStringLiteral("caja-mty")));
        QVERIFY(enroll(m_gdl, QStringLiteral("GDL"), QStringLiteral("caja-gdl")));
    }

    void saleAtOneBranchShowsAtTheOtherAfterItsPass()
    {
        // GDL's first pass: it learns MTY's stock as the server has it.
        Result<SyncEngine::PassResult> first = engine(m_gdl)->syncOnce();
        QVERIFY2(first.has_value(), why(first).constData());
        QCOMPARE(remoteQuantity(m_gdl, warehouse(QStringLiteral("MTY"))), 10000);

        // MTY sells 3 offline-style (local ledger + outbox), then its engine pushes.
        CashSessionService tills(m_mty.store->db(), Clock::system(), m_mty.device.deviceId, m_mty.device.branchId);
        QVERIFY(tills.open(m_acme.userId(QStringLiteral("acme-mty-cajero")), Money(100000)).has_value());
        QVERIFY(sell(m_mty, 3));
        // Before MTY's push, GDL's pass changes nothing: the server has not heard of the sale.
        Result<SyncEngine::PassResult> early = engine(m_gdl)->syncOnce();
        QVERIFY2(early.has_value(), why(early).constData());
        QCOMPARE(remoteQuantity(m_gdl, warehouse(QStringLiteral("MTY"))), 10000);

        Result<SyncEngine::PassResult> pushed = engine(m_mty)->syncOnce();
        QVERIFY2(pushed.has_value(), why(pushed).constData());
        QCOMPARE(pushed->pending, 0);

        Result<QVariant> before
            = m_gdl.store->db().scalar(QStringLiteral("SELECT verified_at FROM pull_state WHERE bucket = 'stock'"));
        QVERIFY(before.has_value() && before->isValid());
        QTest::qWait(5); // the next "as of" is a later millisecond
        Result<SyncEngine::PassResult> after = engine(m_gdl)->syncOnce();
        QVERIFY2(after.has_value(), why(after).constData());
        QCOMPARE(remoteQuantity(m_gdl, warehouse(QStringLiteral("MTY"))), 7000);
        // GDL's own warehouse: the server's copy is kept as remote, the counter's own ledger is not touched by a pull.
        QCOMPARE(remoteQuantity(m_gdl, warehouse(QStringLiteral("GDL"))), 6000);
        Result<QVariant> ownRows = m_gdl.store->db().scalar(QStringLiteral("SELECT count(*) FROM stock_levels"));
        QVERIFY(ownRows.has_value());
        QCOMPARE(ownRows->toLongLong(), 0);

        // "As of" per bucket: every bucket was verified, and the stock bucket's time moved with this pass.
        Result<QVariant> verified = m_gdl.store->db().scalar(
            QStringLiteral("SELECT count(*) FROM pull_state WHERE verified_at IS NOT NULL AND bucket IN "
                           "('stock', 'users', 'prices', 'branches')"));
        QVERIFY(verified.has_value());
        QCOMPARE(verified->toLongLong(), 4);
        Result<QVariant> asOf
            = m_gdl.store->db().scalar(QStringLiteral("SELECT verified_at FROM pull_state WHERE bucket = 'stock'"));
        QVERIFY(asOf.has_value());
        QVERIFY(asOf->toString() > before->toString());

        // What the search shows at GDL: MTY with 7, as of that pull; GDL itself left out.
        Result<OtherBranchStockByPart> others
            = BranchStock(m_gdl.store->db())
                  .otherBranches({ kPart },
                      { warehouse(QStringLiteral("GDL")),
                          m_acme.branchId(QStringLiteral("GDL")) + QStringLiteral("-wh-B") });
        QVERIFY2(others.has_value(), why(others).constData());
        QCOMPARE(others->value(kPart).size(), 1);
        const OtherBranchStock mty = others->value(kPart).first();
        QCOMPARE(mty.branchId, m_acme.branchId(QStringLiteral("MTY")));
        QCOMPARE(mty.quantity.thousandths(), 7000);
        QCOMPARE(mty.asOfUtc, QDateTime::fromString(asOf->toString(), Qt::ISODateWithMs));
    }

    void theEngineThreadPullsAsInNexusPos()
    {
        QVERIFY(sell(m_mty, 2));
        Result<SyncEngine::PassResult> pushed = engine(m_mty)->syncOnce();
        QVERIFY2(pushed.has_value(), why(pushed).constData());

        SyncStatus status;
        SyncEngine::Config config = configFor(m_gdl);
        config.idleIntervalMs = 600000;
        SyncEngineRunner runner(status, config, m_server->url(), m_server->caFile());
        QSignalSpy passes(&runner, &SyncEngineRunner::passFinished);
        QSignalSpy arrived(&runner, &SyncEngineRunner::stateArrived);
        runner.start();
        QTRY_VERIFY_WITH_TIMEOUT(!passes.isEmpty(), 20000);
        QCOMPARE(passes.first().first().toBool(), true);
        // The UI hears that stock arrived (and only what did: no price changed since the last pass).
        QCOMPARE(arrived.size(), 1);
        QVERIFY(arrived.first().first().toStringList().contains(QStringLiteral("stock")));
        QVERIFY(!arrived.first().first().toStringList().contains(QStringLiteral("prices")));
        runner.stop();
        QCOMPARE(status.state(), SyncStatus::State::Online);
        QVERIFY(status.lastSyncUtc().isValid());
        QCOMPARE(status.pendingCount(), 0);
        // The status bar's "as of": the stock bucket's last verified pull, within this pass.
        QVERIFY(status.pulledAt().value(QStringLiteral("stock")).isValid());
        QVERIFY(status.pulledAt().value(QStringLiteral("stock")) <= status.lastSyncUtc());
        QVERIFY(status.pulledAt().value(QStringLiteral("stock")).secsTo(status.lastSyncUtc()) < 60);
        QCOMPARE(remoteQuantity(m_gdl, warehouse(QStringLiteral("MTY"))), 5000);
    }

    void branchNamesAndHqPricesComeDown()
    {
        // The branches bucket names MTY for GDL's search.
        Result<OtherBranchStockByPart> others
            = BranchStock(m_gdl.store->db()).otherBranches({ kPart }, { warehouse(QStringLiteral("GDL")) });
        QVERIFY2(others.has_value(), why(others).constData());
        QCOMPARE(others->value(kPart).size(), 1);
        QCOMPARE(others->value(kPart).first().branchName, QStringLiteral("acme sucursal MTY"));

        // HQ changes a retail price and a list price, then drops an older change: GDL's next pass has exactly those.
        const QString upsert
            = QStringLiteral("INSERT INTO part_prices(part_id, price_list, price_cents, price_version, "
                             "updated_at) VALUES (?, ?, ?, ?, '2026-11-25T18:00:00.000Z') "
                             "ON CONFLICT(part_id, price_list) DO UPDATE SET "
                             "price_cents = excluded.price_cents, price_version = excluded.price_version");
        QVERIFY(serverSql(upsert, { kPart, QString(QLatin1String("")), 25990, 5 }));
        QVERIFY(serverSql(upsert, { kPart, QStringLiteral("mayoreo"), 22000, 6 }));
        QVERIFY(serverSql(upsert, { kPart + 1, QString(QLatin1String("")), 100, 2 }));
        Result<SyncEngine::PassResult> pass = engine(m_gdl)->syncOnce();
        QVERIFY2(pass.has_value(), why(pass).constData());
        auto price = [this](qint64 part, const QString &list) {
            Result<QVariant> value = m_gdl.store->db().scalar(
                QStringLiteral("SELECT price_cents FROM price_overrides WHERE part_id = ? AND price_list = ?"),
                { part, list });
            return value && value->isValid() ? value->toLongLong() : -1;
        };
        QCOMPARE(price(kPart, QString(QLatin1String(""))), 25990);
        QCOMPARE(price(kPart, QStringLiteral("mayoreo")), 22000);
        QCOMPARE(price(kPart + 1, QString(QLatin1String(""))), 100);

        QVERIFY(serverSql(QStringLiteral("DELETE FROM part_prices WHERE part_id = ?"), { kPart + 1 }));
        QVERIFY(serverSql(upsert, { kPart, QString(QLatin1String("")), 26990, 7 }));
        pass = engine(m_gdl)->syncOnce();
        QVERIFY2(pass.has_value(), why(pass).constData());
        QCOMPARE(price(kPart, QString(QLatin1String(""))), 26990);
        QCOMPARE(price(kPart + 1, QString(QLatin1String(""))), -1); // the catalogue's own price applies again
        Result<QVariant> count = m_gdl.store->db().scalar(QStringLiteral("SELECT count(*) FROM price_overrides"));
        QVERIFY(count.has_value());
        QCOMPARE(count->toLongLong(), 2);
    }

    void aStoppedServerLeavesTheCounterOfflineWithItsCopy()
    {
        QCOMPARE(m_server->stop(), 0);
        Result<SyncEngine::PassResult> refused = engine(m_gdl)->syncOnce();
        QVERIFY(!refused.has_value());
        QCOMPARE(refused.error().code(), ErrorCode::Network);
        QCOMPARE(remoteQuantity(m_gdl, warehouse(QStringLiteral("MTY"))), 5000); // nothing lost while offline
        QVERIFY2(m_server->start(), qPrintable(m_server->log()));
    }

    void cleanupTestCase()
    {
        m_mty.store.reset();
        m_gdl.store.reset();
        if (m_server)
            QCOMPARE(m_server->stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPullSyncE2e)
#include "testpullsync.moc"
