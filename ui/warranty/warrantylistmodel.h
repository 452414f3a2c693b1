// Warranties as a table: ticket, date sold, customer, what was sold, quantity, period (and where it came from),
// last day and status (vigente, vencida, reclamada); expired rows in the muted colour, claimed in the accent.
#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "warranty/warranty.h"

namespace nexus {

class WarrantyListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WarrantyListModel)

public:
    enum Column { Ticket, SoldOn, Customer, Description, Quantity, Period, ExpiresOn, Status, ColumnCount };
    enum Role { StatusRole = Qt::UserRole + 1 }; // int WarrantyStatus

    explicit WarrantyListModel(QObject *parent = nullptr);

    void setWarranties(QList<Warranty> warranties, const QDate &today);
    [[nodiscard]] const Warranty *warranty(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Warranty> m_rows;
    QDate m_today;
};

} // namespace nexus
