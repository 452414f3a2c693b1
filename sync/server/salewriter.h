// Writes read sales (SaleCompletedHandler::read) to the tenant: one sale for sale.completed, or a push's run of them.
#pragma once

#include <QJsonObject>
#include <QList>

#include <vector>

#include "common/error.h"
#include "server/completedsale.h"

namespace nexus {

struct MutationContext;

// Writes `sales` in a handful of multi-row statements (sales, lines, movements, balances, exceptions, payments),
// leaving the tenant exactly as applying each alone after the one before it would: each line's balance counts the
// lines and sales before it, a folio repeats one stored or one earlier in `sales`, and the exceptions are opened in
// that order. Returns each sale's result (what a replay answers), in order. InvalidInput when a sale id is stored
// already (the sales before it may have been written: the caller rolls back). A sale with a store-credit tender
// also writes the customer's ledgers (salecredit.h), whose exceptions come after the sale's own: such a sale is
// written alone (Internal error otherwise). context.mutationId is not used.
[[nodiscard]] Result<QList<QJsonObject>> writeCompletedSales(
    const MutationContext &context, const std::vector<CompletedSale> &sales);

} // namespace nexus
