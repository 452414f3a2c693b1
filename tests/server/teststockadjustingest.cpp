// stock.adjusted through the real push ingest: a counter's real adjustment and count (StockAdjustmentService,
// StockCountService) taken from its outbox and applied to a tenant database; the tenant's stock equals its ledger,
// a replay or the same adjustment under a new mutation id moves nothing, another branch's or a malformed fact is
// quarantined, an adjustment below zero opens a negative_stock exception. Each test runs on an SQLite tenant file and
// on a PostgreSQL tenant schema (a throwaway cluster; skipped where none exists).
#include "ingesttest.h"
#include "ingestchecks.h"
#include "postgrescluster.h"
#include "tempdir.h"
#include "tenantfixture.h"
#include "why.h"

#include "auth/role.h"
#include "common/clock.h"
#include "common/idgenerator.h"
#include "inventory/stockadjustmentservice.h"
#include "inventory/stockcountservice.h"
#include "inventory/stockfact.h"
#include "inventory/stockledger.h"
#include "server/ingestservice.h"
#include "store/localstore.h"
#include "store/outbox.h"

#include <QJsonArray>
#include <QTest>

using namespace nexus;
using namespace nexus::test;

class TestStockAdjustIngest final : public IngestTest
{
    Q_OBJECT

private:

    QString mty() const { return m_acme.branchId(QStringLiteral("MTY")); }
    QString shelf() const { return mty() + QStringLiteral("-wh-A"); }

    struct Counter
    {
        std::unique_ptr<LocalStore> store;
        DeviceContext device;
        StockContext context;
    };

    Counter counter()
    {
        Counter c;
        const int round = ++m_round;
        Result<std::unique_ptr<LocalStore>> store = LocalStore::open(
            m_dir.file(QStringLiteral("counter-%1.db").arg(round)), QStringLiteral("counter-%1").arg(round));
        if (!store)
            return c;
        c.store = std::move(*store);
        c.device = DeviceContext { QStringLiteral("t-acme"), QStringLiteral("acme"), mty(),
            IdGenerator::instance().nextString(), 1 };
        c.context = StockContext { c.device.deviceId, mty(), QStringLiteral("MTY1") };
        if (!c.store->db().exec(QStringLiteral("INSERT INTO branches(id, code, name) VALUES (?, 'MTY', 'Monterrey')"),
                { mty() })
            || !c.store->db().exec(QStringLiteral("INSERT INTO warehouses(id, branch_id, code, name) VALUES (?, ?, 'A', "
                                                  "'Mostrador')"),
                { shelf(), mty() }))
            c.store.reset();
        return c;
    }

    static StockActor manager() { return { QStringLiteral("u-gerente"), Role::Manager, {} }; }

    Result<StockAdjustment> shrink(Counter &c, qint64 part, qint64 pieces)
    {
        return StockAdjustmentService(c.store->db(), Clock::system(), c.context)
            .adjust({ shelf(), AdjustmentReason::Damage, QStringLiteral("Golpeada"),
                        { { part, QStringLiteral("SKU-%1").arg(part), QStringLiteral("Pieza"), Quantity::units(-pieces) } } },
                manager());
    }

    wire::PushRequest outbox(Counter &c)
    {
        wire::PushRequest request { c.device.deviceId, 1, {} };
        Result<QList<OutboxEntry>> pending = Outbox(c.store->db()).pending(100);
        if (pending)
            for (const OutboxEntry &entry : *pending)
                request.mutations.append(wire::PushMutation {
                    entry.mutationId, entry.seq, entry.schemaVersion, entry.type, entry.payload, {}, {} });
        return request;
    }

    static QStringList statuses(const Result<wire::PushResponse> &response) { return pushStatuses(response); }

    qint64 count(const QString &sql, const QVariantList &values = {})
    {
        Result<QVariant> value = m_tenant->scalar(sql, values);
        return value && value->isValid() ? value->toLongLong() : -1;
    }
    qint64 stockOffLedger() { return nexus::test::stockOffLedger(*m_tenant); }
    qint64 stock(qint64 part)
    {
        return count(QStringLiteral("SELECT quantity FROM stock_levels WHERE part_id = ? AND warehouse_id = ?"),
            { part, shelf() });
    }
    // The tenant's shelf starts with `pieces` of `part` (a receipt already on the server).
    bool seedStock(qint64 part, qint64 pieces)
    {
        return m_tenant->exec(QStringLiteral("INSERT INTO stock_movements(id, part_id, warehouse_id, branch_id, kind, "
                                             "quantity, ref_type, ref_id, device_id, user_id, at) VALUES (?, ?, ?, ?, "
                                             "'receipt', ?, 'purchase_order', 'po-1', 'hq', 'hq', '2026-01-01')"),
                   { QStringLiteral("seed-%1").arg(part), part, shelf(), mty(), pieces * 1000 })
            && m_tenant->exec(QStringLiteral("INSERT INTO stock_levels(part_id, warehouse_id, quantity) VALUES (?, ?, ?)"),
                { part, shelf(), pieces * 1000 });
    }

private Q_SLOTS:
    void initTestCase_data() { backendRows(); }
    void initTestCase() { startBackends(); }
    void init() { openTenant(QStringLiteral("stk")); }
    void cleanup() { closeTenant(); }

