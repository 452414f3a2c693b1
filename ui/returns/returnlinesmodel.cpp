// ReturnLinesModel: edits clamp to what is returnable; every change reprices through planReturnLines.
#include "returns/returnlinesmodel.h"

#include "returns/returnplan.h"

#include <algorithm>

namespace nexus {

ReturnLinesModel::ReturnLinesModel(QObject *parent) : QAbstractTableModel(parent)
{
}

QString ReturnLinesModel::destinationName(ReturnDestination destination)
{
    return destination == ReturnDestination::Defective ? tr("Defective") : tr("Back to stock");
}

void ReturnLinesModel::setSale(const ReturnableSale &sale)
{
    beginResetModel();
    m_sale = sale;
    m_rows.assign(m_sale.lines.size(), Row {});
    endResetModel();
    reprice();
}

void ReturnLinesModel::clear()
{
    beginResetModel();
    m_sale = ReturnableSale {};
    m_rows.clear();
    endResetModel();
    reprice();
}

void ReturnLinesModel::returnEverything()
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        m_rows[i].toReturn = m_sale.lines[i].returnable();
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, ToReturn), index(rowCount() - 1, ToReturn));
    reprice();
}

std::vector<ReturnLineRequest> ReturnLinesModel::requestLines() const
{
    std::vector<ReturnLineRequest> lines;
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].toReturn > Quantity())
            lines.push_back({ m_sale.lines[i].lineNo, m_rows[i].toReturn, m_rows[i].destination });
    return lines;
}

int ReturnLinesModel::firstReturnableRow() const
{
    for (std::size_t i = 0; i < m_sale.lines.size(); ++i)
        if (m_sale.lines[i].returnable() > Quantity())
            return static_cast<int>(i);
    return -1;
}

void ReturnLinesModel::reprice()
{
    for (Row &row : m_rows)
        row.refund = Money();
    m_totals = LineAmounts {};
    const std::vector<ReturnLineRequest> lines = requestLines();
    if (!lines.empty()) {
        // Same computation as the service: what the screen shows is what gets refunded.
        Result<std::vector<ReturnRecordLine>> planned = planReturnLines(m_sale, lines);
        if (planned) {
            std::vector<LineAmounts> amounts;
            for (const ReturnRecordLine &line : *planned) {
                for (std::size_t i = 0; i < m_sale.lines.size(); ++i)
                    if (m_sale.lines[i].lineNo == line.saleLineNo)
                        m_rows[i].refund = line.amounts.gross;
                amounts.push_back(line.amounts);
            }
            m_totals = sumLines(amounts);
        }
    }
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, Refund), index(rowCount() - 1, Refund));
    Q_EMIT refundChanged();
}

int ReturnLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ReturnLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReturnLinesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReturnableLine &line = m_sale.lines[static_cast<std::size_t>(index.row())];
    const Row &row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case ThousandthsRole:
        return row.toReturn.thousandths();
    case ReturnableRole:
        return line.returnable().thousandths();
    case WholeRole:
        return line.sold.isWhole() && line.returned.isWhole();
    case DestinationRole:
        return static_cast<int>(row.destination);
    case Qt::TextAlignmentRole:
        if (index.column() == Description || index.column() == Sku || index.column() == Destination)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == ToReturn)
            return tr("At most %1 can still be returned").arg(line.returnable().toString());
        return {};
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (role == Qt::EditRole && index.column() == Destination)
            return static_cast<int>(row.destination);
        switch (index.column()) {
        case LineNo:
            return line.lineNo;
        case Sku:
            return line.sku;
        case Description:
            return line.description;
        case Sold:
            return line.sold.toString();
        case Returned:
            return line.returned.toString();
        case ToReturn:
            return row.toReturn.toString();
        case Destination:
            return destinationName(row.destination);
        case Refund:
            return row.refund.isZero() ? QString() : row.refund.format();
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ReturnLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineNo:
        return tr("#");
    case Sku:
        return tr("Code");
    case Description:
        return tr("Description");
    case Sold:
        return tr("Sold");
    case Returned:
        return tr("Returned");
    case ToReturn:
        return tr("To return");
    case Destination:
        return tr("Goes to");
    case Refund:
        return tr("Refund");
    default:
        return {};
    }
}

Qt::ItemFlags ReturnLinesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return flags;
    const ReturnableLine &line = m_sale.lines[static_cast<std::size_t>(index.row())];
    if ((index.column() == ToReturn || index.column() == Destination) && line.returnable() > Quantity())
        flags |= Qt::ItemIsEditable;
    if (line.returnable() <= Quantity())
        flags &= ~Qt::ItemIsEnabled;
    return flags;
}

bool ReturnLinesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !(flags(index) & Qt::ItemIsEditable))
        return false;
    Row &row = m_rows[static_cast<std::size_t>(index.row())];
    const ReturnableLine &line = m_sale.lines[static_cast<std::size_t>(index.row())];
    if (index.column() == ToReturn && (role == ThousandthsRole || role == Qt::EditRole)) {
        Quantity quantity;
        if (role == ThousandthsRole) {
            quantity = Quantity(value.toLongLong());
        } else {
            Result<Quantity> parsed = Quantity::parse(value.toString().trimmed());
            if (!parsed)
                return false;
            quantity = *parsed;
        }
        // The editor never offers more than is returnable; a typed value is clamped the same way.
        quantity = std::clamp(quantity, Quantity(), line.returnable());
        row.toReturn = quantity;
        Q_EMIT dataChanged(index, index);
        reprice();
        return true;
    }
    if (index.column() == Destination && (role == DestinationRole || role == Qt::EditRole)) {
        const int code = value.toInt();
        if (code != static_cast<int>(ReturnDestination::Stock)
            && code != static_cast<int>(ReturnDestination::Defective))
            return false;
        row.destination = static_cast<ReturnDestination>(code);
        Q_EMIT dataChanged(index, index);
        return true;
    }
    return false;
}

} // namespace nexus
