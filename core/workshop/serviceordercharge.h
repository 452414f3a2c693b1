// An order as the counter charges it: cart lines for its reserved parts and its labor, and the totals those lines
// make with the counter's own pricing (Cart::priceLine, IVA from common/tax.h, border 8 % included).
//
// How the sale screen charges an order: cart.loadServiceOrder(orderId, folio, cartLines(charge)) puts the reserved
// parts and the labor (service lines: no part, no warehouse, no stock movement) on the ticket; checkout with
// chargeServiceOrderInSale (serviceorderservice.h) as its in-transaction step marks the order charged by that sale.
#pragma once

#include <vector>

#include "common/tax.h"
#include "sales/cart.h"
#include "workshop/serviceorder.h"

namespace nexus {

class CartItemLookup;

// The SAT keys of a labor line: "servicios de mantenimiento y reparación de vehículos", "unidad de servicio".
inline constexpr const char *kLaborSatProductKey = "78181500";
inline constexpr const char *kLaborSatUnitKey = "E48";

struct ServiceOrderChargeLine
{
    CartLine line;
    bool stockItem = false; // a part taken from stock (the sale moves it); false for labor
    QString sourceLineId; // the order's part or labor line
    LineAmounts amounts; // as the counter prices the line
    bool priced = true; // false: the part line's list price, cost and version are unknown (ServiceOrderPart::priced)
};

struct ServiceOrderCharge
{
    QString orderId;
    QString folio;
    QString customerId;
    std::vector<ServiceOrderChargeLine> lines; // reserved parts first (line order), then labor
    LineAmounts parts;
    LineAmounts labor;
    LineAmounts totals;
    int pendingRequests = 0; // parts a mechanic asked for that nobody reserved: not charged
};

// The lines and totals of `order` for a branch with or without the border IVA. Released, charged and requested
// part lines are left out.
[[nodiscard]] ServiceOrderCharge serviceOrderCharge(const ServiceOrder &order, bool borderRegion);
// The charge's lines as the cart takes them (Cart::loadServiceOrder).
[[nodiscard]] std::vector<CartLine> cartLines(const ServiceOrderCharge &charge);
// Part lines whose list price, cost and price version nobody sent (pulled from a server copy made of schema-1 facts,
// priced false) take the catalogue's current ones (retail list, with HQ's price changes) when the order is charged,
// rather than the sale recording cost 0 and version 1: the closest the counter knows to what the line was reserved
// with. A part the catalogue no longer sells keeps what it had. Errors: the catalogue could not be read.
[[nodiscard]] Status priceFromCatalogue(ServiceOrderCharge &charge, const CartItemLookup &catalogue);

} // namespace nexus
