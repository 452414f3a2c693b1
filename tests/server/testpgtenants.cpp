// Tenants on PostgreSQL: created by the real nexus-admin with --database, each in its own schema; a counter of one
// tenant pushes and pulls through the real nexus-server and never sees or touches the other tenant's rows.
#include "postgrescluster.h"
#include "serverprocess.h"
#include "tempdir.h"
#include "tenantfixture.h"
#include "why.h"

#include "client/curltransport.h"
#include "client/enrollment.h"
#include "client/syncengine.h"
#include "common/clock.h"
#include "protocol/pullmessages.h"
#include "sales/cashsessionservice.h"
#include "sales/checkoutservice.h"
#include "server/pgserverstorage.h"
#include "server/serverstoragefactory.h"
#include "store/localstore.h"
#include "store/outbox.h"

#include <QTest>

using namespace nexus;
using namespace nexus::test;

namespace {

struct Counter
{
    TenantFixture fixture;
    std::unique_ptr<LocalStore> store;
    EnrollmentResult device;
    QString secret;
    QString path;
};

} // namespace

class TestPgTenants final : public QObject
{
    Q_OBJECT

private:
    TempDir m_root;
    std::unique_ptr<PostgresCluster> m_cluster;
    std::unique_ptr<ServerStorage> m_storage;
    std::unique_ptr<ServerProcess> m_server;
    Counter m_counters[2];
    QString m_data;

    QStringList backendArgs() const
    {
        return { QStringLiteral("--data"), m_data, QStringLiteral("--database"), m_cluster->url() };
    }

    std::unique_ptr<SyncEngine> engine(Counter &counter)
    {
        static int engines = 0;
        SyncEngine::Config config;
        config.databasePath = counter.path;
        config.connectionName = QStringLiteral("tenants-engine-%1").arg(++engines);
        config.deviceId = counter.device.deviceId;
        config.deviceSecret = counter.secret;
        return std::make_unique<SyncEngine>(config,
            std::make_unique<CurlTransport>(
                m_server->url(), HttpClient::Options { m_server->caFile(), 5000, 30000, nullptr }));
    }

    Result<std::unique_ptr<Database>> tenantDb(const QString &slug)
    {
        Result<std::optional<TenantRecord>> tenant = m_storage->master().tenantBySlug(slug);
        if (!tenant)
            return std::unexpected(tenant.error());
        if (!*tenant)
            return fail(ErrorCode::NotFound, NX_ERR("no tenant %1"), { slug });
        return m_storage->openTenantConnection(**tenant);
    }

    static QStringList column(Database &db, const QString &sql)
    {
        QStringList values;
        Result<QSqlQuery> query = db.exec(sql);
        while (query && query->next())
            values.append(query->value(0).toString());
        values.sort();
        return values;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("NEXUS_SECRET_STORE", "file");
        QVERIFY(m_root.isValid());
        const Status cluster = PostgresCluster::startOnce(m_cluster);
        NEXUS_REQUIRE_POSTGRES(cluster);
        m_data = m_root.file(QStringLiteral("server"));

        const QStringList slugs { QStringLiteral("acme"), QStringLiteral("zeta-sur") };
        for (int i = 0; i < 2; ++i) {
            const AdminRun created
                = runAdmin(QStringList { QStringLiteral("tenant"), QStringLiteral("create") } + backendArgs()
                    + QStringList { QStringLiteral("--slug"), slugs[i], QStringLiteral("--name"), slugs[i] });
            QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        }
        const AdminRun again
            = runAdmin(QStringList { QStringLiteral("tenant"), QStringLiteral("create") } + backendArgs()
                + QStringList { QStringLiteral("--slug"), QStringLiteral("acme"), QStringLiteral("--name"),
                    QStringLiteral("otra") });
        QVERIFY2(again.exitCode != 0 && again.err.contains(QLatin1String("acme")), qPrintable(again.err));
        const AdminRun listed = runAdmin(QStringList { QStringLiteral("tenant"), QStringLiteral("list") }
            + backendArgs() + QStringList { QStringLiteral("--json") });
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        QVERIFY(listed.out.contains(QLatin1String("\"zeta-sur\"")));

        Result<std::unique_ptr<ServerStorage>> storage = openServerStorage(m_data, m_cluster->url());
        QVERIFY2(storage.has_value(), why(storage).constData());
        m_storage = std::move(*storage);
        for (int i = 0; i < 2; ++i) {
            Counter &counter = m_counters[i];
            counter.fixture = TenantFixture::standard(slugs[i]);
            Result<std::unique_ptr<Database>> db = tenantDb(slugs[i]);
            QVERIFY2(db.has_value(), why(db).constData());
            QVERIFY(counter.fixture.writeInto(**db));
            // Opening stock at the other branch: what a counter at MTY pulls.
            QVERIFY((*db)->exec(QStringLiteral("INSERT INTO stock_levels(part_id, warehouse_id, quantity) VALUES "
                                               "(7, ?, ?), (8, ?, ?)"),
                { QString(counter.fixture.branchId(QStringLiteral("GDL")) + QStringLiteral("-wh-A")), 5000 * (i + 1),
                    QString(counter.fixture.branchId(QStringLiteral("GDL")) + QStringLiteral("-wh-B")),
                    3000 * (i + 1) }));
        }
        m_server = std::make_unique<ServerProcess>(m_data, m_cluster->url());
        QVERIFY2(m_server->start(), qPrintable(m_server->log()));

        for (int i = 0; i < 2; ++i) {
            Counter &counter = m_counters[i];
            const AdminRun code = runAdmin(QStringList { QStringLiteral("enroll-code") } + backendArgs()
                + QStringList {
                    QStringLiteral("--tenant"), slugs[i], QStringLiteral("--branch"), QStringLiteral("MTY") });
            QVERIFY2(code.exitCode == 0, qPrintable(code.err));
            const QString dir = m_root.file(QStringLiteral("counter-%1").arg(i));
            QVERIFY(QDir().mkpath(dir));
            counter.path = dir + QStringLiteral("/nexus.db");
            Result<std::unique_ptr<LocalStore>> local = LocalStore::open(counter.path);
            QVERIFY2(local.has_value(), why(local).constData());
            counter.store = std::move(*local);
            Result<EnrollmentResult> enrolled = enrollDevice(*counter.store,
                EnrollmentRequest { m_server->url(), code.out.trimmed(), QStringLiteral("caja"), m_server->caFile() });
            QVERIFY2(enrolled.has_value(), why(enrolled).constData());
            counter.device = *enrolled;
            Result<QByteArray> secret = loadDeviceSecret(*counter.store);
            QVERIFY2(secret.has_value(), why(secret).constData());
            counter.secret = QString::fromUtf8(*secret);
        }
    }

