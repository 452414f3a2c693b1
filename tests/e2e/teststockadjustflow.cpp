// A stock adjustment and a physical count recorded on a real enrolled nexus.db (kept in its outbox until the next
// push) reach the real nexus-server over HTTPS through the real SyncEngine and move the tenant's stock exactly once,
// also when the counter never heard the server's answer and pushes the same mutations again.
#include "../server/tenantfixture.h"
#include "enrolledcounter.h"
#include "tempdir.h"

#include "common/clock.h"
#include "inventory/stockadjustmentservice.h"
#include "inventory/stockcountservice.h"
#include "inventory/stockledger.h"
#include "store/schemadatabase.h"

#include <QTest>

using namespace nexus;
using namespace nexus::test;

class TestStockAdjustFlow final : public QObject
{
    Q_OBJECT

private:
    TempDir m_root;
    QString m_data;
    std::unique_ptr<ServerProcess> m_server;
    TenantFixture m_acme = TenantFixture::standard(QStringLiteral("acme"));
    EnrolledCounter m_counter;
    QString m_warehouse;

    qint64 serverScalar(const QString &sql, const QVariantList &values = {})
    {
        auto db = openWithSchema(m_data + QStringLiteral("/tenants/acme/tenant.db"), Durability::Full,
            QStringLiteral("server/tenant"), QStringLiteral("e2e-stock-check"));
        if (!db)
            return -1;
        Result<QVariant> value = (*db)->scalar(sql, values);
        return value && value->isValid() ? value->toLongLong() : -1;
    }
    qint64 serverStock(qint64 part)
    {
        return serverScalar(QStringLiteral("SELECT coalesce(sum(quantity), 0) FROM stock_levels WHERE part_id = ? AND "
                                           "warehouse_id = ?"),
            { part, m_warehouse });
    }
    StockContext context() const
    {
        return { m_counter.profile.deviceId, m_counter.profile.branchId, m_counter.profile.folioSeries };
    }
    StockActor manager() const { return { m_acme.userId(QStringLiteral("acme-mty-gerente")), Role::Manager, {} }; }

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
                QStringLiteral("server/tenant"), QStringLiteral("e2e-stock-fixture"));
            QVERIFY(db);
            QVERIFY(m_acme.writeInto(**db));
        }
        m_warehouse = m_acme.branchId(QStringLiteral("MTY")) + QStringLiteral("-wh-A");
        m_server = std::make_unique<ServerProcess>(m_data);
        QVERIFY2(m_server->start(), qPrintable(m_server->log()));
        const AdminRun code = runAdmin({ QStringLiteral("enroll-code"), QStringLiteral("--data"), m_data,
            QStringLiteral("--tenant"), QStringLiteral("acme"), QStringLiteral("--branch"), QStringLiteral("MTY") });
        m_counter
            = enrollCounter(*m_server, code.out.trimmed(), m_root.file(QStringLiteral("client")), QStringLiteral("mty"));
        QVERIFY(m_counter.store);
    }

    void adjustmentAndCountReachTheServerOnce()
    {
        const qint64 brakesBefore = serverStock(7);
        const qint64 filtersBefore = serverStock(9);
        Result<StockAdjustment> adjusted
            = StockAdjustmentService(m_counter.db(), Clock::system(), context())
                  .adjust({ m_warehouse, AdjustmentReason::Theft, QStringLiteral("Faltante en vitrina"),
                              { { 7, QStringLiteral("SKU-7"), QStringLiteral("Balata"), Quantity::units(-2) } } },
                      manager());
        QVERIFY2(adjusted.has_value(), why(adjusted).constData());
        StockCountService counts(m_counter.db(), Clock::system(), context());
        // A cycle count of the filters: a full count would also set the brakes nobody counted to zero.
        Result<StockCount> opened = counts.open(m_warehouse, QStringLiteral("Filtros"), {}, manager().userId);
        QVERIFY2(opened.has_value(), why(opened).constData());
        Result<Quantity> seen = StockLedger(m_counter.db()).balance(9, m_warehouse);
        QVERIFY(seen.has_value());
        QVERIFY(counts.count(opened->id, { 9, QStringLiteral("SKU-9"), {}, *seen + Quantity::units(4), false },
            manager().userId));
        QVERIFY2(counts.post(opened->id, manager()).has_value(), "count not posted");
        QCOMPARE(m_counter.pending(), 2);

        Result<SyncEngine::PassResult> pass = m_counter.engine->pushPending();
        QVERIFY2(pass.has_value(), why(pass).constData());
        QCOMPARE(pass->pending, 0);
        QCOMPARE(serverStock(7), brakesBefore - 2000);
        QCOMPARE(serverStock(9), filtersBefore + 4000);
        QCOMPARE(serverScalar(QStringLiteral("SELECT count(*) FROM stock_adjustments WHERE id IN (?, ?)"),
                     { adjusted->id, opened->id }),
            2);

        // The answer lost after the server committed: the counter pushes the same mutations again.
        QVERIFY(m_counter.db().exec(QStringLiteral("UPDATE outbox SET acked_at = NULL")));
        Result<SyncEngine::PassResult> again = m_counter.engine->pushPending();
        QVERIFY2(again.has_value(), why(again).constData());
        QCOMPARE(again->pending, 0);
        QCOMPARE(serverStock(7), brakesBefore - 2000);
        QCOMPARE(serverStock(9), filtersBefore + 4000);
        QCOMPARE(serverScalar(QStringLiteral("SELECT count(*) FROM stock_movements WHERE kind IN ('adjustment', "
                                             "'count')")),
            2);
        QCOMPARE(serverScalar(QStringLiteral(
                     "SELECT count(*) FROM stock_levels l WHERE quantity != (SELECT coalesce(sum(quantity), 0) FROM "
                     "stock_movements m WHERE m.part_id = l.part_id AND m.warehouse_id = l.warehouse_id)")),
            0);
        QCOMPARE(serverScalar(QStringLiteral("SELECT count(*) FROM exceptions WHERE kind = 'quarantined'")), 0);
    }

    void cleanupTestCase()
    {
        m_counter = {};
        if (m_server)
            QCOMPARE(m_server->stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TestStockAdjustFlow)
#include "teststockadjustflow.moc"
