// Transfer JSON → Transfer values through JsonReader (first problem wins, with its path).
#include "protocol/transferwire.h"

#include "protocol/jsonreader.h"

#include <QJsonArray>

namespace nexus::wire {

namespace {

// Each element of `name` must be an object; `read` turns one into a value (its reader's error is kept).
template <typename T, typename Read> std::vector<T> readArray(JsonReader &reader, QLatin1String name, Read read)
{
    std::vector<T> items;
    const QJsonArray array = reader.array(name);
    for (qsizetype i = 0; i < array.size() && reader.ok(); ++i) {
        const QString path = reader.pathOf(name, i);
        if (!array.at(i).isObject()) {
            reader.setError(Error(ErrorCode::InvalidInput, NX_ERR("The field %1 must be %2"),
                { path, QStringLiteral("an object") }, path));
            break;
        }
        JsonReader item(array.at(i).toObject(), path);
        T value = read(item);
        if (!item.ok()) {
            reader.setError(*item.error());
            break;
        }
        items.push_back(std::move(value));
    }
    return items;
}

int lineNo(JsonReader &item)
{
    const qint64 number = item.integer(QLatin1String("line_no"));
    if (number < 1 || number > 100000)
        item.setError(Error(ErrorCode::InvalidInput, NX_ERR("Line numbers must be positive and different"), {},
            item.pathOf(QLatin1String("line_no"))));
    return int(number);
}

} // namespace

Result<Transfer> transferRequestFromJson(const QJsonObject &json, const QString &path)
{
    JsonReader reader(json, path);
    Transfer transfer;
    transfer.id = reader.string(QLatin1String("id"));
    transfer.folio = reader.string(QLatin1String("folio"));
    transfer.fromBranchId = reader.string(QLatin1String("from_branch_id"));
    transfer.toBranchId = reader.string(QLatin1String("to_branch_id"));
    transfer.toWarehouseId = reader.string(QLatin1String("to_warehouse_id"));
    transfer.note = reader.optionalString(QLatin1String("note"));
    transfer.requestedBy = reader.string(QLatin1String("requested_by"));
    transfer.requestedByName = reader.optionalString(QLatin1String("requested_by_name"));
    transfer.requestedAtUtc = reader.string(QLatin1String("requested_at"));
    transfer.lines = readArray<TransferLine>(reader, QLatin1String("lines"), [](JsonReader &item) {
        TransferLine line;
        line.lineNo = lineNo(item);
        line.partId = item.integer(QLatin1String("part_id"));
        line.sku = item.optionalString(QLatin1String("sku"));
        line.description = item.optionalString(QLatin1String("description"));
        line.requested = Quantity(item.integer(QLatin1String("quantity")));
        return line;
    });
    if (reader.error())
        return std::unexpected(*reader.error());
    return transfer;
}

Result<TransferShipment> transferShipmentFromJson(const QJsonObject &json, const QString &path)
{
    JsonReader reader(json, path);
    TransferShipment shipment;
    shipment.id = reader.string(QLatin1String("id"));
    shipment.shippedBy = reader.string(QLatin1String("shipped_by"));
    shipment.shippedByName = reader.optionalString(QLatin1String("shipped_by_name"));
    shipment.shippedAtUtc = reader.string(QLatin1String("shipped_at"));
    shipment.carrier = reader.optionalString(QLatin1String("carrier"));
    shipment.tracking = reader.optionalString(QLatin1String("tracking"));
    shipment.note = reader.optionalString(QLatin1String("note"));
    shipment.lines = readArray<TransferShipmentLine>(reader, QLatin1String("lines"), [](JsonReader &item) {
        TransferShipmentLine line;
        line.lineNo = lineNo(item);
        line.quantity = Quantity(item.integer(QLatin1String("quantity")));
        line.warehouseId = item.optionalString(QLatin1String("warehouse_id"));
        return line;
    });
    if (reader.error())
        return std::unexpected(*reader.error());
    return shipment;
}

Result<TransferReceipt> transferReceiptFromJson(const QJsonObject &json, const QString &path)
{
    JsonReader reader(json, path);
    TransferReceipt receipt;
    receipt.id = reader.string(QLatin1String("id"));
    receipt.receivedBy = reader.string(QLatin1String("received_by"));
    receipt.receivedByName = reader.optionalString(QLatin1String("received_by_name"));
    receipt.receivedAtUtc = reader.string(QLatin1String("received_at"));
    receipt.note = reader.optionalString(QLatin1String("note"));
    receipt.lines = readArray<TransferReceiptLine>(reader, QLatin1String("lines"), [](JsonReader &item) {
        TransferReceiptLine line;
        line.lineNo = lineNo(item);
        line.quantity = Quantity(item.integer(QLatin1String("quantity")));
        line.shortage = Quantity(item.integer(QLatin1String("shortage")));
        line.reason = item.optionalString(QLatin1String("reason"));
        line.warehouseId = item.optionalString(QLatin1String("warehouse_id"));
        return line;
    });
    if (reader.error())
        return std::unexpected(*reader.error());
    return receipt;
}

Result<TransferCancellation> transferCancellationFromJson(const QJsonObject &json, const QString &path)
{
    JsonReader reader(json, path);
    TransferCancellation cancellation;
    cancellation.branchId = reader.string(QLatin1String("branch_id"));
    cancellation.by = reader.string(QLatin1String("cancelled_by"));
    cancellation.byName = reader.optionalString(QLatin1String("cancelled_by_name"));
    cancellation.atUtc = reader.string(QLatin1String("cancelled_at"));
    cancellation.reason = reader.optionalString(QLatin1String("reason"));
    if (reader.error())
        return std::unexpected(*reader.error());
    return cancellation;
}

Result<Transfer> transferDocumentFromJson(const QJsonObject &json)
{
    const QString path = QStringLiteral("transfer");
    Result<Transfer> transfer = transferRequestFromJson(json, path);
    if (!transfer)
        return transfer;
    JsonReader reader(json, path);
    transfer->serverState = reader.string(QLatin1String("state"));
    transfer->serverVersion = reader.integer(QLatin1String("version"));
    const QJsonArray shipments = reader.array(QLatin1String("shipments"));
    const QJsonArray receipts = reader.array(QLatin1String("receipts"));
    if (reader.error())
        return std::unexpected(*reader.error());
    if (Result<TransferState> known = transferStateFromCode(transfer->serverState); !known)
        return std::unexpected(known.error());
    for (qsizetype i = 0; i < shipments.size(); ++i) {
        Result<TransferShipment> shipment
            = transferShipmentFromJson(shipments.at(i).toObject(), reader.pathOf(QLatin1String("shipments"), i));
        if (!shipment)
            return std::unexpected(shipment.error());
        transfer->shipments.push_back(std::move(*shipment));
    }
    for (qsizetype i = 0; i < receipts.size(); ++i) {
        Result<TransferReceipt> receipt
            = transferReceiptFromJson(receipts.at(i).toObject(), reader.pathOf(QLatin1String("receipts"), i));
        if (!receipt)
            return std::unexpected(receipt.error());
        transfer->receipts.push_back(std::move(*receipt));
    }
    const QJsonValue cancellation = json.value(QLatin1String("cancellation"));
    if (cancellation.isObject()) {
        Result<TransferCancellation> cancelled
            = transferCancellationFromJson(cancellation.toObject(), reader.pathOf(QLatin1String("cancellation")));
        if (!cancelled)
            return std::unexpected(cancelled.error());
        transfer->cancellation = std::move(*cancelled);
    }
    return transfer;
}

} // namespace nexus::wire
