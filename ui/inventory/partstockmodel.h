// One part's stock as a table: this branch's warehouses (live) and the other branches as of their last pull.
#pragma once

#include <QAbstractTableModel>

#include "inventory/partstock.h"

namespace nexus {

class PartStockModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartStockModel)

public:
    enum Column { Branch, Warehouse, Quantity, AsOf, ColumnCount };
    enum Role { QuantityRole = Qt::UserRole + 1 /* qint64 thousandths */ };

    explicit PartStockModel(QObject *parent = nullptr);

    void setStock(PartStock stock);
    void clear();
    [[nodiscard]] const PartStock &stock() const { return m_stock; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    PartStock m_stock;
};

} // namespace nexus
