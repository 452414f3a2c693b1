// Cart model: rows mirror Cart::lines(); amounts come from Cart::priceLine().
#include "sale/cartmodel.h"

#include "sales/counterinput.h"

#include <QFont>

namespace nexus {

CartModel::CartModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void CartModel::setWarehouses(const QList<BranchWarehouse> &warehouses)
{
    m_warehouses = warehouses;
    if (!m_cart.isEmpty())
        Q_EMIT dataChanged(index(0, Warehouse), index(rowCount() - 1, Warehouse));
}

void CartModel::setBorderRegion(bool border)
{
    m_borderRegion = border;
    m_cart.setBorderRegion(border);
    Q_EMIT cartChanged();
}

void CartModel::setStock(qint64 partId, const QHash<QString, nexus::Quantity> &stock)
{
    m_stock.insert(partId, stock);
}

int CartModel::rowOf(qint64 partId, const QString &warehouseId) const
{
    const std::vector<CartLine> &lines = m_cart.lines();
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (lines[i].item.partId == partId && lines[i].item.warehouseId == warehouseId)
            return static_cast<int>(i);
    return -1;
}

QString CartModel::warehouseName(const QString &warehouseId) const
{
    for (const BranchWarehouse &warehouse : m_warehouses)
        if (warehouse.id == warehouseId)
            return warehouse.name;
    return warehouseId;
}

void CartModel::lineChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT cartChanged();
}

Status CartModel::addItem(const CartItem &item, nexus::Quantity quantity)
{
    const int existing = rowOf(item.partId, item.warehouseId);
    if (existing >= 0) {
        if (Status added = m_cart.add(item, quantity); !added)
            return added;
        lineChanged(existing);
        return {};
    }
    const int row = rowCount();
    // Validate on a copy first so the view never sees a row that the cart then refuses.
    Cart probe = m_cart;
    if (Status added = probe.add(item, quantity); !added)
        return added;
    beginInsertRows({}, row, row);
    m_cart = std::move(probe);
    endInsertRows();
    Q_EMIT cartChanged();
    return {};
}

Status CartModel::setLineQuantity(int row, nexus::Quantity quantity)
{
    if (Status ok = m_cart.setQuantity(row, quantity); !ok)
        return ok;
    lineChanged(row);
    return {};
}

Status CartModel::setLineDiscount(int row, qint64 ppm)
{
    if (Status ok = m_cart.setLineDiscountPpm(row, ppm); !ok)
        return ok;
    lineChanged(row);
    return {};
}

Status CartModel::setTicketDiscount(qint64 ppm)
{
    if (Status ok = m_cart.setTicketDiscountPpm(ppm); !ok)
        return ok;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    Q_EMIT cartChanged();
    return {};
}

Status CartModel::setLineWarehouse(int row, const QString &warehouseId)
{
    if (Status ok = m_cart.setWarehouse(row, warehouseId); !ok)
        return ok;
    lineChanged(row);
    return {};
}

Status CartModel::removeLine(int row)
{
    if (row < 0 || row >= rowCount() || !m_cart.lines().at(static_cast<std::size_t>(row)).sourceLineId.isEmpty())
        return m_cart.remove(row); // the Cart's own "no such line" / "comes from a service order" error
    beginRemoveRows({}, row, row);
    const Status removed = m_cart.remove(row);
    endRemoveRows();
    Q_EMIT cartChanged();
    return removed;
}

Status CartModel::loadServiceOrder(const QString &orderId, const QString &folio, std::vector<CartLine> lines)
{
    Cart next = m_cart;
    if (Status ok = next.loadServiceOrder(orderId, folio, std::move(lines)); !ok)
        return ok;
    replaceCart(std::move(next));
    return {};
}

void CartModel::replaceCart(Cart cart)
{
    beginResetModel();
    m_cart = std::move(cart);
    m_cart.setBorderRegion(m_borderRegion);
    endResetModel();
    Q_EMIT cartChanged();
}

void CartModel::setCustomerId(const QString &customerId)
{
    m_cart.setCustomerId(customerId);
    Q_EMIT cartChanged();
}

