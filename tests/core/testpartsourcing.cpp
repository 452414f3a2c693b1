// A part a service order needs and its warehouse lacks (issue 9): nothing anywhere → a purchase suggestion; another
// branch has it → a transfer request to the one with most, its note naming the order; partial stock → what this
// branch has is reserved (its other warehouses too) and the rest asked for; nothing asked twice for one line; the
// pieces reserved when the transfer or the purchase order arrives; a cancelled order withdraws what it asked for.
#include "auth/permission.h"
#include "inventory/stockledger.h"
#include "inventory/transferservice.h"
#include "mockclock.h"
#include "purchasing/purchasesuggestionlist.h"
#include "purchasing/purchasingservice.h"
#include "store/localstore.h"
#include "tempdir.h"
#include "why.h"
#include "workshop/partsourcing.h"
#include "workshop/serviceorderpayload.h"
#include "workshop/serviceorderservice.h"

#include <QTest>

using namespace nexus;

namespace {

const QString kDevice = QStringLiteral("dev-taller");
const QString kSeries = QStringLiteral("CEN1");
const QString kBranch = QStringLiteral("branch-cen");
const QString kShelf = QStringLiteral("wh-cen-mostrador");
const QString kBack = QStringLiteral("wh-cen-bodega");
const QString kMty = QStringLiteral("branch-mty");
const QString kGdl = QStringLiteral("branch-gdl");
constexpr qint64 kBrake = 7;

const WorkshopActor kAdvisor { QStringLiteral("user-asesor"), QStringLiteral("Ana Asesora"), Role::Cashier };
const WorkshopActor kMechanic { QStringLiteral("user-meca"), QStringLiteral("Beto Mecánico"), Role::Mechanic };
const WorkshopActor kManager { QStringLiteral("user-gerente"), QStringLiteral("Gloria Gerente"), Role::Manager };

CartItem brake(const QString &warehouse = kShelf)
{
    return CartItem { kBrake, QStringLiteral("BAL-7"), QStringLiteral("Balata delantera"), warehouse, Money(35000),
        Money(35000), Money(12000), TaxRate::iva16(), 1, QStringLiteral("25174400"), QStringLiteral("H87") };
}

Quantity units(qint64 n)
{
    return Quantity::units(n);
}

} // namespace

class TestPartSourcing final : public QObject
{
    Q_OBJECT

    test::TempDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    test::MockClock m_clock { QDateTime(QDate(2026, 3, 2), QTime(15, 0), Qt::UTC) };
    int m_round = 0;

