// A report's rows on screen: one column per report column, the totals as a last bold row, numbers right-aligned.
#pragma once

#include <QAbstractTableModel>

#include "reports/reporttable.h"

namespace nexus {

class ReportTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportTableModel)

public:
    enum Role { SortRole = Qt::UserRole + 1, IsTotalsRole };

    explicit ReportTableModel(QObject *parent = nullptr);

    void setTable(ReportTable table);
    [[nodiscard]] const ReportTable &table() const { return m_table; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    ReportTable m_table;
};

} // namespace nexus
