// Search results model: display text, alignment and colour per column; ids, cents and stock through roles.
#include "sale/searchresultsmodel.h"

#include "sale/searchanswer.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

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
    m_otherBranches = answer.otherBranches;
    m_hasOtherBranches = answer.hasOtherBranches;
    m_more = answer.more;
    endResetModel();
}

void SearchResultsModel::clear()
{
    beginResetModel();
    m_hits.clear();
    m_stock.clear();
    m_otherBranches.clear();
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
    if (parent.isValid())
        return 0;
    return FirstWarehouse + static_cast<int>(m_warehouses.size()) + (m_hasOtherBranches ? 1 : 0);
}

int SearchResultsModel::otherBranchesColumn() const
{
    return m_hasOtherBranches ? FirstWarehouse + static_cast<int>(m_warehouses.size()) : -1;
}

QVariant SearchResultsModel::otherBranchesData(const CatalogHit &hit, int role) const
{
    const QList<OtherBranchStock> branches = m_otherBranches.value(hit.partId);
    qint64 total = 0;
    QDateTime oldest;
    for (const OtherBranchStock &branch : branches) {
        total += branch.quantity.thousandths();
        if (branch.asOfUtc.isValid() && (!oldest.isValid() || branch.asOfUtc < oldest))
            oldest = branch.asOfUtc;
    }
    switch (role) {
    case Qt::DisplayRole:
        // No row at all: no other branch ever held it (or nothing was pulled yet); a dash, not a confident 0.
        return branches.isEmpty() ? QStringLiteral("—") : Quantity(total).toString();
    case Qt::ToolTipRole: {
        if (branches.isEmpty())
            return tr("No other branch has this part");
        QStringList lines;
        const QLocale locale;
        for (const OtherBranchStock &branch : branches) {
            // Local time, day and minute: "Centro: 4 (as of 25/11 14:02)".
            const QString asOf = branch.asOfUtc.isValid()
                ? locale.toString(branch.asOfUtc.toLocalTime(), QStringLiteral("dd/MM HH:mm"))
                : tr("never synced");
            lines.append(tr("%1: %2 (as of %3)", "branch, stock, date").arg(branch.branchName,
                branch.quantity.toString(), asOf));
        }
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        // Another branch's stock is information, not something to sell from here: always the muted colour.
        return QBrush(kMutedText);
    case StockRole:
        return total;
    case AsOfRole:
        return oldest;
    default:
        return {};
    }
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CatalogHit &hit = m_hits.at(index.row());
    const int column = index.column();
    if (column == otherBranchesColumn() && role != PartIdRole && role != PriceCentsRole && role != ExactMatchRole)
        return otherBranchesData(hit, role);
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
    if (section == otherBranchesColumn()) {
        if (role == Qt::DisplayRole)
            return tr("Other branches");
        if (role == Qt::ToolTipRole)
            return tr("Stock of the other branches as of this computer's last sync with head office");
        return {};
    }
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