void CartModel::setVehicleId(const QString &vehicleId)
{
    m_cart.setVehicleId(vehicleId);
    Q_EMIT cartChanged();
}

void CartModel::clear()
{
    beginResetModel();
    m_cart.clear();
    m_stock.clear();
    endResetModel();
    Q_EMIT cartChanged();
}

int CartModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_cart.lines().size());
}

int CartModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CartModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CartLine &line = m_cart.lines().at(static_cast<std::size_t>(index.row()));
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Sku:
            return line.item.sku;
        case Description:
            return line.item.description;
        case Warehouse:
            return line.item.service ? tr("Service") : warehouseName(line.item.warehouseId);
        case Quantity:
            return line.quantity.toString();
        case UnitPrice:
            return line.item.unitPrice.format();
        case Discount:
            return formatPercentPpm(line.discountPpm);
        case Amount:
            return m_cart.priceLine(line).amounts.gross.format();
        default:
            return {};
        }
    case Qt::EditRole:
        switch (column) {
        case Warehouse:
            return line.item.warehouseId;
        case Quantity:
            return line.quantity.toString();
        case Discount:
            return formatPercentPpm(line.discountPpm).remove(QStringLiteral(" %"));
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole:
        if (column == Quantity || column == UnitPrice || column == Discount || column == Amount)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (column == Amount || column == Quantity) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == Warehouse && m_warehouses.size() > 1)
            return tr("F7 changes the warehouse this item comes from");
        return {};
    case PartIdRole:
        return line.item.partId;
    case WarehouseIdRole:
        return line.item.warehouseId;
    case QuantityRole:
        return line.quantity.thousandths();
    case DiscountPpmRole:
        return line.discountPpm;
    case AmountCentsRole:
        return m_cart.priceLine(line).amounts.gross.centavos();
    case WarehouseChoicesRole: {
        QStringList ids;
        for (const BranchWarehouse &warehouse : m_warehouses)
            ids.append(warehouse.id);
        return ids;
    }
    case WarehouseChoiceLabelsRole: {
        QStringList labels;
        const QHash<QString, nexus::Quantity> stock = m_stock.value(line.item.partId);
        for (const BranchWarehouse &warehouse : m_warehouses)
            labels.append(tr("%1 · %2 in stock").arg(warehouse.name, stock.value(warehouse.id).toString()));
        return labels;
    }
    default:
        return {};
    }
}

bool CartModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const int row = index.row();
    Status status;
    switch (index.column()) {
    case Quantity: {
        Result<nexus::Quantity> quantity
            = nexus::Quantity::parse(value.toString().trimmed().replace(QLatin1Char(','), QLatin1Char('.')));
        status = quantity ? setLineQuantity(row, *quantity) : Status(std::unexpected(quantity.error()));
        break;
    }
    case Discount: {
        Result<qint64> ppm = parsePercentPpm(value.toString());
        if (!ppm) {
            status = std::unexpected(ppm.error());
            break;
        }
        if (*ppm == m_cart.lines().at(static_cast<std::size_t>(row)).discountPpm)
            return true;
        if (m_discountGate && !m_discountGate(row, *ppm))
            return false;
        status = setLineDiscount(row, *ppm);
        break;
    }
    case Warehouse:
        status = setLineWarehouse(row, value.toString());
        break;
    default:
        return false;
    }
    if (!status) {
        Q_EMIT editRefused(status.error().message());
        return false;
    }
    return true;
}

QVariant CartModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(
            (section == Quantity || section == UnitPrice || section == Discount || section == Amount ? Qt::AlignRight
                                                                                                     : Qt::AlignLeft)
            | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Sku:
        return tr("SKU");
    case Description:
        return tr("Description");
    case Warehouse:
        return tr("Warehouse");
    case Quantity:
        return tr("Qty.");
    case UnitPrice:
        return tr("Unit price");
    case Discount:
        return tr("Disc.");
    case Amount:
        return tr("Amount");
    default:
        return {};
    }
}

Qt::ItemFlags CartModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == Quantity || index.column() == Discount
        || (index.column() == Warehouse && m_warehouses.size() > 1))
        flags |= Qt::ItemIsEditable;
    return flags;
}

} // namespace nexus
