// RMAs as a table: folio, claim, part, supplier and reference, sent, status and the credit received.
#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "warranty/rma.h"

namespace nexus {

class RmaListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RmaListModel)

public:
    enum Column { Folio, Claim, Part, Supplier, SentAt, Status, Credit, ColumnCount };

    explicit RmaListModel(QObject *parent = nullptr);

    void setRmas(QList<Rma> rmas);
    [[nodiscard]] const Rma *rma(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Rma> m_rows;
};

} // namespace nexus
