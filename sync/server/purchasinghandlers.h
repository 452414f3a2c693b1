// supplier.saved / purchase_order.saved / purchase.received / supplier.payment: a branch's purchasing facts. Suppliers
// are the tenant's (the newest edit wins); orders, receipts and payments belong to the device's branch. A receipt
// moves the server's stock ('receipt' movements into the branch's warehouses) and the branch's average cost, once:
// the same receipt again (a replay, or another mutation id) changes nothing.
#pragma once

#include <memory>
#include <vector>

#include "server/mutationhandler.h"

namespace nexus {

// Refused (InvalidInput: quarantined): a malformed fact, a supplier that fails the supplier rules, an order, receipt
// or payment of another branch, a receipt into a warehouse of another branch.
[[nodiscard]] std::vector<std::unique_ptr<MutationHandler>> makePurchasingHandlers();

} // namespace nexus
