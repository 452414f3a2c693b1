// AssistantCart over a core Cart: the counter's add (fresh stock, pickWarehouse, CartItemLookup prices) without a
// screen; what tests and nexus-bench drive the assistant with.
#pragma once

#include <QList>

#include <optional>

#include "assistant/assistantcart.h"
#include "sales/branchstock.h"
#include "sales/cart.h"

namespace nexus {

class CartItemLookup;
class Database;

class CounterCart final : public AssistantCart
{
public:
    CounterCart(Cart &cart, CartItemLookup &lookup, Database &nexusDb, QList<BranchWarehouse> warehouses,
        std::optional<qint64> priceListId = std::nullopt);

    [[nodiscard]] const Cart *cart() const override { return &m_cart; }
    [[nodiscard]] Status add(qint64 partId, Quantity quantity) override;
    [[nodiscard]] Status remove(int index) override { return m_cart.remove(index); }
    [[nodiscard]] Status setQuantity(int index, Quantity quantity) override
    {
        return m_cart.setQuantity(index, quantity);
    }

private:
    Cart &m_cart;
    CartItemLookup &m_lookup;
    Database &m_db;
    QList<BranchWarehouse> m_warehouses;
    std::optional<qint64> m_priceListId;
};

} // namespace nexus