    void eachTenantSeesOnlyItsOwnRows()
    {
        for (Counter &counter : m_counters) {
            CashSessionService tills(
                counter.store->db(), Clock::system(), counter.device.deviceId, counter.device.branchId);
            const QString cashier = counter.fixture.userId(counter.fixture.prefix + QStringLiteral("-mty-cajero"));
            QVERIFY(tills.open(cashier, Money(100000)).has_value());
            CheckoutService checkout(counter.store->db(), Clock::system());
            Cart cart;
            QVERIFY(cart.add(CartItem { 7, QStringLiteral("SKU-7"), QStringLiteral("Balata"),
                                 counter.fixture.branchId(QStringLiteral("MTY")) + QStringLiteral("-wh-A"),
                                 Money(19990), Money(20990), Money(9995), TaxRate::iva16(), 3,
                                 QStringLiteral("25174400"), QStringLiteral("H87") },
                            Quantity::units(2))
                        .has_value());
            const CheckoutContext context { counter.device.deviceId, counter.device.branchId, QStringLiteral("MTY1"),
                cashier, Role::Cashier, false };
            QVERIFY(
                checkout.checkout(cart, { Tender { TenderMethod::Cash, Money(100000), 0, {} } }, context).has_value());
            std::unique_ptr<SyncEngine> sync = engine(counter);
            Result<SyncEngine::PassResult> pass = sync->syncOnce();
            QVERIFY2(pass.has_value(), why(pass).constData());
            QCOMPARE(pass->pending, 0);
            sync->closeStore();
        }
        for (Counter &counter : m_counters) {
            const QString prefix = counter.fixture.prefix;
            Result<std::unique_ptr<Database>> server = tenantDb(prefix);
            QVERIFY2(server.has_value(), why(server).constData());
            // At the server: this tenant's schema holds this tenant's sale only.
            QCOMPARE(column(**server, QStringLiteral("SELECT device_id FROM sales")),
                QStringList { counter.device.deviceId });
            QCOMPARE(column(**server, QStringLiteral("SELECT DISTINCT warehouse_id FROM stock_movements")),
                QStringList { counter.fixture.branchId(QStringLiteral("MTY")) + QStringLiteral("-wh-A") });
            // At the counter: users and other-branch stock of its own tenant, all of them, nobody else's.
            const QStringList users = column(counter.store->db(), QStringLiteral("SELECT username FROM users"));
            QCOMPARE(users, counter.fixture.expectedUsernames(QStringLiteral("MTY")));
            // Every warehouse the counter heard of is its tenant's; the other branch's equal the server's.
            const QStringList everything
                = column(counter.store->db(), QStringLiteral("SELECT warehouse_id FROM remote_stock_levels"));
            QVERIFY(!everything.isEmpty());
            for (const QString &warehouse : everything)
                QVERIFY2(warehouse.startsWith(prefix + QStringLiteral("-branch-")), qPrintable(warehouse));
            const QStringList remote = column(counter.store->db(),
                QStringLiteral("SELECT warehouse_id || ':' || quantity FROM remote_stock_levels WHERE branch_id = '%1'")
                    .arg(counter.fixture.branchId(QStringLiteral("GDL"))));
            const int factor = prefix == QLatin1String("acme") ? 1 : 2;
            QCOMPARE(remote,
                (QStringList {
                    counter.fixture.branchId(QStringLiteral("GDL")) + QStringLiteral("-wh-A:%1").arg(5000 * factor),
                    counter.fixture.branchId(QStringLiteral("GDL")) + QStringLiteral("-wh-B:%1").arg(3000 * factor) }));
        }
        // The schemas are the tenants': nothing of a tenant lives in another's schema or in nexus_master.
        Result<std::unique_ptr<Database>> acme = tenantDb(QStringLiteral("acme"));
        QVERIFY(acme.has_value());
        QCOMPARE(column(**acme,
                     QStringLiteral("SELECT schema_name FROM information_schema.schemata WHERE "
                                    "schema_name LIKE 'tenant_%'")),
            (QStringList { PgServerStorage::schemaFor(QStringLiteral("acme")),
                PgServerStorage::schemaFor(QStringLiteral("zeta-sur")) }));
        QCOMPARE(column(**acme, QStringLiteral("SELECT count(*) FROM nexus_master.devices")),
            QStringList { QStringLiteral("2") });
    }

    void cleanupTestCase()
    {
        for (Counter &counter : m_counters)
            counter.store.reset();
        if (m_server)
            QCOMPARE(m_server->stop(), 0);
        m_storage.reset();
    }
};

QTEST_GUILESS_MAIN(TestPgTenants)
#include "testpgtenants.moc"
