// Stock for the counter: the branch's own warehouses and their balances (one query per search page, from the
// stock_levels summary, less the workshop's reservations where the counter sells), the other branches' stock as last pulled from the server (remote_stock_levels, "as of" that
// pull), and which warehouse a new cart line comes from.
#pragma once

#include <QDateTime>
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

// Another branch's stock of one part (all its warehouses), as the server had it when this device last pulled.
struct OtherBranchStock
{
    QString branchId;
    QString branchName; // from the "branches" bucket; the branch id until that arrives
    Quantity quantity;
    QDateTime asOfUtc; // the last verified pull of the stock bucket (else the newest row's pull)
};

// partId → the other branches that have a row for it, by branch name; a part no other branch ever held is absent.
using OtherBranchStockByPart = QHash<qint64, QList<OtherBranchStock>>;

class BranchStock final
{
public:
    // `db` is a nexus.db connection of the calling thread.
    explicit BranchStock(Database &db) : m_db(db) { }

    // The branch's warehouses in the order head office sent them (the counter's own first).
    [[nodiscard]] Result<QList<BranchWarehouse>> warehouses(const QString &branchId) const;
    // Balances of `partIds` in `warehouseIds`, one statement.
    [[nodiscard]] Result<StockByPart> levels(const QList<qint64> &partIds, const QStringList &warehouseIds) const;
    // What the counter may sell: the balances less what the workshop holds back for its service orders
    // (stock_reservations), one statement. Negative when the stock went below what is reserved.
    [[nodiscard]] Result<StockByPart> available(const QList<qint64> &partIds, const QStringList &warehouseIds) const;

    // The other branches' stock of `partIds`, one statement: every remote_stock_levels row of those parts outside the
    // branch that owns `ownWarehouseIds`, summed per branch.
    [[nodiscard]] Result<OtherBranchStockByPart> otherBranches(
        const QList<qint64> &partIds, const QStringList &ownWarehouseIds) const;
    // Whether this device knows any other branch (from the branches bucket or remote stock): a counter that was
    // never enrolled, or the only branch of its tenant, has nothing to show there. Index lookups only.
    [[nodiscard]] Result<bool> hasOtherBranches(const QStringList &ownWarehouseIds) const;

private:
    [[nodiscard]] Result<StockByPart> read(
        const QList<qint64> &partIds, const QStringList &warehouseIds, bool lessReserved) const;

    Database &m_db;
};

// The warehouse a new line of `quantity` comes from: the first (in the given order) that has enough, else the one
// with the most stock, else the first. Empty only when there are no warehouses.
[[nodiscard]] QString pickWarehouse(
    const QList<BranchWarehouse> &warehouses, const QHash<QString, Quantity> &stock, Quantity quantity);

} // namespace nexus
