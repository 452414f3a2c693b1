// Purchasing steps in the shape of checkout: checks, a few statements, one commit with the audit entry and the fact.
#include "purchasing/purchasingservice.h"

#include "auth/auditlog.h"
#include "auth/permission.h"
#include "common/clock.h"
#include "common/idgenerator.h"
#include "inventory/branchdirectory.h"
#include "inventory/stockledger.h"
#include "purchasing/purchasesuggestionlist.h"
#include "purchasing/suppliervalidation.h"
#include "store/database.h"
#include "store/domainevents.h"
#include "store/outbox.h"

#include <map>
#include <set>

namespace nexus {

namespace {

Error invalid(const char *text, QStringList args, QString field)
{
    return Error(ErrorCode::InvalidInput, text, std::move(args), std::move(field));
}

QString lineField(size_t index, const char *name)
{
    return QStringLiteral("lines[%1].").arg(index) + QLatin1String(name);
}

const QStringList kPaymentMethods { QStringLiteral("transfer"), QStringLiteral("cash"), QStringLiteral("check"),
    QStringLiteral("card") };

} // namespace

PurchasingService::PurchasingService(Database &db, const Clock &clock, PurchasingContext context)
    : m_db(db), m_clock(clock), m_context(std::move(context))
{
}

Status PurchasingService::checkActor(const PurchasingActor &actor) const
{
    if (m_context.deviceId.trimmed().isEmpty() || m_context.branchId.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("This counter is not enrolled"), {}, QStringLiteral("device_id"));
    if (actor.userId.trimmed().isEmpty())
        return fail(ErrorCode::Unauthenticated, NX_ERR("Log in first"), {}, QStringLiteral("user_id"));
    return checkPermission(actor.role, Permission::ManagePurchasing);
}

Status PurchasingService::checkOwnWarehouse(const QString &warehouseId, const QString &field) const
{
    return checkBranchWarehouse(m_db, m_context.branchId, warehouseId, field);
}

Result<PurchaseOrder> PurchasingService::load(const QString &orderId) const
{
    Result<std::optional<PurchaseOrder>> found = PurchasingStore(m_db).order(orderId);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return fail(ErrorCode::NotFound, NX_ERR("There is no purchase order %1 on this computer"), { orderId },
            QStringLiteral("order_id"));
    return std::move(**found);
}

Result<QString> PurchasingService::nextFolio()
{
    if (m_context.folioSeries.trimmed().isEmpty())
        return fail(
            ErrorCode::InvalidInput, NX_ERR("This counter has no folio series"), {}, QStringLiteral("folio_series"));
    const QString series = m_context.folioSeries + QStringLiteral("-OC");
    Result<QVariant> number = m_db.scalar(
        QStringLiteral("INSERT INTO folio_counters(series, next_number) VALUES (?, 2) ON CONFLICT(series) "
                       "DO UPDATE SET next_number = next_number + 1 RETURNING next_number - 1"),
        { series });
    if (!number)
        return std::unexpected(number.error());
    return series + QStringLiteral("%1").arg(number->toLongLong(), 6, 10, QLatin1Char('0'));
}

Status PurchasingService::record(const QString &action, const QString &subject, const char *type,
    const QJsonObject &payload, const QString &now, const QString &userId)
{
    if (Status audited = AuditLog(m_db, m_clock, m_context.deviceId).append(userId, action, subject); !audited)
        return audited;
    Result<qint64> seq = Outbox(m_db).append(
        IdGenerator::instance().nextString(), QLatin1String(type), kPurchasingSchema, payload, now);
    if (!seq)
        return std::unexpected(seq.error());
    return {};
}

Result<Supplier> PurchasingService::saveSupplier(const Supplier &input, const PurchasingActor &actor)
{
    if (Status ok = checkActor(actor); !ok)
        return std::unexpected(ok.error());
    Result<Supplier> valid = validateSupplier(input);
    if (!valid)
        return std::unexpected(valid.error());
    Supplier supplier = std::move(*valid);
    const QString now = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    const bool created = supplier.id.trimmed().isEmpty();
    if (created)
        supplier.id = IdGenerator::instance().nextString();
    supplier.updatedAtUtc = now;
    Transaction transaction(m_db);
    if (Status begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    if (!created) {
        Result<std::optional<Supplier>> existing = PurchasingStore(m_db).supplier(supplier.id);
        if (!existing)
            return std::unexpected(existing.error());
        if (!*existing)
            return fail(ErrorCode::NotFound, NX_ERR("There is no supplier %1 on this computer"), { supplier.id },
                QStringLiteral("supplier_id"));
    }
    if (Status ok = PurchasingStore(m_db).upsertSupplier(supplier, actor.userId); !ok)
        return std::unexpected(ok.error());
    if (Status ok = record(created ? QStringLiteral("supplier_created") : QStringLiteral("supplier_updated"),
            supplier.name, kSupplierSaved, supplierPayload(supplier), now, actor.userId);
        !ok)
        return std::unexpected(ok.error());
    if (Status committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return supplier;
}

Result<std::vector<Supplier>> PurchasingService::suppliers(bool includeInactive) const
{
    return PurchasingStore(m_db).suppliers(includeInactive);
}

Result<std::optional<Supplier>> PurchasingService::supplier(const QString &id) const
{
    return PurchasingStore(m_db).supplier(id);
}

Result<PurchaseOrder> PurchasingService::buildDraft(const PurchaseOrderDraft &draft, const PurchasingActor &actor)
{
    PurchaseOrder order;
    order.id = draft.id.trimmed();
    order.supplierId = draft.supplierId.trimmed();
    order.branchId = m_context.branchId;
    order.warehouseId = draft.warehouseId.trimmed();
    order.currency = draft.currency;
    order.exchangeRateMicros = draft.currency == Currency::MXN ? kExchangeRateOne : draft.exchangeRateMicros;
    order.note = draft.note.simplified();
    order.createdBy = actor.userId;
    if (order.supplierId.isEmpty())
        return std::unexpected(invalid(NX_ERR("Choose the supplier"), {}, QStringLiteral("supplier_id")));
    Result<std::optional<Supplier>> supplier = PurchasingStore(m_db).supplier(order.supplierId);
    if (!supplier)
        return std::unexpected(supplier.error());
    if (!*supplier)
        return std::unexpected(invalid(NX_ERR("There is no supplier %1 on this computer"), { order.supplierId },
            QStringLiteral("supplier_id")));
    if (!(*supplier)->active)
        return std::unexpected(invalid(NX_ERR("The supplier %1 is inactive: activate it before ordering"),
            { (*supplier)->name }, QStringLiteral("supplier_id")));
    order.supplierName = (*supplier)->name;
    if (order.warehouseId.isEmpty())
        return std::unexpected(invalid(NX_ERR("Choose the warehouse that receives the order"), {},
            QStringLiteral("warehouse_id")));
    if (Status ok = checkOwnWarehouse(order.warehouseId, QStringLiteral("warehouse_id")); !ok)
        return std::unexpected(ok.error());
    if (order.exchangeRateMicros <= 0)
        return std::unexpected(invalid(NX_ERR("Type the exchange rate of the dollar (pesos per dollar)"), {},
            QStringLiteral("exchange_rate")));
    std::map<qint64, size_t> byPart;
    for (size_t i = 0; i < draft.lines.size(); ++i) {
        PurchaseOrderLine line = draft.lines[i];
        line.sku = line.sku.trimmed();
        line.description = line.description.simplified();
        line.supplierSku = line.supplierSku.trimmed();
        line.barcode = line.barcode.trimmed();
        if (line.partId <= 0 || line.sku.isEmpty())
            return std::unexpected(invalid(NX_ERR("Choose the part from the catalogue"), {}, lineField(i, "part_id")));
        if (line.quantity <= Quantity())
            return std::unexpected(invalid(NX_ERR("The quantity of %1 must be more than zero"), { line.sku },
                lineField(i, "quantity")));
        if (line.unitCostCents < 0)
            return std::unexpected(invalid(NX_ERR("The cost of %1 cannot be negative"), { line.sku },
                lineField(i, "unit_cost")));
        if (const SupplierPart *known = (*supplier)->part(line.partId); known && line.supplierSku.isEmpty())
            line.supplierSku = known->supplierSku;
        const auto it = byPart.find(line.partId);
        if (it != byPart.end()) {
            PurchaseOrderLine &same = order.lines[it->second];
            same.quantity = same.quantity + line.quantity;
            continue;
        }
        byPart.emplace(line.partId, order.lines.size());
        line.lineNo = int(order.lines.size()) + 1;
        order.lines.push_back(std::move(line));
    }
    if (order.lines.empty())
        return std::unexpected(invalid(NX_ERR("Add at least one part to the order"), {}, QStringLiteral("lines")));
    return order;
}

Status PurchasingService::writeDraft(PurchaseOrder &order, const PurchasingActor &actor, const QString &now)
{
    if (order.id.isEmpty()) {
        order.id = IdGenerator::instance().nextString();
        Result<QString> folio = nextFolio();
        if (!folio)
            return std::unexpected(folio.error());
        order.folio = *folio;
        order.createdAtUtc = now;
        order.version = 1;
    } else {
        Result<PurchaseOrder> existing = load(order.id);
        if (!existing)
            return std::unexpected(existing.error());
        if (existing->status != PurchaseOrderStatus::Draft)
            return fail(ErrorCode::InvalidInput, NX_ERR("The purchase order %1 is \"%2\": only a draft can change"),
                { existing->folio, purchaseOrderStatusName(existing->status) }, QStringLiteral("status"));
        order.folio = existing->folio;
        order.createdBy = existing->createdBy;
        order.createdAtUtc = existing->createdAtUtc;
        order.version = existing->version + 1;
    }
    order.status = PurchaseOrderStatus::Draft;
    if (Status ok = PurchasingStore(m_db).writeOrder(order); !ok)
        return ok;
    return record(QStringLiteral("purchase_order_saved"), order.folio, kPurchaseOrderSaved,
        purchaseOrderPayload(order), now, actor.userId);
}

Result<PurchaseOrder> PurchasingService::saveDraft(const PurchaseOrderDraft &draft, const PurchasingActor &actor)
{
    if (Status ok = checkActor(actor); !ok)
        return std::unexpected(ok.error());
    Result<PurchaseOrder> order = buildDraft(draft, actor);
    if (!order)
        return order;
    const QString now = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    Transaction transaction(m_db);
    if (Status begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    if (Status ok = writeDraft(*order, actor, now); !ok)
        return std::unexpected(ok.error());
    if (Status committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return order;
}

Result<PurchaseOrder> PurchasingService::changeStatus(const QString &orderId, PurchaseOrderStatus to,
    const QString &reason, const PurchasingActor &actor, const SentHook &also)
{
    if (Status ok = checkActor(actor); !ok)
        return std::unexpected(ok.error());
    if (to == PurchaseOrderStatus::Cancelled && reason.simplified().isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("Say why the purchase order is cancelled"), {},
            QStringLiteral("reason"));
    const QString now = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    Transaction transaction(m_db);
    if (Status begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    Result<PurchaseOrder> order = load(orderId);
    if (!order)
        return order;
    if (Status ok = checkPurchaseOrderTransition(order->status, to); !ok)
        return std::unexpected(ok.error());
    order->status = to;
    order->version += 1;
    if (to == PurchaseOrderStatus::Sent)
        order->sentAtUtc = now;
    else if (to == PurchaseOrderStatus::Closed)
        order->closedAtUtc = now;
    else if (to == PurchaseOrderStatus::Cancelled) {
        order->cancelledAtUtc = now;
        order->cancelReason = reason.simplified();
    }
    if (Status ok = PurchasingStore(m_db).writeOrder(*order); !ok)
        return std::unexpected(ok.error());
    if (Status ok = record(QStringLiteral("purchase_order_") + purchaseOrderStatusCode(to), order->folio,
            kPurchaseOrderSaved, purchaseOrderPayload(*order), now, actor.userId);
        !ok)
        return std::unexpected(ok.error());
    if (also)
        if (Status ok = also(*order); !ok)
            return std::unexpected(ok.error());
    if (Status committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return order;
}

Result<PurchaseOrder> PurchasingService::markSent(
    const QString &orderId, const PurchasingActor &actor, const SentHook &alsoSend)
{
    return changeStatus(orderId, PurchaseOrderStatus::Sent, {}, actor, alsoSend);
}

Result<PurchaseOrder> PurchasingService::cancel(
    const QString &orderId, const QString &reason, const PurchasingActor &actor)
{
    return changeStatus(orderId, PurchaseOrderStatus::Cancelled, reason, actor);
}

Result<PurchaseOrder> PurchasingService::close(const QString &orderId, const PurchasingActor &actor)
{
    return changeStatus(orderId, PurchaseOrderStatus::Closed, {}, actor);
}

Result<PurchaseOrder> PurchasingService::receive(const PurchaseReceiptRequest &request, const PurchasingActor &actor)
{
    if (Status ok = checkActor(actor); !ok)
        return std::unexpected(ok.error());
    const QString now = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    Transaction transaction(m_db);
    if (Status begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    Result<PurchaseOrder> order = load(request.orderId);
    if (!order)
        return order;
    if (order->status != PurchaseOrderStatus::Sent && order->status != PurchaseOrderStatus::PartiallyReceived)
        return fail(ErrorCode::InvalidInput, NX_ERR("The purchase order %1 is \"%2\": it cannot receive pieces"),
            { order->folio, purchaseOrderStatusName(order->status) }, QStringLiteral("status"));

    PurchasingStore store(m_db);
    PurchaseReceipt receipt;
    receipt.id = IdGenerator::instance().nextString();
    receipt.orderId = order->id;
    receipt.supplierId = order->supplierId;
    receipt.supplierInvoice = request.supplierInvoice.trimmed();
    receipt.receivedBy = actor.userId;
    receipt.receivedAtUtc = now;
    receipt.note = request.note.simplified();
    std::set<int> seen;
    qint64 totalInCurrency = 0;
    std::vector<StockMovement> movements;
    for (size_t i = 0; i < request.lines.size(); ++i) {
        const PurchaseReceiptLineRequest &wanted = request.lines[i];
        if (wanted.quantity == Quantity())
            continue;
        const PurchaseOrderLine *line = order->line(wanted.lineNo);
        if (!line)
            return fail(ErrorCode::InvalidInput, NX_ERR("The purchase order %1 has no line %2"),
                { order->folio, QString::number(wanted.lineNo) }, lineField(i, "line_no"));
        if (!seen.insert(wanted.lineNo).second)
            return fail(ErrorCode::InvalidInput, NX_ERR("The line %1 is received twice in one receipt"),
                { QString::number(wanted.lineNo) }, lineField(i, "line_no"));
        if (wanted.quantity < Quantity())
            return fail(ErrorCode::InvalidInput, NX_ERR("The quantity received of %1 cannot be negative"),
                { line->sku }, lineField(i, "quantity"));
        const qint64 unitCost = wanted.unitCostCents.value_or(line->unitCostCents);
        if (unitCost < 0)
            return fail(ErrorCode::InvalidInput, NX_ERR("The cost of %1 cannot be negative"), { line->sku },
                lineField(i, "unit_cost"));
        const QString warehouse = wanted.warehouseId.trimmed().isEmpty() ? order->warehouseId
                                                                          : wanted.warehouseId.trimmed();
        if (Status ok = checkOwnWarehouse(warehouse, lineField(i, "warehouse_id")); !ok)
            return std::unexpected(ok.error());

        // The branch's average before this receipt, over what it holds now.
        const qint64 unitMxn = toMxnCents(unitCost, order->exchangeRateMicros);
        Result<std::optional<qint64>> average = store.averageCost(line->partId);
        if (!average)
            return std::unexpected(average.error());
        Result<Quantity> held = store.onHand(line->partId, m_context.branchId);
        if (!held)
            return std::unexpected(held.error());
        const qint64 newAverage = weightedAverageCost(
            average->has_value() ? *held : Quantity(), average->value_or(0), wanted.quantity, unitMxn);
        if (Status ok = store.setAverageCost(line->partId, newAverage, now); !ok)
            return std::unexpected(ok.error());
        if (Status ok = store.setLastCost(order->supplierId, *line, unitCost); !ok)
            return std::unexpected(ok.error());
        receipt.lines.push_back(PurchaseReceiptLine { line->lineNo, line->partId, warehouse, wanted.quantity,
            line->unitCostCents, unitCost, unitMxn, newAverage });
        totalInCurrency += Money(unitCost).times(wanted.quantity.thousandths()).centavos();
        movements.push_back(StockMovement { receipt.id + QLatin1Char(':') + QString::number(line->lineNo),
            line->partId, warehouse, QStringLiteral("receipt"), wanted.quantity, QStringLiteral("purchase_order"),
            order->id, actor.userId, now });
    }
    if (receipt.lines.empty())
        return fail(ErrorCode::InvalidInput, NX_ERR("Type or scan how many pieces of each part arrived"), {},
            QStringLiteral("lines"));
    receipt.totalMxnCents = toMxnCents(totalInCurrency, order->exchangeRateMicros);
    if (Status ok = store.insertReceipt(receipt); !ok)
        return std::unexpected(ok.error());
    if (Status ok = StockLedger(m_db).post(movements); !ok)
        return std::unexpected(ok.error());
    order->receipts.push_back(receipt);
    order->status = order->statusAfterReceipts();
    order->version += 1;
    if (Status ok = store.writeOrder(*order); !ok)
        return std::unexpected(ok.error());
    if (Status ok = record(QStringLiteral("purchase_received"), order->folio, kPurchaseReceived,
            purchaseReceiptPayload(*order, receipt), now, actor.userId);
        !ok)
        return std::unexpected(ok.error());
    publishEvent(m_db, { QString::fromLatin1(domainevent::kPurchaseReceived), receipt.id,
                           { { QStringLiteral("order_id"), order->id }, { QStringLiteral("folio"), order->folio },
                               { QStringLiteral("receipt_id"), receipt.id },
                               { QStringLiteral("total_cents"), receipt.totalMxnCents } } });
    if (Status committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return order;
}

Result<std::optional<PurchaseOrder>> PurchasingService::order(const QString &orderId) const
{
    return PurchasingStore(m_db).order(orderId);
}

Result<std::vector<PurchaseOrder>> PurchasingService::orders(std::optional<PurchaseOrderStatus> status) const
{
    return PurchasingStore(m_db).orders(status);
}

Result<SupplierPayment> PurchasingService::recordPayment(const QString &supplierId, qint64 amountCents,
    const QString &method, const QString &reference, const PurchasingActor &actor)
{
    if (Status ok = checkActor(actor); !ok)
        return std::unexpected(ok.error());
    Result<std::optional<Supplier>> supplier = PurchasingStore(m_db).supplier(supplierId);
    if (!supplier)
        return std::unexpected(supplier.error());
    if (!*supplier)
        return fail(ErrorCode::InvalidInput, NX_ERR("There is no supplier %1 on this computer"), { supplierId },
            QStringLiteral("supplier_id"));
    if (amountCents <= 0)
        return fail(ErrorCode::InvalidInput, NX_ERR("The payment must be more than zero"), {}, QStringLiteral("amount"));
    if (!kPaymentMethods.contains(method))
        return fail(ErrorCode::InvalidInput, NX_ERR("Choose how the supplier was paid"), {}, QStringLiteral("method"));
    const QString now = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    const SupplierPayment payment { IdGenerator::instance().nextString(), supplierId, amountCents, method,
        reference.simplified(), actor.userId, now };
    Transaction transaction(m_db);
    if (Status begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    if (Status ok = PurchasingStore(m_db).insertPayment(payment); !ok)
        return std::unexpected(ok.error());
    if (Status ok = record(QStringLiteral("supplier_paid"), (*supplier)->name, kSupplierPayment,
            supplierPaymentPayload(payment, m_context.branchId), now, actor.userId);
        !ok)
        return std::unexpected(ok.error());
    if (Status committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return payment;
}

Result<std::vector<SupplierPayable>> PurchasingService::payables() const
{
    return PurchasingStore(m_db).payables();
}

Result<std::optional<qint64>> PurchasingService::averageCost(qint64 partId) const
{
    return PurchasingStore(m_db).averageCost(partId);
}

Result<DraftOrdersOutcome> PurchasingService::createDraftPurchaseOrders(
    const std::vector<PurchaseSuggestion> &suggestions, const PurchasingActor &actor, qint64 usdRateMicros)
{
    if (Status ok = checkActor(actor); !ok)
        return std::unexpected(ok.error());
    Result<QVariant> firstWarehouse = m_db.scalar(
        QStringLiteral("SELECT id FROM warehouses WHERE branch_id = ? ORDER BY code, id LIMIT 1"),
        { m_context.branchId });
    if (!firstWarehouse)
        return std::unexpected(firstWarehouse.error());
    PurchasingStore store(m_db);
    DraftOrdersOutcome outcome;
    // Supplier → warehouse → draft (one order receives into one warehouse).
    std::map<std::pair<QString, QString>, PurchaseOrderDraft> drafts;
    std::vector<std::pair<QString, std::pair<QString, QString>>> ordered; // suggestion id → its draft's key
    for (const PurchaseSuggestion &s : suggestions) {
        if (s.quantity <= Quantity())
            continue;
        Result<std::optional<QString>> supplierId = store.preferredSupplier(s.partId);
        if (!supplierId)
            return std::unexpected(supplierId.error());
        if (!*supplierId) {
            outcome.unassigned.push_back(s);
            continue;
        }
        Result<std::optional<Supplier>> supplier = store.supplier(**supplierId);
        if (!supplier)
            return std::unexpected(supplier.error());
        const QString warehouse = s.warehouseId.isEmpty() ? firstWarehouse->toString() : s.warehouseId;
        PurchaseOrderDraft &draft = drafts[{ **supplierId, warehouse }];
        if (!s.id.isEmpty())
            ordered.emplace_back(s.id, std::pair { **supplierId, warehouse });
        if (!s.reason.isEmpty() && !draft.note.contains(s.reason))
            draft.note += (draft.note.isEmpty() ? QString() : QStringLiteral("; ")) + s.reason;
        draft.supplierId = **supplierId;
        draft.warehouseId = warehouse;
        draft.currency = (*supplier)->currency;
        draft.exchangeRateMicros = draft.currency == Currency::MXN ? kExchangeRateOne : usdRateMicros;
        const SupplierPart *part = (*supplier)->part(s.partId);
        draft.lines.push_back(PurchaseOrderLine { 0, s.partId, s.sku, s.barcode, part ? part->supplierSku : QString(),
            s.description, s.quantity, part ? part->lastCostCents : 0 });
    }
    std::vector<PurchaseOrder> built;
    std::map<std::pair<QString, QString>, size_t> builtByKey;
    for (const auto &[key, draft] : drafts) {
        Result<PurchaseOrder> order = buildDraft(draft, actor);
        if (!order)
            return std::unexpected(order.error());
        builtByKey.emplace(key, built.size());
        built.push_back(std::move(*order));
    }
    const QString now = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    Transaction transaction(m_db);
    if (Status begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    for (PurchaseOrder &order : built)
        if (Status ok = writeDraft(order, actor, now); !ok)
            return std::unexpected(ok.error());
    PurchaseSuggestionList list(m_db);
    // A suggestion drafted meanwhile (here, or at another device of the branch and pulled) refuses the whole draft.
    for (const auto &[suggestionId, key] : ordered) {
        const PurchaseOrder &draft = built[builtByKey.at(key)];
        if (Status ok = list.markOrdered(suggestionId, draft.id, draft.folio, now); !ok)
            return std::unexpected(ok.error());
    }
    if (Status committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    outcome.orders = std::move(built);
    return outcome;
}

} // namespace nexus
