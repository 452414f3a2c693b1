// The ticket Chalán may change: the sale screen's cart in the app, a core Cart in tests and tools. Every change goes
// through the same path as the counter's keys (prices from the price list, warehouse choice, cart rules).
#pragma once

#include "common/error.h"
#include "common/quantity.h"

namespace nexus {

class Cart;

class AssistantCart
{
public:
    virtual ~AssistantCart() = default;
    // The ticket as it is now; null when no sale can be rung up here (catalogue missing, till not ready).
    [[nodiscard]] virtual const Cart *cart() const = 0;
    [[nodiscard]] virtual Status add(qint64 partId, Quantity quantity) = 0;
    [[nodiscard]] virtual Status remove(int index) = 0;
    [[nodiscard]] virtual Status setQuantity(int index, Quantity quantity) = 0;
};

} // namespace nexus
