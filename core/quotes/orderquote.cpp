// The quote of a service order: its draft (the order on a cart, its customer and vehicle), and what converting it
// finds on the order: refused when the order cannot be charged or its parts changed, the labor differences otherwise.
#include "quotes/orderquote.h"

#include "workshop/serviceordercharge.h"

#include <QCoreApplication>
#include <QHash>

#include <map>

namespace nexus {

Result<OrderQuoteDraft> orderQuoteDraft(const ServiceOrder &order, bool borderRegion, const CartItemLookup *catalogue)
{
    if (!order.saleId.isEmpty())
        return fail(ErrorCode::Conflict,
            NX_ERR("The order %1 was charged already with the sale %2: there is nothing "
                   "left to quote"),
            { order.folio, order.saleFolio }, QStringLiteral("order"));
    if (order.status == ServiceOrderStatus::Cancelled)
        return fail(ErrorCode::Conflict, NX_ERR("The order %1 was cancelled: there is nothing to quote"),
            { order.folio }, QStringLiteral("order"));
    ServiceOrderCharge charge = serviceOrderCharge(order, borderRegion);
    if (catalogue)
        if (Status priced = priceFromCatalogue(charge, *catalogue); !priced)
            return std::unexpected(priced.error());
    if (charge.lines.empty())
        return fail(ErrorCode::InvalidInput, NX_ERR("The order %1 has no reserved parts or labor to quote"),
            { order.folio }, QStringLiteral("order"));
    OrderQuoteDraft draft;
    draft.cart.setBorderRegion(borderRegion);
    draft.cart.setCustomerId(order.customer.customerId);
    // On the cart as the counter charges the order: each line names the order's line, and the cart the order, so the
    // saved quote remembers both (QuoteService::save) and converting it charges this order.
    if (Status loaded = draft.cart.loadServiceOrder(order.id, order.folio, cartLines(charge)); !loaded)
        return std::unexpected(loaded.error());
    draft.customer = { order.customer.customerId, order.customer.name, order.customer.phone, {} };
    QStringList vehicle;
    for (const QString &part : { vehicleTitle(order.vehicle), order.vehicle.plates.trimmed() })
        if (!part.isEmpty())
            vehicle << part;
    draft.vehicle = vehicle.join(QStringLiteral(" · "));
    return draft;
}

Result<QStringList> orderChangesSinceQuote(const Quote &quote, const ServiceOrder &order)
{
    const QString field = QStringLiteral("service_order");
    if (!order.saleId.isEmpty())
        return fail(ErrorCode::Conflict,
            NX_ERR("The quote %1 is of the service order %2, charged already with the sale %3: it cannot be charged "
                   "again"),
            { quote.folio, order.folio, order.saleFolio }, field);
    if (order.status == ServiceOrderStatus::Cancelled)
        return fail(ErrorCode::Conflict,
            NX_ERR("The quote %1 is of the service order %2, which was cancelled: there is nothing to charge"),
            { quote.folio, order.folio }, field);
    if (order.status != ServiceOrderStatus::Ready && order.status != ServiceOrderStatus::Delivered)
        return fail(ErrorCode::Conflict,
            NX_ERR("The quote %1 is of the service order %2, which is in \"%3\": it is charged once the order is "
                   "ready"),
            { quote.folio, order.folio, serviceOrderStatusName(order.status) }, field);

    QHash<QString, const QuoteLine *> quoted;
    for (const QuoteLine &line : quote.lines)
        if (!line.sourceLineId.isEmpty())
            quoted.insert(line.sourceLineId, &line);

    QStringList parts;
    QHash<QString, const ServiceOrderPart *> reserved;
    for (const ServiceOrderPart &part : order.parts) {
        if (part.status != PartLineStatus::Reserved)
            continue;
        reserved.insert(part.id, &part);
        const QuoteLine *line = quoted.value(part.id);
        if (!line || line->service)
            parts << QCoreApplication::translate("nexus::OrderQuote", "%1 × %2 was added to the order")
                         .arg(part.quantity.toString(), part.sku);
        else if (line->quantity != part.quantity || line->partId != part.partId
            || line->warehouseId != part.warehouseId)
            parts << QCoreApplication::translate("nexus::OrderQuote", "%1: %2 quoted, %3 on the order now")
                         .arg(part.sku, line->quantity.toString(), part.quantity.toString());
    }
    for (const QuoteLine &line : quote.lines)
        if (!line.sourceLineId.isEmpty() && !line.service && !reserved.contains(line.sourceLineId))
            parts << QCoreApplication::translate("nexus::OrderQuote", "%1 × %2 is no longer reserved on the order")
                         .arg(line.quantity.toString(), line.sku);
    if (!parts.isEmpty())
        return fail(ErrorCode::Conflict,
            NX_ERR("The service order %1 changed since the quote %2: %3. Its parts leave the stock only as the order "
                   "holds them, so the quote cannot be charged as accepted: quote the order again (Ctrl+Q in the "
                   "order) or charge the order as it stands (Ctrl+O)"),
            { order.folio, quote.folio, parts.join(QStringLiteral("; ")) }, field);

    // Labor: the quote is what the customer accepted, and labor moves no stock.
    QStringList labor;
    QHash<QString, const ServiceOrderLabor *> onOrder;
    for (const ServiceOrderLabor &work : order.labor) {
        onOrder.insert(work.id, &work);
        const QuoteLine *line = quoted.value(work.id);
        if (!line)
            labor << QCoreApplication::translate(
                "nexus::OrderQuote", "the labor \"%1\" was added to the order after the quote: it is not charged")
                         .arg(work.description);
        else if (line->unitPrice != work.amount)
            labor << QCoreApplication::translate(
                "nexus::OrderQuote", "the labor \"%1\" costs %2 on the order now: the quoted %3 is charged")
                         .arg(work.description, work.amount.format(), line->unitPrice.format());
    }
    for (const QuoteLine &line : quote.lines)
        if (!line.sourceLineId.isEmpty() && line.service && !onOrder.contains(line.sourceLineId))
            labor << QCoreApplication::translate("nexus::OrderQuote",
                "the labor \"%1\" was taken off the order after the quote: it is charged as quoted")
                         .arg(line.description);
    return labor;
}

Status checkTicketFollowsQuote(const Cart &cart, const Quote &quote)
{
    if (cart.serviceOrderId() != quote.serviceOrderId)
        return fail(ErrorCode::Conflict,
            NX_ERR("The quote %1 charges the service order %2: convert it with that order on the ticket"),
            { quote.folio, quote.serviceOrderFolio }, QStringLiteral("quote"));
    std::map<QString, Quantity> want;
    for (const QuoteLine &line : quote.lines)
        if (!line.sourceLineId.isEmpty())
            want[line.sourceLineId] = line.quantity;
    std::map<QString, Quantity> have;
    for (const CartLine &line : cart.lines())
        if (!line.sourceLineId.isEmpty())
            have[line.sourceLineId] = line.quantity;
    if (have != want)
        return fail(ErrorCode::Conflict,
            NX_ERR("The ticket no longer carries the quote %1 as it was accepted: take it off and convert it again"),
            { quote.folio }, QStringLiteral("quote"));
    return {};
}

} // namespace nexus
