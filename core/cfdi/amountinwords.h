// The "importe con letra" of a printed invoice: an amount in Spanish words, as Mexican invoices write it.
#pragma once

#include <QString>

#include "common/money.h"

namespace nexus {

// "MIL DOSCIENTOS PESOS 50/100 M.N.", "UN PESO 00/100 M.N.", "UN MILLÓN DE PESOS 00/100 M.N.",
// "VEINTIÚN DÓLARES 10/100 USD". Upper case with accents; negative amounts are written as their absolute value.
// Handles up to 999 999 999 999 999 units (novecientos noventa y nueve billones…).
[[nodiscard]] QString amountInWords(Money amount);

// The integer alone, "uno" apocopated to "UN" as before a noun: 21 → "VEINTIÚN", 1000 → "MIL", 0 → "CERO".
[[nodiscard]] QString numberInWords(qint64 value);

} // namespace nexus
