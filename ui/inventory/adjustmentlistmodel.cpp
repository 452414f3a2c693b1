// AdjustmentListModel: the adjustments flattened to their lines, newest first.
#include "inventory/adjustmentlistmodel.h"

#include "inventory/adjustmentreasonname.h"
#include "inventory/transferlistmodel.h"

#include <QBrush>
#include <QColor>

namespace nexus {

AdjustmentListModel::AdjustmentListModel(QObject *parent) : QAbstractTableModel(parent) { }

void AdjustmentListModel::setAdjustments(const std::vector<StockAdjustment> &adjustments, QHash<QString, QString> names)
{
    beginResetModel();
    m_adjustments = adjustments;
    m_names = std::move(names);
    m_rows.clear();
    for (const StockAdjustment &adjustment : m_adjustments)
        for (const StockAdjustmentLine &line : adjustment.lines)
            m_rows.push_back({ &adjustment, line });
    endResetModel();
}

int AdjustmentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AdjustmentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AdjustmentListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const StockAdjustment &a = *row.adjustment;
    if (role == Qt::TextAlignmentRole && index.column() == Quantity)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Quantity)
        return QBrush(row.line.quantity.thousandths() < 0 ? QColor(0xb9, 0x1c, 0x1c) : QColor(0x15, 0x80, 0x3d));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Folio:
        return a.folio;
    case When:
        return localStamp(a.atUtc);
    case Warehouse:
        return m_names.value(a.warehouseId, a.warehouseId);
    case Reason:
        return adjustmentReasonName(a.reason);
    case Part:
        return row.line.description.isEmpty() ? row.line.sku : tr("%1 · %2").arg(row.line.sku, row.line.description);
    case Quantity:
        return QString((row.line.quantity.thousandths() > 0 ? QStringLiteral("+") : QString())
            + row.line.quantity.toString());
    case Note:
        return a.note;
    case Who: {
        const QString who = a.userName.isEmpty() ? m_names.value(a.userId, a.userId) : a.userName;
        return a.authorizedBy.isEmpty()
            ? who
            : tr("%1 (authorised by %2)").arg(who, m_names.value(a.authorizedBy, a.authorizedBy));
    }
    default:
        return {};
    }
}

QVariant AdjustmentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Folio:
        return tr("Folio");
    case When:
        return tr("When");
    case Warehouse:
        return tr("Warehouse");
    case Reason:
        return tr("Reason");
    case Part:
        return tr("Part");
    case Quantity:
        return tr("Quantity");
    case Note:
        return tr("Note");
    case Who:
        return tr("Who");
    default:
        return {};
    }
}

} // namespace nexus
