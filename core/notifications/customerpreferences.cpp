// Preferences saved with their outbox fact in one transaction.
#include "notifications/customerpreferences.h"

#include "common/idgenerator.h"
#include "store/database.h"
#include "store/outbox.h"

#include <QSqlQuery>

namespace nexus {

QJsonObject notificationPreferencesPayload(const QString &customerId, const CustomerChannelPreferences &p,
    const QString &updatedBy, const QString &branchId, const QString &atUtc)
{
    return QJsonObject { { QStringLiteral("customer_id"), customerId }, { QStringLiteral("whatsapp"), p.whatsapp },
        { QStringLiteral("email"), p.email }, { QStringLiteral("opted_out"), p.optedOut },
        { QStringLiteral("updated_by"), updatedBy }, { QStringLiteral("branch_id"), branchId },
        { QStringLiteral("at"), atUtc } };
}

Status saveCustomerPreferences(Database &db, const QString &customerId, const CustomerChannelPreferences &preferences,
    const QString &updatedBy, const QString &branchId, const QString &nowUtc)
{
    Transaction transaction(db);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    if (Status saved = NotificationStore(db).setPreferences(customerId, preferences, updatedBy, nowUtc); !saved)
        return saved;
    Result<qint64> seq = Outbox(db).append(IdGenerator::instance().nextString(),
        QString(kNotificationPreferencesSetMutation), kNotificationPreferencesSchema,
        notificationPreferencesPayload(customerId, preferences, updatedBy, branchId, nowUtc), nowUtc);
    if (!seq)
        return std::unexpected(seq.error());
    return transaction.commit();
}

Status applyPreferencesRow(Database &db, const QJsonObject &row)
{
    const QString customerId = row.value(QLatin1String("customer_id")).toString();
    const QString updatedAt = row.value(QLatin1String("updated_at")).toString();
    if (customerId.isEmpty() || updatedAt.isEmpty())
        return fail(ErrorCode::Protocol, NX_ERR("The server sent a customer's preferences without %1"),
            { customerId.isEmpty() ? QStringLiteral("customer_id") : QStringLiteral("updated_at") },
            QStringLiteral("preferences"));
    // Both backends give 0/1 integers (SQLite has no boolean; the PostgreSQL column is an integer too).
    auto flag = [&row](const char *key) { return row.value(QLatin1String(key)).toInteger() != 0 ? 1 : 0; };
    const QString by = row.value(QLatin1String("updated_by")).toString();
    Result<QSqlQuery> saved = db.exec(
        QStringLiteral("INSERT INTO notification_preferences(customer_id, whatsapp, email, opted_out, updated_by, "
                       "updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(customer_id) DO UPDATE SET "
                       "whatsapp = excluded.whatsapp, email = excluded.email, opted_out = excluded.opted_out, "
                       "updated_by = excluded.updated_by, updated_at = excluded.updated_at "
                       "WHERE notification_preferences.updated_at <= excluded.updated_at"),
        { customerId, flag("whatsapp"), flag("email"), flag("opted_out"), by.isNull() ? QStringLiteral("") : by,
            updatedAt });
    if (!saved)
        return std::unexpected(saved.error());
    return {};
}

} // namespace nexus
