// The rules a customer record must meet before it is saved, at the counter and on the server alike: each failure
// names its field and says in Spanish (through tr) exactly what is wrong.
#pragma once

#include "common/error.h"
#include "customers/customer.h"
#include "customers/rfc.h"

namespace nexus {

inline constexpr int kCustomerNameMaxLength = 254;
inline constexpr int kCustomerMaxCreditDays = 365;
inline constexpr qint64 kCustomerMaxCreditLimitCentavos = 100'000'000'00; // 100 million pesos

struct ValidatedCustomer
{
    CustomerFields fields; // normalised: trimmed, RFC and codes upper case, phone digits only, e-mail lower case
    RfcKind rfcKind = RfcKind::Fisica; // meaningful when fields.rfc is not empty
    bool rfcCheckDigitMismatch = false; // accepted only because acceptCheckDigitMismatch was true
};

// Digits of a Mexican phone number: "(81) 8123-4567", "+52 81 8123 4567" and "+521 81…" all give "8181234567".
// Empty stays empty; anything else that does not come to 10 digits is returned as typed (validation refuses it).
[[nodiscard]] QString normalizePhone(const QString &phone);

// Checks and normalises `fields`. An RFC is optional; when there is one it must have a valid structure and a real
// date (always), and a matching check digit unless `acceptCheckDigitMismatch` (a manager accepted it after the
// warning); the régimen fiscal, código postal and uso CFDI are then required and must fit a física/moral/generic
// RFC. Without an RFC those fields may be empty, but what is typed must still be a real code.
[[nodiscard]] Result<ValidatedCustomer> validateCustomer(const CustomerFields &fields, bool acceptCheckDigitMismatch);

} // namespace nexus
