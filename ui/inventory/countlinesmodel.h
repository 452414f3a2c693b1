// The lines of a physical count as a table: part, what was counted, what the ledger said when it was counted, the
// difference posting will move, who counted it and when.
#pragma once

#include <QAbstractTableModel>

#include "inventory/stockcountservice.h"

namespace nexus {

class CountLinesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CountLinesModel)

public:
    enum Column { Sku, Description, Counted, Expected, Difference, When, ColumnCount };

    explicit CountLinesModel(QObject *parent = nullptr);

    void setLines(std::vector<StockCountLine> lines);
    [[nodiscard]] const std::vector<StockCountLine> &lines() const { return m_lines; }
    [[nodiscard]] int rowOf(qint64 partId) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<StockCountLine> m_lines;
};

} // namespace nexus
