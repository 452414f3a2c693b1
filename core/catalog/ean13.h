// EAN-13 (GS1) barcodes: the check digit a scanner relies on, computed and validated.
#pragma once

#include <QString>

#include <cstdint>

#include "common/error.h"

namespace nexus {

// The check digit (0–9) of the 12-digit body held as an integer (0 ≤ body < 10^12); -1 when out of range.
// Integer form so bulk generators need no strings.
[[nodiscard]] int ean13CheckDigit(std::uint64_t body);
// The check digit of 12 ASCII digits; -1 when `first12` is not exactly 12 digits.
[[nodiscard]] int ean13CheckDigit(QStringView first12);
// The 13-digit code for a 12-digit body ("750123456789" → "7501234567893"); empty when the body is malformed.
[[nodiscard]] QString ean13WithCheckDigit(QStringView first12);

// Validates a scanned or typed barcode: 13 digits whose last one is the check digit.
// The error names the field "barcode" and says what is wrong (length, characters, check digit).
[[nodiscard]] Status checkEan13(const QString &code);
[[nodiscard]] inline bool isValidEan13(const QString &code)
{
    return checkEan13(code).has_value();
}

} // namespace nexus
