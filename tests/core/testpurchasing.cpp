// Purchasing on a real nexus.db: supplier validation (each refusal names its field and writes nothing), the purchase
// order workflow's edges, a full cycle draft → sent → partial receipt → receipt → closed with its stock movements,
// differences, average cost and outbox facts, a USD order, payables, permissions, and the suggested drafts grouped by
// preferred supplier.
#include "customers/rfc.h"
#include "inventory/stockledger.h"
#include "mockclock.h"
#include "notifications/notificationservice.h"
#include "purchasing/purchasingservice.h"
#include "purchasing/suppliervalidation.h"
#include "store/domainevents.h"
#include "store/localstore.h"
#include "store/outbox.h"
#include "tempdir.h"
#include "why.h"

#include <QJsonArray>
#include <QScopeGuard>
#include <QTest>

using namespace nexus;
using namespace nexus::test;

namespace {

const QString kBranch = QStringLiteral("branch-mty");
const QString kShelf = QStringLiteral("wh-mty-a");
const QString kBack = QStringLiteral("wh-mty-b");
constexpr qint64 kBrake = 7;
constexpr qint64 kFilter = 9;
constexpr qint64 kOil = 11;

Quantity units(qint64 n)
{
    return Quantity::units(n);
}

QString moralRfc()
{
    const QString body = QStringLiteral("ABC010203XY");
    return body + rfcCheckDigit(body);
}

Supplier supplierNamed(const QString &name)
{
    Supplier s;
    s.name = name;
    s.rfc = moralRfc();
    s.contactName = QStringLiteral("Laura Pérez");
    s.phone = QStringLiteral("(81) 8123-4567");
    s.email = QStringLiteral("Ventas@Frenos.MX");
    s.creditDays = 30;
    s.leadTimeDays = 3;
    s.parts = { SupplierPart { kBrake, QStringLiteral("BAL-1"), QStringLiteral("Balata delantera"),
        QStringLiteral("FR-100"), 10000, true } };
    return s;
}

PurchaseOrderLine line(qint64 part, const QString &sku, qint64 unitsOrdered, qint64 costCents)
{
    return PurchaseOrderLine { 0, part, sku, sku + QStringLiteral("-EAN"), {}, QStringLiteral("Pieza ") + sku,
        units(unitsOrdered), costCents };
}

} // namespace

