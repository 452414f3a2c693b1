// The assistant's cart in the app: the sale screen's own ticket, changed through the screen's add path (till check,
// warehouse choice, price list, stock message) and its cart model (the same edits as the keys).
#pragma once

#include "assistant/assistantcart.h"

namespace nexus {

class SaleScreen;

class SaleScreenCart final : public AssistantCart
{
public:
    explicit SaleScreenCart(SaleScreen &screen) : m_screen(screen) { }

    [[nodiscard]] const Cart *cart() const override;
    [[nodiscard]] Status add(qint64 partId, Quantity quantity) override;
    [[nodiscard]] Status remove(int index) override;
    [[nodiscard]] Status setQuantity(int index, Quantity quantity) override;

private:
    SaleScreen &m_screen;
};

} // namespace nexus
