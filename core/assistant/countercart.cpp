// The counter's add path without the screen.
#include "assistant/countercart.h"

#include "sales/cartitemlookup.h"

namespace nexus {

CounterCart::CounterCart(Cart &cart, CartItemLookup &lookup, Database &nexusDb, QList<BranchWarehouse> warehouses,
    std::optional<qint64> priceListId)
    : m_cart(cart), m_lookup(lookup), m_db(nexusDb), m_warehouses(std::move(warehouses)), m_priceListId(priceListId)
{
}

Status CounterCart::add(qint64 partId, Quantity quantity)
{
    QStringList ids;
    for (const BranchWarehouse &warehouse : m_warehouses)
        ids.append(warehouse.id);
    if (ids.isEmpty())
        return fail(ErrorCode::NotFound, NX_ERR("This branch has no warehouses on this computer yet"), {},
            QStringLiteral("warehouse"));
    Result<StockByPart> levels = BranchStock(m_db).levels({ partId }, ids);
    if (!levels)
        return std::unexpected(levels.error());
    const QString warehouse = pickWarehouse(m_warehouses, levels->value(partId), quantity);
    Result<CartItem> item = m_lookup.item(partId, m_priceListId, warehouse);
    if (!item)
        return std::unexpected(item.error());
    return m_cart.add(*item, quantity);
}

} // namespace nexus
