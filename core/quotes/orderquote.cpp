// The draft of a service order's quote: the charge's lines put on a cart, the order's customer and vehicle.
#include "quotes/orderquote.h"

#include "workshop/serviceordercharge.h"

#include <QStringList>

namespace nexus {

Result<OrderQuoteDraft> orderQuoteDraft(const ServiceOrder &order, bool borderRegion)
{
    const ServiceOrderCharge charge = serviceOrderCharge(order, borderRegion);
    if (charge.lines.empty())
        return fail(ErrorCode::InvalidInput, NX_ERR("The order %1 has no reserved parts or labor to quote"),
            { order.folio }, QStringLiteral("order"));
    OrderQuoteDraft draft;
    draft.cart.setBorderRegion(borderRegion);
    draft.cart.setCustomerId(order.customer.customerId);
    for (const CartLine &line : cartLines(charge)) {
        if (Status added = draft.cart.add(line.item, line.quantity); !added)
            return std::unexpected(added.error());
        if (line.discountPpm != 0)
            if (Status discounted
                = draft.cart.setLineDiscountPpm(static_cast<int>(draft.cart.lines().size()) - 1, line.discountPpm);
                !discounted)
                return std::unexpected(discounted.error());
    }
    draft.customer = { order.customer.customerId, order.customer.name, order.customer.phone, {} };
    QStringList vehicle;
    for (const QString &part : { vehicleTitle(order.vehicle), order.vehicle.plates.trimmed() })
        if (!part.isEmpty())
            vehicle << part;
    draft.vehicle = vehicle.join(QStringLiteral(" · "));
    return draft;
}

} // namespace nexus
