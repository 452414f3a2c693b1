// Transfer rules: shape checks first (any copy of a step), then what the branch may do in the transfer's state.
#include "inventory/transferrules.h"

#include <QSet>

namespace nexus {

namespace {

QString linePath(qsizetype index, const char *field)
{
    return QStringLiteral("lines[%1].%2").arg(index).arg(QLatin1String(field));
}

Status checkText(const QString &text, const QString &field)
{
    if (text.size() > kMaxTransferTextLength)
        return fail(ErrorCode::InvalidInput, NX_ERR("At most %1 characters"),
            { QString::number(kMaxTransferTextLength) }, field);
    return {};
}

// Each line of a step names a line of the transfer, once.
template <typename StepLine> Status checkStepLines(const Transfer &transfer, const std::vector<StepLine> &lines)
{
    if (lines.empty())
        return fail(
            ErrorCode::InvalidInput, NX_ERR("The step names no line of the transfer"), {}, QStringLiteral("lines"));
    QSet<int> seen;
    for (qsizetype i = 0; i < qsizetype(lines.size()); ++i) {
        const int lineNo = lines[size_t(i)].lineNo;
        if (transfer.line(lineNo) == nullptr)
            return fail(ErrorCode::InvalidInput, NX_ERR("The transfer %1 has no line %2"),
                { transfer.folio, QString::number(lineNo) }, linePath(i, "line_no"));
        if (seen.contains(lineNo))
            return fail(ErrorCode::InvalidInput, NX_ERR("Line %1 appears twice"), { QString::number(lineNo) },
                linePath(i, "line_no"));
        seen.insert(lineNo);
    }
    return {};
}

Error stateError(const Transfer &transfer, const char *message)
{
    return Error(
        ErrorCode::Conflict, message, { transfer.folio, transferStateName(transfer.state()) }, QStringLiteral("state"));
}

} // namespace

Status checkRequestShape(const Transfer &transfer)
{
    if (transfer.id.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("The transfer has no id"), {}, QStringLiteral("id"));
    if (transfer.folio.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("The transfer has no folio"), {}, QStringLiteral("folio"));
    if (transfer.fromBranchId.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("Choose the branch that sends the parts"), {},
            QStringLiteral("from_branch_id"));
    if (transfer.toBranchId.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("The transfer names no receiving branch"), {},
            QStringLiteral("to_branch_id"));
    if (transfer.fromBranchId == transfer.toBranchId)
        return fail(ErrorCode::InvalidInput, NX_ERR("A branch cannot request a transfer from itself"), {},
            QStringLiteral("from_branch_id"));
    if (transfer.toWarehouseId.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("Choose the warehouse that receives the parts"), {},
            QStringLiteral("to_warehouse_id"));
    if (transfer.requestedBy.trimmed().isEmpty())
        return fail(ErrorCode::Unauthenticated, NX_ERR("Log in first"), {}, QStringLiteral("requested_by"));
    if (Status ok = checkText(transfer.note, QStringLiteral("note")); !ok)
        return ok;
    if (transfer.lines.empty())
        return fail(ErrorCode::InvalidInput, NX_ERR("A transfer needs at least one part"), {}, QStringLiteral("lines"));
    QSet<int> seen;
    for (qsizetype i = 0; i < qsizetype(transfer.lines.size()); ++i) {
        const TransferLine &line = transfer.lines[size_t(i)];
        if (line.lineNo <= 0 || seen.contains(line.lineNo))
            return fail(ErrorCode::InvalidInput, NX_ERR("Line numbers must be positive and different"), {},
                linePath(i, "line_no"));
        seen.insert(line.lineNo);
        if (line.partId <= 0)
            return fail(ErrorCode::InvalidInput, NX_ERR("Choose a part for every line"), {}, linePath(i, "part_id"));
        if (line.requested <= Quantity())
            return fail(
                ErrorCode::InvalidInput, NX_ERR("The quantity must be greater than zero"), {}, linePath(i, "quantity"));
    }
    return {};
}

Status checkShipmentShape(const Transfer &transfer, const TransferShipment &shipment)
{
    if (shipment.id.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("The shipment has no id"), {}, QStringLiteral("id"));
    if (shipment.shippedBy.trimmed().isEmpty())
        return fail(ErrorCode::Unauthenticated, NX_ERR("Log in first"), {}, QStringLiteral("shipped_by"));
    for (const auto &[text, field] : { std::pair { &shipment.carrier, "carrier" },
             std::pair { &shipment.tracking, "tracking" }, std::pair { &shipment.note, "note" } })
        if (Status ok = checkText(*text, QString::fromLatin1(field)); !ok)
            return ok;
    if (Status ok = checkStepLines(transfer, shipment.lines); !ok)
        return ok;
    bool any = false;
    for (qsizetype i = 0; i < qsizetype(shipment.lines.size()); ++i) {
        const TransferShipmentLine &line = shipment.lines[size_t(i)];
        if (line.quantity < Quantity())
            return fail(
                ErrorCode::InvalidInput, NX_ERR("The quantity cannot be negative"), {}, linePath(i, "quantity"));
        if (line.quantity > Quantity() && line.warehouseId.trimmed().isEmpty())
            return fail(ErrorCode::InvalidInput, NX_ERR("Choose the warehouse the pieces leave from"), {},
                linePath(i, "warehouse_id"));
        any = any || line.quantity > Quantity();
    }
    if (!any)
        return fail(ErrorCode::InvalidInput, NX_ERR("Nothing to ship: give a quantity for at least one line"), {},
            QStringLiteral("lines"));
    return {};
}

Status checkReceiptShape(const Transfer &transfer, const TransferReceipt &receipt)
{
    if (receipt.id.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("The receipt has no id"), {}, QStringLiteral("id"));
    if (receipt.receivedBy.trimmed().isEmpty())
        return fail(ErrorCode::Unauthenticated, NX_ERR("Log in first"), {}, QStringLiteral("received_by"));
    if (Status ok = checkText(receipt.note, QStringLiteral("note")); !ok)
        return ok;
    if (Status ok = checkStepLines(transfer, receipt.lines); !ok)
        return ok;
    bool any = false;
    for (qsizetype i = 0; i < qsizetype(receipt.lines.size()); ++i) {
        const TransferReceiptLine &line = receipt.lines[size_t(i)];
        if (line.quantity < Quantity())
            return fail(
                ErrorCode::InvalidInput, NX_ERR("The quantity cannot be negative"), {}, linePath(i, "quantity"));
        if (line.shortage < Quantity())
            return fail(ErrorCode::InvalidInput, NX_ERR("The missing quantity cannot be negative"), {},
                linePath(i, "shortage"));
        if (line.quantity > Quantity() && line.warehouseId.trimmed().isEmpty())
            return fail(ErrorCode::InvalidInput, NX_ERR("Choose the warehouse that receives the pieces"), {},
                linePath(i, "warehouse_id"));
        if (Status ok = checkText(line.reason, linePath(i, "reason")); !ok)
            return ok;
        any = any || line.quantity > Quantity() || line.shortage > Quantity();
    }
    if (!any)
        return fail(ErrorCode::InvalidInput,
            NX_ERR("Nothing received: give a received or missing quantity for at least one line"), {},
            QStringLiteral("lines"));
    return {};
}

Status checkMayShip(const Transfer &transfer, const TransferShipment &shipment)
{
    if (transfer.state() != TransferState::Requested)
        return std::unexpected(stateError(transfer, NX_ERR("The transfer %1 is %2: only a requested one ships")));
    for (qsizetype i = 0; i < qsizetype(shipment.lines.size()); ++i) {
        const TransferShipmentLine &line = shipment.lines[size_t(i)];
        const TransferLine *requested = transfer.line(line.lineNo);
        if (requested != nullptr && line.quantity > requested->requested)
            return fail(ErrorCode::InvalidInput, NX_ERR("Only %1 of %2 were requested"),
                { requested->requested.toString(), requested->sku }, linePath(i, "quantity"));
    }
    return {};
}

Status checkMayReceive(const Transfer &transfer, const TransferReceipt &receipt)
{
    const TransferState state = transfer.state();
    if (state != TransferState::Shipped && state != TransferState::PartiallyReceived)
        return std::unexpected(
            stateError(transfer, NX_ERR("The transfer %1 is %2: there is nothing in transit to receive")));
    for (qsizetype i = 0; i < qsizetype(receipt.lines.size()); ++i) {
        const TransferReceiptLine &line = receipt.lines[size_t(i)];
        const TransferLineTotals totals = transfer.totals(line.lineNo);
        const QString sku = transfer.line(line.lineNo)->sku;
        const bool explained = !line.reason.trimmed().isEmpty();
        if (line.shortage > Quantity() && !explained)
            return fail(ErrorCode::InvalidInput, NX_ERR("Say why %1 of %2 are missing"),
                { line.shortage.toString(), sku }, linePath(i, "reason"));
        if (line.quantity > totals.inTransit) {
            if (line.shortage > Quantity())
                return fail(ErrorCode::InvalidInput,
                    NX_ERR("More of %1 arrived than was in transit: nothing of it can be missing"), { sku },
                    linePath(i, "shortage"));
            if (!explained)
                return fail(ErrorCode::InvalidInput, NX_ERR("Only %1 of %2 are in transit: say why more arrived"),
                    { totals.inTransit.toString(), sku }, linePath(i, "reason"));
        } else if (line.shortage > totals.inTransit - line.quantity) {
            return fail(ErrorCode::InvalidInput, NX_ERR("At most %1 of %2 can be declared missing"),
                { (totals.inTransit - line.quantity).toString(), sku }, linePath(i, "shortage"));
        }
    }
    return {};
}

Status checkMayCancel(const Transfer &transfer, const QString &reason)
{
    if (transfer.state() != TransferState::Requested)
        return std::unexpected(
            stateError(transfer, NX_ERR("The transfer %1 is %2: only one that has not shipped can be cancelled")));
    if (reason.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("Say why the transfer is cancelled"), {}, QStringLiteral("reason"));
    return checkText(reason, QStringLiteral("reason"));
}

QList<int> unexplainedDifferences(const Transfer &before, const TransferReceipt &receipt)
{
    QList<int> lines;
    for (const TransferReceiptLine &line : receipt.lines) {
        if (!line.reason.trimmed().isEmpty())
            continue;
        const TransferLineTotals totals = before.totals(line.lineNo);
        if (line.shortage > Quantity() || line.quantity + line.shortage > totals.inTransit)
            lines.append(line.lineNo);
    }
    return lines;
}

} // namespace nexus
