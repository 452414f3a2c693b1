// Issue 8's "done when" for transfers: two enrolled counters (MTY sends, GDL receives; real nexus.db files, the real
// TransferService and CheckoutService, the real SyncEngine over CurlTransport) and the real nexus-server over loopback
// HTTPS. The server is killed twice in the middle, so both counters work offline: MTY ships and sells, GDL requests,
// receives in part with a broken piece, and the two branches take conflicting steps on a second transfer (GDL cancels
// what MTY ships). After the server is back and everyone synchronised, the stock is right everywhere: the server's
// balances equal its ledger and each counter's own ledger, each counter's copy of the other branch equals the
// server's, nothing is in transit, the pieces are conserved (initial − sold − declared missing) and both counters
// hold the same transfers as the server. Runs on SQLite files and on PostgreSQL (mandatory under CI=true as root).
#include "enrolledcounter.h"
#include "../server/serverprocess.h"
#include "../server/tenantfixture.h"
#include "tenantstack.h"
#include "postgrescluster.h"
#include "tempdir.h"
#include "why.h"

#include "client/curltransport.h"
#include "client/enrollment.h"
#include "client/syncengine.h"
#include "common/clock.h"
#include "inventory/stockledger.h"
#include "inventory/transferservice.h"
#include "sales/cashsessionservice.h"
#include "sales/checkoutservice.h"
#include "sales/counterprofile.h"
#include "server/serverstoragefactory.h"
#include "store/deviceidentity.h"
#include "store/localstore.h"
#include "store/outbox.h"

#include <QMap>
#include <QTest>

using namespace nexus;
using namespace nexus::test;

namespace {

constexpr qint64 kBrake = 7;
constexpr qint64 kFilter = 9;

Quantity units(qint64 n)
{
    return Quantity::units(n);
}

// One enrolled counter, with the manager who takes its transfer steps.
struct Counter : EnrolledCounter
{
    TransferActor manager;

    [[nodiscard]] TransferService transfers()
    {
        return TransferService(
            db(), Clock::system(), TransferContext { profile.deviceId, profile.branchId, profile.folioSeries });
    }
    [[nodiscard]] Transfer transfer(const QString &id)
    {
        Result<std::optional<Transfer>> found = TransferStore(db()).find(id);
        return found && *found ? **found : Transfer {};
    }
    // warehouse/part → quantity of this device's own ledger (stock_levels) or of its copy of another branch.
    [[nodiscard]] QMap<QString, qint64> levels(const QString &sql, const QVariantList &values = {})
    {
        QMap<QString, qint64> map;
        Result<QSqlQuery> rows = db().exec(sql, values);
        while (rows && rows->next())
            map.insert(
                rows->value(0).toString() + QLatin1Char('/') + rows->value(1).toString(), rows->value(2).toLongLong());
        return map;
    }
};

} // namespace

class TestTransferFlow final : public QObject
{
    Q_OBJECT

private:
    TempDir m_root;
    TenantFixture m_acme = TenantFixture::standard(QStringLiteral("acme"));
    std::unique_ptr<PostgresCluster> m_cluster;

    static Result<std::unique_ptr<ServerStorage>> storage(const QString &data, const QString &database)
    {
        return openServerStorage(data, database);
    }

    static Result<std::unique_ptr<Database>> openServerTenant(const QString &data, const QString &database)
    {
        Result<std::unique_ptr<ServerStorage>> opened = storage(data, database);
        if (!opened)
            return std::unexpected(opened.error());
        Result<std::optional<TenantRecord>> tenant = (*opened)->master().tenantBySlug(QStringLiteral("acme"));
        if (!tenant)
            return std::unexpected(tenant.error());
        if (!*tenant)
            return fail(ErrorCode::NotFound, NX_ERR("no tenant acme"));
        return (*opened)->openTenantConnection(**tenant, QStringLiteral("transfer-check"));
    }

    // Opening stock of MTY's shelf, known to the server and to MTY's own ledger alike.
    static bool seedServer(Database &db, const QString &branch, const QString &warehouse, qint64 part, qint64 quantity)
    {
        return db.exec(QStringLiteral("INSERT INTO stock_movements(id, part_id, warehouse_id, branch_id, kind, "
                                      "quantity, ref_type, ref_id, device_id, user_id, at) VALUES (?, ?, ?, ?, "
                                      "'receipt', ?, 'purchase_order', 'po-0', 'hq', 'hq', '2026-01-10T09:00:00Z')"),
                     { QStringLiteral("opening-%1").arg(part), part, warehouse, branch, quantity })
                   .has_value()
            && db.exec(QStringLiteral("INSERT INTO stock_levels(part_id, warehouse_id, quantity) VALUES (?, ?, ?)"),
                     { part, warehouse, quantity })
                   .has_value();
    }