    Database &db() { return m_store->db(); }
    ServiceOrderService service(const QString &series = kSeries)
    {
        return ServiceOrderService(db(), m_clock, WorkshopContext { kDevice, kBranch, false, series });
    }
    qint64 count(const QString &sql, const QVariantList &values = {})
    {
        Result<QVariant> value = db().scalar(sql, values);
        return value && value->isValid() ? value->toLongLong() : -1;
    }
    QString text(const QString &sql, const QVariantList &values = {})
    {
        Result<QVariant> value = db().scalar(sql, values);
        return value && value->isValid() ? value->toString() : QStringLiteral("<none>");
    }
    qint64 facts(const char *type)
    {
        return count(QStringLiteral("SELECT count(*) FROM outbox WHERE type = ?"), { QString::fromLatin1(type) });
    }
    // Every table supplying a part may write: a refused call changes none of them.
    QList<qint64> footprint()
    {
        QList<qint64> counts;
        for (const char *table : { "service_order_parts", "service_order_part_sources", "purchase_suggestions",
                 "transfers", "transfer_lines", "outbox", "stock_reservations", "audit_log" })
            counts << count(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table));
        counts << count(QStringLiteral("SELECT coalesce(sum(quantity), 0) FROM stock_reservations"));
        return counts;
    }
    void receive(const QString &warehouse, qint64 n, const QString &id)
    {
        Transaction transaction(db());
        QVERIFY(transaction.begin().has_value());
        QVERIFY(StockLedger(db())
                    .post({ { id, kBrake, warehouse, QStringLiteral("receipt"), units(n),
                        QStringLiteral("purchase_order"), QStringLiteral("po-x"), kManager.userId,
                        QStringLiteral("2026-03-01T00:00:00.000Z") } })
                    .has_value());
        QVERIFY(transaction.commit().has_value());
    }
    void remoteStock(const QString &branch, qint64 n)
    {
        QVERIFY(db().exec(QStringLiteral("INSERT INTO remote_stock_levels(part_id, warehouse_id, branch_id, quantity, "
                                         "pulled_at) VALUES (?, ?, ?, ?, '2026-03-02T09:00:00.000Z')"),
            { kBrake, QString(branch + QStringLiteral("-wh")), branch, units(n).thousandths() }));
    }
    ServiceOrder opened()
    {
        NewServiceOrder order;
        order.customer = { {}, QStringLiteral("Juan Pérez"), QStringLiteral("8112345678") };
        order.vehicle = { {}, QStringLiteral("ABC-123-D"), {}, QStringLiteral("Nissan"), QStringLiteral("Versa"), 2019,
            80000 };
        order.complaint = QStringLiteral("Rechinan los frenos");
        order.mechanicId = kMechanic.userId;
        order.mechanicName = kMechanic.name;
        Result<ServiceOrder> made = service().open(order, kAdvisor);
        if (!made)
            qWarning("open: %s", qPrintable(made.error().logMessage()));
        return made ? *made : ServiceOrder {};
    }
    Quantity available(const QString &warehouse = kShelf)
    {
        Result<StockAvailability> stock = service().availability(kBrake, warehouse);
        return stock ? stock->available() : Quantity(-999'999);
    }

private Q_SLOTS:
    void init()
    {
        Result<std::unique_ptr<LocalStore>> store
            = LocalStore::open(m_dir.file(QStringLiteral("nexus-%1.db").arg(++m_round)));
        QVERIFY2(store.has_value(), test::why(store).constData());
        m_store = std::move(*store);
        QVERIFY(db().exec(QStringLiteral("INSERT INTO branches(id, code, name) VALUES (?, 'CEN', 'Centro')"), { kBranch }));
        QVERIFY(db().exec(QStringLiteral("INSERT INTO warehouses(id, branch_id, code, name) VALUES (?, ?, 'A', "
                                         "'Mostrador'), (?, ?, 'B', 'Bodega')"),
            { kShelf, kBranch, kBack, kBranch }));
        QVERIFY(db().exec(QStringLiteral("INSERT INTO remote_branches(id, code, name) VALUES (?, 'MTY', 'Sucursal "
                                         "Monterrey'), (?, 'GDL', 'Sucursal Guadalajara')"),
            { kMty, kGdl }));
        for (const WorkshopActor &user : { kAdvisor, kMechanic, kManager })
            QVERIFY(db().exec(QStringLiteral("INSERT INTO users(id, username, display_name, role, branch_id, "
                                             "password_hash, updated_at) VALUES (?, ?, ?, ?, ?, 'x', '2026-01-01')"),
                { user.userId, user.userId, user.name, roleCode(user.role), kBranch }));
    }
    void cleanup() { m_store.reset(); }

    void noStockAnywhereBecomesAPurchaseSuggestion()
    {
        const ServiceOrder order = opened();
        Result<PartSupplyOutcome> supplied = service().supplyPart(order.id, { brake(), units(3), {} }, kAdvisor);
        QVERIFY2(supplied.has_value(), test::why(supplied).constData());
        QCOMPARE(supplied->reserved, Quantity());
        QCOMPARE(supplied->transferred, Quantity());
        QCOMPARE(supplied->toPurchase, units(3));
        QVERIFY(supplied->waits());
        QCOMPARE(supplied->order.parts.size(), size_t(1));
        const ServiceOrderPart &line = supplied->order.parts.front();
        QCOMPARE(line.status, PartLineStatus::Requested);
        QCOMPARE(line.partId, kBrake);
        QCOMPARE(line.warehouseId, kShelf);
        QCOMPARE(line.quantity, units(3));
        QCOMPARE(line.source.kind, PartSourceKind::Purchase);
        QVERIFY(line.source.folio.isEmpty()); // not ordered yet

        // The suggestion purchasing will draft: the part, the line's warehouse, the order and the line.
        Result<std::vector<PurchaseSuggestion>> open = PurchaseSuggestionList(db()).open();
        QVERIFY(open.has_value());
        QCOMPARE(open->size(), size_t(1));
        QCOMPARE(open->front().partId, kBrake);
        QCOMPARE(open->front().quantity, units(3));
        QCOMPARE(open->front().warehouseId, kShelf);
        QCOMPARE(open->front().reason, QStringLiteral("Service order %1").arg(order.folio));
        QCOMPARE(text(QStringLiteral("SELECT order_id || '/' || line_id FROM purchase_suggestions")),
            order.id + QLatin1Char('/') + line.id);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM transfers")), 0);
        QCOMPARE(facts(kTransferRequested), 0);
        QCOMPARE(facts(serviceordermutation::kPartAdded), 1);
        QCOMPARE(facts(kPurchaseSuggestionAdded), 1); // in the order's transaction, for the branch's other devices
        QCOMPARE(available(), Quantity());
    }

    void anotherBranchGetsATransferRequestNamingTheOrder()
    {
        remoteStock(kGdl, 2);
        remoteStock(kMty, 6);
        const ServiceOrder order = opened();
        Result<PartSupplyOutcome> supplied = service().supplyPart(order.id, { brake(), units(2), {} }, kAdvisor);
        QVERIFY2(supplied.has_value(), test::why(supplied).constData());
        QCOMPARE(supplied->transferred, units(2));
        QCOMPARE(supplied->toPurchase, Quantity());
        QCOMPARE(supplied->transferBranch, QStringLiteral("Sucursal Monterrey")); // the most stock
        QCOMPARE(supplied->transferBranchStock, units(6));
        QVERIFY(supplied->transferFolio.startsWith(kSeries + QStringLiteral("-T")));
        const ServiceOrderPart &line = supplied->order.parts.front();
        QCOMPARE(line.status, PartLineStatus::Requested);
        QCOMPARE(line.source.kind, PartSourceKind::Transfer);
        QCOMPARE(line.source.folio, supplied->transferFolio);
        QCOMPARE(line.source.fromBranch, QStringLiteral("Sucursal Monterrey"));

        // TransferService's own request: its rows, its fact and its audit entry, asked to the line's warehouse.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM transfers WHERE from_branch_id = ? AND to_branch_id = ? "
                                      "AND to_warehouse_id = ?"),
                     { kMty, kBranch, kShelf }),
            1);
        QCOMPARE(text(QStringLiteral("SELECT note FROM transfers")), QStringLiteral("Service order %1").arg(order.folio));
        QCOMPARE(count(QStringLiteral("SELECT requested_qty FROM transfer_lines WHERE part_id = ?"), { kBrake }),
            units(2).thousandths());
        QCOMPARE(facts(kTransferRequested), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'transfer_requested'")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM purchase_suggestions")), 0);

        // A mechanic cannot supply parts; the gate refuses before anything is written.
        const QList<qint64> before = footprint();
        Result<PartSupplyOutcome> mechanic = service().supplyPart(order.id, { brake(), units(1), {} }, kMechanic);
        QVERIFY(!mechanic);
        QCOMPARE(mechanic.error().code(), ErrorCode::PermissionDenied);
        // A counter without a folio series cannot ask for a transfer: the whole supply is undone.
        Result<PartSupplyOutcome> noSeries
            = service(QString()).supplyPart(order.id, { brake(), units(1), {} }, kAdvisor);
        QVERIFY(!noSeries);
        QCOMPARE(noSeries.error().field(), QStringLiteral("folio_series"));
        QCOMPARE(footprint(), before);
    }

    void partialStockReservesWhatExistsAndAsksTheRest()
    {
        receive(kShelf, 1, QStringLiteral("r1"));
        receive(kBack, 1, QStringLiteral("r2"));
        remoteStock(kMty, 1);
        const ServiceOrder order = opened();

        Result<PartSourcingPlan> plan = planPartSourcing(db(), kBranch, kBrake, kShelf, units(5));
        QVERIFY(plan.has_value());
        QCOMPARE(plan->reserveHere, units(1));
        QCOMPARE(plan->reserveElsewhere.size(), size_t(1));
        QCOMPARE(plan->reserveElsewhere.front().first, kBack);
        QCOMPARE(plan->transfer, units(1));
        QCOMPARE(plan->purchase, units(2));

        Result<PartSupplyOutcome> supplied = service().supplyPart(order.id, { brake(), units(5), {} }, kAdvisor);
        QVERIFY2(supplied.has_value(), test::why(supplied).constData());
        QCOMPARE(supplied->reserved, units(2));
        QCOMPARE(supplied->reservedElsewhere, units(1));
        QCOMPARE(supplied->transferred, units(1));
        QCOMPARE(supplied->toPurchase, units(2));
        const std::vector<ServiceOrderPart> &lines = supplied->order.parts;
        QCOMPARE(lines.size(), size_t(4));
        QCOMPARE(lines[0].status, PartLineStatus::Reserved);
        QCOMPARE(lines[0].warehouseId, kShelf);
        QCOMPARE(lines[1].status, PartLineStatus::Reserved);
        QCOMPARE(lines[1].warehouseId, kBack);
        QCOMPARE(lines[2].source.kind, PartSourceKind::Transfer);
        QCOMPARE(lines[2].quantity, units(1));
        QCOMPARE(lines[3].source.kind, PartSourceKind::Purchase);
        QCOMPARE(lines[3].quantity, units(2));
        QCOMPARE(available(kShelf), Quantity());
        QCOMPARE(available(kBack), Quantity());
        QCOMPARE(facts(serviceordermutation::kPartAdded), 4);

        // Everything on hand: one reserved line, nothing asked for.
        receive(kShelf, 3, QStringLiteral("r3"));
        Result<PartSupplyOutcome> all = service().supplyPart(order.id, { brake(), units(3), {} }, kAdvisor);
        QVERIFY2(all.has_value(), test::why(all).constData());
        QVERIFY(!all->waits());
        QCOMPARE(all->order.parts.size(), size_t(5));
        QCOMPARE(facts(kTransferRequested), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM purchase_suggestions")), 1);
    }

    void aRequestIsSuppliedOnceAndReservedWhenTheTransferArrives()
    {
        remoteStock(kMty, 4);
        const ServiceOrder order = opened();
        Result<ServiceOrder> asked = service().requestPart(
            order.id, { QStringLiteral("Balatas delanteras"), units(2), QStringLiteral("urgente"), 0, {} }, kMechanic);
        QVERIFY2(asked.has_value(), test::why(asked).constData());
        const QString lineId = asked->parts.front().id;

        Result<PartSupplyOutcome> supplied = service().supplyRequested(order.id, lineId, brake(), kAdvisor);
        QVERIFY2(supplied.has_value(), test::why(supplied).constData());
        QCOMPARE(supplied->order.parts.size(), size_t(1)); // the request itself waits: no second line
        QCOMPARE(supplied->order.parts.front().id, lineId);
        QCOMPARE(supplied->order.parts.front().source.kind, PartSourceKind::Transfer);
        QCOMPARE(supplied->order.parts.front().partId, kBrake);
        QCOMPARE(supplied->order.parts.front().note, QStringLiteral("urgente"));

        // The same line again, or "reserve arrived" before anything arrived: refused, nothing created twice.
        const QList<qint64> before = footprint();
        Result<PartSupplyOutcome> again = service().supplyRequested(order.id, lineId, brake(), kAdvisor);
        QVERIFY(!again);
        QCOMPARE(again.error().code(), ErrorCode::Conflict);
        Result<ServiceOrder> early = service().reserveArrived(order.id, kAdvisor);
        QVERIFY(!early);
        QCOMPARE(early.error().code(), ErrorCode::Conflict);
        QVERIFY(early.error().logMessage().contains(QStringLiteral("BAL-7")));
        QCOMPARE(footprint(), before);
        QCOMPARE(facts(kTransferRequested), 1);

        // Monterrey ships, this branch receives (TransferService, as the inventory screen does): reserved now.
        const QString transferId = text(QStringLiteral("SELECT id FROM transfers"));
        QVERIFY(db().exec(QStringLiteral("INSERT INTO transfer_shipments(id, transfer_id, shipped_by, shipped_by_name, "
                                         "shipped_at) VALUES ('ship-1', ?, 'mty-user', 'Envío MTY', "
                                         "'2026-03-02T16:00:00.000Z')"),
            { transferId }));
        QVERIFY(db().exec(QStringLiteral("INSERT INTO transfer_shipment_lines(shipment_id, line_no, quantity, "
                                         "warehouse_id) VALUES ('ship-1', 1, ?, 'branch-mty-wh')"),
            { units(2).thousandths() }));
        TransferService transfers(db(), m_clock, TransferContext { kDevice, kBranch, kSeries });
        Result<Transfer> received = transfers.receive(
            { transferId, { TransferReceiptLine { 1, units(2), Quantity(), {}, kShelf } }, {} },
            TransferActor { kManager.userId, kManager.name, kManager.role });
        QVERIFY2(received.has_value(), test::why(received).constData());
        QCOMPARE(available(), units(2));
        Result<ServiceOrder> reserved = service().reserveArrived(order.id, kAdvisor);
        QVERIFY2(reserved.has_value(), test::why(reserved).constData());
        QCOMPARE(reserved->parts.front().status, PartLineStatus::Reserved);
        QCOMPARE(reserved->parts.front().unitPrice, Money(35000));
        QCOMPARE(available(), Quantity());
        QCOMPARE(facts(serviceordermutation::kPartReserved), 2);
        QVERIFY(!service().reserveArrived(order.id, kAdvisor)); // nothing left waiting
    }

    void purchasingDraftsTheSuggestionAndItsReceiptReservesIt()
    {
        const ServiceOrder order = opened();
        QVERIFY(service().supplyPart(order.id, { brake(), units(3), {} }, kAdvisor));
        const PurchasingActor buyer { kManager.userId, kManager.name, kManager.role };
        PurchasingService purchasing(db(), m_clock, PurchasingContext { kDevice, kBranch, kSeries });
        Supplier supplier;
        supplier.name = QStringLiteral("Frenos del Norte");
        supplier.parts = { SupplierPart { kBrake, QStringLiteral("BAL-7"), QStringLiteral("Balata delantera"), {},
            12000, true } };
        QVERIFY(purchasing.saveSupplier(supplier, buyer));

        Result<std::vector<PurchaseSuggestion>> open = PurchaseSuggestionList(db()).open();
        QVERIFY(open.has_value());
        Result<DraftOrdersOutcome> drafted = purchasing.createDraftPurchaseOrders(*open, buyer);
        QVERIFY2(drafted.has_value(), test::why(drafted).constData());
        QCOMPARE(drafted->orders.size(), size_t(1));
        const PurchaseOrder &po = drafted->orders.front();
        QVERIFY(po.note.contains(order.folio));
        QCOMPARE(po.warehouseId, kShelf);
        QCOMPARE(PurchaseSuggestionList(db()).open()->size(), size_t(0)); // ordered: off the list
        Result<ServiceOrder> waiting = service().load(order.id);
        QCOMPARE(waiting->parts.front().source.folio, po.folio);
        QCOMPARE(facts(kPurchaseSuggestionOrdered), 1);
        // The same list again (read before the draft): refused whole, no second draft, no second fact.
        const qint64 ordersBefore = count(QStringLiteral("SELECT count(*) FROM purchase_orders"));
        Result<DraftOrdersOutcome> twice = purchasing.createDraftPurchaseOrders(*open, buyer);
        QVERIFY(!twice.has_value());
        QCOMPARE(twice.error().code(), ErrorCode::Conflict);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM purchase_orders")), ordersBefore);
        QCOMPARE(facts(kPurchaseSuggestionOrdered), 1);

        QVERIFY(purchasing.markSent(po.id, buyer));
        QVERIFY(purchasing.receive({ po.id, QStringLiteral("F-1"), {}, { { 1, units(3), {}, {} } } }, buyer));
        Result<ServiceOrder> reserved = service().reserveArrived(order.id, kAdvisor);
        QVERIFY2(reserved.has_value(), test::why(reserved).constData());
        QCOMPARE(reserved->parts.front().status, PartLineStatus::Reserved);
        QCOMPARE(available(), Quantity());
    }

    // Issue 9's kiosk: a mechanic holds no transfer permission, yet the catalogue part they ask for is sourced at once
    // (one piece here, two from Monterrey) under RequestTransferForServiceOrder; a general transfer stays refused, the
    // request is audited with the order, and asking again for what the order already waits for asks nobody twice.
    void aMechanicsPartIsSourcedRightAwayWithoutTheTransferPermission()
    {
        QVERIFY(!roleHas(Role::Mechanic, Permission::RequestTransfer));
        QVERIFY(!roleHas(Role::Mechanic, Permission::ManageTransfers));
        QVERIFY(roleHas(Role::Mechanic, Permission::RequestTransferForServiceOrder));
        receive(kShelf, 1, QStringLiteral("r1"));
        remoteStock(kGdl, 1);
        remoteStock(kMty, 4);
        const ServiceOrder order = opened();

        Result<PartSupplyOutcome> asked
            = service().requestStockPart(order.id, { brake(), units(3), QStringLiteral("urgente") }, kMechanic);
        QVERIFY2(asked.has_value(), test::why(asked).constData());
        QCOMPARE(asked->reserved, units(1));
        QCOMPARE(asked->transferred, units(2));
        QCOMPARE(asked->transferBranch, QStringLiteral("Sucursal Monterrey"));
        QCOMPARE(asked->toPurchase, Quantity());
        QCOMPARE(asked->order.parts.size(), size_t(2));
        QCOMPARE(asked->order.parts[0].status, PartLineStatus::Reserved);
        const ServiceOrderPart &waiting = asked->order.parts[1];
        QCOMPARE(waiting.source.kind, PartSourceKind::Transfer);
        QCOMPARE(waiting.source.folio, asked->transferFolio);
        QCOMPARE(waiting.note, QStringLiteral("urgente"));
        QCOMPARE(available(), Quantity());
        QCOMPARE(text(QStringLiteral("SELECT from_branch_id || ' ' || to_warehouse_id || ' ' || requested_by || ' ' || "
                                     "note FROM transfers")),
            QStringLiteral("%1 %2 %3 Service order %4").arg(kMty, kShelf, kMechanic.userId, order.folio));
        QCOMPARE(facts(kTransferRequested), 1);
        QCOMPARE(text(QStringLiteral("SELECT user_id || ' ' || json_extract(details, '$.service_order_id') FROM "
                                     "audit_log WHERE action = 'transfer_requested'")),
            kMechanic.userId + QLatin1Char(' ') + order.id);

        // Asked again (a double tap, or a mechanic who did not see it): refused, nobody is asked twice.
        const QList<qint64> before = footprint();
        Result<PartSupplyOutcome> again = service().requestStockPart(order.id, { brake(), units(2), {} }, kMechanic);
        QVERIFY(!again);
        QCOMPARE(again.error().code(), ErrorCode::Conflict);
        QCOMPARE(again.error().field(), QStringLiteral("part"));
        QCOMPARE(footprint(), before);

        // The narrower right is no general one: the same mechanic cannot ask a branch for parts outside an order, nor
        // for an order that is not this branch's.
        TransferService transfers(db(), m_clock, TransferContext { kDevice, kBranch, kSeries });
        const TransferActor mechanic { kMechanic.userId, kMechanic.name, Role::Mechanic };
        const TransferRequest general { kMty, kShelf, QStringLiteral("para mí"),
            { TransferRequestLine { kBrake, QStringLiteral("BAL-7"), QStringLiteral("Balata delantera"), units(1) } } };
        Result<Transfer> refused = transfers.request(general, mechanic);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), ErrorCode::PermissionDenied);
        Result<Transfer> noOrder = transfers.requestForServiceOrderWithin(QStringLiteral("no-such-order"), general, mechanic);
        QVERIFY(!noOrder);
        QCOMPARE(noOrder.error().code(), ErrorCode::NotFound);
        QCOMPARE(footprint(), before);

        // Another mechanic's order is not theirs to ask for.
        const WorkshopActor other { QStringLiteral("user-otro"), QStringLiteral("Carlos Otro"), Role::Mechanic };
        Result<PartSupplyOutcome> notMine = service().requestStockPart(order.id, { brake(), units(1), {} }, other);
        QVERIFY(!notMine);
        QCOMPARE(notMine.error().code(), ErrorCode::PermissionDenied);
        QCOMPARE(footprint(), before);

        // Nothing anywhere: the mechanic's part goes to the purchase suggestions.
        const qint64 oil = 8;
        CartItem filter = brake();
        filter.partId = oil;
        filter.sku = QStringLiteral("FIL-8");
        Result<PartSupplyOutcome> toBuy = service().requestStockPart(order.id, { filter, units(1), {} }, kMechanic);
        QVERIFY2(toBuy.has_value(), test::why(toBuy).constData());
        QCOMPARE(toBuy->toPurchase, units(1));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM purchase_suggestions WHERE part_id = ?"), { oil }), 1);
        QCOMPARE(facts(kTransferRequested), 1);
    }

    void aCancelledOrderWithdrawsWhatItAskedFor()
    {
        remoteStock(kMty, 1);
        const ServiceOrder order = opened();
        Result<PartSupplyOutcome> supplied = service().supplyPart(order.id, { brake(), units(3), {} }, kAdvisor);
        QVERIFY2(supplied.has_value(), test::why(supplied).constData());
        QCOMPARE(supplied->transferred, units(1));
        QCOMPARE(supplied->toPurchase, units(2));

        Result<ServiceOrder> cancelled = service().move(
            order.id, ServiceOrderStatus::Received, ServiceOrderStatus::Cancelled, kManager, QStringLiteral("Se fue"));
        QVERIFY2(cancelled.has_value(), test::why(cancelled).constData());
        for (const ServiceOrderPart &line : cancelled->parts) {
            QCOMPARE(line.status, PartLineStatus::Released);
            QVERIFY(line.source.withdrawn);
        }
        QVERIFY(!text(QStringLiteral("SELECT cancelled_at FROM transfers")).isEmpty());
        QCOMPARE(text(QStringLiteral("SELECT cancel_reason FROM transfers")),
            QStringLiteral("Service order %1 no longer needs it").arg(order.folio));
        QCOMPARE(facts(kTransferCancelled), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM purchase_suggestions WHERE cancelled_at IS NOT NULL")), 1);
        QCOMPARE(facts(kPurchaseSuggestionWithdrawn), 1);
        QCOMPARE(PurchaseSuggestionList(db()).open()->size(), size_t(0));

        // An advisor removing a waiting line: the suggestion is withdrawn; a transfer stays for whoever manages them.
        const ServiceOrder second = opened();
        remoteStock(kGdl, 5);
        Result<PartSupplyOutcome> asked = service().supplyPart(second.id, { brake(), units(1), {} }, kAdvisor);
        QVERIFY2(asked.has_value(), test::why(asked).constData());
        QCOMPARE(asked->transferred, units(1));
        QVERIFY(service().removePart(second.id, asked->order.parts.front().id, kAdvisor));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM transfers WHERE cancelled_at IS NULL")), 1);
    }
};

QTEST_GUILESS_MAIN(TestPartSourcing)
#include "testpartsourcing.moc"
