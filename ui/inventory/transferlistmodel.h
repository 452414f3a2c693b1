// This branch's transfers as a table: folio, state, the other branch and the direction, pieces requested and in
// transit, when and by whom it was requested, and the server's state as of the last pull.
#pragma once

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

#include "inventory/transfer.h"

namespace nexus {

class TransferListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferListModel)

public:
    enum Column {
        Folio,
        State,
        Direction,
        OtherBranch,
        Pieces,
        InTransit,
        RequestedAt,
        RequestedBy,
        Server,
        ColumnCount
    };
    enum Role {
        TransferIdRole = Qt::UserRole + 1, // QString
        StateRole, // int TransferState
        OutgoingRole, // bool: this branch sends it
    };

    explicit TransferListModel(QObject *parent = nullptr);

    // branchNames: id → name of every branch this device knows.
    void setTransfers(std::vector<Transfer> transfers, const QString &ownBranchId, QHash<QString, QString> branchNames);
    [[nodiscard]] const Transfer *transfer(int row) const;
    [[nodiscard]] int rowOf(const QString &transferId) const;
    [[nodiscard]] QString branchName(const QString &branchId) const { return m_names.value(branchId, branchId); }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Transfer> m_transfers;
    QString m_own;
    QHash<QString, QString> m_names;
};

// "25/11/2026 14:02" in local time, '' for an empty or unreadable stamp.
[[nodiscard]] QString localStamp(const QString &utcIso);

} // namespace nexus
