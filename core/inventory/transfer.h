// A transfer of stock between two branches as the facts of its steps (request, shipments, receipts, cancellation);
// its state and every per-line figure (shipped, received, missing, in transit) are derived from them, the same way on
// every counter and at the server.
#pragma once

#include <QString>

#include <optional>
#include <vector>

#include "common/error.h"
#include "common/quantity.h"

namespace nexus {

enum class TransferState {
    Requested, // asked for by the receiving branch, not shipped yet
    Shipped, // left the sending branch: in transit, nothing received yet
    PartiallyReceived, // some pieces received (or declared missing), some still in transit
    Closed, // everything shipped was received or declared missing
    Cancelled, // withdrawn before it was shipped
};

[[nodiscard]] QString transferStateCode(TransferState state); // requested, shipped, partially_received, closed…
[[nodiscard]] Result<TransferState> transferStateFromCode(const QString &code);
[[nodiscard]] QString transferStateName(TransferState state); // translated: "Solicitada", "En tránsito"…

// Outbox mutation types, one per step; schema 1 each.
inline constexpr const char *kTransferRequested = "transfer.requested";
inline constexpr const char *kTransferShipped = "transfer.shipped";
inline constexpr const char *kTransferReceived = "transfer.received";
inline constexpr const char *kTransferCancelled = "transfer.cancelled";
inline constexpr int kTransferSchema = 1;

struct TransferLine
{
    int lineNo = 0; // 1-based, unique within the transfer
    qint64 partId = 0;
    QString sku;
    QString description;
    Quantity requested;
};

struct TransferShipmentLine
{
    int lineNo = 0;
    Quantity quantity; // ≥ 0; 0: not sent
    QString warehouseId; // of the sending branch
};

struct TransferShipment
{
    QString id;
    QString shippedBy;
    QString shippedByName;
    QString shippedAtUtc;
    QString carrier;
    QString tracking;
    QString note;
    std::vector<TransferShipmentLine> lines;
};

struct TransferReceiptLine
{
    int lineNo = 0;
    Quantity quantity; // received now, ≥ 0
    Quantity shortage; // declared missing for good now, ≥ 0
    QString reason; // required for a shortage and for more than what was in transit
    QString warehouseId; // of the receiving branch
};

struct TransferReceipt
{
    QString id;
    QString receivedBy;
    QString receivedByName;
    QString receivedAtUtc;
    QString note;
    std::vector<TransferReceiptLine> lines;
};

struct TransferCancellation
{
    QString by;
    QString byName;
    QString branchId; // the branch that cancelled (either side)
    QString atUtc;
    QString reason;
};

// One line's figures over all the facts.
struct TransferLineTotals
{
    Quantity requested;
    Quantity shipped;
    Quantity received;
    Quantity shortage;
    Quantity inTransit; // shipped − received − shortage, never below 0
    Quantity excess; // received + shortage beyond shipped (a recorded difference)
};

struct Transfer
{
    QString id;
    QString folio;
    QString fromBranchId;
    QString toBranchId;
    QString toWarehouseId;
    QString note;
    QString requestedBy;
    QString requestedByName;
    QString requestedAtUtc;
    std::vector<TransferLine> lines;
    std::vector<TransferShipment> shipments;
    std::vector<TransferReceipt> receipts;
    std::optional<TransferCancellation> cancellation;

    // Known only on a device: the server's own state and version as of the last pull (empty/0 before it).
    QString serverState;
    qint64 serverVersion = 0;
    QString syncedAtUtc;

    [[nodiscard]] TransferState state() const;
    [[nodiscard]] const TransferLine *line(int lineNo) const;
    [[nodiscard]] TransferLineTotals totals(int lineNo) const;
    [[nodiscard]] Quantity inTransit() const; // over all lines
    // Cancelled by one branch while the other shipped it (both offline): the pieces moved, so the shipment stands.
    [[nodiscard]] bool cancelOverruled() const { return cancellation.has_value() && !shipments.empty(); }
    [[nodiscard]] bool hasShipment(const QString &shipmentId) const;
    [[nodiscard]] bool hasReceipt(const QString &receiptId) const;
};

} // namespace nexus
