// A movement and its balance, portable SQLite/PostgreSQL (qualified upsert, RETURNING the new balance).
#include "server/serverstockmovement.h"

#include "store/database.h"

namespace nexus {

Status postServerMovement(const MutationContext &context, const ServerStockMovement &movement, QJsonObject details,
    QJsonArray &exceptions)
{
    Result<QSqlQuery> inserted = context.db.exec(
        QStringLiteral("INSERT INTO stock_movements(id, part_id, warehouse_id, branch_id, kind, quantity, ref_type, "
                       "ref_id, device_id, user_id, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { movement.id, movement.partId, movement.warehouseId, context.device.branchId, movement.kind,
            movement.quantity, movement.refType, movement.refId, context.device.deviceId, movement.userId,
            movement.atUtc });
    if (!inserted)
        return std::unexpected(inserted.error());
    Result<QVariant> balance = context.db.scalar(
        QStringLiteral("INSERT INTO stock_levels(part_id, warehouse_id, quantity) VALUES (?, ?, ?) "
                       "ON CONFLICT(part_id, warehouse_id) DO UPDATE SET quantity = stock_levels.quantity + "
                       "excluded.quantity RETURNING quantity"),
        { movement.partId, movement.warehouseId, movement.quantity });
    if (!balance)
        return std::unexpected(balance.error());
    if (balance->toLongLong() < 0 && movement.quantity < 0) {
        details.insert(QStringLiteral("part_id"), movement.partId);
        details.insert(QStringLiteral("warehouse_id"), movement.warehouseId);
        details.insert(QStringLiteral("quantity"), balance->toLongLong());
        if (Status opened
            = openException(context.db, QStringLiteral("negative_stock"), movement.refId, details, context.nowUtc);
            !opened)
            return opened;
        exceptions.append(QStringLiteral("negative_stock"));
    }
    return {};
}

} // namespace nexus
