// knownBranches: remote_branches with the device's own branch row as a fallback for its name; checkBranchWarehouse.
#include "inventory/branchdirectory.h"

#include "store/database.h"

namespace nexus {

Result<QList<BranchInfo>> knownBranches(Database &db)
{
    Result<QSqlQuery> query
        = db.exec(QStringLiteral("SELECT id, code, name FROM remote_branches UNION SELECT id, code, name FROM branches "
                                 "WHERE id NOT IN (SELECT id FROM remote_branches) ORDER BY 3, 1"));
    if (!query)
        return std::unexpected(query.error());
    QList<BranchInfo> branches;
    while (query->next())
        branches.append({ query->value(0).toString(), query->value(1).toString(), query->value(2).toString() });
    return branches;
}

Result<QList<BranchInfo>> otherBranches(Database &db, const QString &ownBranchId)
{
    Result<QList<BranchInfo>> branches = knownBranches(db);
    if (branches)
        branches->removeIf([&](const BranchInfo &branch) { return branch.id == ownBranchId; });
    return branches;
}

Status checkBranchWarehouse(Database &db, const QString &branchId, const QString &warehouseId, const QString &field)
{
    Result<QVariant> owner = db.scalar(QStringLiteral("SELECT branch_id FROM warehouses WHERE id = ?"), { warehouseId });
    if (!owner)
        return std::unexpected(owner.error());
    if (!owner->isValid() || owner->toString() != branchId)
        return fail(ErrorCode::InvalidInput, NX_ERR("The warehouse %1 is not a warehouse of this branch"),
            { warehouseId }, field);
    return {};
}

} // namespace nexus
