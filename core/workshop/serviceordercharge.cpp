// Cart lines of an order, priced by a Cart of the branch so the workshop and the counter can never disagree.
#include "workshop/serviceordercharge.h"

#include "sales/cartitemlookup.h"

namespace nexus {

namespace {

QString laborDescription(const ServiceOrderLabor &labor)
{
    if (labor.pricing == LaborPricing::Flat)
        return labor.description;
    // The hours go on the invoice line: "Afinación mayor (2.5 h)".
    return QStringLiteral("%1 (%2 h)").arg(labor.description, labor.hours.toString());
}

} // namespace

ServiceOrderCharge serviceOrderCharge(const ServiceOrder &order, bool borderRegion)
{
    ServiceOrderCharge charge;
    charge.orderId = order.id;
    charge.folio = order.folio;
    charge.customerId = order.customer.customerId;
    Cart pricing;
    pricing.setBorderRegion(borderRegion);
    std::vector<LineAmounts> parts;
    std::vector<LineAmounts> labor;
    for (const ServiceOrderPart &part : order.parts) {
        if (part.status == PartLineStatus::Requested)
            ++charge.pendingRequests;
        if (part.status != PartLineStatus::Reserved)
            continue;
        ServiceOrderChargeLine line;
        line.line.item = CartItem { part.partId, part.sku, part.description, part.warehouseId, part.unitPrice,
            part.retailPrice, part.cost, part.tax, part.priceVersion, part.satProductKey, part.satUnitKey };
        line.line.quantity = part.quantity;
        line.stockItem = true;
        line.priced = part.priced;
        line.sourceLineId = part.id;
        line.line.sourceLineId = part.id;
        line.amounts = pricing.priceLine(line.line).amounts;
        parts.push_back(line.amounts);
        charge.lines.push_back(std::move(line));
    }
    for (const ServiceOrderLabor &work : order.labor) {
        ServiceOrderChargeLine line;
        line.line.item = CartItem { 0, QStringLiteral("MO-%1").arg(work.lineNo), laborDescription(work), {},
            work.amount, work.amount, Money::zero(), work.tax, 1, QString::fromLatin1(kLaborSatProductKey),
            QString::fromLatin1(kLaborSatUnitKey), true };
        line.line.quantity = Quantity::units(1);
        line.sourceLineId = work.id;
        line.line.sourceLineId = work.id;
        line.amounts = pricing.priceLine(line.line).amounts;
        labor.push_back(line.amounts);
        charge.lines.push_back(std::move(line));
    }
    charge.parts = sumLines(parts);
    charge.labor = sumLines(labor);
    charge.totals = sumLines({ charge.parts, charge.labor });
    return charge;
}

std::vector<CartLine> cartLines(const ServiceOrderCharge &charge)
{
    std::vector<CartLine> lines;
    lines.reserve(charge.lines.size());
    for (const ServiceOrderChargeLine &line : charge.lines)
        lines.push_back(line.line);
    return lines;
}

Status priceFromCatalogue(ServiceOrderCharge &charge, const CartItemLookup &catalogue)
{
    for (ServiceOrderChargeLine &line : charge.lines) {
        if (line.priced || !line.stockItem)
            continue;
        CartItem &item = line.line.item;
        Result<CartItem> current = catalogue.item(item.partId, std::nullopt, item.warehouseId);
        if (!current && current.error().code() == ErrorCode::NotFound)
            continue;
        if (!current)
            return std::unexpected(current.error());
        item.retailPrice = current->retailPrice;
        item.cost = current->cost;
        item.priceVersion = current->priceVersion;
        line.priced = true;
    }
    return {};
}

} // namespace nexus
