// The facts customers travel up as (outbox mutations), shared by the counter that writes them and the server
// handlers that read them: customer.created and customer.updated carry the whole record with its hybrid logical
// clock stamp; customer.payment is an abono against the credit account.
#pragma once

#include <QJsonObject>
#include <QLatin1String>

#include "customers/customer.h"

namespace nexus {

inline constexpr QLatin1String kCustomerCreatedMutation { "customer.created" };
inline constexpr QLatin1String kCustomerUpdatedMutation { "customer.updated" };
inline constexpr QLatin1String kCustomerPaymentMutation { "customer.payment" };
inline constexpr int kCustomerPayloadSchema = 1;

// The editable fields under their column names (name, rfc, fiscal_regime … credit_limit_cents, credit_days).
[[nodiscard]] QJsonObject customerFieldsJson(const CustomerFields &fields);

// customer.created / customer.updated: {id, hlc, base_hlc (updated: the stamp the editor started from),
// rfc_accepted_by, branch_id, user_id, at, fields…}.
[[nodiscard]] QJsonObject customerPayload(const Customer &customer, const QString &baseHlc, const QString &branchId,
    const QString &userId);

} // namespace nexus
