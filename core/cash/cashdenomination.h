// The Mexican peso bills and coins the till is counted in at the close, and a count of pieces of one of them.
#pragma once

#include <QString>

#include <vector>

#include "common/money.h"

namespace nexus {

struct DenominationCount
{
    qint64 denominationCents = 0; // 100000 for a $1,000 bill, 50 for a 50-centavo coin
    qint64 pieces = 0;

    [[nodiscard]] Money amount() const { return Money(denominationCents * pieces); }
};

// Bills 1000, 500, 200, 100, 50, 20; coins 10, 5, 2, 1, 0.50 — largest first, as the drawer is counted.
[[nodiscard]] const std::vector<qint64> &mxnDenominations();
[[nodiscard]] bool isMxnDenomination(qint64 cents);
// Bills from $20 up; the rest are coins.
[[nodiscard]] inline bool isBill(qint64 cents)
{
    return cents >= 2000;
}
// "$1,000", "$20", "$0.50": whole pesos without decimals.
[[nodiscard]] QString denominationLabel(qint64 cents);

} // namespace nexus
