// ServiceOrderService's supply of a part the order's warehouse lacks: reserve what the branch has, ask another branch
// (TransferService) or purchasing (the purchase suggestions) for the rest, reserve it when it arrives, and withdraw
// what is no longer needed.
#include "workshop/serviceorderservice.h"

#include "auth/permission.h"
#include "common/clock.h"
#include "common/idgenerator.h"
#include "inventory/transferservice.h"
#include "inventory/transferstore.h"
#include "purchasing/purchasesuggestionlist.h"
#include "workshop/partlineinput.h"
#include "workshop/partsourcing.h"
#include "workshop/serviceorderpayload.h"

#include <QCoreApplication>

namespace nexus {

namespace {

QString newId()
{
    return IdGenerator::instance().nextString();
}

TransferActor transferActor(const WorkshopActor &actor)
{
    return TransferActor { actor.userId, actor.name, actor.role };
}

// The reason a transfer request or purchase suggestion carries: the order's folio.
QString orderReason(const ServiceOrder &order)
{
    return QCoreApplication::translate("nexus::Workshop", "Service order %1").arg(order.folio);
}

// One share of the pieces: reserved in a warehouse of this branch, or waiting for a transfer or a purchase.
struct Share
{
    PartLineStatus status = PartLineStatus::Reserved;
    QString warehouseId;
    Quantity quantity;
    PartSourceKind source = PartSourceKind::None;
};

std::vector<Share> sharesOf(const PartSourcingPlan &plan, const QString &warehouseId)
{
    std::vector<Share> shares;
    if (plan.reserveHere > Quantity())
        shares.push_back({ PartLineStatus::Reserved, warehouseId, plan.reserveHere, PartSourceKind::None });
    for (const auto &[warehouse, quantity] : plan.reserveElsewhere)
        shares.push_back({ PartLineStatus::Reserved, warehouse, quantity, PartSourceKind::None });
    if (plan.transfer > Quantity())
        shares.push_back({ PartLineStatus::Requested, warehouseId, plan.transfer, PartSourceKind::Transfer });
    if (plan.purchase > Quantity())
        shares.push_back({ PartLineStatus::Requested, warehouseId, plan.purchase, PartSourceKind::Purchase });
    return shares;
}

// The line of `order` that waits for a transfer or purchase of `partId` (asked, not withdrawn), if any.
const ServiceOrderPart *waitingLineOf(const ServiceOrder &order, qint64 partId)
{
    for (const ServiceOrderPart &part : order.parts)
        if (part.partId == partId && part.status == PartLineStatus::Requested
            && part.source.kind != PartSourceKind::None && !part.source.withdrawn)
            return &part;
    return nullptr;
}

} // namespace

Result<PartSupplyOutcome> ServiceOrderService::supplyPart(
    const QString &orderId, const PartToAdd &request, const WorkshopActor &actor)
{
    return supplyNewLines(orderId, request, actor, TransitionGate::Advisor, false);
}

Result<PartSupplyOutcome> ServiceOrderService::requestStockPart(
    const QString &orderId, const PartToAdd &request, const WorkshopActor &actor)
{
    return supplyNewLines(orderId, request, actor, TransitionGate::Workshop, true);
}

Result<PartSupplyOutcome> ServiceOrderService::supplyNewLines(
    const QString &orderId, const PartToAdd &request, const WorkshopActor &actor, TransitionGate gate, bool once)
{
    if (Status ok = checkCatalogItem(request.item); !ok)
        return std::unexpected(ok.error());
    if (Status ok = checkPartQuantity(request.quantity); !ok)
        return std::unexpected(ok.error());
    PartSupplyOutcome outcome;
    Result<ServiceOrder> order = update(orderId, actor, gate, [&](ServiceOrder &current, const QString &now) -> Status {
        if (once)
            if (const ServiceOrderPart *waiting = waitingLineOf(current, request.item.partId))
                return fail(ErrorCode::Conflict,
                    NX_ERR("The order %1 already waits for %2 (line %3): the service advisor asks for more"),
                    { current.folio, waiting->sku, QString::number(waiting->lineNo) }, QStringLiteral("part"));
        return supply(current, {}, request.item, request.quantity, request.note.trimmed(), actor, now, outcome);
    });
    if (!order)
        return std::unexpected(order.error());
    outcome.order = std::move(*order);
    return outcome;
}

Result<PartSupplyOutcome> ServiceOrderService::supplyRequested(
    const QString &orderId, const QString &lineId, const CartItem &item, const WorkshopActor &actor)
{
    if (Status ok = checkCatalogItem(item); !ok)
        return std::unexpected(ok.error());
    PartSupplyOutcome outcome;
    Result<ServiceOrder> order
        = update(orderId, actor, TransitionGate::Advisor, [&](ServiceOrder &current, const QString &now) -> Status {
              const ServiceOrderPart *part = findPartLine(current, lineId);
              if (!part)
                  return fail(ErrorCode::NotFound, NX_ERR("The order %1 has no part line %2"),
                      { current.folio, lineId }, QStringLiteral("line"));
              if (part->status != PartLineStatus::Requested)
                  return fail(ErrorCode::Conflict, NX_ERR("The line %1 is %2, not requested"),
                      { QString::number(part->lineNo), partLineStatusName(part->status).toLower() },
                      QStringLiteral("line"));
              if (part->source.kind != PartSourceKind::None)
                  return fail(ErrorCode::Conflict,
                      NX_ERR("The line %1 already waits for its pieces: reserve it when they arrive"),
                      { QString::number(part->lineNo) }, QStringLiteral("line"));
              return supply(current, lineId, item, part->quantity, part->note, actor, now, outcome);
          });
    if (!order)
        return std::unexpected(order.error());
    outcome.order = std::move(*order);
    return outcome;
}

Status ServiceOrderService::supply(ServiceOrder &order, const QString &lineId, const CartItem &item, Quantity quantity,
    const QString &note, const WorkshopActor &actor, const QString &now, PartSupplyOutcome &outcome)
{
    // Planned inside the write transaction: the availability it read cannot change before the lines are written.
    Result<PartSourcingPlan> plan = planPartSourcing(m_db, m_context.branchId, item.partId, item.warehouseId, quantity);
    if (!plan)
        return std::unexpected(plan.error());
    const std::vector<Share> shares = sharesOf(*plan, item.warehouseId);
    for (std::size_t i = 0; i < shares.size(); ++i) {
        const Share &share = shares[i];
        CartItem from = item;
        from.warehouseId = share.warehouseId;
        QString writtenId;
        if (i == 0 && !lineId.isEmpty()) {
            ServiceOrderPart *existing = findPartLine(order, lineId);
            fillPartFromItem(*existing, from);
            existing->quantity = share.quantity;
            existing->status = share.status;
            if (Status ok = m_orders.updatePart(*existing, now); !ok)
                return ok;
            if (share.status == PartLineStatus::Reserved)
                if (Status ok = m_reservations.change(existing->partId, existing->warehouseId, share.quantity); !ok)
                    return ok;
            if (Status ok = append(serviceordermutation::kPartReserved,
                    partPayload(order, *existing, newId(), actor, now), now);
                !ok)
                return ok;
            writtenId = existing->id;
        } else {
            ServiceOrderPart line;
            fillPartFromItem(line, from);
            line.quantity = share.quantity;
            line.status = share.status;
            line.note = note;
            if (Status ok = insertLine(order, line, actor, now); !ok)
                return ok;
            writtenId = order.parts.back().id;
        }
        if (share.status == PartLineStatus::Reserved) {
            outcome.reserved = outcome.reserved + share.quantity;
            if (share.warehouseId != item.warehouseId)
                outcome.reservedElsewhere = outcome.reservedElsewhere + share.quantity;
            continue;
        }
        if (share.source == PartSourceKind::Transfer) {
            const TransferRequest request { plan->transferBranchId, item.warehouseId, orderReason(order),
                { TransferRequestLine { item.partId, item.sku, item.description, share.quantity } } };
            Result<Transfer> transfer
                = TransferService(m_db, m_clock,
                    TransferContext { m_context.deviceId, m_context.branchId, m_context.folioSeries })
                      .requestForServiceOrderWithin(order.id, request, transferActor(actor));
            if (!transfer)
                return std::unexpected(transfer.error());
            if (Status ok = m_orders.insertSource(order.id, writtenId, PartSourceKind::Transfer, transfer->id, now); !ok)
                return ok;
            outcome.transferred = share.quantity;
            outcome.transferFolio = transfer->folio;
            outcome.transferBranch = plan->transferBranchName;
            outcome.transferBranchStock = plan->transferBranchStock;
        } else {
            const PurchaseNeed need { newId(), item.partId, item.sku, item.description, item.warehouseId,
                share.quantity, order.id, writtenId, orderReason(order), actor.userId };
            if (Status ok = PurchaseSuggestionList(m_db).add(need, now); !ok)
                return ok;
            if (Status ok = m_orders.insertSource(order.id, writtenId, PartSourceKind::Purchase, need.id, now); !ok)
                return ok;
            outcome.toPurchase = share.quantity;
        }
    }
    return {};
}

Result<ServiceOrder> ServiceOrderService::reserveArrived(const QString &orderId, const WorkshopActor &actor)
{
    return update(orderId, actor, TransitionGate::Advisor, [&](ServiceOrder &order, const QString &now) -> Status {
        int reserved = 0;
        const ServiceOrderPart *stillMissing = nullptr;
        for (ServiceOrderPart &part : order.parts) {
            if (part.status != PartLineStatus::Requested || part.source.kind == PartSourceKind::None
                || part.partId <= 0 || part.warehouseId.isEmpty())
                continue;
            Result<StockAvailability> stock = m_reservations.of(part.partId, part.warehouseId);
            if (!stock)
                return std::unexpected(stock.error());
            if (stock->available() < part.quantity) {
                if (!stillMissing)
                    stillMissing = &part;
                continue;
            }
            part.status = PartLineStatus::Reserved;
            if (Status ok = m_orders.updatePart(part, now); !ok)
                return ok;
            if (Status ok = m_reservations.change(part.partId, part.warehouseId, part.quantity); !ok)
                return ok;
            if (Status ok
                = append(serviceordermutation::kPartReserved, partPayload(order, part, newId(), actor, now), now);
                !ok)
                return ok;
            ++reserved;
        }
        if (reserved > 0)
            return {};
        if (!stillMissing)
            return fail(ErrorCode::Conflict, NX_ERR("The order %1 waits for no part"), { order.folio },
                QStringLiteral("line"));
        return fail(ErrorCode::Conflict, NX_ERR("The pieces of %1 have not arrived yet: %2 of %3 are available"),
            { stillMissing->sku,
                std::max(m_reservations.of(stillMissing->partId, stillMissing->warehouseId)
                             .value_or(StockAvailability {})
                             .available(),
                    Quantity())
                    .toString(),
                stillMissing->quantity.toString() },
            QStringLiteral("line"));
    });
}

Status ServiceOrderService::withdrawSource(
    const ServiceOrder &order, const ServiceOrderPart &part, const WorkshopActor &actor, bool mayManageTransfers)
{
    if (part.source.kind == PartSourceKind::None || part.source.withdrawn)
        return {};
    if (part.source.kind == PartSourceKind::Purchase)
        return PurchaseSuggestionList(m_db).withdraw(part.source.refId, nowUtc());
    // A transfer is withdrawn by someone who may manage transfers, and only before it ships: once the pieces
    // travel they arrive to this branch's stock anyway.
    if (!mayManageTransfers)
        return {};
    Result<std::optional<Transfer>> transfer = TransferStore(m_db).find(part.source.refId);
    if (!transfer)
        return std::unexpected(transfer.error());
    if (!*transfer || (*transfer)->state() != TransferState::Requested)
        return {};
    Result<Transfer> cancelled
        = TransferService(m_db, m_clock, TransferContext { m_context.deviceId, m_context.branchId, m_context.folioSeries })
              .cancelWithin(part.source.refId,
                  QCoreApplication::translate("nexus::Workshop", "Service order %1 no longer needs it").arg(order.folio),
                  transferActor(actor));
    if (!cancelled)
        return std::unexpected(cancelled.error());
    return {};
}

} // namespace nexus
