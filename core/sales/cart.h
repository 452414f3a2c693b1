// The counter cart: lines from any warehouse of the branch, quantities, line and ticket discounts, totals as the CFDI
// will compute them (per line, then summed).
#pragma once

#include <vector>

#include "common/error.h"
#include "common/money.h"
#include "common/quantity.h"
#include "common/tax.h"

namespace nexus {

// What the catalogue knows of a part at the moment it is put in the cart.
struct CartItem
{
    qint64 partId = 0;
    QString sku;
    QString description;
    QString warehouseId;
    Money unitPrice;   // tax included, from the cart's price list
    Money retailPrice; // "precio público", for the savings report
    Money cost;
    TaxRate tax = TaxRate::iva16();
    int priceVersion = 1;
    QString satProductKey;
    QString satUnitKey;
    // A service (a workshop's labor): no part, no warehouse, no stock movement; its own SAT keys for the CFDI.
    bool service = false;
};

struct CartLine
{
    CartItem item;
    Quantity quantity;
    qint64 discountPpm = 0; // line discount, parts per million
    QString sourceLineId = {}; // the service order's part or labor line it charges ('' for a counter line)
};

// A line with its money worked out.
struct PricedLine
{
    const CartLine *line = nullptr;
    Money listAmount; // unit price × quantity
    Money discount;   // line discount + its share of the ticket discount, tax included
    LineAmounts amounts;
};

class Cart final
{
public:
    explicit Cart(QString priceList = QStringLiteral("publico")) : m_priceList(std::move(priceList)) {}

    // Adds `quantity` of an item; the same part from the same warehouse adds to its existing line. A service item
    // (item.service) has no part and no warehouse and always makes its own line.
    [[nodiscard]] Status add(const CartItem &item, Quantity quantity);
    // Puts a service order's lines on the ticket (its reserved parts and its labor, each line naming its source line).
    // Refused when the ticket already charges an order; the order's lines keep their quantity and warehouse (the
    // workshop changes them) and leave the ticket only all together (clear / removeServiceOrder).
    [[nodiscard]] Status loadServiceOrder(const QString &orderId, const QString &folio, std::vector<CartLine> lines);
    void removeServiceOrder();
    [[nodiscard]] Status setQuantity(int index, Quantity quantity);
    [[nodiscard]] Status setLineDiscountPpm(int index, qint64 ppm);
    [[nodiscard]] Status setTicketDiscountPpm(qint64 ppm);
    [[nodiscard]] Status remove(int index);
    // Takes the line's items from another warehouse of the branch; refused when the part already has a line there.
    [[nodiscard]] Status setWarehouse(int index, const QString &warehouseId);
    void clear();

    void setCustomerId(const QString &customerId) { m_customerId = customerId; }
    // The customer's vehicle this sale is for ('' for none): checkout requires it to be the customer's.
    void setVehicleId(const QString &vehicleId) { m_vehicleId = vehicleId; }
    // Keeps the service order when the cart is rebuilt (repriced for another price list).
    void setServiceOrder(const QString &orderId, const QString &folio)
    {
        m_serviceOrderId = orderId;
        m_serviceOrderFolio = folio;
    }
    // The quote this ticket converts ('' for none): the sale records its folio and the quote becomes converted.
    void setQuote(const QString &quoteId, const QString &folio)
    {
        m_quoteId = quoteId;
        m_quoteFolio = folio;
    }
    // The branch's IVA: in the border region every 16 % line is charged at 8 %.
    void setBorderRegion(bool border) { m_borderRegion = border; }

    [[nodiscard]] const std::vector<CartLine> &lines() const { return m_lines; }
    [[nodiscard]] bool isEmpty() const { return m_lines.empty(); }
    [[nodiscard]] const QString &priceList() const { return m_priceList; }
    [[nodiscard]] const QString &customerId() const { return m_customerId; }
    [[nodiscard]] const QString &vehicleId() const { return m_vehicleId; }
    [[nodiscard]] qint64 ticketDiscountPpm() const { return m_ticketDiscountPpm; }
    // The service order this ticket charges ('' for a plain counter sale).
    [[nodiscard]] const QString &serviceOrderId() const { return m_serviceOrderId; }
    [[nodiscard]] const QString &serviceOrderFolio() const { return m_serviceOrderFolio; }
    [[nodiscard]] const QString &quoteId() const { return m_quoteId; }
    [[nodiscard]] const QString &quoteFolio() const { return m_quoteFolio; }

    [[nodiscard]] std::vector<PricedLine> priced() const;
    // One line's money; a line's figures depend only on itself and the ticket discount.
    [[nodiscard]] PricedLine priceLine(const CartLine &line) const;
    [[nodiscard]] LineAmounts totals() const;
    // The largest effective discount of any line (line and ticket discounts compounded), for permission checks.
    [[nodiscard]] qint64 maxEffectiveDiscountPpm() const;
    [[nodiscard]] TaxRate effectiveTax(const CartItem &item) const;

private:
    [[nodiscard]] Status checkIndex(int index) const;
    // Refuses changing the quantity, warehouse or presence of a service order's line.
    [[nodiscard]] Status checkNotFromOrder(int index) const;

    QString m_priceList;
    QString m_customerId;
    QString m_vehicleId;
    QString m_serviceOrderId;
    QString m_serviceOrderFolio;
    QString m_quoteId;
    QString m_quoteFolio;
    std::vector<CartLine> m_lines;
    qint64 m_ticketDiscountPpm = 0;
    bool m_borderRegion = false;
};

} // namespace nexus
