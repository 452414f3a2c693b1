// The manual-stock permission rule, shared by adjustments and counts.
#include "inventory/stockactor.h"

#include "auth/permission.h"
#include "auth/userrepository.h"
#include "store/database.h"

namespace nexus {

Result<QString> checkStockActor(Database &db, const StockActor &actor)
{
    if (actor.userId.trimmed().isEmpty())
        return fail(ErrorCode::Unauthenticated, NX_ERR("Log in first"), {}, QStringLiteral("user_id"));
    const QString authorizer = actor.authorizedBy.trimmed();
    if (roleHas(actor.role, Permission::AdjustStock))
        return QStringLiteral(""); // bound to a NOT NULL column: never a null QString
    if (authorizer.isEmpty() || authorizer == actor.userId)
        return fail(ErrorCode::PermissionDenied,
            NX_ERR("Adjusting stock needs a manager: ask a manager to authorise it with their PIN"), {},
            QStringLiteral("authorized_by"));
    Result<std::optional<UserRecord>> manager = UserRepository(db).findById(authorizer);
    if (!manager)
        return std::unexpected(manager.error());
    if (!manager->has_value() || !(*manager)->user.active || !roleHas((*manager)->user.role, Permission::AdjustStock))
        return fail(ErrorCode::PermissionDenied, NX_ERR("The user who authorised it may not adjust stock"), {},
            QStringLiteral("authorized_by"));
    return authorizer;
}

Status checkStockContext(const StockContext &context)
{
    if (context.deviceId.trimmed().isEmpty() || context.branchId.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("This counter is not enrolled"), {}, QStringLiteral("device_id"));
    if (context.folioSeries.trimmed().isEmpty())
        return fail(
            ErrorCode::InvalidInput, NX_ERR("This counter has no folio series"), {}, QStringLiteral("folio_series"));
    return {};
}

Status checkOwnWarehouse(Database &db, const QString &branchId, const QString &warehouseId)
{
    Result<QVariant> owner = db.scalar(QStringLiteral("SELECT branch_id FROM warehouses WHERE id = ?"), { warehouseId });
    if (!owner)
        return std::unexpected(owner.error());
    if (!owner->isValid() || owner->toString() != branchId)
        return fail(ErrorCode::InvalidInput, NX_ERR("The warehouse %1 is not a warehouse of this branch"),
            { warehouseId }, QStringLiteral("warehouse_id"));
    return {};
}

} // namespace nexus
