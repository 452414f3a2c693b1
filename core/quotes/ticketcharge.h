// The checkout's step inside the sale's transaction (CheckoutContext::inSale) for a ticket that charges a service
// order, converts a quote, or both, so the counter and the tests take one path:
// - an order put on the ticket as it stands (Ctrl+O): the order is charged as its lines are now;
// - a quote made from the order the ticket charges: the order is charged as the quote says (its reserved parts
//   consumed, the quote's labor and prices), then the quote becomes converted;
// - any other quote: it becomes converted with the sale (after the order's step, when the ticket also charges one).
// Any refusal undoes the whole sale.
#pragma once

#include "common/error.h"

namespace nexus {

class Cart;
class QuoteService;
class ServiceOrderService;
struct WorkshopActor;

[[nodiscard]] Status chargeTicketInSale(const Cart &cart, QuoteService &quotes, ServiceOrderService &orders,
    const WorkshopActor &actor, const QString &saleId, const QString &saleFolio);

} // namespace nexus
