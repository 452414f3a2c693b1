// The points fact: core reads and checks the payload, portable SQL stores it (SQLite and PostgreSQL).
#include "server/loyaltypointshandler.h"

#include "customers/loyaltyledger.h"
#include "store/database.h"

#include <QJsonArray>

namespace nexus {

QString LoyaltyPointsMovedHandler::type() const
{
    return QString(kLoyaltyPointsMovedMutation);
}

Result<QJsonObject> LoyaltyPointsMovedHandler::apply(const MutationContext &context, int, const QJsonObject &payload)
{
    Result<LoyaltyMove> move = loyaltyMoveFromPayload(payload);
    if (!move)
        return std::unexpected(move.error());
    if (move->branchId != context.device.branchId)
        return fail(ErrorCode::InvalidInput, NX_ERR("The points moved at branch %1, not at this device's"),
            { move->branchId }, QStringLiteral("payload.branch_id"));
    Result<QVariant> existing = context.db.scalar(QStringLiteral("SELECT 1 FROM loyalty_ledger WHERE id = ?"), { move->id });
    if (!existing)
        return std::unexpected(existing.error());
    if (existing->isValid())
        return fail(ErrorCode::InvalidInput, NX_ERR("The points move %1 exists already under another mutation"),
            { move->id }, QStringLiteral("payload.id"));
    Result<QSqlQuery> added = context.db.exec(
        QStringLiteral("INSERT INTO loyalty_ledger(id, customer_id, branch_id, device_id, points, value_cents, "
                       "ref_type, ref_id, ref_folio, at, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { move->id, move->customerId, move->branchId, context.device.deviceId, move->points, move->value.centavos(),
            move->refType, move->refId, move->refFolio.isNull() ? QStringLiteral("") : move->refFolio, move->atUtc,
            context.nowUtc });
    if (!added)
        return std::unexpected(added.error());
    QJsonObject result { { QStringLiteral("move_id"), move->id }, { QStringLiteral("points"), move->points } };
    Result<QVariant> known
        = context.db.scalar(QStringLiteral("SELECT 1 FROM customers WHERE id = ?"), { move->customerId });
    if (!known)
        return std::unexpected(known.error());
    if (!known->isValid()) {
        if (Status opened = openException(context.db, QStringLiteral("unknown_customer"), move->id,
                { { QStringLiteral("customer_id"), move->customerId } }, context.nowUtc);
            !opened)
            return std::unexpected(opened.error());
        result.insert(QStringLiteral("exceptions"), QJsonArray { QStringLiteral("unknown_customer") });
    }
    return result;
}

} // namespace nexus
