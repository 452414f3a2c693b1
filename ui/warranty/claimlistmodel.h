// Warranty claims as a table: folio, opened, ticket, what is claimed, customer, reason, status and resolution.
#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "warranty/warrantyclaim.h"

namespace nexus {

class ClaimListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClaimListModel)

public:
    enum Column { Folio, OpenedAt, Ticket, Description, Customer, Reason, Status, Resolution, ColumnCount };

    explicit ClaimListModel(QObject *parent = nullptr);

    void setClaims(QList<WarrantyClaim> claims);
    [[nodiscard]] const WarrantyClaim *claim(int row) const;
    [[nodiscard]] int rowOf(const QString &claimId) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<WarrantyClaim> m_rows;
};

} // namespace nexus
