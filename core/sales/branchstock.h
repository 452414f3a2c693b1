// Stock of the branch's own warehouses for the counter: which warehouses there are, the balance of many parts at
// once (one query per search page, from the stock_levels summary), and which warehouse a new cart line comes from.
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include "common/error.h"
#include "common/quantity.h"

namespace nexus {

class Database;

struct BranchWarehouse
{
    QString id;
    QString code; // "MOS", "BOD"
    QString name; // "Mostrador", "Bodega"
};

// partId → warehouseId → balance; a warehouse where the part never moved is absent (0).
using StockByPart = QHash<qint64, QHash<QString, Quantity>>;

class BranchStock final
{
public:
    // `db` is a nexus.db connection of the calling thread.
    explicit BranchStock(Database &db) : m_db(db) { }

    // The branch's warehouses in the order head office sent them (the counter's own first).
    [[nodiscard]] Result<QList<BranchWarehouse>> warehouses(const QString &branchId) const;
    // Balances of `partIds` in `warehouseIds`, one statement.
    [[nodiscard]] Result<StockByPart> levels(const QList<qint64> &partIds, const QStringList &warehouseIds) const;

private:
    Database &m_db;
};

// The warehouse a new line of `quantity` comes from: the first (in the given order) that has enough, else the one
// with the most stock, else the first. Empty only when there are no warehouses.
[[nodiscard]] QString pickWarehouse(
    const QList<BranchWarehouse> &warehouses, const QHash<QString, Quantity> &stock, Quantity quantity);

} // namespace nexus
