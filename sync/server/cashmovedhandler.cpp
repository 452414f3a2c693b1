// CashMovedHandler: checks the branch and the till, then inserts the movement once.
#include "server/cashmovedhandler.h"

#include "protocol/jsonreader.h"
#include "store/database.h"

namespace nexus {

Result<bool> checkOwnTill(const MutationContext &context, const QString &cashSessionId, const QString &field)
{
    Result<QSqlQuery> till = context.db.exec(
        QStringLiteral("SELECT branch_id, device_id, closed_at IS NOT NULL FROM cash_sessions WHERE id = ?"),
        { cashSessionId });
    if (!till)
        return std::unexpected(till.error());
    if (!till->next())
        return fail(ErrorCode::InvalidInput, NX_ERR("The till %1 is unknown to the server"), { cashSessionId }, field);
    if (till->value(0).toString() != context.device.branchId)
        return fail(ErrorCode::InvalidInput, NX_ERR("The till %1 belongs to branch %2, not to this device's"),
            { cashSessionId, till->value(0).toString() }, field);
    if (till->value(1).toString() != context.device.deviceId)
        return fail(ErrorCode::InvalidInput, NX_ERR("The till %1 belongs to another device"), { cashSessionId }, field);
    return till->value(2).toBool();
}

Result<QJsonObject> CashMovedHandler::apply(const MutationContext &context, int, const QJsonObject &payload)
{
    wire::JsonReader reader(payload, QStringLiteral("payload"));
    const QString id = reader.string(QLatin1String("id"));
    const QString sessionId = reader.string(QLatin1String("cash_session_id"));
    const QString branchId = reader.string(QLatin1String("branch_id"));
    const QString kind = reader.string(QLatin1String("kind"));
    const qint64 amount = reader.integer(QLatin1String("amount_cents"));
    const QString reason = reader.string(QLatin1String("reason"));
    const QString userId = reader.string(QLatin1String("user_id"));
    const QString authorizedBy = reader.optionalString(QLatin1String("authorized_by"));
    const QString at = reader.string(QLatin1String("at"));
    if (reader.error())
        return std::unexpected(*reader.error());
    if (branchId != context.device.branchId)
        return fail(ErrorCode::InvalidInput, NX_ERR("The cash movement belongs to branch %1, not to this device's"),
            { branchId }, QStringLiteral("payload.branch_id"));
    if (kind != QLatin1String("in") && kind != QLatin1String("out"))
        return fail(ErrorCode::InvalidInput, NX_ERR("A cash movement is \"in\" or \"out\", not \"%1\""), { kind },
            QStringLiteral("payload.kind"));
    if (amount <= 0)
        return fail(ErrorCode::InvalidInput, NX_ERR("The amount must be greater than zero"), {},
            QStringLiteral("payload.amount_cents"));
    Result<bool> closed = checkOwnTill(context, sessionId, QStringLiteral("payload.cash_session_id"));
    if (!closed)
        return std::unexpected(closed.error());
    Result<QVariant> existing = context.db.scalar(QStringLiteral("SELECT 1 FROM cash_movements WHERE id = ?"), { id });
    if (!existing)
        return std::unexpected(existing.error());
    if (existing->isValid())
        return fail(ErrorCode::InvalidInput, NX_ERR("The cash movement %1 exists already under another mutation"),
            { id }, QStringLiteral("payload.id"));
    // A movement after the close is still the device's ledger (a clock or ordering oddity): recorded, not refused.
    Result<QSqlQuery> inserted = context.db.exec(
        QStringLiteral("INSERT INTO cash_movements(id, cash_session_id, branch_id, device_id, kind, amount_cents, "
                       "reason, user_id, authorized_by, at, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { id, sessionId, branchId, context.device.deviceId, kind, amount, reason, userId,
            authorizedBy.isEmpty() ? QVariant() : QVariant(authorizedBy), at, context.nowUtc });
    if (!inserted)
        return std::unexpected(inserted.error());
    return QJsonObject { { QStringLiteral("cash_movement_id"), id } };
}

} // namespace nexus
