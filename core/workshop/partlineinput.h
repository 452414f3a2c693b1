// Input checks and copies shared by the part-line calls of ServiceOrderService (serviceorderservice.cpp and
// serviceordersourcing.cpp).
#pragma once

#include "common/error.h"
#include "sales/cart.h"
#include "workshop/serviceorder.h"

namespace nexus {

// InvalidInput on "quantity" unless 0 < quantity ≤ a million pieces.
[[nodiscard]] Status checkPartQuantity(Quantity quantity);
// InvalidInput unless the item is a catalogue part with its warehouse and a price that is not negative.
[[nodiscard]] Status checkCatalogItem(const CartItem &item);
// The order's part line `lineId`, or null.
[[nodiscard]] ServiceOrderPart *findPartLine(ServiceOrder &order, const QString &lineId);
// The item's catalogue data, warehouse and prices onto the line.
void fillPartFromItem(ServiceOrderPart &part, const CartItem &item);

} // namespace nexus
