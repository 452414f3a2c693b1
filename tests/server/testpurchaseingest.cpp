// Purchasing through the real nexus-server: a counter (real nexus.db, PurchasingService) saves a supplier, orders,
// sends, receives in two deliveries and pays; its outbox is pushed over HTTPS as the sync engine does. Head office
// then has the supplier, the order with its status, the receipts, the branch's average cost and the received stock
// in the branch's warehouse — moved exactly once, whatever the replays or the same receipt under another mutation id.
// Receipts for another branch's warehouse are quarantined. Runs on SQLite, and on PostgreSQL with
// NEXUS_TEST_BACKEND=postgresql.
#include "enrolleddevice.h"
#include "pushcounter.h"
#include "serverbackend.h"
#include "serverprocess.h"
#include "tempdir.h"
#include "tenantfixture.h"
#include "why.h"

#include "client/curltransport.h"
#include "client/httpclient.h"
#include "client/transportsession.h"
#include "common/clock.h"
#include "common/idgenerator.h"
#include "customers/rfc.h"
#include "protocol/endpoints.h"
#include "protocol/pushmessages.h"
#include "purchasing/purchasingservice.h"
#include "store/localstore.h"
#include "store/outbox.h"

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

class TestPurchaseIngest final : public QObject
{
    Q_OBJECT

private:
    TempDir m_root;
    QString m_data;
    std::unique_ptr<ServerBackend> m_backend;
    std::unique_ptr<ServerProcess> m_server;
    TenantFixture m_acme = [] {
        TenantFixture fixture = TenantFixture::standard(QStringLiteral("acme"));
        fixture.branchCodes << QStringLiteral("CUU");
        return fixture;
    }();
    EnrolledDevice m_device;
    std::unique_ptr<LocalStore> m_counter;
    std::unique_ptr<CurlTransport> m_transport;
    std::unique_ptr<TransportSession> m_session;
    const PurchasingActor m_manager { QStringLiteral("u-gerente"), QStringLiteral("Gerente"), Role::Manager };

    QString shelf() const { return m_device.branchId + QStringLiteral("-wh-A"); }

    PurchasingService service()
    {
        return PurchasingService(m_counter->db(), Clock::system(),
            PurchasingContext { m_device.id, m_device.branchId, QStringLiteral("MTY1") });
    }

    std::unique_ptr<Database> tenantDb()
    {
        auto db = m_backend->openTenant(QStringLiteral("acme"), QStringLiteral("check-acme"));
        return db ? std::move(*db) : nullptr;
    }

    qint64 serverCount(const QString &sql, const QVariantList &values = {})
    {
        std::unique_ptr<Database> db = tenantDb();
        Result<QVariant> value = db ? db->scalar(sql, values) : Result<QVariant>(QVariant());
        return value && value->isValid() ? value->toLongLong() : -1;
    }

    QString serverText(const QString &sql, const QVariantList &values = {})
    {
        std::unique_ptr<Database> db = tenantDb();
        Result<QVariant> value = db ? db->scalar(sql, values) : Result<QVariant>(QVariant());
        return value ? value->toString() : QString();
    }

    // POST /v1/sync/push of `mutations`; the statuses of the results in order.
    PushCounter pushes() { return PushCounter(*m_session, m_device.id, m_counter->db()); }
    QStringList post(const QList<wire::PushMutation> &mutations) { return pushes().post(mutations); }
    QList<wire::PushMutation> pending() { return pushes().pending(); }
    QStringList pushPending() { return pushes().pushPending(); }

    qint64 lastSeq()
    {
        Result<QVariant> seq = m_counter->db().scalar(QStringLiteral("SELECT max(seq) FROM outbox"));
        return seq ? seq->toLongLong() : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        m_data = m_root.file(QStringLiteral("server"));
        m_backend = std::make_unique<ServerBackend>(m_data);
        if (Status started = m_backend->start(); !started) {
            if (PostgresCluster::required())
                QFAIL(why(started).constData());
            QSKIP(why(started).constData());
        }
        const AdminRun created = runAdmin(QStringList { QStringLiteral("tenant"), QStringLiteral("create") }
            + m_backend->adminArgs()
            + QStringList { QStringLiteral("--slug"), QStringLiteral("acme"), QStringLiteral("--name"),
                QStringLiteral("acme") });
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        {
            auto db = tenantDb();
            QVERIFY(db);
            QVERIFY(m_acme.writeInto(*db));
        }
        m_server = m_backend->server();
        QVERIFY2(m_server->start(), qPrintable(m_server->log()));
        m_device = enrollDevice(*m_backend, *m_server, QStringLiteral("acme"), m_acme);
        QVERIFY(!m_device.id.isEmpty());
        m_transport = std::make_unique<CurlTransport>(
            m_server->url(), HttpClient::Options { m_server->caFile(), 5000, 30000, nullptr });
        m_session = std::make_unique<TransportSession>(*m_transport, m_device.id, m_device.secret);

        auto store = LocalStore::open(m_root.file(QStringLiteral("counter.db")), QStringLiteral("purchase-counter"));
        QVERIFY2(store, why(store).constData());
        m_counter = std::move(*store);
        Database &db = m_counter->db();
        QVERIFY(db.exec(QStringLiteral("INSERT INTO branches(id, code, name) VALUES (?, 'MTY', 'Monterrey')"),
            { m_device.branchId }));
        QVERIFY(db.exec(QStringLiteral("INSERT INTO branches(id, code, name) VALUES (?, 'CUU', 'Chihuahua')"),
            { m_acme.branchId(QStringLiteral("CUU")) }));
        QVERIFY(db.exec(QStringLiteral("INSERT INTO warehouses(id, branch_id, code, name) VALUES (?, ?, 'A', 'A')"),
            { shelf(), m_device.branchId }));
    }

