// Cart editing rules and per-line pricing.
#include "sales/cart.h"

#include "sales/cartsummary.h"

#include <algorithm>

namespace nexus {

namespace {
constexpr qint64 kWhole = 1'000'000;

Status checkPpm(qint64 ppm, const QString &field)
{
    if (ppm < 0 || ppm > kWhole)
        return fail(ErrorCode::InvalidInput, NX_ERR("A discount must be between 0 % and 100 %"), {}, field);
    return {};
}

Status checkQuantity(Quantity quantity)
{
    if (quantity.thousandths() <= 0)
        return fail(ErrorCode::InvalidInput, NX_ERR("The quantity must be greater than zero"), {},
                    QStringLiteral("quantity"));
    if (quantity.thousandths() > 1'000'000'000)
        return fail(ErrorCode::InvalidInput, NX_ERR("The quantity %1 is too large"), {quantity.toString()},
                    QStringLiteral("quantity"));
    return {};
}

// A part needs its part and warehouse; a service has neither, but a description and its SAT keys (CFDI).
Status checkItem(const CartItem &item)
{
    if (item.service) {
        if (item.partId != 0 || !item.warehouseId.isEmpty())
            return fail(ErrorCode::InvalidInput, NX_ERR("A service line has no part and no warehouse"), {},
                        QStringLiteral("item"));
        if (item.description.trimmed().isEmpty())
            return fail(ErrorCode::InvalidInput, NX_ERR("Describe the service"), {}, QStringLiteral("description"));
        if (item.satProductKey.isEmpty() || item.satUnitKey.isEmpty())
            return fail(ErrorCode::InvalidInput, NX_ERR("The service %1 has no SAT product or unit key"),
                        {item.description}, QStringLiteral("sat_product_key"));
    } else if (item.partId <= 0 || item.warehouseId.isEmpty()) {
        return fail(ErrorCode::InvalidInput, NX_ERR("The item has no part or warehouse"), {}, QStringLiteral("item"));
    }
    if (item.unitPrice.isNegative())
        return fail(ErrorCode::InvalidInput, NX_ERR("The price of %1 cannot be negative"), {item.sku},
                    QStringLiteral("price"));
    return {};
}
} // namespace

Status Cart::checkNotFromOrder(int index) const
{
    const CartLine &line = m_lines[static_cast<std::size_t>(index)];
    if (line.sourceLineId.isEmpty())
        return {};
    return fail(ErrorCode::Conflict, NX_ERR("%1 comes from the service order %2: change it in the workshop"),
                {line.item.sku, m_serviceOrderFolio}, QStringLiteral("line"));
}

Status Cart::checkIndex(int index) const
{
    if (index < 0 || index >= static_cast<int>(m_lines.size()))
        return fail(ErrorCode::NotFound, NX_ERR("There is no line %1 in the cart"), {QString::number(index + 1)},
                    QStringLiteral("line"));
    return {};
}

Status Cart::add(const CartItem &item, Quantity quantity)
{
    if (Status ok = checkQuantity(quantity); !ok)
        return ok;
    if (Status ok = checkItem(item); !ok)
        return ok;
    const auto same = item.service ? m_lines.end()
                                   : std::find_if(m_lines.begin(), m_lines.end(), [&item](const CartLine &line) {
                                         return line.sourceLineId.isEmpty() && !line.item.service
                                             && line.item.partId == item.partId
                                             && line.item.warehouseId == item.warehouseId;
                                     });
    if (same != m_lines.end()) {
        const Quantity total = same->quantity + quantity;
        if (Status ok = checkQuantity(total); !ok)
            return ok;
        same->quantity = total;
        return {};
    }
    m_lines.push_back({item, quantity, 0, {}});
    return {};
}

Status Cart::loadServiceOrder(const QString &orderId, const QString &folio, std::vector<CartLine> lines)
{
    if (orderId.isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("Choose the service order to charge"), {},
                    QStringLiteral("service_order"));
    if (!m_serviceOrderId.isEmpty())
        return fail(ErrorCode::Conflict, NX_ERR("This ticket charges the service order %1 already"),
                    {m_serviceOrderFolio}, QStringLiteral("service_order"));
    if (lines.empty())
        return fail(ErrorCode::InvalidInput, NX_ERR("The service order %1 has nothing to charge"), {folio},
                    QStringLiteral("service_order"));
    for (const CartLine &line : lines) {
        if (Status ok = checkQuantity(line.quantity); !ok)
            return ok;
        if (Status ok = checkItem(line.item); !ok)
            return ok;
        if (line.sourceLineId.isEmpty())
            return fail(ErrorCode::InvalidInput, NX_ERR("A line of the service order %1 does not name its source"),
                        {folio}, QStringLiteral("line"));
    }
    for (CartLine &line : lines)
        m_lines.push_back(std::move(line));
    m_serviceOrderId = orderId;
    m_serviceOrderFolio = folio;
    return {};
}

void Cart::removeServiceOrder()
{
    std::erase_if(m_lines, [](const CartLine &line) { return !line.sourceLineId.isEmpty(); });
    m_serviceOrderId.clear();
    m_serviceOrderFolio.clear();
    m_quoteId.clear();
    m_quoteFolio.clear();
}

Status Cart::setQuantity(int index, Quantity quantity)
{
    if (Status ok = checkIndex(index); !ok)
        return ok;
    if (Status ok = checkNotFromOrder(index); !ok)
        return ok;
    if (Status ok = checkQuantity(quantity); !ok)
        return ok;
    m_lines[static_cast<std::size_t>(index)].quantity = quantity;
    return {};
}

Status Cart::setLineDiscountPpm(int index, qint64 ppm)
{
    if (Status ok = checkIndex(index); !ok)
        return ok;
    if (Status ok = checkPpm(ppm, QStringLiteral("discount")); !ok)
        return ok;
    m_lines[static_cast<std::size_t>(index)].discountPpm = ppm;
    return {};
}

Status Cart::setTicketDiscountPpm(qint64 ppm)
{
    if (Status ok = checkPpm(ppm, QStringLiteral("ticket_discount")); !ok)
        return ok;
    m_ticketDiscountPpm = ppm;
    return {};
}

Status Cart::setWarehouse(int index, const QString &warehouseId)
{
    if (Status ok = checkIndex(index); !ok)
        return ok;
    if (Status ok = checkNotFromOrder(index); !ok)
        return ok;
    if (m_lines[static_cast<std::size_t>(index)].item.service)
        return fail(ErrorCode::InvalidInput, NX_ERR("A service is not taken from a warehouse"), {},
                    QStringLiteral("warehouse"));
    if (warehouseId.isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("Choose the warehouse the item comes from"), {},
                    QStringLiteral("warehouse"));
    CartLine &line = m_lines[static_cast<std::size_t>(index)];
    for (const CartLine &other : m_lines) {
        if (&other != &line && other.sourceLineId.isEmpty() && other.item.partId == line.item.partId && other.item.warehouseId == warehouseId)
            return fail(ErrorCode::Conflict, NX_ERR("%1 already has a line from that warehouse"), {line.item.sku},
                        QStringLiteral("warehouse"));
    }
    line.item.warehouseId = warehouseId;
    return {};
}

Status Cart::remove(int index)
{
    if (Status ok = checkIndex(index); !ok)
        return ok;
    if (Status ok = checkNotFromOrder(index); !ok)
        return ok;
    m_lines.erase(m_lines.begin() + index);
    return {};
}

void Cart::clear()
{
    m_lines.clear();
    m_ticketDiscountPpm = 0;
    m_customerId.clear();
    m_vehicleId.clear();
    m_serviceOrderId.clear();
    m_serviceOrderFolio.clear();
    m_quoteId.clear();
    m_quoteFolio.clear();
}

TaxRate Cart::effectiveTax(const CartItem &item) const
{
    return m_borderRegion && item.tax == TaxRate::iva16() ? TaxRate::ivaBorder8() : item.tax;
}

std::vector<PricedLine> Cart::priced() const
{
    std::vector<PricedLine> result;
    result.reserve(m_lines.size());
    for (const CartLine &line : m_lines)
        result.push_back(priceLine(line));
    return result;
}

PricedLine Cart::priceLine(const CartLine &line) const
{
    const Money list = line.item.unitPrice.times(line.quantity.thousandths());
    const Money lineDiscount = list.timesPpm(line.discountPpm);
    // The ticket discount is applied to each line after its own discount, so every CFDI concept carries its share.
    const Money ticketShare = (list - lineDiscount).timesPpm(m_ticketDiscountPpm);
    const Money discount = lineDiscount + ticketShare;
    return {&line, list, discount, splitTaxIncluded(list - discount, effectiveTax(line.item))};
}

LineAmounts Cart::totals() const
{
    return summarizeLines(priced()).totals;
}

qint64 Cart::maxEffectiveDiscountPpm() const
{
    qint64 worst = 0;
    for (const CartLine &line : m_lines) {
        // 1 − (1 − a)(1 − b), in ppm.
        const qint64 kept = (kWhole - line.discountPpm) * (kWhole - m_ticketDiscountPpm) / kWhole;
        worst = std::max(worst, kWhole - kept);
    }
    return worst;
}

} // namespace nexus
