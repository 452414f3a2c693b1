// Search results model: display text, alignment and colour per column; ids, cents and stock through roles.
#include "sale/searchresultsmodel.h"

#include "sale/searchanswer.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace nexus {

namespace {
const QColor kMutedText { 0x94, 0xa3, 0xb8 };
const QColor kNegativeText { 0xb9, 0x1c, 0x1c };
const QColor kInStockText { 0x15, 0x80, 0x3d };
} // namespace

SearchResultsModel::SearchResultsModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void SearchResultsModel::setWarehouses(const QList<BranchWarehouse> &warehouses)
{
    beginResetModel();
    m_warehouses = warehouses;
    endResetModel();
}

void SearchResultsModel::setAnswer(const SearchAnswer &answer)
{
    beginResetModel();
    m_hits = answer.error ? QList<CatalogHit>() : answer.hits;
    m_stock = answer.stock;
    m_more = answer.more;
    endResetModel();
}

void SearchResultsModel::clear()
{
    beginResetModel();
    m_hits.clear();
    m_stock.clear();
    m_more = false;
    endResetModel();
}

const CatalogHit *SearchResultsModel::hit(int row) const
{
    return row >= 0 && row < m_hits.size() ? &m_hits.at(row) : nullptr;
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_hits.size());
}

int SearchResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstWarehouse + static_cast<int>(m_warehouses.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CatalogHit &hit = m_hits.at(index.row());
    const int column = index.column();
    const BranchWarehouse *warehouse = column >= FirstWarehouse ? &m_warehouses.at(column - FirstWarehouse) : nullptr;
    const Quantity stock = warehouse ? m_stock.value(hit.partId).value(warehouse->id) : Quantity();

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Sku:
            return hit.sku;
        case Name:
            return hit.name;
        case Brand:
            return hit.brand;
        case Price:
            return hit.price.format();
        default:
            return stock.toString();
        }
    case Qt::ToolTipRole:
        if (column == Name)
            return hit.category.isEmpty() ? hit.name : hit.name + QStringLiteral("\n") + hit.category;
        if (column == Sku && !hit.barcode.isEmpty())
            return hit.barcode;
        return {};
    case Qt::TextAlignmentRole:
        if (column == Price || warehouse)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (warehouse) {
            if (stock.thousandths() < 0)
                return QBrush(kNegativeText);
            return QBrush(stock.thousandths() == 0 ? kMutedText : kInStockText);
        }
        return {};
    case Qt::FontRole:
        if (column == Price || (column == Sku && hit.exactMatch)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case PartIdRole:
        return hit.partId;
    case PriceCentsRole:
        return hit.price.centavos();
    case StockRole:
        return warehouse ? QVariant(stock.thousandths()) : QVariant();
    case WarehouseIdRole:
        return warehouse ? QVariant(warehouse->id) : QVariant();
    case ExactMatchRole:
        return hit.exactMatch;
    default:
        return {};
    }
}

QVariant SearchResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(
            (section == Price || section >= FirstWarehouse ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Sku:
        return tr("SKU");
    case Name:
        return tr("Description");
    case Brand:
        return tr("Brand");
    case Price:
        return tr("Price");
    default:
        if (section - FirstWarehouse < m_warehouses.size())
            return m_warehouses.at(section - FirstWarehouse).name;
        return {};
    }
}

Qt::ItemFlags SearchResultsModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren : Qt::NoItemFlags;
}

} // namespace nexus
