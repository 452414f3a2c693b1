// The customers the picker found: one row each, with what tells two namesakes apart (RFC, phone) and their list.
#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "customers/customer.h"

namespace nexus {

class CustomerListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerListModel)

public:
    enum Column { Name, Rfc, Phone, PriceList, ColumnCount };
    enum Role { CustomerIdRole = Qt::UserRole + 1 };

    explicit CustomerListModel(QObject *parent = nullptr);

    void setCustomers(QList<Customer> customers);
    // price_lists.code → the name HQ gave it ("mayoreo" → "Mayoreo").
    void setPriceListNames(QHash<QString, QString> names);
    [[nodiscard]] const Customer *customer(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Customer> m_customers;
    QHash<QString, QString> m_priceListNames;
};

// "81 8123 4567": the way a phone number is read out at the counter.
[[nodiscard]] QString formatPhone(const QString &digits);

} // namespace nexus
