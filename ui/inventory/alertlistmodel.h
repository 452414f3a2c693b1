// Reorder alerts as a table: part, warehouse, stock now, reorder point, maximum, how many to order, raised, and who
// acknowledged it (or that it resolved itself).
#pragma once

#include <QAbstractTableModel>
#include <QHash>

#include "inventory/reorderservice.h"

namespace nexus {

class AlertListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertListModel)

public:
    enum Column { Sku, Description, Warehouse, Stock, Point, Maximum, ToOrder, Raised, State, ColumnCount };

    explicit AlertListModel(QObject *parent = nullptr);

    // names: warehouse and user id → name.
    void setAlerts(std::vector<StockAlert> alerts, QHash<QString, QString> names);
    [[nodiscard]] const std::vector<StockAlert> &alerts() const { return m_alerts; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<StockAlert> m_alerts;
    QHash<QString, QString> m_names;
};

} // namespace nexus
