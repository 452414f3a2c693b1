// The rules a supplier must meet before it is saved (at the counter and on the server): each failure names its field
// and says in Spanish (through tr) what is wrong; the RFC goes through the same check as a customer's.
#pragma once

#include "common/error.h"
#include "purchasing/supplier.h"

namespace nexus {

inline constexpr int kSupplierNameMaxLength = 254;
inline constexpr int kSupplierMaxCreditDays = 365;
inline constexpr int kSupplierMaxLeadTimeDays = 365;

// The supplier normalised (trimmed, RFC upper case, phone digits, e-mail lower case) or the first problem; fields:
// name, rfc, phone, email, credit_days, lead_time_days, parts[i].part_id / parts[i].last_cost / parts[i].supplier_sku.
[[nodiscard]] Result<Supplier> validateSupplier(const Supplier &supplier);

} // namespace nexus
