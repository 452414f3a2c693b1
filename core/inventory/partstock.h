// One part's stock as the inventory screen shows it: each warehouse of this branch (live, from the stock_levels
// summary), each other branch as the server had it at this device's last pull ("as of"), and what is in transit to
// and from this branch (open transfers).
#pragma once

#include <QDateTime>

#include <vector>

#include "common/error.h"
#include "common/quantity.h"

namespace nexus {

class Database;

struct PartStockRow
{
    QString branchId;
    QString branchName;
    QString warehouseId; // empty for another branch (its warehouses summed)
    QString warehouseName;
    Quantity quantity;
    bool own = false;
    QDateTime asOfUtc; // other branches: the pull it comes from; invalid for this branch (live)
};

struct PartStock
{
    std::vector<PartStockRow> rows; // this branch's warehouses first, then the other branches by name
    Quantity incoming; // in transit to this branch
    Quantity outgoing; // shipped by this branch, still in transit
};

[[nodiscard]] Result<PartStock> readPartStock(Database &db, qint64 partId, const QString &ownBranchId);

} // namespace nexus
