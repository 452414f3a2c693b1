// Cart summary from the cart's own per-line pricing, so the screen and the sale agree to the centavo.
#include "sales/cartsummary.h"

#include "sales/savings.h"

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
        if (!line.line->item.service) { // labor is not a piece the customer takes away, nor a saving
            summary.pieces = summary.pieces + line.line->quantity;
            summary.savings += lineSavings(line.line->item.retailPrice, line.line->quantity.thousandths(), line.amounts.gross);
        }
        ++summary.lines;
    }
    summary.totals = sumLines(amounts);
    return summary;
}

} // namespace nexus
