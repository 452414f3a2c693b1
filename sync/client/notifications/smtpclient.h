// E-mail through an SMTP relay with libcurl: smtp:// (STARTTLS required or optional) or smtps://, a UTF-8
// text/plain MIME message whose Message-ID carries the outbox's idempotency key; with the message's document (a
// quote's PDF) a multipart/mixed message with the file attached.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include "client/notifications/channelclient.h"

namespace nexus {

class SmtpClient final : public NotificationChannelClient
{
public:
    struct Config
    {
        QString url; // "smtp://mail.example.mx:587" or "smtps://…:465"
        QString username; // '' no AUTH
        QString password;
        QString fromAddress;
        QString fromName;
        bool requireStartTls = true; // false: use STARTTLS when the relay offers it, else plain (a LAN relay)
        QString caFile;
        int timeoutMs = 30000;
    };

    explicit SmtpClient(Config config) : m_config(std::move(config)) { }

    [[nodiscard]] ChannelOutcome send(const NotificationMessage &message) override;

    // The whole RFC 5322 message (CRLF line ends, base64 body, RFC 2047 subject) for `message`.
    [[nodiscard]] static QByteArray mimeMessage(const NotificationMessage &message, const QString &fromAddress,
        const QString &fromName, const QDateTime &date);
    // "<key@nexus-pos>" with anything outside the allowed characters replaced.
    [[nodiscard]] static QByteArray messageId(const QString &idempotencyKey);

private:
    Config m_config;
};

} // namespace nexus
