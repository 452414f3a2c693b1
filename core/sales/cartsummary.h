// What the totals panel shows for a cart: the CFDI totals, the discount given and the savings against retail.
#pragma once

#include "common/money.h"
#include "common/quantity.h"
#include "common/tax.h"
#include "sales/cart.h"

namespace nexus {

struct CartSummary
{
    LineAmounts totals; // subtotal (base), IVA, total: the sums of the priced lines, as checkout writes them
    Money discount; // line and ticket discounts, tax included
    Money retailTotal; // the same items at "precio público"
    Money savings; // Σ lineSavings (savings.h) over the part lines
    Quantity pieces; // sum of the part lines' quantities (services are not pieces)
    int lines = 0;
};

[[nodiscard]] CartSummary summarizeCart(const Cart &cart);
// The same from lines already priced (checkout prices once and writes the same lines).
[[nodiscard]] CartSummary summarizeLines(const std::vector<PricedLine> &lines);

} // namespace nexus
