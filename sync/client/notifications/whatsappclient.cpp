// The Cloud API request, and Meta's documented error object: retry on 429/5xx and Meta's throttling and
// "temporarily unavailable" codes, fail on everything else (bad number, template not approved, token).
#include "client/notifications/whatsappclient.h"

#include "client/httpclient.h"
#include "client/multipartform.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace nexus {

namespace {

// Meta's codes that mean "later": throttling (4, 80007, 130429, 131048, 131056) and service trouble (131000,
// 131016, 2).
constexpr int kTransientCodes[] = { 2, 4, 80007, 130429, 131000, 131016, 131048, 131056 };

} // namespace

QByteArray WhatsAppClient::mediaUploadBody(const QString &fileName, const QByteArray &bytes, const QByteArray &boundary)
{
    const QByteArray type = attachmentMimeType(fileName);
    MultipartForm form(boundary);
    form.addField("messaging_product", "whatsapp");
    form.addField("type", type);
    form.addFile("file", fileName, type, bytes);
    return form.body();
}

QByteArray WhatsAppClient::requestBody(
    const NotificationMessage &message, const QString &languageCode, const QString &mediaId)
{
    QString to = message.recipient;
    if (to.startsWith(QLatin1Char('+')))
        to.remove(0, 1);
    QJsonObject body { { QStringLiteral("messaging_product"), QStringLiteral("whatsapp") },
        { QStringLiteral("recipient_type"), QStringLiteral("individual") }, { QStringLiteral("to"), to },
        // Returned by Meta in the status webhooks: ties every report back to the outbox row.
        { QStringLiteral("biz_opaque_callback_data"), message.idempotencyKey } };
    const QJsonObject document { { QStringLiteral("id"), mediaId },
        { QStringLiteral("filename"), message.attachmentName } };
    if (message.whatsappTemplate.isEmpty() && !mediaId.isEmpty()) {
        QJsonObject captioned = document;
        captioned.insert(QStringLiteral("caption"), message.body);
        body.insert(QStringLiteral("type"), QStringLiteral("document"));
        body.insert(QStringLiteral("document"), captioned);
    } else if (message.whatsappTemplate.isEmpty()) {
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
        QJsonArray components;
        if (!mediaId.isEmpty()) // the template's DOCUMENT header
            components.append(QJsonObject { { QStringLiteral("type"), QStringLiteral("header") },
                { QStringLiteral("parameters"),
                    QJsonArray { QJsonObject { { QStringLiteral("type"), QStringLiteral("document") },
                        { QStringLiteral("document"), document } } } } });
        if (!parameters.isEmpty())
            components.append(QJsonObject { { QStringLiteral("type"), QStringLiteral("body") },
                { QStringLiteral("parameters"), parameters } });
        if (!components.isEmpty())
            tpl.insert(QStringLiteral("components"), components);
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

QList<QByteArray> WhatsAppClient::authorization() const
{
    return { QByteArray("Authorization: Bearer ") + m_config.accessToken.toUtf8() };
}

ChannelOutcome WhatsAppClient::refused(const QByteArray &body, int status)
{
    bool transient = false;
    const QString error = describeError(body, status, &transient);
    return { transient ? ChannelOutcome::Kind::Retry : ChannelOutcome::Kind::Failed, {}, error };
}

WhatsAppClient::Upload WhatsAppClient::upload(const NotificationMessage &message) const
{
    HttpClient http({ m_config.caFile, 5000, m_config.timeoutMs, nullptr });
    const QString url = m_config.baseUrl + QLatin1Char('/') + m_config.apiVersion + QLatin1Char('/')
        + m_config.phoneNumberId + QStringLiteral("/media");
    const QByteArray boundary = "nexus-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    Result<HttpResponse> response = http.sendBody(url,
        mediaUploadBody(message.attachmentName, message.attachment, boundary),
        "multipart/form-data; boundary=" + boundary, authorization());
    if (!response)
        return { {}, { ChannelOutcome::Kind::Retry, {}, response.error().logMessage() } };
    if (response->status / 100 != 2)
        return { {}, refused(response->body, response->status) };
    const QString id = QJsonDocument::fromJson(response->body).object().value(QStringLiteral("id")).toString();
    if (id.isEmpty())
        return { {}, { ChannelOutcome::Kind::Failed, {},
                         QStringLiteral("media upload: HTTP %1 without a media id: %2")
                             .arg(response->status)
                             .arg(QString::fromUtf8(response->body.left(300))) } };
    return { id, {} };
}

ChannelOutcome WhatsAppClient::send(const NotificationMessage &message)
{
    if (message.recipient.isEmpty())
        return { ChannelOutcome::Kind::Failed, {}, QStringLiteral("no WhatsApp number") };
    QString mediaId;
    if (!message.attachment.isEmpty()) {
        // Uploaded again on a retry: Meta keeps unused media 30 days, and an id from a failed attempt is not stored.
        const Upload uploaded = upload(message);
        if (uploaded.mediaId.isEmpty())
            return uploaded.stop;
        mediaId = uploaded.mediaId;
    }
    HttpClient http({ m_config.caFile, 5000, m_config.timeoutMs, nullptr });
    const QString url = m_config.baseUrl + QLatin1Char('/') + m_config.apiVersion + QLatin1Char('/')
        + m_config.phoneNumberId + QStringLiteral("/messages");
    const QByteArray body = requestBody(message, m_config.languageCode, mediaId);
    Result<HttpResponse> response = http.send(url, &body, authorization());
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
    return refused(response->body, response->status);
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
