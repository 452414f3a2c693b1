// CashSessionOpenedHandler: checks the branch and inserts the session once.
#include "server/cashsessionopenedhandler.h"

#include "protocol/jsonreader.h"
#include "store/database.h"

namespace nexus {

Result<QJsonObject> CashSessionOpenedHandler::apply(const MutationContext &context, int, const QJsonObject &payload)
{
    wire::JsonReader reader(payload, QStringLiteral("payload"));
    const QString id = reader.string(QLatin1String("id"));
    const QString branchId = reader.string(QLatin1String("branch_id"));
    const QString openedBy = reader.string(QLatin1String("opened_by"));
    const QString openedAt = reader.string(QLatin1String("opened_at"));
    const qint64 openingFloat = reader.integer(QLatin1String("opening_float_cents"));
    if (reader.error())
        return std::unexpected(*reader.error());
    if (branchId != context.device.branchId)
        return fail(ErrorCode::InvalidInput, NX_ERR("The cash session belongs to branch %1, not to this device's"),
            { branchId }, QStringLiteral("payload.branch_id"));
    Result<QVariant> existing = context.db.scalar(QStringLiteral("SELECT 1 FROM cash_sessions WHERE id = ?"), { id });
    if (!existing)
        return std::unexpected(existing.error());
    if (existing->isValid())
        return fail(ErrorCode::InvalidInput, NX_ERR("The cash session %1 exists already under another mutation"),
            { id }, QStringLiteral("payload.id"));
    Result<QSqlQuery> inserted = context.db.exec(
        QStringLiteral("INSERT INTO cash_sessions(id, branch_id, device_id, opened_by, opened_at, opening_float_cents) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        { id, branchId, context.device.deviceId, openedBy, openedAt, openingFloat });
    if (!inserted)
        return std::unexpected(inserted.error());
    return QJsonObject { { QStringLiteral("cash_session_id"), id } };
}

} // namespace nexus
