// Serialises a transfer's steps and its published document.
#include "inventory/transferpayload.h"

#include <QJsonArray>

namespace nexus {

namespace {

QJsonObject shipmentJson(const TransferShipment &shipment)
{
    QJsonArray lines;
    for (const TransferShipmentLine &line : shipment.lines)
        lines.append(QJsonObject { { QStringLiteral("line_no"), line.lineNo },
            { QStringLiteral("quantity"), line.quantity.thousandths() },
            { QStringLiteral("warehouse_id"), line.warehouseId } });
    return QJsonObject { { QStringLiteral("id"), shipment.id }, { QStringLiteral("shipped_by"), shipment.shippedBy },
        { QStringLiteral("shipped_by_name"), shipment.shippedByName },
        { QStringLiteral("shipped_at"), shipment.shippedAtUtc }, { QStringLiteral("carrier"), shipment.carrier },
        { QStringLiteral("tracking"), shipment.tracking }, { QStringLiteral("note"), shipment.note },
        { QStringLiteral("lines"), lines } };
}

QJsonObject receiptJson(const TransferReceipt &receipt)
{
    QJsonArray lines;
    for (const TransferReceiptLine &line : receipt.lines)
        lines.append(QJsonObject { { QStringLiteral("line_no"), line.lineNo },
            { QStringLiteral("quantity"), line.quantity.thousandths() },
            { QStringLiteral("shortage"), line.shortage.thousandths() }, { QStringLiteral("reason"), line.reason },
            { QStringLiteral("warehouse_id"), line.warehouseId } });
    return QJsonObject { { QStringLiteral("id"), receipt.id }, { QStringLiteral("received_by"), receipt.receivedBy },
        { QStringLiteral("received_by_name"), receipt.receivedByName },
        { QStringLiteral("received_at"), receipt.receivedAtUtc }, { QStringLiteral("note"), receipt.note },
        { QStringLiteral("lines"), lines } };
}

QJsonObject cancellationJson(const TransferCancellation &cancel)
{
    return QJsonObject { { QStringLiteral("branch_id"), cancel.branchId },
        { QStringLiteral("cancelled_by"), cancel.by }, { QStringLiteral("cancelled_by_name"), cancel.byName },
        { QStringLiteral("cancelled_at"), cancel.atUtc }, { QStringLiteral("reason"), cancel.reason } };
}

} // namespace

QJsonObject transferRequestPayload(const Transfer &transfer)
{
    QJsonArray lines;
    for (const TransferLine &line : transfer.lines)
        lines.append(
            QJsonObject { { QStringLiteral("line_no"), line.lineNo }, { QStringLiteral("part_id"), line.partId },
                { QStringLiteral("sku"), line.sku }, { QStringLiteral("description"), line.description },
                { QStringLiteral("quantity"), line.requested.thousandths() } });
    return QJsonObject { { QStringLiteral("id"), transfer.id }, { QStringLiteral("folio"), transfer.folio },
        { QStringLiteral("from_branch_id"), transfer.fromBranchId },
        { QStringLiteral("to_branch_id"), transfer.toBranchId },
        { QStringLiteral("to_warehouse_id"), transfer.toWarehouseId }, { QStringLiteral("note"), transfer.note },
        { QStringLiteral("requested_by"), transfer.requestedBy },
        { QStringLiteral("requested_by_name"), transfer.requestedByName },
        { QStringLiteral("requested_at"), transfer.requestedAtUtc }, { QStringLiteral("lines"), lines } };
}

QJsonObject transferShipmentPayload(const Transfer &transfer, const TransferShipment &shipment)
{
    QJsonObject payload = shipmentJson(shipment);
    payload.insert(QStringLiteral("transfer_id"), transfer.id);
    payload.insert(QStringLiteral("from_branch_id"), transfer.fromBranchId);
    return payload;
}

QJsonObject transferReceiptPayload(const Transfer &transfer, const TransferReceipt &receipt)
{
    QJsonObject payload = receiptJson(receipt);
    payload.insert(QStringLiteral("transfer_id"), transfer.id);
    payload.insert(QStringLiteral("to_branch_id"), transfer.toBranchId);
    return payload;
}

QJsonObject transferCancellationPayload(const Transfer &transfer, const TransferCancellation &cancel)
{
    QJsonObject payload = cancellationJson(cancel);
    payload.insert(QStringLiteral("transfer_id"), transfer.id);
    return payload;
}

QJsonObject transferDocument(const Transfer &transfer, qint64 version, const QString &updatedAtUtc)
{
    QJsonObject document = transferRequestPayload(transfer);
    QJsonArray shipments;
    for (const TransferShipment &shipment : transfer.shipments)
        shipments.append(shipmentJson(shipment));
    QJsonArray receipts;
    for (const TransferReceipt &receipt : transfer.receipts)
        receipts.append(receiptJson(receipt));
    document.insert(QStringLiteral("shipments"), shipments);
    document.insert(QStringLiteral("receipts"), receipts);
    document.insert(QStringLiteral("cancellation"),
        transfer.cancellation ? QJsonValue(cancellationJson(*transfer.cancellation)) : QJsonValue(QJsonValue::Null));
    document.insert(QStringLiteral("state"), transferStateCode(transfer.state()));
    document.insert(QStringLiteral("version"), version);
    document.insert(QStringLiteral("updated_at"), updatedAtUtc);
    return document;
}

} // namespace nexus
