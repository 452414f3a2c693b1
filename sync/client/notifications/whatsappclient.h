// WhatsApp Business Cloud API: POST {base}/{version}/{phone-number-id}/messages with a Bearer token, a text message
// or an approved template with the body's parameters; Meta's error object read into the outcome.
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

    // The request body for `message` (text, or template when it names one); "to" is the number without '+'.
    [[nodiscard]] static QByteArray requestBody(const NotificationMessage &message, const QString &languageCode);

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
    Config m_config;
};

} // namespace nexus
