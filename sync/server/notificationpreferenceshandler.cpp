// Preferences: portable SQL (SQLite and PostgreSQL), the latest edit by its time wins.
#include "server/notificationpreferenceshandler.h"

#include "notifications/customerpreferences.h"
#include "protocol/jsonreader.h"
#include "store/database.h"

#include <QDateTime>

namespace nexus {

QString NotificationPreferencesSetHandler::type() const
{
    return QString(kNotificationPreferencesSetMutation);
}

Result<QJsonObject> NotificationPreferencesSetHandler::apply(
    const MutationContext &context, int, const QJsonObject &payload)
{
    wire::JsonReader reader(payload, QStringLiteral("payload"));
    const QString customerId = reader.string(QLatin1String("customer_id"));
    const bool whatsapp = reader.boolean(QLatin1String("whatsapp"));
    const bool email = reader.boolean(QLatin1String("email"));
    const bool optedOut = reader.boolean(QLatin1String("opted_out"));
    const QString updatedBy = reader.optionalString(QLatin1String("updated_by"));
    const QString branchId = reader.string(QLatin1String("branch_id"));
    const QString at = reader.string(QLatin1String("at"));
    if (reader.error())
        return std::unexpected(*reader.error());
    if (branchId != context.device.branchId)
        return fail(ErrorCode::InvalidInput, NX_ERR("The customer's preferences were saved at branch %1, not at this "
                                                    "device's"),
            { branchId }, QStringLiteral("payload.branch_id"));
    if (!QDateTime::fromString(at, Qt::ISODateWithMs).isValid())
        return fail(ErrorCode::InvalidInput, NX_ERR("\"%1\" is not a time"), { at }, QStringLiteral("payload.at"));

    QJsonObject result { { QStringLiteral("customer_id"), customerId } };
    Result<QVariant> current = context.db.scalar(
        QStringLiteral("SELECT updated_at FROM customer_notification_preferences WHERE customer_id = ?"),
        { customerId });
    if (!current)
        return std::unexpected(current.error());
    if (current->isValid() && current->toString() > at) {
        result.insert(QStringLiteral("outcome"), QStringLiteral("superseded"));
        return result;
    }
    Result<QSqlQuery> saved = context.db.exec(
        QStringLiteral("INSERT INTO customer_notification_preferences(customer_id, whatsapp, email, opted_out, "
                       "updated_by, updated_at, branch_id, device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT(customer_id) DO UPDATE SET whatsapp = excluded.whatsapp, email = excluded.email, "
                       "opted_out = excluded.opted_out, updated_by = excluded.updated_by, "
                       "updated_at = excluded.updated_at, branch_id = excluded.branch_id, "
                       "device_id = excluded.device_id"),
        { customerId, whatsapp ? 1 : 0, email ? 1 : 0, optedOut ? 1 : 0,
            updatedBy.isNull() ? QStringLiteral("") : updatedBy, at, branchId, context.device.deviceId });
    if (!saved)
        return std::unexpected(saved.error());
    result.insert(QStringLiteral("outcome"), QStringLiteral("set"));
    return result;
}

} // namespace nexus
