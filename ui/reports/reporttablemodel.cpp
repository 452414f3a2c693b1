// The report table model: cells formatted by the core's formatCell, totals last.
#include "reports/reporttablemodel.h"

#include <QFont>

namespace nexus {

ReportTableModel::ReportTableModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void ReportTableModel::setTable(ReportTable table)
{
    beginResetModel();
    m_table = std::move(table);
    endResetModel();
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_table.columns.isEmpty())
        return 0;
    return static_cast<int>(m_table.rows.size()) + (m_table.totals.isEmpty() ? 0 : 1);
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_table.columns.size());
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const bool totals = index.row() >= m_table.rows.size();
    const QVariantList &row = totals ? m_table.totals : m_table.rows.at(index.row());
    const ReportColumn &column = m_table.columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return formatCell(column, row.value(index.column()), m_table.timeZone);
    case SortRole:
        return row.value(index.column());
    case IsTotalsRole:
        return totals;
    case Qt::TextAlignmentRole:
        return column.type == ColumnType::Text || column.type == ColumnType::DateTime
            ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (totals) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_table.columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_table.columns.at(section).title;
    return {};
}

} // namespace nexus
