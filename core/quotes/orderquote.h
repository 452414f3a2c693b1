// A quote made from a service order (issue 7, "or from a service order"): the order's reserved parts and its labor
// priced as the counter charges them (workshop/serviceordercharge.h), for the order's customer and vehicle. The
// draft is saved like any quote (QuoteService::save) and remembers the order: it goes the usual way (PDF, WhatsApp or
// e-mail) and converting it at the counter charges the order (QuoteService::prepareConversion, chargeTicketInSale).
//
// What converting follows when the order changed after the quote, and why:
// - labor added, taken off or repriced since: the quote wins (it is what the customer accepted). Labor moves no
//   stock, so charging the quoted labor is safe; the cashier is told each difference.
// - reserved parts added, taken off or changed since: refused, naming each part. A part on the order leaves the
//   stock through its reservation; charging the quote's parts instead would either leave a reservation of a closed
//   order behind (a part added since) or sell from the shelf a part the workshop gave back (one taken off): the
//   stock would be wrong either way. The advisor quotes the order again (Ctrl+Q) or the cashier charges the order as
//   it stands (Ctrl+O).
#pragma once

#include <QStringList>

#include "quotes/quote.h"
#include "sales/cart.h"
#include "workshop/serviceorder.h"

namespace nexus {

class CartItemLookup;

struct OrderQuoteDraft
{
    Cart cart; // the order loaded as the counter charges it (Cart::loadServiceOrder): its lines name their source
    QuoteCustomer customer; // the order's customer (id once linked, name and phone as the order shows them)
    QString vehicle; // "Nissan Versa 2019 · NLF-123-A"
};

// Refused (field "order") when the order has nothing to quote (no reserved part and no labor), was charged already
// or was cancelled. With `catalogue`, part lines pulled without their cost take the catalogue's, as when the order
// is charged (priceFromCatalogue), so the quote, and the sale made from it, do not record cost 0.
[[nodiscard]] Result<OrderQuoteDraft> orderQuoteDraft(
    const ServiceOrder &order, bool borderRegion, const CartItemLookup *catalogue = nullptr);

// Whether `quote` (made from `order`) can charge the order now. Refused (Conflict, field "service_order") when the
// order was charged already, was cancelled, is not ready to charge (ready, or delivered and unpaid), or its reserved
// parts differ from the quoted ones. Otherwise the labor differences the conversion follows the quote on, one
// translated sentence each; empty when the order is as quoted.
[[nodiscard]] Result<QStringList> orderChangesSinceQuote(const Quote &quote, const ServiceOrder &order);

// Inside the sale: the ticket still carries the quote's order lines as they were loaded (same lines, same
// quantities) and charges the quote's order. Conflict otherwise (field "quote"), and the sale is undone.
[[nodiscard]] Status checkTicketFollowsQuote(const Cart &cart, const Quote &quote);

} // namespace nexus
