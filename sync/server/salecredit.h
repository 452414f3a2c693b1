// The credit side of sale.completed: a store-credit tender takes the customer's saldo a favor and charges the rest
// to their account in the tenant's ledgers (the "customers" bucket then sends the new balance down). Called by
// SaleCompletedHandler after the sale's own rows, inside the same savepoint.
#pragma once

#include <QJsonObject>
#include <QStringList>

#include "common/error.h"

namespace nexus {

struct MutationContext;

// Schema 3 sales say how the counter split the tender ("customer_credit", which must add up to the store-credit
// payments); older ones are split here by the customer's store credit on the server. Never refuses the sale for
// business reasons: returns the exception kinds it opened (credit_over_limit when the charge leaves the account
// beyond its limit without a manager's authorisation, unknown_customer, credit_without_customer). InvalidInput
// (quarantine) for a customer_credit that does not match the payments.
[[nodiscard]] Result<QStringList> recordSaleCredit(
    const MutationContext &context, int schemaVersion, const QJsonObject &payload);

} // namespace nexus