    void adjustmentAndCountMoveTheTenantsStockOnce()
    {
        Counter c = counter();
        QVERIFY(c.store);
        QVERIFY(seedStock(7, 10));
        Result<StockAdjustment> adjusted = shrink(c, 7, 2);
        QVERIFY2(adjusted.has_value(), why(adjusted).constData());
        // A count on the counter: 5 found where its ledger said -2 (it never received the 10 the server has).
        StockCountService counts(c.store->db(), Clock::system(), c.context);
        // A cycle count (one category): a full count would also set part 7, which nobody counted, to zero.
        Result<StockCount> opened = counts.open(shelf(), QStringLiteral("Frenos"), {}, QStringLiteral("u-cajero"));
        QVERIFY2(opened.has_value(), why(opened).constData());
        QVERIFY(counts.count(opened->id, { 8, QStringLiteral("SKU-8"), {}, Quantity::units(5), false },
            QStringLiteral("u-cajero")));
        Result<StockCount> posted = counts.post(opened->id, manager());
        QVERIFY2(posted.has_value(), why(posted).constData());

        const wire::PushRequest batch = outbox(c);
        QCOMPARE(batch.mutations.size(), 2);
        Result<wire::PushResponse> answer = m_ingest->push(c.device, batch);
        QVERIFY2(answer.has_value(), why(answer).constData());
        QCOMPARE(statuses(answer), (QStringList { QStringLiteral("applied"), QStringLiteral("applied") }));
        QCOMPARE(stock(7), 8000);
        QCOMPARE(stock(8), 5000);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM stock_adjustments WHERE id = ? AND kind = 'adjustment' AND "
                                      "reason = 'damage' AND folio = ? AND branch_id = ? AND user_id = 'u-gerente'"),
                     { adjusted->id, adjusted->folio, mty() }),
            1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM stock_adjustments WHERE id = ? AND kind = 'count'"),
                     { opened->id }),
            1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM stock_movements WHERE kind = 'adjustment' AND ref_id = ?"),
                     { adjusted->id }),
            1);
        QCOMPARE(stockOffLedger(), 0);

        // The same batch again: replayed; the same adjustment under a new mutation id: a duplicate, nothing moves.
        QCOMPARE(statuses(m_ingest->push(c.device, batch)),
            (QStringList { QStringLiteral("replayed"), QStringLiteral("replayed") }));
        wire::PushMutation copy = batch.mutations.first();
        copy.mutationId = IdGenerator::instance().nextString();
        copy.seq = 3;
        Result<wire::PushResponse> again = m_ingest->push(c.device, wire::PushRequest { c.device.deviceId, 1, { copy } });
        QCOMPARE(statuses(again), QStringList { QStringLiteral("applied") });
        QCOMPARE(stock(7), 8000);
        QCOMPARE(stock(8), 5000);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM stock_adjustments")), 2);
        QCOMPARE(stockOffLedger(), 0);
    }

    void belowZeroIsAnExceptionForeignOrMalformedIsQuarantined()
    {
        Counter c = counter();
        QVERIFY(c.store);
        Result<StockAdjustment> adjusted = shrink(c, 9, 3); // the server has none of part 9
        QVERIFY2(adjusted.has_value(), why(adjusted).constData());
        const wire::PushRequest batch = outbox(c);
        const QJsonObject good = batch.mutations.first().payload;
        auto variant = [&](qint64 seq, const std::function<void(QJsonObject &)> &edit) {
            QJsonObject payload = good;
            payload.insert(QStringLiteral("id"), IdGenerator::instance().nextString());
            edit(payload);
            return wire::PushMutation { IdGenerator::instance().nextString(), seq, 1, QLatin1String(kStockAdjusted),
                payload, {}, {} };
        };
        const QString gdl = m_acme.branchId(QStringLiteral("GDL"));
        wire::PushRequest mixed = batch;
        mixed.mutations
            << variant(2, [&](QJsonObject &p) { p.insert(QStringLiteral("branch_id"), gdl); })
            << variant(3, [&](QJsonObject &p) { p.insert(QStringLiteral("warehouse_id"), QString(gdl + QStringLiteral("-wh-A"))); })
            << variant(4, [](QJsonObject &p) { p.insert(QStringLiteral("reason"), QStringLiteral("gift")); })
            << variant(5, [](QJsonObject &p) { p.insert(QStringLiteral("lines"), QJsonArray {}); })
            << variant(6, [](QJsonObject &p) {
                   QJsonArray lines = p.value(QStringLiteral("lines")).toArray();
                   QJsonObject line = lines.at(0).toObject();
                   line.insert(QStringLiteral("quantity"), 0);
                   lines.replace(0, line);
                   p.insert(QStringLiteral("lines"), lines);
               });
        Result<wire::PushResponse> answer = m_ingest->push(c.device, mixed);
        QVERIFY2(answer.has_value(), why(answer).constData());
        QCOMPARE(statuses(answer),
            (QStringList { QStringLiteral("applied"), QStringLiteral("quarantined"), QStringLiteral("quarantined"),
                QStringLiteral("quarantined"), QStringLiteral("quarantined"), QStringLiteral("quarantined") }));
        QCOMPARE(stock(9), -3000);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM exceptions WHERE kind = 'negative_stock' AND ref = ?"),
                     { adjusted->id }),
            1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM stock_adjustments")), 1);
        QCOMPARE(stockOffLedger(), 0);
    }
};

QTEST_GUILESS_MAIN(TestStockAdjustIngest)
#include "teststockadjustingest.moc"
