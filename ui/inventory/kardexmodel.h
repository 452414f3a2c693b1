// A part's kardex as a table: when, warehouse, movement, quantity, the balance it left, the document it answers to,
// why, and who.
#pragma once

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

#include "inventory/kardex.h"

namespace nexus {

class KardexModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KardexModel)

public:
    enum Column { When, Warehouse, Movement, Quantity, Balance, Reference, Why, Who, ColumnCount };

    explicit KardexModel(QObject *parent = nullptr);

    // warehouseNames: id → name of this branch's warehouses.
    void setEntries(std::vector<KardexEntry> entries, QHash<QString, QString> warehouseNames);
    [[nodiscard]] const std::vector<KardexEntry> &entries() const { return m_entries; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<KardexEntry> m_entries;
    QHash<QString, QString> m_warehouses;
};

// The movement kinds of the stock ledger, translated ("Venta", "Salida por traspaso"…).
[[nodiscard]] QString movementKindName(const QString &kind);

} // namespace nexus
