// Where the pieces of a part a service order needs come from when the warehouse asked for cannot give them all: what
// that warehouse has available, then the other warehouses of this branch (reserved from there: the counter's sale
// takes a line's pieces from its own warehouse), then the other branch with the most of it as of the last pull of the
// "stock" bucket (a transfer request), and whatever nobody has goes to the purchase suggestions.
#pragma once

#include <QString>

#include <utility>
#include <vector>

#include "common/error.h"
#include "common/quantity.h"

namespace nexus {

class Database;

struct PartSourcingPlan
{
    Quantity reserveHere; // from the warehouse asked for
    std::vector<std::pair<QString, Quantity>> reserveElsewhere; // other warehouses of this branch, most first
    QString transferBranchId; // the other branch with the most stock ('' when none has any)
    QString transferBranchName;
    Quantity transferBranchStock; // what it had as of the last pull
    Quantity transfer; // asked from it (up to what it has)
    Quantity purchase; // nobody has these

    [[nodiscard]] bool allHere() const { return transfer == Quantity() && purchase == Quantity() && reserveElsewhere.empty(); }
};

// Reads only (stock_levels less stock_reservations for this branch, remote_stock_levels of branches this device
// knows in remote_branches); call inside the caller's transaction so the plan still holds when it is written.
[[nodiscard]] Result<PartSourcingPlan> planPartSourcing(
    Database &db, const QString &branchId, qint64 partId, const QString &warehouseId, Quantity quantity);

} // namespace nexus
