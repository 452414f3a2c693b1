// Delivery reports pulled from the server → the message log's delivered / read / failed (with Meta's error).
#include "client/notifications/whatsappstatusreplica.h"

#include "client/notifications/whatsappclient.h"
#include "notifications/notificationstore.h"

namespace nexus {

Status applyWhatsAppStatusReport(Database &db, const QJsonObject &row)
{
    const QString body = row.value(QLatin1String("body")).toString();
    if (body.isEmpty())
        return fail(ErrorCode::Protocol, NX_ERR("The server sent the WhatsApp report %1 without its statuses"),
            { row.value(QLatin1String("id")).toString() }, QStringLiteral("body"));
    NotificationStore store(db);
    const QString receivedAt = row.value(QLatin1String("received_at")).toString();
    for (const WhatsAppClient::StatusUpdate &update : WhatsAppClient::parseStatusWebhook(body.toUtf8())) {
        if (update.messageId.isEmpty())
            continue;
        // A status of a message not stored as sent yet waits for markSent (or a week, if it is another counter's).
        Result<bool> applied
            = store.applyOrKeepProviderStatus(update.messageId, update.status, update.error, update.atUtc, receivedAt);
        if (!applied)
            return std::unexpected(applied.error());
    }
    return {};
}

} // namespace nexus
