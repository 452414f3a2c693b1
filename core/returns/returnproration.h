// The money a partial return of a ticket line gives back, exact to the centavo over any sequence of returns.
#pragma once

#include "common/quantity.h"
#include "common/tax.h"

namespace nexus {

// The refund of `quantity` more of a line sold as `sold` for `line` (after discount), when earlier returns took back
// `returnedBefore` for `refundedBefore`. The amounts are those of the cumulative share, rounded half away from
// zero, minus what was already refunded: returning a whole line in any number of parts refunds exactly the line
// (the last part takes the remainder), and no part is ever off by more than a centavo from its own share.
// Gross and tax are prorated (tax never goes negative, as the credit note's Traslado needs); base = gross − tax.
// Preconditions (the service checks them): sold > 0, 0 < quantity ≤ sold − returnedBefore.
[[nodiscard]] LineAmounts prorateReturn(const LineAmounts &line, Quantity sold, Quantity returnedBefore,
    const LineAmounts &refundedBefore, Quantity quantity);

} // namespace nexus
