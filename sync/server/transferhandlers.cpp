// The four transfer step handlers: parse (protocol/transferwire), the shape rules and the branch that may post the
// step (core/inventory/transferrules), then the facts, the stock ledger, the line sums and the published document.
#include "server/transferhandlers.h"

#include "inventory/transferpayload.h"
#include "inventory/transferrules.h"
#include "inventory/transferstore.h"
#include "protocol/jsonreader.h"
#include "protocol/transferwire.h"
#include "server/serverstockmovement.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace nexus {

namespace {

Error invalid(const char *message, QStringList args, const QString &field)
{
    return Error(ErrorCode::InvalidInput, message, std::move(args), field);
}

// A rule's refusal of a step from a device is a malformed step here: quarantined, never a reason to hold the batch.
Error asInvalid(const Error &error)
{
    return Error(ErrorCode::InvalidInput, error.sourceText(), error.args(),
        error.field().isEmpty() ? QStringLiteral("payload") : QStringLiteral("payload.") + error.field());
}

QVariant nullable(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

QString text(const QString &value)
{
    return value.isNull() ? QString(QLatin1String("")) : value;
}

Status checkWarehouse(Database &db, const QString &warehouseId, const QString &branchId, const QString &field)
{
    Result<QVariant> owner
        = db.scalar(QStringLiteral("SELECT branch_id FROM warehouses WHERE id = ?"), { warehouseId });
    if (!owner)
        return std::unexpected(owner.error());
    if (!owner->isValid() || owner->toString() != branchId)
        return std::unexpected(
            invalid(NX_ERR("The warehouse %1 is not a warehouse of this device's branch"), { warehouseId }, field));
    return {};
}

Result<Transfer> loadKnown(const MutationContext &context, const QString &transferId)
{
    Result<std::optional<Transfer>> found = TransferStore(context.db, TransferStore::Copy::Server).find(transferId);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return std::unexpected(
            invalid(NX_ERR("The server knows no transfer %1"), { transferId }, QStringLiteral("payload.transfer_id")));
    return std::move(**found);
}

// The header after a step: derived state, next version, the document both branches pull (the trigger publishes it).
Status publish(const MutationContext &context, const Transfer &transfer)
{
    const qint64 version = transfer.serverVersion + 1;
    const QString document = QString::fromUtf8(
        QJsonDocument(transferDocument(transfer, version, context.nowUtc)).toJson(QJsonDocument::Compact));
    const std::optional<TransferCancellation> &c = transfer.cancellation;
    Result<QSqlQuery> updated = context.db.exec(
        QStringLiteral("UPDATE transfers SET state = ?, version = ?, document = ?, updated_at = ?, cancelled_by = ?, "
                       "cancelled_by_name = ?, cancelled_branch_id = ?, cancelled_at = ?, cancel_reason = ? "
                       "WHERE id = ?"),
        { transferStateCode(transfer.state()), version, document, context.nowUtc, c ? nullable(c->by) : QVariant(),
            c ? QVariant(text(c->byName)) : QVariant(), c ? nullable(c->branchId) : QVariant(),
            c ? nullable(c->atUtc) : QVariant(), c ? QVariant(text(c->reason)) : QVariant(), transfer.id });
    if (!updated)
        return std::unexpected(updated.error());
    return {};
}

// One movement of a step and its balance; a balance below zero is an exception for HQ, never a refusal.
Status moveStock(const MutationContext &context, const Transfer &transfer, const QString &movementId, qint64 partId,
    const QString &warehouseId, const QString &kind, qint64 quantity, const QString &userId, const QString &atUtc,
    QJsonArray &exceptions)
{
    return postServerMovement(context,
        { movementId, partId, warehouseId, kind, quantity, QStringLiteral("transfer"), transfer.id, userId, atUtc },
        { { QStringLiteral("transfer_folio"), transfer.folio } }, exceptions);
}

Status addException(const MutationContext &context, const QString &kind, const Transfer &transfer, QJsonObject details,
    QJsonArray &exceptions)
{
    details.insert(QStringLiteral("folio"), transfer.folio);
    if (Status opened = openException(context.db, kind, transfer.id, details, context.nowUtc); !opened)
        return opened;
    exceptions.append(kind);
    return {};
}

QJsonObject answer(const Transfer &transfer, const QJsonArray &exceptions, bool duplicate = false)
{
    QJsonObject result { { QStringLiteral("transfer_id"), transfer.id }, { QStringLiteral("folio"), transfer.folio },
        { QStringLiteral("state"), transferStateCode(transfer.state()) } };
    if (duplicate)
        result.insert(QStringLiteral("duplicate"), true);
    if (!exceptions.isEmpty())
        result.insert(QStringLiteral("exceptions"), exceptions);
    return result;
}

bool sameRequest(const Transfer &a, const Transfer &b)
{
    if (a.folio != b.folio || a.fromBranchId != b.fromBranchId || a.toBranchId != b.toBranchId
        || a.lines.size() != b.lines.size())
        return false;
    for (size_t i = 0; i < a.lines.size(); ++i)
        if (a.lines[i].lineNo != b.lines[i].lineNo || a.lines[i].partId != b.lines[i].partId
            || a.lines[i].requested != b.lines[i].requested)
            return false;
    return true;
}

// The step's transfer_id and branch field (from_branch_id / to_branch_id / branch_id) must name the device's branch.
Result<QString> stepTransferId(const MutationContext &context, const QJsonObject &payload, QLatin1String branchField)
{
    wire::JsonReader reader(payload, QStringLiteral("payload"));
    const QString transferId = reader.string(QLatin1String("transfer_id"));
    const QString branchId = reader.string(branchField);
    if (reader.error())
        return std::unexpected(*reader.error());
    if (branchId != context.device.branchId)
        return std::unexpected(invalid(NX_ERR("The step belongs to branch %1, not to this device's branch"),
            { branchId }, reader.pathOf(branchField)));
    return transferId;
}

class TransferRequestedHandler final : public TransferHandler
{
public:
    [[nodiscard]] QString type() const override { return QLatin1String(kTransferRequested); }

    [[nodiscard]] Result<QJsonObject> apply(const MutationContext &context, int, const QJsonObject &payload) override
    {
        Result<Transfer> parsed = wire::transferRequestFromJson(payload, QStringLiteral("payload"));
        if (!parsed)
            return std::unexpected(parsed.error());
        Transfer &transfer = *parsed;
        if (Status ok = checkRequestShape(transfer); !ok)
            return std::unexpected(asInvalid(ok.error()));
        // Only the receiving branch asks (DESIGN.md: a device only posts for its own branch).
        if (transfer.toBranchId != context.device.branchId)
            return std::unexpected(invalid(NX_ERR("The transfer is requested by branch %1, not by this device's"),
                { transfer.toBranchId }, QStringLiteral("payload.to_branch_id")));
        Result<QVariant> from
            = context.db.scalar(QStringLiteral("SELECT 1 FROM branches WHERE id = ?"), { transfer.fromBranchId });
        if (!from)
            return std::unexpected(from.error());
        if (!from->isValid())
            return std::unexpected(invalid(
                NX_ERR("There is no branch %1"), { transfer.fromBranchId }, QStringLiteral("payload.from_branch_id")));
        if (Status ok = checkWarehouse(
                context.db, transfer.toWarehouseId, transfer.toBranchId, QStringLiteral("payload.to_warehouse_id"));
            !ok)
            return std::unexpected(ok.error());
        Result<std::optional<Transfer>> existing
            = TransferStore(context.db, TransferStore::Copy::Server).find(transfer.id);
        if (!existing)
            return std::unexpected(existing.error());
        if (*existing) {
            // The same request again (a restored outbox): nothing to do. Another one under its id: malformed.
            if (sameRequest(**existing, transfer))
                return answer(**existing, {}, true);
            return std::unexpected(invalid(NX_ERR("The transfer %1 exists already under another mutation"),
                { transfer.id }, QStringLiteral("payload.id")));
        }
        const QString document = QString::fromUtf8(
            QJsonDocument(transferDocument(transfer, 1, context.nowUtc)).toJson(QJsonDocument::Compact));
        Result<QSqlQuery> inserted = context.db.exec(
            QStringLiteral("INSERT INTO transfers(id, folio, from_branch_id, to_branch_id, to_warehouse_id, note, "
                           "requested_by, requested_by_name, requested_at, requested_device, state, version, "
                           "document, received_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)"),
            { transfer.id, transfer.folio, transfer.fromBranchId, transfer.toBranchId, transfer.toWarehouseId,
                text(transfer.note), transfer.requestedBy, text(transfer.requestedByName), transfer.requestedAtUtc,
                context.device.deviceId, transferStateCode(transfer.state()), document, context.nowUtc,
                context.nowUtc });
        if (!inserted)
            return std::unexpected(inserted.error());
        for (const TransferLine &line : transfer.lines) {
            Result<QSqlQuery> row = context.db.exec(
                QStringLiteral("INSERT INTO transfer_lines(transfer_id, line_no, part_id, sku, description, "
                               "requested_qty) VALUES (?, ?, ?, ?, ?, ?)"),
                { transfer.id, line.lineNo, line.partId, text(line.sku), text(line.description),
                    line.requested.thousandths() });
            if (!row)
                return std::unexpected(row.error());
        }
        return answer(transfer, {});
    }
};

class TransferShippedHandler final : public TransferHandler
{
public:
    [[nodiscard]] QString type() const override { return QLatin1String(kTransferShipped); }

    [[nodiscard]] Result<QJsonObject> apply(const MutationContext &context, int, const QJsonObject &payload) override
    {
        Result<QString> transferId = stepTransferId(context, payload, QLatin1String("from_branch_id"));
        if (!transferId)
            return std::unexpected(transferId.error());
        Result<TransferShipment> shipment = wire::transferShipmentFromJson(payload, QStringLiteral("payload"));
        if (!shipment)
            return std::unexpected(shipment.error());
        Result<Transfer> transfer = loadKnown(context, *transferId);
        if (!transfer)
            return std::unexpected(transfer.error());
        if (transfer->fromBranchId != context.device.branchId)
            return std::unexpected(invalid(NX_ERR("Only the branch that sends the transfer %1 ships it"),
                { transfer->folio }, QStringLiteral("payload.transfer_id")));
        if (Status ok = checkShipmentShape(*transfer, *shipment); !ok)
            return std::unexpected(asInvalid(ok.error()));
        for (qsizetype i = 0; i < qsizetype(shipment->lines.size()); ++i) {
            const TransferShipmentLine &line = shipment->lines[size_t(i)];
            if (line.quantity > Quantity())
                if (Status ok = checkWarehouse(context.db, line.warehouseId, context.device.branchId,
                        QStringLiteral("payload.lines[%1].warehouse_id").arg(i));
                    !ok)
                    return std::unexpected(ok.error());
        }
        if (transfer->hasShipment(shipment->id))
            return answer(*transfer, {}, true);

        QJsonArray exceptions;
        const QJsonObject about { { QStringLiteral("shipment_id"), shipment->id } };
        if (transfer->cancellation) {
            // Cancelled by one branch while the other shipped it offline: the pieces left, so the shipment stands.
            if (Status ok
                = addException(context, QStringLiteral("transfer_shipped_after_cancel"), *transfer, about, exceptions);
                !ok)
                return std::unexpected(ok.error());
        } else if (Status may = checkMayShip(*transfer, *shipment); !may) {
            QJsonObject details = about;
            details.insert(QStringLiteral("detail"), may.error().logMessage());
            if (Status ok
                = addException(context, QStringLiteral("transfer_shipment_conflict"), *transfer, details, exceptions);
                !ok)
                return std::unexpected(ok.error());
        }
        Result<QSqlQuery> inserted = context.db.exec(
            QStringLiteral("INSERT INTO transfer_shipments(id, transfer_id, device_id, shipped_by, shipped_by_name, "
                           "shipped_at, carrier, tracking, note, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { shipment->id, transfer->id, context.device.deviceId, shipment->shippedBy, text(shipment->shippedByName),
                shipment->shippedAtUtc, text(shipment->carrier), text(shipment->tracking), text(shipment->note),
                context.nowUtc });
        if (!inserted)
            return std::unexpected(inserted.error());
        for (const TransferShipmentLine &line : shipment->lines) {
            Result<QSqlQuery> row = context.db.exec(
                QStringLiteral("INSERT INTO transfer_shipment_lines(shipment_id, line_no, quantity, warehouse_id) "
                               "VALUES (?, ?, ?, ?)"),
                { shipment->id, line.lineNo, line.quantity.thousandths(), text(line.warehouseId) });
            if (!row)
                return std::unexpected(row.error());
            if (line.quantity == Quantity())
                continue;
            if (Status ok
                = moveStock(context, *transfer, shipment->id + QLatin1Char(':') + QString::number(line.lineNo),
                    transfer->line(line.lineNo)->partId, line.warehouseId, QStringLiteral("transfer_out"),
                    -line.quantity.thousandths(), shipment->shippedBy, shipment->shippedAtUtc, exceptions);
                !ok)
                return std::unexpected(ok.error());
            Result<QSqlQuery> sums = context.db.exec(
                QStringLiteral("UPDATE transfer_lines SET shipped_qty = shipped_qty + ? WHERE transfer_id = ? AND "
                               "line_no = ?"),
                { line.quantity.thousandths(), transfer->id, line.lineNo });
            if (!sums)
                return std::unexpected(sums.error());
        }
        transfer->shipments.push_back(std::move(*shipment));
        if (Status ok = publish(context, *transfer); !ok)
            return std::unexpected(ok.error());
        return answer(*transfer, exceptions);
    }
};

class TransferReceivedHandler final : public TransferHandler
{
public:
    [[nodiscard]] QString type() const override { return QLatin1String(kTransferReceived); }

    [[nodiscard]] Result<QJsonObject> apply(const MutationContext &context, int, const QJsonObject &payload) override
    {
        Result<QString> transferId = stepTransferId(context, payload, QLatin1String("to_branch_id"));
        if (!transferId)
            return std::unexpected(transferId.error());
        Result<TransferReceipt> receipt = wire::transferReceiptFromJson(payload, QStringLiteral("payload"));
        if (!receipt)
            return std::unexpected(receipt.error());
        Result<Transfer> transfer = loadKnown(context, *transferId);
        if (!transfer)
            return std::unexpected(transfer.error());
        if (transfer->toBranchId != context.device.branchId)
            return std::unexpected(invalid(NX_ERR("Only the branch that requested the transfer %1 receives it"),
                { transfer->folio }, QStringLiteral("payload.transfer_id")));
        if (Status ok = checkReceiptShape(*transfer, *receipt); !ok)
            return std::unexpected(asInvalid(ok.error()));
        for (qsizetype i = 0; i < qsizetype(receipt->lines.size()); ++i) {
            const TransferReceiptLine &line = receipt->lines[size_t(i)];
            if (line.quantity > Quantity())
                if (Status ok = checkWarehouse(context.db, line.warehouseId, context.device.branchId,
                        QStringLiteral("payload.lines[%1].warehouse_id").arg(i));
                    !ok)
                    return std::unexpected(ok.error());
        }
        if (transfer->hasReceipt(receipt->id))
            return answer(*transfer, {}, true);

        QJsonArray exceptions;
        const QJsonObject about { { QStringLiteral("receipt_id"), receipt->id } };
        if (transfer->shipments.empty()) {
            if (Status ok
                = addException(context, QStringLiteral("transfer_received_unshipped"), *transfer, about, exceptions);
                !ok)
                return std::unexpected(ok.error());
        } else if (const QList<int> lines = unexplainedDifferences(*transfer, *receipt); !lines.isEmpty()) {
            QJsonObject details = about;
            QJsonArray numbers;
            for (int lineNo : lines)
                numbers.append(lineNo);
            details.insert(QStringLiteral("lines"), numbers);
            if (Status ok = addException(
                    context, QStringLiteral("transfer_unexplained_difference"), *transfer, details, exceptions);
                !ok)
                return std::unexpected(ok.error());
        }
        Result<QSqlQuery> inserted = context.db.exec(
            QStringLiteral("INSERT INTO transfer_receipts(id, transfer_id, device_id, received_by, received_by_name, "
                           "received_at, note, server_received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            { receipt->id, transfer->id, context.device.deviceId, receipt->receivedBy, text(receipt->receivedByName),
                receipt->receivedAtUtc, text(receipt->note), context.nowUtc });
        if (!inserted)
            return std::unexpected(inserted.error());
        for (const TransferReceiptLine &line : receipt->lines) {
            Result<QSqlQuery> row = context.db.exec(
                QStringLiteral("INSERT INTO transfer_receipt_lines(receipt_id, line_no, quantity, shortage, reason, "
                               "warehouse_id) VALUES (?, ?, ?, ?, ?, ?)"),
                { receipt->id, line.lineNo, line.quantity.thousandths(), line.shortage.thousandths(), text(line.reason),
                    text(line.warehouseId) });
            if (!row)
                return std::unexpected(row.error());
            if (line.quantity > Quantity())
                if (Status ok
                    = moveStock(context, *transfer, receipt->id + QLatin1Char(':') + QString::number(line.lineNo),
                        transfer->line(line.lineNo)->partId, line.warehouseId, QStringLiteral("transfer_in"),
                        line.quantity.thousandths(), receipt->receivedBy, receipt->receivedAtUtc, exceptions);
                    !ok)
                    return std::unexpected(ok.error());
            Result<QSqlQuery> sums = context.db.exec(
                QStringLiteral("UPDATE transfer_lines SET received_qty = received_qty + ?, shortage_qty = "
                               "shortage_qty + ? WHERE transfer_id = ? AND line_no = ?"),
                { line.quantity.thousandths(), line.shortage.thousandths(), transfer->id, line.lineNo });
            if (!sums)
                return std::unexpected(sums.error());
        }
        transfer->receipts.push_back(std::move(*receipt));
        if (Status ok = publish(context, *transfer); !ok)
            return std::unexpected(ok.error());
        return answer(*transfer, exceptions);
    }
};

class TransferCancelledHandler final : public TransferHandler
{
public:
    [[nodiscard]] QString type() const override { return QLatin1String(kTransferCancelled); }

    [[nodiscard]] Result<QJsonObject> apply(const MutationContext &context, int, const QJsonObject &payload) override
    {
        Result<QString> transferId = stepTransferId(context, payload, QLatin1String("branch_id"));
        if (!transferId)
            return std::unexpected(transferId.error());
        Result<TransferCancellation> cancellation
            = wire::transferCancellationFromJson(payload, QStringLiteral("payload"));
        if (!cancellation)
            return std::unexpected(cancellation.error());
        Result<Transfer> transfer = loadKnown(context, *transferId);
        if (!transfer)
            return std::unexpected(transfer.error());
        if (transfer->fromBranchId != context.device.branchId && transfer->toBranchId != context.device.branchId)
            return std::unexpected(invalid(NX_ERR("The transfer %1 is between two other branches"), { transfer->folio },
                QStringLiteral("payload.transfer_id")));
        if (transfer->cancellation)
            return answer(*transfer, {}, true); // the first cancellation stands
        QJsonArray exceptions;
        if (!transfer->shipments.empty()) {
            // Kept as a fact (both branches see who tried), but the shipment stands: the pieces are on the road.
            if (Status ok = addException(context, QStringLiteral("transfer_cancel_after_ship"), *transfer,
                    { { QStringLiteral("branch_id"), cancellation->branchId } }, exceptions);
                !ok)
                return std::unexpected(ok.error());
        }
        transfer->cancellation = std::move(*cancellation);
        if (Status ok = publish(context, *transfer); !ok)
            return std::unexpected(ok.error());
        return answer(*transfer, exceptions);
    }
};

} // namespace

std::vector<std::unique_ptr<MutationHandler>> makeTransferHandlers()
{
    std::vector<std::unique_ptr<MutationHandler>> handlers;
    handlers.push_back(std::make_unique<TransferRequestedHandler>());
    handlers.push_back(std::make_unique<TransferShippedHandler>());
    handlers.push_back(std::make_unique<TransferReceivedHandler>());
    handlers.push_back(std::make_unique<TransferCancelledHandler>());
    return handlers;
}

} // namespace nexus
