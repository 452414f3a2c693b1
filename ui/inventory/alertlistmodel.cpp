// AlertListModel: open alerts first (unacknowledged in red), resolved ones greyed.
#include "inventory/alertlistmodel.h"

#include "inventory/transferlistmodel.h"

#include <QBrush>
#include <QColor>

namespace nexus {

AlertListModel::AlertListModel(QObject *parent) : QAbstractTableModel(parent) { }

void AlertListModel::setAlerts(std::vector<StockAlert> alerts, QHash<QString, QString> names)
{
    beginResetModel();
    m_alerts = std::move(alerts);
    m_names = std::move(names);
    endResetModel();
}

int AlertListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

int AlertListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StockAlert &a = m_alerts[size_t(index.row())];
    const bool number = index.column() >= Stock && index.column() <= ToOrder;
    if (role == Qt::TextAlignmentRole)
        return number ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == Qt::ForegroundRole) {
        if (!a.resolvedAtUtc.isEmpty())
            return QBrush(QColor(0x6b, 0x72, 0x80));
        if (a.acknowledgedAtUtc.isEmpty() && (index.column() == Stock || index.column() == State))
            return QBrush(QColor(0xb9, 0x1c, 0x1c));
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Sku:
        return a.sku;
    case Description:
        return a.description;
    case Warehouse:
        return m_names.value(a.warehouseId, a.warehouseId);
    case Stock:
        return a.stock.toString();
    case Point:
        return a.reorderPoint.toString();
    case Maximum:
        return a.maximum == Quantity() ? QStringLiteral("—") : a.maximum.toString();
    case ToOrder:
        return a.toOrder.toString();
    case Raised:
        return localStamp(a.raisedAtUtc);
    case State:
        if (!a.resolvedAtUtc.isEmpty())
            return tr("Resolved %1").arg(localStamp(a.resolvedAtUtc));
        if (!a.acknowledgedAtUtc.isEmpty())
            return tr("Seen by %1").arg(m_names.value(a.acknowledgedBy, a.acknowledgedBy));
        return tr("New");
    default:
        return {};
    }
}

QVariant AlertListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Sku:
        return tr("SKU");
    case Description:
        return tr("Description");
    case Warehouse:
        return tr("Warehouse");
    case Stock:
        return tr("Stock");
    case Point:
        return tr("Reorder at");
    case Maximum:
        return tr("Maximum");
    case ToOrder:
        return tr("To order");
    case Raised:
        return tr("Raised");
    case State:
        return tr("State");
    default:
        return {};
    }
}

} // namespace nexus
