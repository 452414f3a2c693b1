// Cart actions of the assistant through the sale screen.
#include "assistant/salescreencart.h"

#include "sale/cartmodel.h"
#include "sale/salescreen.h"

namespace nexus {

const Cart *SaleScreenCart::cart() const
{
    return m_screen.ensureReady() ? &m_screen.cartModel()->cart() : nullptr;
}

Status SaleScreenCart::add(qint64 partId, Quantity quantity)
{
    if (!m_screen.addPart(partId, quantity))
        return fail(ErrorCode::Conflict, NX_ERR("The sale screen did not take the part: its message says why"), {},
            QStringLiteral("part"));
    return {};
}

Status SaleScreenCart::remove(int index)
{
    return m_screen.cartModel()->removeLine(index);
}

Status SaleScreenCart::setQuantity(int index, Quantity quantity)
{
    return m_screen.cartModel()->setLineQuantity(index, quantity);
}

} // namespace nexus
