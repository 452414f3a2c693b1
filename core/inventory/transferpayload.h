// The JSON a transfer travels as: each step's outbox payload (transfer.requested/.shipped/.received/.cancelled,
// schema 1) and the whole document the server publishes to both branches (pull bucket "transfers"). Integers only
// (thousandths), never floating point. sync/protocol/transferwire reads them back.
#pragma once

#include <QJsonObject>

#include "inventory/transfer.h"

namespace nexus {

// {id, folio, from_branch_id, to_branch_id, to_warehouse_id, note, requested_by, requested_by_name, requested_at,
//  lines: [{line_no, part_id, sku, description, quantity}]}
[[nodiscard]] QJsonObject transferRequestPayload(const Transfer &transfer);
// {transfer_id, from_branch_id, id, shipped_by, shipped_by_name, shipped_at, carrier, tracking, note,
//  lines: [{line_no, quantity, warehouse_id}]}
[[nodiscard]] QJsonObject transferShipmentPayload(const Transfer &transfer, const TransferShipment &shipment);
// {transfer_id, to_branch_id, id, received_by, received_by_name, received_at, note,
//  lines: [{line_no, quantity, shortage, reason, warehouse_id}]}
[[nodiscard]] QJsonObject transferReceiptPayload(const Transfer &transfer, const TransferReceipt &receipt);
// {transfer_id, branch_id, cancelled_by, cancelled_by_name, cancelled_at, reason}
[[nodiscard]] QJsonObject transferCancellationPayload(const Transfer &transfer, const TransferCancellation &cancel);

// The request payload plus shipments[], receipts[] (each as in its step's payload, without transfer_id/branch),
// cancellation (object or null), state, version and updated_at: what both branches pull.
[[nodiscard]] QJsonObject transferDocument(const Transfer &transfer, qint64 version, const QString &updatedAtUtc);

} // namespace nexus
