// The rules of a transfer's steps, once for the counters and the server: the shape every copy of a step must have
// (the server quarantines one that does not), and what a branch may do now (checked on the device before a step is
// recorded; the server never refuses a well-formed step for these, it opens an exception instead).
#pragma once

#include <QList>

#include "common/error.h"
#include "inventory/transfer.h"

namespace nexus {

inline constexpr qsizetype kMaxTransferTextLength = 500; // notes, reasons, carrier and tracking

// Ids, two different branches, the receiving warehouse, at least one line; line numbers positive and unique, parts
// named, quantities > 0. Errors name the field ("lines[1].quantity").
[[nodiscard]] Status checkRequestShape(const Transfer &transfer);
// Lines of the transfer, each once, quantities ≥ 0 and at least one > 0, a warehouse for every line that moves.
[[nodiscard]] Status checkShipmentShape(const Transfer &transfer, const TransferShipment &shipment);
// Lines of the transfer, each once, received and missing ≥ 0 and something on at least one line, a warehouse for
// every line that receives.
[[nodiscard]] Status checkReceiptShape(const Transfer &transfer, const TransferReceipt &receipt);

// Only a requested transfer ships, at most what was requested per line.
[[nodiscard]] Status checkMayShip(const Transfer &transfer, const TransferShipment &shipment);
// Only what is in transit is received: missing pieces need a reason, more than in transit needs a reason (a recorded
// difference), no more can be declared missing than is still in transit.
[[nodiscard]] Status checkMayReceive(const Transfer &transfer, const TransferReceipt &receipt);
// Only a transfer that has not shipped can be cancelled, with a reason.
[[nodiscard]] Status checkMayCancel(const Transfer &transfer, const QString &reason);

// Line numbers of `receipt` that take the line beyond what was shipped, or declare pieces missing, without a reason:
// the server's exception for a receipt a device should not have recorded.
[[nodiscard]] QList<int> unexplainedDifferences(const Transfer &before, const TransferReceipt &receipt);

} // namespace nexus
