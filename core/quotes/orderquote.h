// A quote made from a service order (issue 7, "or from a service order"): the order's reserved parts and its labor
// priced as the counter charges them (workshop/serviceordercharge.h), for the order's customer and vehicle. The
// draft is saved like any quote (QuoteService::save) and then goes the usual way: PDF, WhatsApp or e-mail, converted
// into a sale at the counter.
#pragma once

#include "quotes/quote.h"
#include "sales/cart.h"
#include "workshop/serviceorder.h"

namespace nexus {

struct OrderQuoteDraft
{
    Cart cart; // the order's charge lines (parts from their warehouse, labor as service lines)
    QuoteCustomer customer; // the order's customer (id once linked, name and phone as the order shows them)
    QString vehicle; // "Nissan Versa 2019 · NLF-123-A"
};

// Refused (field "order") when the order has nothing to quote: no reserved part and no labor.
[[nodiscard]] Result<OrderQuoteDraft> orderQuoteDraft(const ServiceOrder &order, bool borderRegion);

} // namespace nexus