    void cleanupTestCase()
    {
        m_session.reset();
        if (m_server)
            QCOMPARE(m_server->stop(), 0);
    }

    void receiptMovesServerStockExactlyOnce()
    {
        const qint64 stockBefore = serverCount(
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
        QCOMPARE(serverText(QStringLiteral("SELECT name FROM suppliers WHERE id = ?"), { saved->id }),
            QStringLiteral("Frenos del Norte"));
        QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM supplier_parts WHERE supplier_id = ?"), { saved->id }), 1);
        QCOMPARE(serverText(QStringLiteral("SELECT status FROM purchase_orders WHERE id = ?"), { order->id }),
            QStringLiteral("sent"));
        QCOMPARE(serverCount(QStringLiteral("SELECT version FROM purchase_orders WHERE id = ?"), { order->id }), 2);
        QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM purchase_order_lines WHERE order_id = ?"), { order->id }),
            2);

        // First delivery: 6 brakes at 110.00.
        QVERIFY(service().receive(
            PurchaseReceiptRequest { order->id, QStringLiteral("FAC-1"), {}, { { 1, units(6), qint64(11000), {} } } },
            m_manager));
        const QList<wire::PushMutation> firstReceipt = pending();
        QCOMPARE(firstReceipt.size(), 1);
        QCOMPARE(firstReceipt.front().type, QString::fromLatin1(kPurchaseReceived));
        QCOMPARE(pushPending(), QStringList { QString(wire::pushstatus::kApplied) });
        QCOMPARE(serverCount(QStringLiteral("SELECT quantity FROM stock_levels WHERE part_id = ? AND warehouse_id = ?"),
                     { kBrake, shelf() }),
            stockBefore + units(6).thousandths());
        QCOMPARE(serverText(QStringLiteral("SELECT status FROM purchase_orders WHERE id = ?"), { order->id }),
            QStringLiteral("partially_received"));
        QCOMPARE(serverCount(QStringLiteral("SELECT average_cost_cents FROM branch_part_costs WHERE branch_id = ? AND "
                                            "part_id = ?"),
                     { m_device.branchId, kBrake }),
            11000);
        QCOMPARE(serverCount(QStringLiteral("SELECT last_cost_cents FROM supplier_parts WHERE supplier_id = ? AND "
                                            "part_id = ?"),
                     { saved->id, kBrake }),
            11000);

        // The same batch again (the ack was lost): replayed, nothing moves.
        QCOMPARE(post(firstReceipt), QStringList { QString(wire::pushstatus::kReplayed) });
        // The same receipt under another mutation id and seq: applied as a duplicate, nothing moves.
        wire::PushMutation again = firstReceipt.front();
        again.mutationId = IdGenerator::instance().nextString();
        again.seq = lastSeq() + 1;
        (void)m_counter->db().exec(
            QStringLiteral("INSERT INTO outbox(mutation_id, type, schema_v, payload, created_at, acked_at) VALUES "
                           "(?, 'noop', 1, '{}', 'x', 'x')"),
            { again.mutationId });
        QCOMPARE(post({ again }), QStringList { QString(wire::pushstatus::kApplied) });
        QCOMPARE(serverCount(QStringLiteral("SELECT quantity FROM stock_levels WHERE part_id = ? AND warehouse_id = ?"),
                     { kBrake, shelf() }),
            stockBefore + units(6).thousandths());
        QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM stock_movements WHERE kind = 'receipt' AND ref_id = ?"),
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
        QCOMPARE(serverCount(QStringLiteral("SELECT quantity FROM stock_levels WHERE part_id = ? AND warehouse_id = ?"),
                     { kBrake, shelf() }),
            stockBefore + units(10).thousandths());
        QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM stock_movements WHERE kind = 'receipt' AND ref_id = ?"),
                     { order->id }),
            3);
        QCOMPARE(serverText(QStringLiteral("SELECT status FROM purchase_orders WHERE id = ?"), { order->id }),
            QStringLiteral("closed"));
        QCOMPARE(serverCount(QStringLiteral("SELECT average_cost_cents FROM branch_part_costs WHERE branch_id = ? AND "
                                            "part_id = ?"),
                     { m_device.branchId, kBrake }),
            10600);
        // What head office sees owed to the supplier: received 6×110 + 4×100 + 4×50 = 1,260.00, paid 500.00.
        QCOMPARE(serverCount(QStringLiteral("SELECT CAST(sum(total_mxn_cents) AS BIGINT) FROM purchase_receipts WHERE "
                                            "supplier_id = ?"),
                     { saved->id }),
            126000);
        QCOMPARE(serverCount(QStringLiteral("SELECT CAST(sum(amount_cents) AS BIGINT) FROM supplier_payments WHERE "
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
        const qint64 movements = serverCount(QStringLiteral("SELECT count(*) FROM stock_movements"));
        const QString id = IdGenerator::instance().nextString();
        (void)m_counter->db().exec(
            QStringLiteral("INSERT INTO outbox(mutation_id, type, schema_v, payload, created_at, acked_at) VALUES "
                           "(?, 'noop', 1, '{}', 'x', 'x')"),
            { id });
        QCOMPARE(post({ wire::PushMutation { id, lastSeq(), 1, QString::fromLatin1(kPurchaseReceived), payload, {}, {} } }),
            QStringList { QString(wire::pushstatus::kQuarantined) });
        QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM stock_movements")), movements);
    }
};

QTEST_GUILESS_MAIN(TestPurchaseIngest)
#include "testpurchaseingest.moc"
