// The sale's cart as an editable table over core's Cart: quantity, line discount and warehouse are edited in place,
// every rule (limits, merging, money) is the Cart's; the model only turns its answers into rows and messages.
#pragma once

#include <QAbstractTableModel>

#include <functional>

#include "sales/branchstock.h"
#include "sales/cart.h"

namespace nexus {

class CartModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CartModel)

public:
    enum Column { Sku, Description, Warehouse, Quantity, UnitPrice, Discount, Amount, ColumnCount };
    enum Role {
        PartIdRole = Qt::UserRole + 1, // qint64
        WarehouseIdRole, // QString
        QuantityRole, // qint64 thousandths
        DiscountPpmRole, // qint64
        AmountCentsRole, // qint64: the line's total after discounts, tax included
        WarehouseChoicesRole, // QStringList of warehouse ids of the branch (Warehouse column)
        WarehouseChoiceLabelsRole, // QStringList "Mostrador · 4" with the part's stock, same order
    };
    // Asked before a line discount is applied: may prompt for a manager; false keeps the old discount.
    using DiscountGate = std::function<bool(int row, qint64 ppm)>;

    explicit CartModel(QObject *parent = nullptr);

    void setWarehouses(const QList<BranchWarehouse> &warehouses);
    void setBorderRegion(bool border);
    void setDiscountGate(DiscountGate gate) { m_discountGate = std::move(gate); }
    // Stock of a part in the branch's warehouses, for the warehouse choices of its lines.
    void setStock(qint64 partId, const QHash<QString, nexus::Quantity> &stock);
    [[nodiscard]] QHash<QString, nexus::Quantity> stockOf(qint64 partId) const { return m_stock.value(partId); }

    [[nodiscard]] const Cart &cart() const { return m_cart; }
    // The row of the line that holds (part, warehouse), -1 when none.
    [[nodiscard]] int rowOf(qint64 partId, const QString &warehouseId) const;
    [[nodiscard]] QString warehouseName(const QString &warehouseId) const;

    // Each returns the Cart's refusal unchanged (its message names the field); rows follow the cart.
    [[nodiscard]] Status addItem(const CartItem &item, nexus::Quantity quantity);
    [[nodiscard]] Status setLineQuantity(int row, nexus::Quantity quantity);
    [[nodiscard]] Status setLineDiscount(int row, qint64 ppm);
    [[nodiscard]] Status setLineWarehouse(int row, const QString &warehouseId);
    // The discount on the whole ticket, spread over every line (each line's amounts change).
    [[nodiscard]] Status setTicketDiscount(qint64 ppm);
    [[nodiscard]] Status removeLine(int row);
    // A service order's lines (Cart::loadServiceOrder), after the ticket's own.
    [[nodiscard]] Status loadServiceOrder(const QString &orderId, const QString &folio, std::vector<CartLine> lines);
    // A new cart for another price list (same lines, repriced by the caller).
    void replaceCart(Cart cart);
    // The sale's customer ('' for none); lines and prices stay (the screen reprices for the customer's list).
    void setCustomerId(const QString &customerId);
    void setVehicleId(const QString &vehicleId);
    void clear();

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    // Lines, quantities, discounts or prices changed: totals must be redrawn.
    void cartChanged();
    // An edit in the table was refused; the message is ready to show.
    void editRefused(const QString &message);

private:
    void lineChanged(int row);

    Cart m_cart;
    bool m_borderRegion = false;
    QList<BranchWarehouse> m_warehouses;
    QHash<qint64, QHash<QString, nexus::Quantity>> m_stock;
    DiscountGate m_discountGate;
};

} // namespace nexus
