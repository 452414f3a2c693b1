// Reads a transfer's step payloads (transfer.requested/.shipped/.received/.cancelled) and the document the server
// publishes in the "transfers" bucket back into core's Transfer values; core/inventory/transferpayload writes them.
// Errors name the field's full path ("payload.lines[1].quantity").
#pragma once

#include <QJsonObject>

#include "common/error.h"
#include "inventory/transfer.h"

namespace nexus::wire {

// The request part of a payload or document: header and lines (no shipments, receipts or cancellation).
[[nodiscard]] Result<Transfer> transferRequestFromJson(const QJsonObject &json, const QString &path);
// One shipment / receipt / cancellation, as in its step's payload or inside a document.
[[nodiscard]] Result<TransferShipment> transferShipmentFromJson(const QJsonObject &json, const QString &path);
[[nodiscard]] Result<TransferReceipt> transferReceiptFromJson(const QJsonObject &json, const QString &path);
[[nodiscard]] Result<TransferCancellation> transferCancellationFromJson(const QJsonObject &json, const QString &path);
// A whole published transfer with the server's state and version (Transfer::serverState, serverVersion).
[[nodiscard]] Result<Transfer> transferDocumentFromJson(const QJsonObject &json);

} // namespace nexus::wire
