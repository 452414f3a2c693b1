// checkBranchLocation: a branch warehouse, or a defective location registered on first use.
#include "server/branchlocation.h"

#include "store/database.h"

namespace nexus {

namespace {

const QString kDefectiveSuffix = QStringLiteral(":defective");

Result<bool> isBranchWarehouse(Database &db, const QString &warehouseId, const QString &branchId)
{
    Result<QVariant> owner
        = db.scalar(QStringLiteral("SELECT branch_id FROM warehouses WHERE id = ?"), { warehouseId });
    if (!owner)
        return std::unexpected(owner.error());
    return owner->isValid() && owner->toString() == branchId;
}

} // namespace

Status checkBranchLocation(
    Database &db, const QString &warehouseId, const QString &branchId, bool defectiveAllowed, const QString &field)
{
    Result<bool> own = isBranchWarehouse(db, warehouseId, branchId);
    if (!own)
        return std::unexpected(own.error());
    if (*own)
        return {};
    if (defectiveAllowed && warehouseId.endsWith(kDefectiveSuffix)) {
        const QString base = warehouseId.chopped(kDefectiveSuffix.size());
        Result<bool> baseOwn = isBranchWarehouse(db, base, branchId);
        if (!baseOwn)
            return std::unexpected(baseOwn.error());
        if (*baseOwn) {
            Result<QSqlQuery> registered = db.exec(
                QStringLiteral("INSERT INTO warehouses(id, branch_id, code, name) "
                               "SELECT ?, branch_id, code || '-DEF', name || ' (defectuosos)' FROM warehouses "
                               "WHERE id = ? ON CONFLICT DO NOTHING"),
                { warehouseId, base });
            if (!registered)
                return std::unexpected(registered.error());
            return {};
        }
    }
    return fail(ErrorCode::InvalidInput, NX_ERR("The warehouse %1 is not a warehouse of this device's branch"),
        { warehouseId }, field);
}

} // namespace nexus
