// WhatsApp Business Cloud API: POST {base}/{version}/{phone-number-id}/messages with a Bearer token, a text message
// or an approved template with the body's parameters; Meta's error object read into the outcome. A message with a
// document (a quote's PDF) first uploads it (POST /{phone-number-id}/media, multipart/form-data) and sends the media
// id: as the template's document header, or as a document message with the text as its caption.
#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

#include "client/notifications/channelclient.h"

namespace nexus {

class WhatsAppClient final : public NotificationChannelClient
{
public:
    struct Config
    {
        QString baseUrl = QStringLiteral("https://graph.facebook.com");
        QString apiVersion = QStringLiteral("v21.0");
        QString phoneNumberId;
        QString accessToken;
        QString languageCode = QStringLiteral("es_MX"); // of the approved templates
        QString caFile; // '' system CAs (tests: the fake's self-signed certificate)
        int timeoutMs = 15000;
    };

    explicit WhatsAppClient(Config config) : m_config(std::move(config)) { }

    [[nodiscard]] ChannelOutcome send(const NotificationMessage &message) override;

    // The request body for `message` (text, or template when it names one); "to" is the number without '+'. With a
    // media id: the document (template header parameter, or a document message captioned with the text).
    [[nodiscard]] static QByteArray requestBody(
        const NotificationMessage &message, const QString &languageCode, const QString &mediaId = {});
    // The multipart/form-data body of a media upload: messaging_product, type and the file.
    [[nodiscard]] static QByteArray mediaUploadBody(
        const QString &fileName, const QByteArray &bytes, const QByteArray &boundary);


    // Meta's message status webhook ("statuses": sent, delivered, read, failed with errors[]).
    struct StatusUpdate
    {
        QString messageId; // wamid.…
        QString status;
        QString error;
        QString atUtc;
    };
    [[nodiscard]] static std::vector<StatusUpdate> parseStatusWebhook(const QByteArray &json);
    // {"error": {"message", "type", "code", "error_subcode", "error_data": {"details"}, "fbtrace_id"}} as one line.
    [[nodiscard]] static QString describeError(const QByteArray &json, int httpStatus, bool *transient);

private:
    // The uploaded document's media id, or the outcome that stops the send (retry later / failed for good).
    struct Upload
    {
        QString mediaId;
        ChannelOutcome stop;
    };
    [[nodiscard]] Upload upload(const NotificationMessage &message) const;
    [[nodiscard]] QList<QByteArray> authorization() const;
    [[nodiscard]] static ChannelOutcome refused(const QByteArray &body, int status);

    Config m_config;
};

} // namespace nexus
