// Purchasing through the real nexus-server: a counter (real nexus.db, PurchasingService) saves a supplier, orders,
// sends, receives in two deliveries and pays; its outbox is pushed over HTTPS as the sync engine does. Head office
// then has the supplier, the order with its status, the receipts, the branch's average cost and the received stock
// in the branch's warehouse — moved exactly once, whatever the replays or the same receipt under another mutation id.
// Receipts for another branch's warehouse are quarantined. Runs on SQLite, and on PostgreSQL with
// NEXUS_TEST_BACKEND=postgresql.
#include "counterpushtest.h"

#include "common/clock.h"
#include "common/idgenerator.h"
#include "customers/rfc.h"
#include "protocol/endpoints.h"
#include "purchasing/purchasingservice.h"

#include <QJsonArray>
#include <QJsonDocument>
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

} // namespace

class TestPurchaseIngest final : public CounterPushTest
{
    Q_OBJECT

private:
    const PurchasingActor m_manager { QStringLiteral("u-gerente"), QStringLiteral("Gerente"), Role::Manager };

    QString shelf() const { return m_device.branchId + QStringLiteral("-wh-A"); }

    PurchasingService service()
    {
        return PurchasingService(m_counter->db(), Clock::system(),
            PurchasingContext { m_device.id, m_device.branchId, QStringLiteral("MTY1") });
    }

    qint64 lastSeq()
    {
        Result<QVariant> seq = m_counter->db().scalar(QStringLiteral("SELECT max(seq) FROM outbox"));
        return seq ? seq->toLongLong() : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_acme.branchCodes << QStringLiteral("CUU");
        startCounterAndServer(QStringLiteral("purchase-counter"));
        if (!m_counter) // failed or skipped (no PostgreSQL)
            return;
        Database &db = m_counter->db();
        QVERIFY(db.exec(QStringLiteral("INSERT INTO branches(id, code, name) VALUES (?, 'MTY', 'Monterrey')"),
            { m_device.branchId }));
        QVERIFY(db.exec(QStringLiteral("INSERT INTO branches(id, code, name) VALUES (?, 'CUU', 'Chihuahua')"),
            { m_acme.branchId(QStringLiteral("CUU")) }));
        QVERIFY(db.exec(QStringLiteral("INSERT INTO warehouses(id, branch_id, code, name) VALUES (?, ?, 'A', 'A')"),
            { shelf(), m_device.branchId }));
    }

    void cleanupTestCase() { stopServer(); }

