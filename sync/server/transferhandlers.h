// transfer.requested / .shipped / .received / .cancelled: the steps of a transfer between branches, each posted by the
// branch that takes it. The server keeps the transfer's authoritative state, the stock movements of its shipments
// (transfer_out at the sender) and receipts (transfer_in at the receiver), the in-transit figures per line, and
// publishes the whole transfer to both branches (pull bucket "transfers") in the same transaction.
#pragma once

#include <memory>
#include <vector>

#include "server/mutationhandler.h"

namespace nexus {

// Refused (InvalidInput: quarantined): a malformed step, a step of a branch other than the device's (only the
// receiving branch requests and receives, only the sending branch ships, only one of the two cancels), warehouses of
// another branch, a transfer the server does not know. Applied with an exception for HQ: a shipment of a cancelled or
// already shipped transfer, a receipt that takes more than was in transit or declares pieces missing without a
// reason, a cancellation that arrives after the shipment (the shipment stands: the pieces moved). The same step
// again under another mutation id (same request, shipment or receipt id) changes nothing: movements have the step's
// id, so stock can never move twice.
class TransferHandler : public MutationHandler
{
public:
    [[nodiscard]] bool supportsSchema(int schemaVersion) const override { return schemaVersion == 1; }
};

[[nodiscard]] std::vector<std::unique_ptr<MutationHandler>> makeTransferHandlers();

} // namespace nexus
