// This counter's latest stock adjustments as a table, one row per adjusted part: folio, when, warehouse, reason,
// part, quantity, note, who and who authorised it.
#pragma once

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

#include "inventory/stockadjustmentservice.h"

namespace nexus {

class AdjustmentListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdjustmentListModel)

public:
    enum Column { Folio, When, Warehouse, Reason, Part, Quantity, Note, Who, ColumnCount };

    explicit AdjustmentListModel(QObject *parent = nullptr);

    // names: warehouse and user id → name.
    void setAdjustments(const std::vector<StockAdjustment> &adjustments, QHash<QString, QString> names);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        const StockAdjustment *adjustment = nullptr;
        StockAdjustmentLine line;
    };
    std::vector<StockAdjustment> m_adjustments;
    std::vector<Row> m_rows;
    QHash<QString, QString> m_names;
};

} // namespace nexus