class TestPurchasing final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
    MockClock m_clock;
    int m_round = 0;
    const PurchasingActor m_manager { QStringLiteral("u-gerente"), QStringLiteral("Gerente"), Role::Manager };

    Database &db() { return m_store->db(); }
    PurchasingService service()
    {
        return PurchasingService(db(), m_clock, PurchasingContext { QStringLiteral("dev-1"), kBranch,
            QStringLiteral("MTY1") });
    }
    qint64 count(const QString &sql, const QVariantList &values = {})
    {
        Result<QVariant> value = db().scalar(sql, values);
        return value && value->isValid() ? value->toLongLong() : -1;
    }
    qint64 footprint()
    {
        return count(QStringLiteral(
            "SELECT (SELECT count(*) FROM outbox) + (SELECT count(*) FROM suppliers) + (SELECT count(*) FROM "
            "supplier_parts) + (SELECT count(*) FROM purchase_orders) + (SELECT count(*) FROM purchase_receipts) + "
            "(SELECT count(*) FROM stock_movements) + (SELECT count(*) FROM supplier_payments) + "
            "(SELECT count(*) FROM audit_log) + (SELECT sum(version) FROM purchase_orders)"));
    }
    QStringList outboxTypes()
    {
        QStringList types;
        Result<QList<OutboxEntry>> pending = Outbox(db()).pending(1000);
        if (pending)
            for (const OutboxEntry &entry : *pending)
                types << entry.type;
        return types;
    }
    qint64 stock(qint64 part, const QString &warehouse)
    {
        Result<Quantity> balance = StockLedger(db()).balance(part, warehouse);
        return balance ? balance->thousandths() : -999999;
    }
    Supplier savedSupplier(const QString &name)
    {
        Result<Supplier> saved = service().saveSupplier(supplierNamed(name), m_manager);
        return saved ? *saved : Supplier {};
    }
    PurchaseOrder sentOrder(const QString &supplierId)
    {
        PurchaseOrderDraft draft { {}, supplierId, kShelf, Currency::MXN, kExchangeRateOne, QStringLiteral("Urgente"),
            { line(kBrake, QStringLiteral("BAL-1"), 10, 10000), line(kFilter, QStringLiteral("FIL-9"), 4, 5000) } };
        Result<PurchaseOrder> order = service().saveDraft(draft, m_manager);
        if (!order)
            return {};
        Result<PurchaseOrder> sent = service().markSent(order->id, m_manager);
        return sent ? *sent : PurchaseOrder {};
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<TempDir>();
        Result<std::unique_ptr<LocalStore>> store
            = LocalStore::open(m_dir->file(QStringLiteral("nexus.db")), QStringLiteral("purchasing-%1").arg(++m_round));
        QVERIFY2(store, why(store).constData());
        m_store = std::move(*store);
        QVERIFY(db().exec(QStringLiteral("INSERT INTO branches(id, code, name) VALUES (?, 'MTY', 'Monterrey')"),
            { kBranch }));
        for (const QString &wh : { kShelf, kBack })
            QVERIFY(db().exec(QStringLiteral("INSERT INTO warehouses(id, branch_id, code, name) VALUES (?, ?, ?, ?)"),
                { wh, kBranch, wh.right(1).toUpper(), wh }));
        QVERIFY(db().exec(QStringLiteral("INSERT INTO branches(id, code, name) VALUES ('branch-gdl', 'GDL', 'GDL')")));
        QVERIFY(db().exec(QStringLiteral("INSERT INTO warehouses(id, branch_id, code, name) VALUES ('wh-gdl', "
                                         "'branch-gdl', 'A', 'GDL')")));
    }

    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void supplierIsValidatedAndSaved()
    {
        Result<Supplier> saved = service().saveSupplier(supplierNamed(QStringLiteral("  Frenos  del Norte ")), m_manager);
        QVERIFY2(saved, why(saved).constData());
        QCOMPARE(saved->name, QStringLiteral("Frenos del Norte"));
        QCOMPARE(saved->phone, QStringLiteral("8181234567"));
        QCOMPARE(saved->email, QStringLiteral("ventas@frenos.mx"));
        Result<std::optional<Supplier>> read = service().supplier(saved->id);
        QVERIFY(read && *read);
        QCOMPARE((*read)->rfc, moralRfc());
        QCOMPARE((*read)->creditDays, 30);
        QCOMPARE((*read)->leadTimeDays, 3);
        QCOMPARE(int((*read)->parts.size()), 1);
        QCOMPARE((*read)->parts.front().supplierSku, QStringLiteral("FR-100"));
        QCOMPARE(outboxTypes(), QStringList { QStringLiteral("supplier.saved") });

        // An edit keeps the id and goes up again.
        Supplier edited = **read;
        edited.currency = Currency::USD;
        edited.parts.clear();
        QVERIFY(service().saveSupplier(edited, m_manager));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM suppliers")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM supplier_parts")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM suppliers WHERE currency = 'USD'")), 1);
        QCOMPARE(outboxTypes().size(), 2);
    }

    void badSupplierNamesItsField_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("no name") << "name" << "   " << "name";
        QTest::newRow("rfc structure") << "rfc" << "ABC12" << "rfc";
        QTest::newRow("rfc check digit") << "rfc" << "ABC010203XY0" << "rfc";
        QTest::newRow("rfc date") << "rfc" << "ABC019933XY1" << "rfc";
        QTest::newRow("phone") << "phone" << "81 1234" << "phone";
        QTest::newRow("email") << "email" << "ventas@" << "email";
        QTest::newRow("credit days") << "credit_days" << "400" << "credit_days";
        QTest::newRow("lead time") << "lead_time_days" << "-1" << "lead_time_days";
        QTest::newRow("part twice") << "parts" << "twice" << "parts[1].part_id";
        QTest::newRow("negative cost") << "cost" << "-5" << "parts[0].last_cost";
    }

    void badSupplierNamesItsField()
    {
        QFETCH(QString, what);
        QFETCH(QString, value);
        QFETCH(QString, field);
        Supplier s = supplierNamed(QStringLiteral("Frenos del Norte"));
        if (what == QLatin1String("name"))
            s.name = value;
        else if (what == QLatin1String("rfc")) {
            s.rfc = value;
            if (value == QLatin1String("ABC010203XY0") && moralRfc().endsWith(QLatin1Char('0')))
                s.rfc = QStringLiteral("ABC010203XY1");
        } else if (what == QLatin1String("phone"))
            s.phone = value;
        else if (what == QLatin1String("email"))
            s.email = value;
        else if (what == QLatin1String("credit_days"))
            s.creditDays = value.toInt();
        else if (what == QLatin1String("lead_time_days"))
            s.leadTimeDays = value.toInt();
        else if (what == QLatin1String("parts"))
            s.parts.push_back(s.parts.front());
        else if (what == QLatin1String("cost"))
            s.parts.front().lastCostCents = value.toLongLong();
        const qint64 before = footprint();
        Result<Supplier> saved = service().saveSupplier(s, m_manager);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code(), ErrorCode::InvalidInput);
        QCOMPARE(saved.error().field(), field);
        QVERIFY(!saved.error().message().isEmpty());
        QCOMPARE(footprint(), before);
    }

    void transitions_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<bool>("allowed");
        using S = PurchaseOrderStatus;
        const S all[] = { S::Draft, S::Sent, S::PartiallyReceived, S::Received, S::Closed, S::Cancelled };
        const QList<std::pair<S, S>> edges { { S::Draft, S::Sent }, { S::Draft, S::Cancelled }, { S::Sent, S::Cancelled },
            { S::Sent, S::PartiallyReceived }, { S::Sent, S::Received }, { S::PartiallyReceived, S::PartiallyReceived },
            { S::PartiallyReceived, S::Received }, { S::PartiallyReceived, S::Closed }, { S::Received, S::Closed } };
        for (S from : all)
            for (S to : all)
                QTest::addRow("%s->%s", qPrintable(purchaseOrderStatusCode(from)), qPrintable(purchaseOrderStatusCode(to)))
                    << int(from) << int(to) << edges.contains({ from, to });
    }

    void transitions()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(bool, allowed);
        const Status checked
            = checkPurchaseOrderTransition(PurchaseOrderStatus(from), PurchaseOrderStatus(to));
        QCOMPARE(checked.has_value(), allowed);
        if (!allowed)
            QCOMPARE(checked.error().field(), QStringLiteral("status"));
    }

    void averageCostMath_data()
    {
        QTest::addColumn<qint64>("onHand");
        QTest::addColumn<qint64>("average");
        QTest::addColumn<qint64>("quantity");
        QTest::addColumn<qint64>("cost");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("nothing on hand") << qint64(0) << qint64(9999) << qint64(5000) << qint64(12000) << qint64(12000);
        QTest::newRow("equal halves") << qint64(10000) << qint64(10000) << qint64(10000) << qint64(20000) << qint64(15000);
        QTest::newRow("weighted") << qint64(3000) << qint64(10000) << qint64(1000) << qint64(14000) << qint64(11000);
        QTest::newRow("rounds half up") << qint64(2000) << qint64(100) << qint64(1000) << qint64(101) << qint64(100);
        QTest::newRow("rounds up") << qint64(1000) << qint64(100) << qint64(1000) << qint64(101) << qint64(101);
        QTest::newRow("negative balance") << qint64(-4000) << qint64(9000) << qint64(2000) << qint64(7000) << qint64(7000);
        QTest::newRow("fractional") << qint64(500) << qint64(20000) << qint64(1500) << qint64(10000) << qint64(12500);
    }

    void averageCostMath()
    {
        QFETCH(qint64, onHand);
        QFETCH(qint64, average);
        QFETCH(qint64, quantity);
        QFETCH(qint64, cost);
        QFETCH(qint64, expected);
        QCOMPARE(weightedAverageCost(Quantity(onHand), average, Quantity(quantity), cost), expected);
    }

    void fullCycleWithPartialReceipt()
    {
        const Supplier supplier = savedSupplier(QStringLiteral("Frenos del Norte"));
        QVERIFY(!supplier.id.isEmpty());
        PurchaseOrderDraft draft { {}, supplier.id, kShelf, Currency::MXN, kExchangeRateOne, {},
            { line(kBrake, QStringLiteral("BAL-1"), 6, 10000), line(kFilter, QStringLiteral("FIL-9"), 4, 5000),
                line(kBrake, QStringLiteral("BAL-1"), 4, 10000) } };
        Result<PurchaseOrder> created = service().saveDraft(draft, m_manager);
        QVERIFY2(created, why(created).constData());
        QCOMPARE(created->folio, QStringLiteral("MTY1-OC000001"));
        QCOMPARE(created->status, PurchaseOrderStatus::Draft);
        QCOMPARE(int(created->lines.size()), 2); // the same part twice is one line
        QCOMPARE(created->lines.front().quantity, units(10));
        QCOMPARE(created->lines.front().supplierSku, QStringLiteral("FR-100")); // from the supplier's parts
        QCOMPARE(created->totalCents(), 10 * 10000 + 4 * 5000);

        // A draft can change; receiving a draft cannot.
        draft.id = created->id;
        draft.note = QStringLiteral("Entregar por la mañana");
        QVERIFY(service().saveDraft(draft, m_manager));
        const qint64 before = footprint();
        Result<PurchaseOrder> early
            = service().receive(PurchaseReceiptRequest { created->id, {}, {}, { { 1, units(1), {}, {} } } }, m_manager);
        QVERIFY(!early);
        QCOMPARE(early.error().field(), QStringLiteral("status"));
        QCOMPARE(footprint(), before);

        Result<PurchaseOrder> sent = service().markSent(created->id, m_manager);
        QVERIFY2(sent, why(sent).constData());
        QCOMPARE(sent->status, PurchaseOrderStatus::Sent);
        QVERIFY(!sent->sentAtUtc.isEmpty());
        QVERIFY(!service().saveDraft(draft, m_manager)); // a sent order no longer changes
        QVERIFY(!service().markSent(created->id, m_manager));

        // First delivery: 6 brakes at a higher price than ordered, no filters. The branch is told (po_received) by
        // the receipt's own transaction, once per delivery.
        NotificationService notifications(db(), m_clock);
        attachEventSink(db(), &notifications);
        const auto detach = qScopeGuard([this] { attachEventSink(db(), nullptr); });
        m_clock.advanceMs(60'000);
        Result<PurchaseOrder> partial = service().receive(
            PurchaseReceiptRequest { created->id, QStringLiteral("FAC-A-1203"), {},
                { { 1, units(6), qint64(11000), {} }, { 2, Quantity(), {}, {} } } },
            m_manager);
        QVERIFY2(partial, why(partial).constData());
        QCOMPARE(partial->status, PurchaseOrderStatus::PartiallyReceived);
        QCOMPARE(partial->totals(1).received, units(6));
        QCOMPARE(partial->totals(1).pending, units(4));
        QCOMPARE(partial->totals(2).pending, units(4));
        QCOMPARE(stock(kBrake, kShelf), units(6).thousandths());
        QCOMPARE(int(partial->receipts.size()), 1);
        const PurchaseReceiptLine &first = partial->receipts.front().lines.front();
        QVERIFY(first.priceDiffers());
        QCOMPARE(first.orderedCostCents, 10000);
        QCOMPARE(first.unitCostCents, 11000);
        QCOMPARE(partial->receipts.front().supplierInvoice, QStringLiteral("FAC-A-1203"));
        QCOMPARE(partial->receipts.front().totalMxnCents, 6 * 11000);
        Result<std::vector<NotificationMessage>> told
            = notifications.store().messages(std::nullopt, NotificationChannel::InApp, 10);
        QVERIFY(told);
        QCOMPARE(told->size(), size_t(1));
        QCOMPARE(told->front().event, NotificationEvent::PoReceived);
        QCOMPARE(told->front().refId, created->id);
        QCOMPARE(told->front().subject, QStringLiteral("Pedido MTY1-OC000001 recibido"));
        QCOMPARE(told->front().body, QStringLiteral("Llegó el pedido MTY1-OC000001 por $660.00."));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM stock_movements WHERE kind = 'receipt' AND ref_type = "
                                      "'purchase_order' AND ref_id = ?"),
                     { created->id }),
            1);
        Result<std::optional<qint64>> average = service().averageCost(kBrake);
        QVERIFY(average && *average);
        QCOMPARE(**average, 11000);
        // The supplier's last cost follows the invoice.
        QCOMPARE(count(QStringLiteral("SELECT last_cost_cents FROM supplier_parts WHERE supplier_id = ? AND part_id = ?"),
                     { supplier.id, kBrake }),
            11000);
        // A partially received order cannot be cancelled.
        QVERIFY(!service().cancel(created->id, QStringLiteral("ya no"), m_manager));

        // Second delivery, scanned into the back room: the other 4 brakes at the ordered price, 5 filters (one over).
        m_clock.advanceMs(60'000);
        Result<PurchaseOrder> full = service().receive(
            PurchaseReceiptRequest { created->id, QStringLiteral("FAC-A-1250"), QStringLiteral("Llegó uno de más"),
                { { 1, units(4), {}, kBack }, { 2, units(5), {}, {} } } },
            m_manager);
        QVERIFY2(full, why(full).constData());
        QCOMPARE(full->status, PurchaseOrderStatus::Received);
        QCOMPARE(full->totals(2).over, units(1));
        QCOMPARE(stock(kBrake, kBack), units(4).thousandths());
        QCOMPARE(stock(kFilter, kShelf), units(5).thousandths());
        // (6 × 110.00 + 4 × 100.00) / 10
        QCOMPARE(**service().averageCost(kBrake), 10600);
        QCOMPARE(full->receivedMxnCents(), 6 * 11000 + 4 * 10000 + 5 * 5000);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM notification_messages WHERE event = 'po_received'")), 2);

        Result<PurchaseOrder> closed = service().close(created->id, m_manager);
        QVERIFY2(closed, why(closed).constData());
        QCOMPARE(closed->status, PurchaseOrderStatus::Closed);
        QVERIFY(!service().receive(
            PurchaseReceiptRequest { created->id, {}, {}, { { 1, units(1), {}, {} } } }, m_manager));

        QCOMPARE(outboxTypes(),
            (QStringList { QStringLiteral("supplier.saved"), QStringLiteral("purchase_order.saved"),
                QStringLiteral("purchase_order.saved"), QStringLiteral("purchase_order.saved"),
                QStringLiteral("purchase.received"), QStringLiteral("purchase.received"),
                QStringLiteral("purchase_order.saved") }));
        Result<QList<OutboxEntry>> pending = Outbox(db()).pending(100);
        QVERIFY(pending);
        const QJsonObject received = pending->at(5).payload;
        QCOMPARE(received.value(QStringLiteral("status_after")).toString(), QStringLiteral("received"));
        QCOMPARE(received.value(QStringLiteral("lines")).toArray().size(), 2);
        QCOMPARE(received.value(QStringLiteral("lines")).toArray().at(0).toObject().value(
                     QStringLiteral("average_cost_cents")).toInteger(),
            10600);
    }

    void averageCostFollowsStockOnHand()
    {
        const Supplier supplier = savedSupplier(QStringLiteral("Frenos del Norte"));
        // 5 brakes bought at 100.00, 3 sold: 2 left at 100.00; then 2 more at 130.00 → 115.00.
        PurchaseOrder order = sentOrder(supplier.id);
        QVERIFY(service().receive(PurchaseReceiptRequest { order.id, {}, {}, { { 1, units(5), {}, {} } } }, m_manager));
        {
            Transaction transaction(db());
            QVERIFY(transaction.begin());
            QVERIFY(StockLedger(db()).post({ StockMovement { QStringLiteral("s1:1"), kBrake, kShelf,
                QStringLiteral("sale"), -units(3), QStringLiteral("sale"), QStringLiteral("s1"), QStringLiteral("u"),
                QStringLiteral("2026-01-15T10:00:00.000Z") } }));
            QVERIFY(transaction.commit());
        }
        QVERIFY(service().receive(
            PurchaseReceiptRequest { order.id, {}, {}, { { 1, units(2), qint64(13000), {} } } }, m_manager));
        QCOMPARE(**service().averageCost(kBrake), 11500);
    }

    void usdOrderIsCostedInPesos()
    {
        const Supplier supplier = savedSupplier(QStringLiteral("Importadora"));
        PurchaseOrderDraft draft { {}, supplier.id, kShelf, Currency::USD, 0, {},
            { line(kOil, QStringLiteral("ACE-5"), 3, 1250) } };
        Result<PurchaseOrder> refused = service().saveDraft(draft, m_manager);
        QVERIFY(!refused);
        QCOMPARE(refused.error().field(), QStringLiteral("exchange_rate"));
        draft.exchangeRateMicros = 17'250'000; // 17.25 MXN per dollar
        Result<PurchaseOrder> order = service().saveDraft(draft, m_manager);
        QVERIFY2(order, why(order).constData());
        QVERIFY(service().markSent(order->id, m_manager));
        Result<PurchaseOrder> received
            = service().receive(PurchaseReceiptRequest { order->id, {}, {}, { { 1, units(3), {}, {} } } }, m_manager);
        QVERIFY2(received, why(received).constData());
        // US$12.50 × 17.25 = $215.625 → $215.63 per piece; the receipt: US$37.50 → $646.88.
        QCOMPARE(received->receipts.front().lines.front().unitCostMxnCents, 21563);
        QCOMPARE(received->receipts.front().totalMxnCents, 64688);
        QCOMPARE(**service().averageCost(kOil), 21563);
    }

    void badDraftsAndReceiptsNameTheirField_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("field");
        QTest::newRow("no supplier") << "supplier" << "supplier_id";
        QTest::newRow("other branch's warehouse") << "warehouse" << "warehouse_id";
        QTest::newRow("no lines") << "lines" << "lines";
        QTest::newRow("zero quantity") << "quantity" << "lines[0].quantity";
        QTest::newRow("negative cost") << "cost" << "lines[0].unit_cost";
        QTest::newRow("no part") << "part" << "lines[0].part_id";
    }

    void badDraftsAndReceiptsNameTheirField()
    {
        QFETCH(QString, what);
        QFETCH(QString, field);
        const Supplier supplier = savedSupplier(QStringLiteral("Frenos del Norte"));
        PurchaseOrderDraft draft { {}, supplier.id, kShelf, Currency::MXN, kExchangeRateOne, {},
            { line(kBrake, QStringLiteral("BAL-1"), 2, 100) } };
        if (what == QLatin1String("supplier"))
            draft.supplierId = QStringLiteral("nobody");
        else if (what == QLatin1String("warehouse"))
            draft.warehouseId = QStringLiteral("wh-gdl");
        else if (what == QLatin1String("lines"))
            draft.lines.clear();
        else if (what == QLatin1String("quantity"))
            draft.lines.front().quantity = Quantity();
        else if (what == QLatin1String("cost"))
            draft.lines.front().unitCostCents = -1;
        else if (what == QLatin1String("part"))
            draft.lines.front().partId = 0;
        const qint64 before = footprint();
        Result<PurchaseOrder> saved = service().saveDraft(draft, m_manager);
        QVERIFY(!saved);
        QCOMPARE(saved.error().field(), field);
        QCOMPARE(footprint(), before);
    }

    void badReceiptsWriteNothing()
    {
        const Supplier supplier = savedSupplier(QStringLiteral("Frenos del Norte"));
        const PurchaseOrder order = sentOrder(supplier.id);
        const qint64 before = footprint();
        const QList<std::pair<PurchaseReceiptRequest, QString>> cases {
            { { order.id, {}, {}, {} }, QStringLiteral("lines") },
            { { order.id, {}, {}, { { 9, units(1), {}, {} } } }, QStringLiteral("lines[0].line_no") },
            { { order.id, {}, {}, { { 1, units(-1), {}, {} } } }, QStringLiteral("lines[0].quantity") },
            { { order.id, {}, {}, { { 1, units(1), qint64(-5), {} } } }, QStringLiteral("lines[0].unit_cost") },
            { { order.id, {}, {}, { { 1, units(1), {}, QStringLiteral("wh-gdl") } } },
                QStringLiteral("lines[0].warehouse_id") },
            { { order.id, {}, {}, { { 1, units(1), {}, {} }, { 1, units(1), {}, {} } } },
                QStringLiteral("lines[1].line_no") },
            { { QStringLiteral("nope"), {}, {}, { { 1, units(1), {}, {} } } }, QStringLiteral("order_id") },
        };
        for (const auto &[request, field] : cases) {
            Result<PurchaseOrder> received = service().receive(request, m_manager);
            QVERIFY2(!received, qPrintable(field));
            QCOMPARE(received.error().field(), field);
        }
        QCOMPARE(footprint(), before);
        QVERIFY(!service().cancel(order.id, QStringLiteral("   "), m_manager));
        QCOMPARE(footprint(), before);
        Result<PurchaseOrder> cancelled = service().cancel(order.id, QStringLiteral("El proveedor no surte"), m_manager);
        QVERIFY2(cancelled, why(cancelled).constData());
        QCOMPARE(cancelled->status, PurchaseOrderStatus::Cancelled);
        QCOMPARE(cancelled->cancelReason, QStringLiteral("El proveedor no surte"));
    }

    void cashierMayNotPurchase()
    {
        const PurchasingActor cashier { QStringLiteral("u-caja"), QStringLiteral("Caja"), Role::Cashier };
        Result<Supplier> saved = service().saveSupplier(supplierNamed(QStringLiteral("X")), cashier);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code(), ErrorCode::PermissionDenied);
        QCOMPARE(footprint(), 0);
    }

    void payablesAreReceivedMinusPaid()
    {
        const Supplier a = savedSupplier(QStringLiteral("Aceites del Bajío"));
        const Supplier b = savedSupplier(QStringLiteral("Balatas y Más"));
        const PurchaseOrder order = sentOrder(a.id);
        QVERIFY(service().receive(
            PurchaseReceiptRequest { order.id, QStringLiteral("F-1"), {}, { { 1, units(3), {}, {} } } }, m_manager));
        QVERIFY(service().receive(
            PurchaseReceiptRequest { order.id, QStringLiteral("F-2"), {}, { { 2, units(2), {}, {} } } }, m_manager));
        Result<SupplierPayment> paid
            = service().recordPayment(a.id, 12000, QStringLiteral("transfer"), QStringLiteral("SPEI 123"), m_manager);
        QVERIFY2(paid, why(paid).constData());
        const qint64 before = footprint();
        Result<SupplierPayment> zero = service().recordPayment(a.id, 0, QStringLiteral("cash"), {}, m_manager);
        QVERIFY(!zero);
        QCOMPARE(zero.error().field(), QStringLiteral("amount"));
        Result<SupplierPayment> how = service().recordPayment(a.id, 100, QStringLiteral("barter"), {}, m_manager);
        QVERIFY(!how);
        QCOMPARE(how.error().field(), QStringLiteral("method"));
        QCOMPARE(footprint(), before);

        Result<std::vector<SupplierPayable>> payables = service().payables();
        QVERIFY2(payables, why(payables).constData());
        QCOMPARE(int(payables->size()), 2);
        QCOMPARE(payables->at(0).supplierName, QStringLiteral("Aceites del Bajío"));
        QCOMPARE(payables->at(0).receivedCents, 3 * 10000 + 2 * 5000);
        QCOMPARE(payables->at(0).paidCents, 12000);
        QCOMPARE(payables->at(0).balanceCents(), 40000 - 12000);
        QCOMPARE(payables->at(1).supplierId, b.id);
        QCOMPARE(payables->at(1).balanceCents(), 0);
        QVERIFY(outboxTypes().contains(QStringLiteral("supplier.payment")));
    }

    void scannedCodesFindTheirLine()
    {
        const Supplier supplier = savedSupplier(QStringLiteral("Frenos del Norte"));
        const PurchaseOrder order = sentOrder(supplier.id);
        QCOMPARE(order.lineForCode(QStringLiteral("bal-1")), 1);
        QCOMPARE(order.lineForCode(QStringLiteral("FIL-9-EAN")), 2);
        QCOMPARE(order.lineForCode(QStringLiteral("fr-100")), 1);
        QCOMPARE(order.lineForCode(QStringLiteral("XYZ")), 0);
        QCOMPARE(order.lineForCode(QStringLiteral("  ")), 0);
    }

    void suggestionsBecomeDraftsPerPreferredSupplier()
    {
        Supplier brakes = supplierNamed(QStringLiteral("Frenos del Norte"));
        brakes.parts.push_back(SupplierPart { kFilter, QStringLiteral("FIL-9"), {}, QStringLiteral("FN-9"), 4000, false });
        QVERIFY(service().saveSupplier(brakes, m_manager));
        Supplier filters = supplierNamed(QStringLiteral("Filtros Unidos"));
        filters.parts = { SupplierPart { kFilter, QStringLiteral("FIL-9"), {}, QStringLiteral("FU-9"), 3800, true } };
        Result<Supplier> savedFilters = service().saveSupplier(filters, m_manager);
        QVERIFY(savedFilters);
        const std::vector<PurchaseSuggestion> suggestions {
            { kBrake, QStringLiteral("BAL-1"), QStringLiteral("Balata"), {}, units(8), {}, {}, {} },
            { kFilter, QStringLiteral("FIL-9"), QStringLiteral("Filtro"), {}, units(12), {}, {}, {} },
            { 404, QStringLiteral("RAR-1"), QStringLiteral("Rara"), {}, units(1), {}, {}, {} },
            { kOil, QStringLiteral("ACE-5"), QStringLiteral("Aceite"), {}, Quantity(), {}, {}, {} },
        };
        Result<DraftOrdersOutcome> outcome = service().createDraftPurchaseOrders(suggestions, m_manager);
        QVERIFY2(outcome, why(outcome).constData());
        QCOMPARE(int(outcome->orders.size()), 2);
        QCOMPARE(int(outcome->unassigned.size()), 1);
        QCOMPARE(outcome->unassigned.front().sku, QStringLiteral("RAR-1"));
        for (const PurchaseOrder &order : outcome->orders) {
            QCOMPARE(order.status, PurchaseOrderStatus::Draft);
            QCOMPARE(order.warehouseId, kShelf);
            QCOMPARE(int(order.lines.size()), 1);
            if (order.supplierId == savedFilters->id) {
                QCOMPARE(order.lines.front().partId, kFilter);
                QCOMPARE(order.lines.front().quantity, units(12));
                QCOMPARE(order.lines.front().unitCostCents, 3800);
                QCOMPARE(order.lines.front().supplierSku, QStringLiteral("FU-9"));
            } else {
                QCOMPARE(order.lines.front().partId, kBrake);
                QCOMPARE(order.lines.front().unitCostCents, 10000);
            }
        }
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM purchase_orders WHERE status = 'draft'")), 2);
    }
};

QTEST_GUILESS_MAIN(TestPurchasing)
#include "testpurchasing.moc"
