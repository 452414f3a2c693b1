// What a cashier types at the counter: "3*balata" (quantity prefix) and discount percentages, parsed in core so the
// rules and their error messages are the same on every screen.
#pragma once

#include <QString>

#include "common/error.h"
#include "common/quantity.h"

namespace nexus {

struct CounterEntry
{
    Quantity quantity = Quantity::units(1);
    QString text; // what to search or scan, without the prefix
    bool hasQuantity = false; // the cashier typed "N*"
};

// "3*bal del" → 3 × "bal del"; "2.5 * 7501234567890" → 2.5 × the code; "balata" → 1 × "balata".
// A prefix that is not a quantity ("abc*") is plain text; a zero or negative quantity is an error ("quantity").
[[nodiscard]] Result<CounterEntry> parseCounterEntry(const QString &input);

// "15", "12.5", "12.5 %", "0" → parts per million (150000, 125000…); 0–100 with up to four decimals. `field` names
// the field in the error.
[[nodiscard]] Result<qint64> parsePercentPpm(const QString &text, const QString &field = QStringLiteral("discount"));
// 125000 → "12.5 %", 0 → "" (no discount), in the locale's decimal mark.
[[nodiscard]] QString formatPercentPpm(qint64 ppm);

} // namespace nexus
