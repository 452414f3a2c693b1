// PartStockModel: own warehouses first in bold, other branches muted with their "as of".
#include "inventory/partstockmodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace nexus {

namespace {
const QColor kMuted { 0x64, 0x74, 0x8b };
const QColor kNegative { 0xb9, 0x1c, 0x1c };
} // namespace

PartStockModel::PartStockModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void PartStockModel::setStock(PartStock stock)
{
    beginResetModel();
    m_stock = std::move(stock);
    endResetModel();
}

void PartStockModel::clear()
{
    setStock({});
}

int PartStockModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_stock.rows.size());
}

int PartStockModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PartStockModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PartStockRow &row = m_stock.rows[size_t(index.row())];
    switch (role) {
    case QuantityRole:
        return row.quantity.thousandths();
    case Qt::TextAlignmentRole:
        return index.column() == Quantity ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == Quantity && row.quantity.thousandths() < 0)
            return QBrush(kNegative);
        return row.own ? QVariant() : QVariant(QBrush(kMuted));
    case Qt::FontRole:
        if (row.own && index.column() == Quantity) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case Branch:
            return row.branchName.isEmpty() ? row.branchId : row.branchName;
        case Warehouse:
            return row.own ? row.warehouseName : tr("all warehouses");
        case Quantity:
            return row.quantity.toString();
        case AsOf:
            if (row.own)
                return tr("live");
            return row.asOfUtc.isValid()
                ? QLocale().toString(row.asOfUtc.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm"))
                : tr("never synced");
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant PartStockModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Branch:
        return tr("Branch");
    case Warehouse:
        return tr("Warehouse");
    case Quantity:
        return tr("Stock");
    case AsOf:
        return tr("As of");
    default:
        return {};
    }
}

} // namespace nexus
