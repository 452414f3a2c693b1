// The checks and copies every part-line call of ServiceOrderService shares.
#include "workshop/partlineinput.h"

#include <algorithm>

namespace nexus {

namespace {

constexpr qint64 kMaxQuantity = 1'000'000'000; // a million pieces

} // namespace

Status checkPartQuantity(Quantity quantity)
{
    if (quantity.thousandths() <= 0)
        return fail(
            ErrorCode::InvalidInput, NX_ERR("The quantity must be greater than zero"), {}, QStringLiteral("quantity"));
    if (quantity.thousandths() > kMaxQuantity)
        return fail(ErrorCode::InvalidInput, NX_ERR("The quantity %1 is too large"), { quantity.toString() },
            QStringLiteral("quantity"));
    return {};
}

Status checkCatalogItem(const CartItem &item)
{
    if (item.partId <= 0 || item.warehouseId.isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("Choose a part of the catalogue and its warehouse"), {},
            QStringLiteral("part"));
    if (item.unitPrice.isNegative())
        return fail(ErrorCode::InvalidInput, NX_ERR("The price of %1 cannot be negative"), { item.sku },
            QStringLiteral("price"));
    return {};
}

ServiceOrderPart *findPartLine(ServiceOrder &order, const QString &lineId)
{
    const auto it = std::find_if(
        order.parts.begin(), order.parts.end(), [&lineId](const ServiceOrderPart &part) { return part.id == lineId; });
    return it == order.parts.end() ? nullptr : &*it;
}

void fillPartFromItem(ServiceOrderPart &part, const CartItem &item)
{
    part.partId = item.partId;
    part.sku = item.sku;
    part.description = item.description;
    part.warehouseId = item.warehouseId;
    part.unitPrice = item.unitPrice;
    part.retailPrice = item.retailPrice;
    part.cost = item.cost;
    part.tax = item.tax;
    part.priceVersion = item.priceVersion;
    part.priced = true;
    part.satProductKey = item.satProductKey;
    part.satUnitKey = item.satUnitKey;
}

} // namespace nexus