    Counter enroll(const ServerProcess &server, const QString &code, const QString &dir, const QString &managerName)
    {
        Counter counter;
        static_cast<EnrolledCounter &>(counter) = enrollCounter(server, code, dir, managerName);
        counter.manager
            = TransferActor { m_acme.userId(managerName), QStringLiteral("Nombre de ") + managerName, Role::Manager };
        return counter;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("NEXUS_SECRET_STORE", "file");
        QVERIFY(m_root.isValid());
    }

    void transferAcrossTwoOfflineCountersEndsRightEverywhere_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    void transferAcrossTwoOfflineCountersEndsRightEverywhere()
    {
        QFETCH(QString, backend);
        const bool postgres = backend == QLatin1String("postgresql");
        if (postgres) {
            const Status cluster = PostgresCluster::startOnce(m_cluster);
            NEXUS_REQUIRE_POSTGRES(cluster);
        }
        const QString base = m_root.file(backend);
        const QString mtyId = m_acme.branchId(QStringLiteral("MTY"));
        const QString gdlId = m_acme.branchId(QStringLiteral("GDL"));
        const QString mtyShelf = mtyId + QStringLiteral("-wh-A");
        const TenantStack stack = createTenantStack(base, postgres ? m_cluster->url() : QString(), m_acme,
            { QStringLiteral("MTY"), QStringLiteral("GDL") }, [&](Database &db) {
                return seedServer(db, mtyId, mtyShelf, kBrake, 20000) && seedServer(db, mtyId, mtyShelf, kFilter, 10000);
            });
        QVERIFY2(stack.error.isEmpty(), qPrintable(stack.error));
        const QString &data = stack.data;
        const QString &database = stack.database;
        const QStringList &codes = stack.codes;
        ServerProcess server(data, database);
        QVERIFY2(server.start(), qPrintable(server.log()));
        const quint16 port = server.port();

        Counter mty = enroll(server, codes.at(0), base + QStringLiteral("/mty"), QStringLiteral("acme-mty-gerente"));
        Counter gdl = enroll(server, codes.at(1), base + QStringLiteral("/gdl"), QStringLiteral("acme-gdl-gerente"));
        QVERIFY(mty.store && gdl.store);
        QCOMPARE(mty.profile.branchId, mtyId);
        {
            // MTY's own ledger knows the same opening stock as the server.
            Transaction opening(mty.db());
            QVERIFY(opening.begin());
            for (const auto &[part, quantity] : { std::pair { kBrake, 20 }, std::pair { kFilter, 10 } })
                QVERIFY(StockLedger(mty.db())
                            .post({ { QStringLiteral("opening-%1").arg(part), part, mtyShelf, QStringLiteral("receipt"),
                                units(quantity), QStringLiteral("purchase_order"), QStringLiteral("po-0"),
                                QStringLiteral("hq"), QStringLiteral("2026-01-10T09:00:00Z") } })
                            .has_value());
            QVERIFY(opening.commit());
        }
        QVERIFY(mty.sync() && gdl.sync()); // branches, users, stock, transfers

        // 1. Online: GDL asks MTY for 8 balatas and 3 filters; MTY sees the request.
        Result<Transfer> first = gdl.transfers().request(
            TransferRequest { mtyId, gdl.shelf(), QStringLiteral("Cliente espera"),
                { { kBrake, QStringLiteral("BAL-7"), QStringLiteral("Balata"), units(8) },
                    { kFilter, QStringLiteral("FIL-9"), QStringLiteral("Filtro"), units(3) } } },
            gdl.manager);
        QVERIFY2(first.has_value(), why(first).constData());
        QVERIFY(gdl.sync());
        QVERIFY(mty.sync());
        QCOMPARE(mty.transfer(first->id).state(), TransferState::Requested);

        // 2. The server dies: MTY ships and sells offline, GDL asks for more offline.
        server.kill();
        TransferShipmentRequest shipping { first->id, { { 1, units(8), mty.shelf() }, { 2, units(3), mty.shelf() } },
            QStringLiteral("Camioneta"), {}, {} };
        QVERIFY2(mty.transfers().ship(shipping, mty.manager).has_value(), "ship offline");
        {
            CashSessionService tills(mty.db(), Clock::system(), mty.profile.deviceId, mtyId);
            QVERIFY(tills.open(m_acme.userId(QStringLiteral("acme-mty-cajero")), Money(50000)).has_value());
            Cart cart;
            QVERIFY(cart.add(CartItem { kBrake, QStringLiteral("BAL-7"), QStringLiteral("Balata"), mty.shelf(),
                                 Money(45000), Money(45000), Money(20000), TaxRate::iva16(), 1,
                                 QStringLiteral("25174400"), QStringLiteral("H87") },
                units(2)));
            Result<SaleReceipt> sold
                = CheckoutService(mty.db(), Clock::system())
                      .checkout(cart, { Tender { TenderMethod::Cash, Money(90000), 0, {} } },
                          CheckoutContext { mty.profile.deviceId, mtyId, mty.profile.folioSeries,
                              m_acme.userId(QStringLiteral("acme-mty-cajero")), Role::Cashier, false });
            QVERIFY2(sold.has_value(), why(sold).constData());
        }
        Result<Transfer> second
            = gdl.transfers().request(TransferRequest { mtyId, gdl.shelf(), {},
                                          { { kBrake, QStringLiteral("BAL-7"), QStringLiteral("Balata"), units(2) } } },
                gdl.manager);
        QVERIFY2(second.has_value(), why(second).constData());
        QVERIFY(!mty.sync());
        QVERIFY(!gdl.sync());
        QVERIFY(mty.pending() > 0 && gdl.pending() > 0);

        // 3. Back: each learns the other's steps.
        QVERIFY2(server.start(port), qPrintable(server.log()));
        QVERIFY(mty.sync());
        QVERIFY(gdl.sync());
        QVERIFY(mty.sync());
        QCOMPARE(gdl.transfer(first->id).state(), TransferState::Shipped);
        QCOMPARE(gdl.transfer(first->id).inTransit().thousandths(), 11000);
        QCOMPARE(mty.transfer(second->id).state(), TransferState::Requested);

        // 4. The server dies again: GDL receives part of the first (a filter broke on the road); on the second, MTY
        //    ships while GDL cancels it.
        server.kill();
        Result<Transfer> partly
            = gdl.transfers().receive(TransferReceiptRequest { first->id,
                                          { { 1, units(6), {}, {}, gdl.shelf() },
                                              { 2, units(2), units(1), QStringLiteral("Llegó roto"), gdl.shelf() } },
                                          {} },
                gdl.manager);
        QVERIFY2(partly.has_value(), why(partly).constData());
        QCOMPARE(partly->state(), TransferState::PartiallyReceived);
        QVERIFY(
            mty.transfers()
                .ship(TransferShipmentRequest { second->id, { { 1, units(2), mty.shelf() } }, {}, {}, {} }, mty.manager)
                .has_value());
        QVERIFY(gdl.transfers().cancel(second->id, QStringLiteral("Ya no lo necesitan"), gdl.manager).has_value());
        QVERIFY(!gdl.sync());
        QVERIFY(!mty.sync());

        // 5. Back for good: everyone synchronises, then GDL receives what is still on the road.
        QVERIFY2(server.start(port), qPrintable(server.log()));
        QVERIFY(gdl.sync());
        QVERIFY(mty.sync());
        QVERIFY(gdl.sync());
        QCOMPARE(gdl.transfer(second->id).state(), TransferState::Shipped); // the shipment stands
        QVERIFY(gdl.transfer(second->id).cancelOverruled());
        QVERIFY(gdl.transfers()
                    .receive(
                        TransferReceiptRequest { first->id, { { 1, units(2), {}, {}, gdl.shelf() } }, {} }, gdl.manager)
                    .has_value());
        QVERIFY(gdl.transfers()
                    .receive(TransferReceiptRequest { second->id, { { 1, units(2), {}, {}, gdl.shelf() } }, {} },
                        gdl.manager)
                    .has_value());
        QVERIFY(gdl.sync());
        QVERIFY(mty.sync());
        QVERIFY(gdl.sync());

        // 6. The right stock everywhere.
        Result<std::unique_ptr<Database>> opened = openServerTenant(data, database);
        QVERIFY2(opened.has_value(), why(opened).constData());
        Database &db = **opened;
        auto scalar = [&db](const QString &sql, const QVariantList &values = {}) {
            Result<QVariant> value = db.scalar(sql, values);
            return value && value->isValid() ? value->toLongLong() : -1;
        };
        auto serverLevels = [&db](const QString &branch) {
            QMap<QString, qint64> map;
            Result<QSqlQuery> rows = db.exec(QStringLiteral("SELECT l.warehouse_id, l.part_id, l.quantity FROM "
                                                            "stock_levels l JOIN warehouses w ON w.id = "
                                                            "l.warehouse_id WHERE w.branch_id = ?"),
                { branch });
            while (rows && rows->next())
                map.insert(rows->value(0).toString() + QLatin1Char('/') + rows->value(1).toString(),
                    rows->value(2).toLongLong());
            return map;
        };
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM quarantine")), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM stock_levels l WHERE quantity <> (SELECT "
                                       "coalesce(sum(quantity), 0) FROM stock_movements m WHERE m.part_id = l.part_id "
                                       "AND m.warehouse_id = l.warehouse_id)")),
            0);
        // MTY: 20 − 8 shipped − 2 sold − 2 shipped again; 10 − 3 filters. GDL: 6 + 2 + 2 balatas, 2 filters.
        const QString brakeAtMty = mtyShelf + QStringLiteral("/7");
        const QString filterAtMty = mtyShelf + QStringLiteral("/9");
        const QString brakeAtGdl = gdl.shelf() + QStringLiteral("/7");
        const QString filterAtGdl = gdl.shelf() + QStringLiteral("/9");
        const QMap<QString, qint64> atMty = serverLevels(mtyId);
        const QMap<QString, qint64> atGdl = serverLevels(gdlId);
        QCOMPARE(atMty.value(brakeAtMty), 8000);
        QCOMPARE(atMty.value(filterAtMty), 7000);
        QCOMPARE(atGdl.value(brakeAtGdl), 10000);
        QCOMPARE(atGdl.value(filterAtGdl), 2000);
        // Nothing on the road, nothing counted twice: initial 30 − 2 sold − 1 declared missing.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM transfer_in_transit")), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT CAST(sum(quantity) AS BIGINT) FROM stock_levels")), 27000);
        QCOMPARE(scalar(QStringLiteral("SELECT CAST(sum(shortage_qty) AS BIGINT) FROM transfer_lines")), 1000);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM transfers WHERE state = 'closed'")), 2);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM exceptions WHERE kind IN "
                                       "('transfer_cancel_after_ship', 'transfer_shipped_after_cancel') AND ref = ?"),
                     { second->id }),
            1);
        // Each counter's own ledger equals the server's for its branch, its copy of the other branch too.
        const QString own = QStringLiteral("SELECT warehouse_id, part_id, quantity FROM stock_levels");
        const QString remote
            = QStringLiteral("SELECT warehouse_id, part_id, quantity FROM remote_stock_levels WHERE branch_id = ?");
        QCOMPARE(mty.levels(own), atMty);
        QCOMPARE(gdl.levels(own), atGdl);
        QCOMPARE(mty.levels(remote, { gdlId }), atGdl);
        QCOMPARE(gdl.levels(remote, { mtyId }), atMty);
        // Both counters hold the transfers as the server does, with nothing pending.
        for (Counter *side : { &mty, &gdl }) {
            QCOMPARE(side->pending(), 0);
            // The transfers bucket's copy added up to the server's checkpoint (count and checksum).
            Result<QVariant> verified
                = side->db().scalar(QStringLiteral("SELECT verified_at FROM pull_state WHERE bucket = 'transfers'"));
            QVERIFY(verified && !verified->toString().isEmpty());
            for (const QString &id : { first->id, second->id }) {
                const Transfer t = side->transfer(id);
                QCOMPARE(t.state(), TransferState::Closed);
                QCOMPARE(t.serverState, QStringLiteral("closed"));
                QCOMPARE(t.inTransit().thousandths(), 0);
                QCOMPARE(qint64(t.shipments.size() + t.receipts.size()),
                    scalar(QStringLiteral("SELECT (SELECT count(*) FROM transfer_shipments WHERE transfer_id = ?) + "
                                          "(SELECT count(*) FROM transfer_receipts WHERE transfer_id = ?)"),
                        { id, id }));
            }
        }
        opened->reset();
        mty.engine->closeStore();
        gdl.engine->closeStore();
        QCOMPARE(server.stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTransferFlow)
#include "testtransferflow.moc"
