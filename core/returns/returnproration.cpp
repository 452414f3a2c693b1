// Cumulative proration: share(k) = round(amount × k / sold); part = share(before + q) − refunded before.
#include "returns/returnproration.h"

namespace nexus {

namespace {

// amount × numerator / denominator, rounded; amounts are centavos and quantities thousandths, so the product stays
// far below 2^63 for any ticket a counter can ring up (10^12 centavos × 10^6 thousandths = 10^18 < 9.2 × 10^18).
qint64 share(qint64 amount, qint64 numerator, qint64 denominator)
{
    return divideRounded(amount * numerator, denominator);
}

} // namespace

LineAmounts prorateReturn(const LineAmounts &line, Quantity sold, Quantity returnedBefore,
    const LineAmounts &refundedBefore, Quantity quantity)
{
    const qint64 upTo = (returnedBefore + quantity).thousandths();
    const qint64 of = sold.thousandths();
    const Currency currency = line.gross.currency();
    const Money gross(share(line.gross.centavos(), upTo, of) - refundedBefore.gross.centavos(), currency);
    const Money tax(share(line.tax.centavos(), upTo, of) - refundedBefore.tax.centavos(), currency);
    return LineAmounts { gross, gross - tax, tax };
}

} // namespace nexus