    void receiptMovesServerStockExactlyOnce()
    {
        const qint64 stockBefore = count(
            QStringLiteral("SELECT COALESCE(sum(quantity), 0) FROM stock_levels WHERE part_id = ? AND warehouse_id = ?"),
            { kBrake, shelf() });
        QVERIFY(stockBefore >= 0);

        Supplier supplier;
        supplier.name = QStringLiteral("Frenos del Norte");
        const QString body = QStringLiteral("FNO010203AB");
        supplier.rfc = body + rfcCheckDigit(body);
        supplier.email = QStringLiteral("ventas@frenos.mx");
        supplier.creditDays = 30;
        supplier.parts = { SupplierPart { kBrake, QStringLiteral("BAL-1"), QStringLiteral("Balata"),
            QStringLiteral("FR-100"), 10000, true } };
        Result<Supplier> saved = service().saveSupplier(supplier, m_manager);
        QVERIFY2(saved, why(saved).constData());
        PurchaseOrderDraft draft { {}, saved->id, shelf(), Currency::MXN, kExchangeRateOne, {},
            { PurchaseOrderLine { 0, kBrake, QStringLiteral("BAL-1"), {}, {}, QStringLiteral("Balata"), units(10), 10000 },
                PurchaseOrderLine { 0, kFilter, QStringLiteral("FIL-9"), {}, {}, QStringLiteral("Filtro"), units(4),
                    5000 } } };
        Result<PurchaseOrder> order = service().saveDraft(draft, m_manager);
        QVERIFY2(order, why(order).constData());
        QVERIFY(service().markSent(order->id, m_manager));
        QCOMPARE(pushPending(), QStringList(3, QString(wire::pushstatus::kApplied)));
        QCOMPARE(tenantText(QStringLiteral("SELECT name FROM suppliers WHERE id = ?"), { saved->id }),
            QStringLiteral("Frenos del Norte"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM supplier_parts WHERE supplier_id = ?"), { saved->id }), 1);
        QCOMPARE(tenantText(QStringLiteral("SELECT status FROM purchase_orders WHERE id = ?"), { order->id }),
            QStringLiteral("sent"));
        QCOMPARE(count(QStringLiteral("SELECT version FROM purchase_orders WHERE id = ?"), { order->id }), 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM purchase_order_lines WHERE order_id = ?"), { order->id }),
            2);

        // First delivery: 6 brakes at 110.00.
        QVERIFY(service().receive(
            PurchaseReceiptRequest { order->id, QStringLiteral("FAC-1"), {}, { { 1, units(6), qint64(11000), {} } } },
            m_manager));
        const QList<wire::PushMutation> firstReceipt = pending();
        QCOMPARE(firstReceipt.size(), 1);
        QCOMPARE(firstReceipt.front().type, QString::fromLatin1(kPurchaseReceived));
        QCOMPARE(pushPending(), QStringList { QString(wire::pushstatus::kApplied) });
        QCOMPARE(count(QStringLiteral("SELECT quantity FROM stock_levels WHERE part_id = ? AND warehouse_id = ?"),
                     { kBrake, shelf() }),
            stockBefore + units(6).thousandths());
        QCOMPARE(tenantText(QStringLiteral("SELECT status FROM purchase_orders WHERE id = ?"), { order->id }),
            QStringLiteral("partially_received"));
        QCOMPARE(count(QStringLiteral("SELECT average_cost_cents FROM branch_part_costs WHERE branch_id = ? AND "
                                            "part_id = ?"),
                     { m_device.branchId, kBrake }),
            11000);
        QCOMPARE(count(QStringLiteral("SELECT last_cost_cents FROM supplier_parts WHERE supplier_id = ? AND "
                                            "part_id = ?"),
                     { saved->id, kBrake }),
            11000);

        // The same batch again (the ack was lost): replayed, nothing moves.
        QCOMPARE(postStatuses(firstReceipt), QStringList { QString(wire::pushstatus::kReplayed) });
        // The same receipt under another mutation id and seq: applied as a duplicate, nothing moves.
        wire::PushMutation again = firstReceipt.front();
        again.mutationId = IdGenerator::instance().nextString();
        again.seq = lastSeq() + 1;
        (void)m_counter->db().exec(
            QStringLiteral("INSERT INTO outbox(mutation_id, type, schema_v, payload, created_at, acked_at) VALUES "
                           "(?, 'noop', 1, '{}', 'x', 'x')"),
            { again.mutationId });
        QCOMPARE(postStatuses({ again }), QStringList { QString(wire::pushstatus::kApplied) });
        QCOMPARE(count(QStringLiteral("SELECT quantity FROM stock_levels WHERE part_id = ? AND warehouse_id = ?"),
                     { kBrake, shelf() }),
            stockBefore + units(6).thousandths());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM stock_movements WHERE kind = 'receipt' AND ref_id = ?"),
                     { order->id }),
            1);

        // The rest arrives, the order is closed and the supplier paid.
        QVERIFY(service().receive(
            PurchaseReceiptRequest { order->id, QStringLiteral("FAC-2"), {},
                { { 1, units(4), {}, {} }, { 2, units(4), {}, {} } } },
            m_manager));
        QVERIFY(service().close(order->id, m_manager));
        QVERIFY(service().recordPayment(saved->id, 50000, QStringLiteral("transfer"), QStringLiteral("SPEI"), m_manager));
        QCOMPARE(pushPending(), QStringList(3, QString(wire::pushstatus::kApplied)));
        QCOMPARE(count(QStringLiteral("SELECT quantity FROM stock_levels WHERE part_id = ? AND warehouse_id = ?"),
                     { kBrake, shelf() }),
            stockBefore + units(10).thousandths());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM stock_movements WHERE kind = 'receipt' AND ref_id = ?"),
                     { order->id }),
            3);
        QCOMPARE(tenantText(QStringLiteral("SELECT status FROM purchase_orders WHERE id = ?"), { order->id }),
            QStringLiteral("closed"));
        QCOMPARE(count(QStringLiteral("SELECT average_cost_cents FROM branch_part_costs WHERE branch_id = ? AND "
                                            "part_id = ?"),
                     { m_device.branchId, kBrake }),
            10600);
        // What head office sees owed to the supplier: received 6×110 + 4×100 + 4×50 = 1,260.00, paid 500.00.
        QCOMPARE(count(QStringLiteral("SELECT CAST(sum(total_mxn_cents) AS BIGINT) FROM purchase_receipts WHERE "
                                            "supplier_id = ?"),
                     { saved->id }),
            126000);
        QCOMPARE(count(QStringLiteral("SELECT CAST(sum(amount_cents) AS BIGINT) FROM supplier_payments WHERE "
                                            "supplier_id = ?"),
                     { saved->id }),
            50000);
    }

    void receiptIntoAnotherBranchIsQuarantined()
    {
        const QString otherShelf = m_acme.branchId(QStringLiteral("CUU")) + QStringLiteral("-wh-A");
        const QJsonObject payload { { QStringLiteral("id"), IdGenerator::instance().nextString() },
            { QStringLiteral("order_id"), QStringLiteral("o-x") }, { QStringLiteral("folio"), QStringLiteral("X") },
            { QStringLiteral("branch_id"), m_device.branchId }, { QStringLiteral("supplier_id"), QStringLiteral("s") },
            { QStringLiteral("supplier_invoice"), QString() }, { QStringLiteral("received_by"), QStringLiteral("u") },
            { QStringLiteral("received_at"), QStringLiteral("2026-01-01T00:00:00.000Z") },
            { QStringLiteral("note"), QString() }, { QStringLiteral("total_mxn_cents"), 100 },
            { QStringLiteral("status_after"), QStringLiteral("received") },
            { QStringLiteral("lines"),
                QJsonArray { QJsonObject { { QStringLiteral("line_no"), 1 }, { QStringLiteral("part_id"), kBrake },
                    { QStringLiteral("warehouse_id"), otherShelf },
                    { QStringLiteral("quantity"), 1000 }, { QStringLiteral("ordered_cost_cents"), 100 },
                    { QStringLiteral("unit_cost_cents"), 100 }, { QStringLiteral("unit_cost_mxn_cents"), 100 },
                    { QStringLiteral("average_cost_cents"), 100 } } } } };
        const qint64 movements = count(QStringLiteral("SELECT count(*) FROM stock_movements"));
        const QString id = IdGenerator::instance().nextString();
        (void)m_counter->db().exec(
            QStringLiteral("INSERT INTO outbox(mutation_id, type, schema_v, payload, created_at, acked_at) VALUES "
                           "(?, 'noop', 1, '{}', 'x', 'x')"),
            { id });
        QCOMPARE(postStatuses({ wire::PushMutation { id, lastSeq(), 1, QString::fromLatin1(kPurchaseReceived), payload, {}, {} } }),
            QStringList { QString(wire::pushstatus::kQuarantined) });
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM stock_movements")), movements);
    }
};

QTEST_GUILESS_MAIN(TestPurchaseIngest)
#include "testpurchaseingest.moc"
