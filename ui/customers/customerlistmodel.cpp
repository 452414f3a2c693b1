// CustomerListModel: rows of found customers, phone grouped for reading, the price list by its name.
#include "customers/customerlistmodel.h"

namespace nexus {

QString formatPhone(const QString &digits)
{
    if (digits.size() != 10)
        return digits;
    // Mexico City, Guadalajara and Monterrey have two-digit ladas; the rest three, all ten digits in total.
    static const QStringList kTwoDigit { QStringLiteral("55"), QStringLiteral("56"), QStringLiteral("33"),
        QStringLiteral("81") };
    const int lada = kTwoDigit.contains(digits.left(2)) ? 2 : 3;
    const QString rest = digits.mid(lada);
    return digits.left(lada) + QLatin1Char(' ') + rest.left(rest.size() - 4) + QLatin1Char(' ') + rest.right(4);
}

CustomerListModel::CustomerListModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void CustomerListModel::setCustomers(QList<Customer> customers)
{
    beginResetModel();
    m_customers = std::move(customers);
    endResetModel();
}

void CustomerListModel::setPriceListNames(QHash<QString, QString> names)
{
    m_priceListNames = std::move(names);
    if (!m_customers.isEmpty())
        Q_EMIT dataChanged(index(0, PriceList), index(rowCount() - 1, PriceList));
}

const Customer *CustomerListModel::customer(int row) const
{
    return row >= 0 && row < m_customers.size() ? &m_customers.at(row) : nullptr;
}

int CustomerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_customers.size());
}

int CustomerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerListModel::data(const QModelIndex &index, int role) const
{
    const Customer *c = index.isValid() ? customer(index.row()) : nullptr;
    if (!c)
        return {};
    if (role == CustomerIdRole)
        return c->id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case Name:
        return c->fields.name;
    case Rfc:
        return c->fields.rfc;
    case Phone:
        return formatPhone(c->fields.phone);
    case PriceList:
        return m_priceListNames.value(c->fields.priceList, c->fields.priceList);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case Rfc:
        return tr("RFC");
    case Phone:
        return tr("Phone");
    case PriceList:
        return tr("Price list");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace nexus
