// The Cloud API request, and Meta's documented error object: retry on 429/5xx and Meta's throttling and
// "temporarily unavailable" codes, fail on everything else (bad number, template not approved, token).
#include "client/notifications/whatsappclient.h"

#include "client/httpclient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nexus {

namespace {

// Meta's codes that mean "later": throttling (4, 80007, 130429, 131048, 131056) and service trouble (131000,
// 131016, 2).
constexpr int kTransientCodes[] = { 2, 4, 80007, 130429, 131000, 131016, 131048, 131056 };

} // namespace

QByteArray WhatsAppClient::requestBody(const NotificationMessage &message, const QString &languageCode)
{
    QString to = message.recipient;
    if (to.startsWith(QLatin1Char('+')))
        to.remove(0, 1);
    QJsonObject body { { QStringLiteral("messaging_product"), QStringLiteral("whatsapp") },
        { QStringLiteral("recipient_type"), QStringLiteral("individual") }, { QStringLiteral("to"), to },
        // Returned by Meta in the status webhooks: ties every report back to the outbox row.
        { QStringLiteral("biz_opaque_callback_data"), message.idempotencyKey } };
    if (message.whatsappTemplate.isEmpty()) {
        body.insert(QStringLiteral("type"), QStringLiteral("text"));
        body.insert(QStringLiteral("text"),
            QJsonObject { { QStringLiteral("preview_url"), true }, { QStringLiteral("body"), message.body } });
    } else {
        QJsonArray parameters;
        for (const QString &value : message.params)
            parameters.append(QJsonObject { { QStringLiteral("type"), QStringLiteral("text") },
                { QStringLiteral("text"), value } });
        QJsonObject tpl { { QStringLiteral("name"), message.whatsappTemplate },
            { QStringLiteral("language"), QJsonObject { { QStringLiteral("code"), languageCode } } } };
        if (!parameters.isEmpty())
            tpl.insert(QStringLiteral("components"),
                QJsonArray { QJsonObject { { QStringLiteral("type"), QStringLiteral("body") },
                    { QStringLiteral("parameters"), parameters } } });
        body.insert(QStringLiteral("type"), QStringLiteral("template"));
        body.insert(QStringLiteral("template"), tpl);
    }
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QString WhatsAppClient::describeError(const QByteArray &json, int httpStatus, bool *transient)
{
    const QJsonObject error = QJsonDocument::fromJson(json).object().value(QStringLiteral("error")).toObject();
    const int code = error.value(QStringLiteral("code")).toInt();
    *transient = httpStatus == 429 || httpStatus >= 500;
    for (int c : kTransientCodes)
        *transient = *transient || (code == c && code != 0);
    if (error.isEmpty())
        return QStringLiteral("HTTP %1: %2").arg(httpStatus).arg(QString::fromUtf8(json.left(300)));
    QString text = QStringLiteral("HTTP %1, code %2").arg(httpStatus).arg(code);
    if (const int sub = error.value(QStringLiteral("error_subcode")).toInt(); sub != 0)
        text += QStringLiteral("/%1").arg(sub);
    text += QStringLiteral(": ") + error.value(QStringLiteral("message")).toString();
    const QString details
        = error.value(QStringLiteral("error_data")).toObject().value(QStringLiteral("details")).toString();
    if (!details.isEmpty())
        text += QStringLiteral(" — ") + details;
    const QString trace = error.value(QStringLiteral("fbtrace_id")).toString();
    if (!trace.isEmpty())
        text += QStringLiteral(" (fbtrace_id %1)").arg(trace);
    return text;
}

ChannelOutcome WhatsAppClient::send(const NotificationMessage &message)
{
    if (message.recipient.isEmpty())
        return { ChannelOutcome::Kind::Failed, {}, QStringLiteral("no WhatsApp number") };
    HttpClient http({ m_config.caFile, 5000, m_config.timeoutMs, nullptr });
    const QString url = m_config.baseUrl + QLatin1Char('/') + m_config.apiVersion + QLatin1Char('/')
        + m_config.phoneNumberId + QStringLiteral("/messages");
    const QByteArray body = requestBody(message, m_config.languageCode);
    Result<HttpResponse> response
        = http.send(url, &body, { QByteArray("Authorization: Bearer ") + m_config.accessToken.toUtf8() });
    if (!response) // nothing usable came back: offline, refused, timeout
        return { ChannelOutcome::Kind::Retry, {}, response.error().logMessage() };
    if (response->status / 100 == 2) {
        const QJsonArray messages
            = QJsonDocument::fromJson(response->body).object().value(QStringLiteral("messages")).toArray();
        const QString id = messages.isEmpty() ? QString()
                                              : messages.first().toObject().value(QStringLiteral("id")).toString();
        if (id.isEmpty())
            return { ChannelOutcome::Kind::Failed, {},
                QStringLiteral("HTTP %1 without a message id: %2")
                    .arg(response->status)
                    .arg(QString::fromUtf8(response->body.left(300))) };
        return { ChannelOutcome::Kind::Sent, id, {} };
    }
    bool transient = false;
    const QString error = describeError(response->body, response->status, &transient);
    return { transient ? ChannelOutcome::Kind::Retry : ChannelOutcome::Kind::Failed, {}, error };
}

std::vector<WhatsAppClient::StatusUpdate> WhatsAppClient::parseStatusWebhook(const QByteArray &json)
{
    std::vector<StatusUpdate> updates;
    const QJsonArray entries = QJsonDocument::fromJson(json).object().value(QStringLiteral("entry")).toArray();
    for (const QJsonValue &entry : entries) {
        for (const QJsonValue &change : entry.toObject().value(QStringLiteral("changes")).toArray()) {
            const QJsonObject value = change.toObject().value(QStringLiteral("value")).toObject();
            for (const QJsonValue &s : value.value(QStringLiteral("statuses")).toArray()) {
                const QJsonObject status = s.toObject();
                QStringList errors;
                for (const QJsonValue &e : status.value(QStringLiteral("errors")).toArray()) {
                    const QJsonObject err = e.toObject();
                    errors << QStringLiteral("code %1: %2")
                                  .arg(err.value(QStringLiteral("code")).toInt())
                                  .arg(err.value(QStringLiteral("title")).toString());
                }
                const qint64 seconds = status.value(QStringLiteral("timestamp")).toString().toLongLong();
                updates.push_back({ status.value(QStringLiteral("id")).toString(),
                    status.value(QStringLiteral("status")).toString(), errors.join(QStringLiteral("; ")),
                    QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODateWithMs) });
            }
        }
    }
    return updates;
}

} // namespace nexus
