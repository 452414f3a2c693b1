// The tenant's branches as this device knows them (the "branches" pull bucket, plus its own branch row), for naming
// the other side of a transfer and choosing whom to ask.
#pragma once

#include <QList>
#include <QString>

#include "common/error.h"

namespace nexus {

class Database;

struct BranchInfo
{
    QString id;
    QString code;
    QString name;
};

// By name; the device's own branch included. Empty before the first pull (and no own row).
[[nodiscard]] Result<QList<BranchInfo>> knownBranches(Database &db);
// The same without `ownBranchId`: the branches this one may ask for parts.
[[nodiscard]] Result<QList<BranchInfo>> otherBranches(Database &db, const QString &ownBranchId);
// InvalidInput on `field` unless `warehouseId` is a warehouse of `branchId` (stock moves only in one's own warehouses).
[[nodiscard]] Status checkBranchWarehouse(
    Database &db, const QString &branchId, const QString &warehouseId, const QString &field);

} // namespace nexus
