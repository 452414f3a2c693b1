// The transfer steps in the shape of checkout: checks, then a handful of statements, then one commit.
#include "inventory/transferservice.h"

#include "auth/auditlog.h"
#include "auth/permission.h"
#include "common/clock.h"
#include "common/idgenerator.h"
#include "inventory/branchdirectory.h"
#include "inventory/stockledger.h"
#include "inventory/transferpayload.h"
#include "inventory/transferrules.h"
#include "sales/cart.h"
#include "store/database.h"
#include "store/foliocounter.h"
#include "store/outbox.h"

#include <map>

namespace nexus {

namespace {

// Movements of a step are "<shipment or receipt id>:<line no>": the kardex finds the step (and its reason) from
// the movement, and the same step can never move stock twice.
QString movementId(const QString &stepId, int lineNo)
{
    return stepId + QLatin1Char(':') + QString::number(lineNo);
}

} // namespace

TransferService::TransferService(Database &db, const Clock &clock, TransferContext context)
    : m_db(db), m_clock(clock), m_context(std::move(context))
{
}

Status TransferService::checkActor(const TransferActor &actor, Permission permission) const
{
    if (m_context.deviceId.trimmed().isEmpty() || m_context.branchId.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("This counter is not enrolled"), {}, QStringLiteral("device_id"));
    if (actor.userId.trimmed().isEmpty())
        return fail(ErrorCode::Unauthenticated, NX_ERR("Log in first"), {}, QStringLiteral("user_id"));
    return checkPermission(actor.role, permission);
}

Status TransferService::checkOpenServiceOrder(const QString &serviceOrderId) const
{
    Result<QSqlQuery> order = m_db.exec(
        QStringLiteral("SELECT folio, status FROM service_orders WHERE id = ? AND branch_id = ?"),
        { serviceOrderId, m_context.branchId });
    if (!order)
        return std::unexpected(order.error());
    if (!order->next())
        return fail(ErrorCode::NotFound, NX_ERR("There is no service order %1 of this branch on this computer"),
            { serviceOrderId }, QStringLiteral("service_order_id"));
    const QString status = order->value(1).toString();
    if (status == QLatin1String("delivered") || status == QLatin1String("cancelled"))
        return fail(ErrorCode::Conflict, NX_ERR("The service order %1 is closed: it needs no more parts"),
            { order->value(0).toString() }, QStringLiteral("service_order_id"));
    return {};
}

Status TransferService::checkOwnWarehouse(const QString &warehouseId, const QString &field) const
{
    return checkBranchWarehouse(m_db, m_context.branchId, warehouseId, field);
}

Result<Transfer> TransferService::load(const QString &transferId) const
{
    Result<std::optional<Transfer>> found = TransferStore(m_db).find(transferId);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return fail(ErrorCode::NotFound, NX_ERR("There is no transfer %1 on this computer"), { transferId },
            QStringLiteral("transfer_id"));
    return std::move(**found);
}

Result<QString> TransferService::nextFolio()
{
    return drawFolio(m_db, m_context.folioSeries + QStringLiteral("-T"));
}

Status TransferService::record(const Transfer &transfer, const QString &action, const char *mutationType,
    const QJsonObject &payload, const QString &atUtc, const QString &userId, const QString &serviceOrderId)
{
    QJsonObject details { { QStringLiteral("transfer_id"), transfer.id },
        { QStringLiteral("from_branch_id"), transfer.fromBranchId }, { QStringLiteral("to_branch_id"), transfer.toBranchId } };
    if (!serviceOrderId.isEmpty())
        details.insert(QStringLiteral("service_order_id"), serviceOrderId);
    if (Status audited = AuditLog(m_db, m_clock, m_context.deviceId).append(userId, action, transfer.folio, details);
        !audited)
        return audited;
    Result<qint64> seq = Outbox(m_db).append(
        IdGenerator::instance().nextString(), QLatin1String(mutationType), kTransferSchema, payload, atUtc);
    if (!seq)
        return std::unexpected(seq.error());
    return {};
}

Result<Transfer> TransferService::request(const TransferRequest &request, const TransferActor &actor)
{
    Transaction transaction(m_db);
    if (Status begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    Result<Transfer> transfer = requestWithin(request, actor);
    if (!transfer)
        return transfer;
    if (Status committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return transfer;
}

Result<Transfer> TransferService::requestWithin(const TransferRequest &request, const TransferActor &actor)
{
    if (Status ok = checkActor(actor, Permission::RequestTransfer); !ok)
        return std::unexpected(ok.error());
    return insertRequest(request, actor, {});
}

Result<Transfer> TransferService::requestForServiceOrderWithin(
    const QString &serviceOrderId, const TransferRequest &request, const TransferActor &actor)
{
    if (Status ok = checkActor(actor, Permission::RequestTransferForServiceOrder); !ok)
        return std::unexpected(ok.error());
    if (Status ok = checkOpenServiceOrder(serviceOrderId); !ok)
        return std::unexpected(ok.error());
    return insertRequest(request, actor, serviceOrderId);
}

Result<Transfer> TransferService::insertRequest(
    const TransferRequest &request, const TransferActor &actor, const QString &serviceOrderId)
{
    if (m_context.folioSeries.trimmed().isEmpty())
        return fail(
            ErrorCode::InvalidInput, NX_ERR("This counter has no folio series"), {}, QStringLiteral("folio_series"));
    const QString now = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    Transfer transfer;
    transfer.id = IdGenerator::instance().nextString();
    transfer.folio = QStringLiteral("-"); // the real one is drawn inside the transaction
    transfer.fromBranchId = request.fromBranchId.trimmed();
    transfer.toBranchId = m_context.branchId;
    transfer.toWarehouseId = request.toWarehouseId.trimmed();
    transfer.note = request.note.simplified();
    transfer.requestedBy = actor.userId;
    transfer.requestedByName = actor.displayName;
    transfer.requestedAtUtc = now;
    // The same part twice (two cart lines, two searches) is one line of the request.
    std::map<qint64, size_t> linesByPart;
    for (const TransferRequestLine &wanted : request.lines) {
        const auto it = linesByPart.find(wanted.partId);
        if (it != linesByPart.end() && wanted.partId > 0 && wanted.quantity > Quantity()) {
            TransferLine &line = transfer.lines[it->second];
            line.requested = line.requested + wanted.quantity;
            continue;
        }
        linesByPart.emplace(wanted.partId, transfer.lines.size());
        transfer.lines.push_back(TransferLine { int(transfer.lines.size()) + 1, wanted.partId, wanted.sku.trimmed(),
            wanted.description.trimmed(), wanted.quantity });
    }
    if (Status ok = checkRequestShape(transfer); !ok)
        return std::unexpected(ok.error());
    if (Status ok = checkOwnWarehouse(transfer.toWarehouseId, QStringLiteral("to_warehouse_id")); !ok)
        return std::unexpected(ok.error());
    Result<QVariant> known
        = m_db.scalar(QStringLiteral("SELECT 1 FROM remote_branches WHERE id = ?"), { transfer.fromBranchId });
    if (!known)
        return std::unexpected(known.error());
    if (!known->isValid())
        return fail(ErrorCode::InvalidInput,
            NX_ERR("The branch %1 is not known on this computer yet: synchronise with head office first"),
            { transfer.fromBranchId }, QStringLiteral("from_branch_id"));

    Result<QString> folio = nextFolio();
    if (!folio)
        return std::unexpected(folio.error());
    transfer.folio = *folio;
    if (Status ok = TransferStore(m_db).insertRequest(transfer, now); !ok)
        return std::unexpected(ok.error());
    if (Status ok = record(transfer, QStringLiteral("transfer_requested"), kTransferRequested,
            transferRequestPayload(transfer), now, actor.userId, serviceOrderId);
        !ok)
        return std::unexpected(ok.error());
    return transfer;
}

Result<Transfer> TransferService::requestTransferForCartLine(
    const CartLine &line, const QString &fromBranchId, const TransferActor &actor, const QString &note)
{
    return request(
        TransferRequest { fromBranchId, line.item.warehouseId, note,
            { TransferRequestLine { line.item.partId, line.item.sku, line.item.description, line.quantity } } },
        actor);
}

template <typename StepLine>
Status TransferService::postMovements(const Transfer &transfer, const QString &stepId,
    const std::vector<StepLine> &lines, bool inbound, const QString &userId, const QString &atUtc)
{
    std::vector<StockMovement> movements;
    for (qsizetype i = 0; i < qsizetype(lines.size()); ++i) {
        const StepLine &line = lines[size_t(i)];
        if (line.quantity == Quantity())
            continue;
        if (Status ok = checkOwnWarehouse(line.warehouseId, QStringLiteral("lines[%1].warehouse_id").arg(i)); !ok)
            return ok;
        movements.push_back({ movementId(stepId, line.lineNo), transfer.line(line.lineNo)->partId, line.warehouseId,
            inbound ? QStringLiteral("transfer_in") : QStringLiteral("transfer_out"),
            inbound ? line.quantity : -line.quantity, QStringLiteral("transfer"), transfer.id, userId, atUtc });
    }
    return StockLedger(m_db).post(movements);
}

Result<Transfer> TransferService::takeStep(const QString &transferId, const std::function<Status(Transfer &)> &step)
{
    Transaction transaction(m_db);
    if (Status begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    // Read inside the write transaction: the state cannot change between the checks and the writes.
    Result<Transfer> transfer = load(transferId);
    if (!transfer)
        return std::unexpected(transfer.error());
    if (Status ok = step(*transfer); !ok)
        return std::unexpected(ok.error());
    if (Status committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return transfer;
}

Result<Transfer> TransferService::ship(const TransferShipmentRequest &request, const TransferActor &actor)
{
    if (Status ok = checkActor(actor, Permission::ManageTransfers); !ok)
        return std::unexpected(ok.error());
    const QString now = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    TransferShipment shipment { IdGenerator::instance().nextString(), actor.userId, actor.displayName, now,
        request.carrier.simplified(), request.tracking.trimmed(), request.note.simplified(), request.lines };
    for (TransferShipmentLine &line : shipment.lines)
        line.warehouseId = line.warehouseId.trimmed();
    return takeStep(request.transferId, [&](Transfer &transfer) -> Status {
        if (transfer.fromBranchId != m_context.branchId)
            return fail(ErrorCode::PermissionDenied, NX_ERR("Only the branch that sends the transfer %1 ships it"),
                { transfer.folio }, QStringLiteral("transfer_id"));
        if (Status ok = checkShipmentShape(transfer, shipment); !ok)
            return ok;
        if (Status ok = checkMayShip(transfer, shipment); !ok)
            return ok;
        if (Status ok = TransferStore(m_db).insertShipment(transfer.id, shipment, now); !ok)
            return ok;
        if (Status ok = postMovements(transfer, shipment.id, shipment.lines, false, actor.userId, now); !ok)
            return ok;
        transfer.shipments.push_back(shipment);
        return record(transfer, QStringLiteral("transfer_shipped"), kTransferShipped,
            transferShipmentPayload(transfer, shipment), now, actor.userId);
    });
}

Result<Transfer> TransferService::receive(const TransferReceiptRequest &request, const TransferActor &actor)
{
    if (Status ok = checkActor(actor, Permission::ManageTransfers); !ok)
        return std::unexpected(ok.error());
    const QString now = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    TransferReceipt receipt { IdGenerator::instance().nextString(), actor.userId, actor.displayName, now,
        request.note.simplified(), {} };
    // Lines with nothing received and nothing missing are left out of the fact.
    for (TransferReceiptLine line : request.lines) {
        if (line.quantity == Quantity() && line.shortage == Quantity())
            continue;
        line.reason = line.reason.simplified();
        line.warehouseId = line.warehouseId.trimmed();
        receipt.lines.push_back(std::move(line));
    }
    return takeStep(request.transferId, [&](Transfer &transfer) -> Status {
        if (transfer.toBranchId != m_context.branchId)
            return fail(ErrorCode::PermissionDenied,
                NX_ERR("Only the branch that requested the transfer %1 receives it"), { transfer.folio },
                QStringLiteral("transfer_id"));
        if (Status ok = checkReceiptShape(transfer, receipt); !ok)
            return ok;
        if (Status ok = checkMayReceive(transfer, receipt); !ok)
            return ok;
        if (Status ok = TransferStore(m_db).insertReceipt(transfer.id, receipt, now); !ok)
            return ok;
        // A shortage only leaves transit: it never entered this branch's stock, so it moves nothing here.
        if (Status ok = postMovements(transfer, receipt.id, receipt.lines, true, actor.userId, now); !ok)
            return ok;
        transfer.receipts.push_back(receipt);
        return record(transfer, QStringLiteral("transfer_received"), kTransferReceived,
            transferReceiptPayload(transfer, receipt), now, actor.userId);
    });
}

Result<Transfer> TransferService::cancel(const QString &transferId, const QString &reason, const TransferActor &actor)
{
    if (Status ok = checkActor(actor, Permission::ManageTransfers); !ok)
        return std::unexpected(ok.error());
    return takeStep(transferId, [&](Transfer &transfer) { return cancelStep(transfer, reason, actor); });
}

Result<Transfer> TransferService::cancelWithin(
    const QString &transferId, const QString &reason, const TransferActor &actor)
{
    if (Status ok = checkActor(actor, Permission::ManageTransfers); !ok)
        return std::unexpected(ok.error());
    Result<Transfer> transfer = load(transferId);
    if (!transfer)
        return transfer;
    if (Status ok = cancelStep(*transfer, reason, actor); !ok)
        return std::unexpected(ok.error());
    return transfer;
}

Status TransferService::cancelStep(Transfer &transfer, const QString &reason, const TransferActor &actor)
{
    const QString now = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    if (transfer.fromBranchId != m_context.branchId && transfer.toBranchId != m_context.branchId)
        return fail(ErrorCode::PermissionDenied, NX_ERR("The transfer %1 is between two other branches"),
            { transfer.folio }, QStringLiteral("transfer_id"));
    if (Status ok = checkMayCancel(transfer, reason); !ok)
        return ok;
    const TransferCancellation cancellation { actor.userId, actor.displayName, m_context.branchId, now,
        reason.simplified() };
    if (Status ok = TransferStore(m_db).setCancellation(transfer.id, cancellation, now); !ok)
        return ok;
    transfer.cancellation = cancellation;
    return record(transfer, QStringLiteral("transfer_cancelled"), kTransferCancelled,
        transferCancellationPayload(transfer, cancellation), now, actor.userId);
}

Result<std::optional<Transfer>> TransferService::find(const QString &transferId) const
{
    return TransferStore(m_db).find(transferId);
}

Result<std::vector<Transfer>> TransferService::list(TransferFilter filter) const
{
    filter.branchId = m_context.branchId;
    return TransferStore(m_db).list(filter);
}

} // namespace nexus
