// One in-sale step for a ticket's service order and quote: which charge of the order, then the quote's conversion.
#include "quotes/ticketcharge.h"

#include "quotes/quoteservice.h"
#include "workshop/serviceorderservice.h"

namespace nexus {

Status chargeTicketInSale(const Cart &cart, QuoteService &quotes, ServiceOrderService &orders,
    const WorkshopActor &actor, const QString &saleId, const QString &saleFolio)
{
    if (!cart.serviceOrderId().isEmpty()) {
        bool quotedOrder = false;
        if (!cart.quoteId().isEmpty()) {
            Result<Quote> quote = quotes.load(cart.quoteId());
            if (!quote)
                return std::unexpected(quote.error());
            quotedOrder = quote->serviceOrderId == cart.serviceOrderId();
        }
        Status charged = quotedOrder ? orders.chargeAcceptedInSale(cart, saleId, saleFolio, actor)
                                     : orders.chargeInSale(cart, saleId, saleFolio, actor);
        if (!charged)
            return charged;
    }
    if (!cart.quoteId().isEmpty())
        return quotes.convertInSale(cart, saleId, saleFolio);
    return {};
}

} // namespace nexus
