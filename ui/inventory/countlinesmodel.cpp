// CountLinesModel: one counted part per row, the difference coloured (red: missing, green: more than the ledger).
#include "inventory/countlinesmodel.h"

#include "inventory/transferlistmodel.h"

#include <QBrush>
#include <QColor>

namespace nexus {

CountLinesModel::CountLinesModel(QObject *parent) : QAbstractTableModel(parent) { }

void CountLinesModel::setLines(std::vector<StockCountLine> lines)
{
    beginResetModel();
    m_lines = std::move(lines);
    endResetModel();
}

int CountLinesModel::rowOf(qint64 partId) const
{
    for (size_t i = 0; i < m_lines.size(); ++i)
        if (m_lines[i].partId == partId)
            return int(i);
    return -1;
}

int CountLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int CountLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CountLinesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StockCountLine &line = m_lines[size_t(index.row())];
    const bool number = index.column() == Counted || index.column() == Expected || index.column() == Difference;
    if (role == Qt::TextAlignmentRole)
        return number ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == Qt::ForegroundRole && index.column() == Difference && line.difference() != Quantity())
        return QBrush(line.difference() < Quantity() ? QColor(0xb9, 0x1c, 0x1c) : QColor(0x15, 0x80, 0x3d));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Sku:
        return line.sku;
    case Description:
        return line.description;
    case Counted:
        return line.counted.toString();
    case Expected:
        return line.expected.toString();
    case Difference:
        return QString((line.difference() > Quantity() ? QStringLiteral("+") : QString())
            + line.difference().toString());
    case When:
        return localStamp(line.countedAtUtc);
    default:
        return {};
    }
}

QVariant CountLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Sku:
        return tr("SKU");
    case Description:
        return tr("Description");
    case Counted:
        return tr("Counted");
    case Expected:
        return tr("System then");
    case Difference:
        return tr("Difference");
    case When:
        return tr("Counted at");
    default:
        return {};
    }
}

} // namespace nexus
