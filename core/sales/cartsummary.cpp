// Cart summary from the cart's own per-line pricing, so the screen and the sale agree to the centavo.
#include "sales/cartsummary.h"

namespace nexus {

CartSummary summarizeCart(const Cart &cart)
{
    return summarizeLines(cart.priced());
}

CartSummary summarizeLines(const std::vector<PricedLine> &lines)
{
    CartSummary summary;
    std::vector<LineAmounts> amounts;
    for (const PricedLine &line : lines) {
        amounts.push_back(line.amounts);
        summary.discount += line.discount;
        summary.retailTotal += line.line->item.retailPrice.times(line.line->quantity.thousandths());
        if (!line.line->item.service) // labor is not a piece the customer takes away
            summary.pieces = summary.pieces + line.line->quantity;
        ++summary.lines;
    }
    summary.totals = sumLines(amounts);
    const Money saved = summary.retailTotal - summary.totals.gross;
    summary.savings = saved.isNegative() ? Money() : saved;
    return summary;
}

} // namespace nexus
