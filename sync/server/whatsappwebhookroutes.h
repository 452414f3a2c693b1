// WhatsApp Business Cloud API status webhook, per tenant: GET /v1/webhooks/whatsapp/<tenant> answers Meta's
// subscription check (hub.mode=subscribe, hub.verify_token, hub.challenge); POST with Meta's X-Hub-Signature-256
// (HMAC-SHA256 of the body with the tenant's app secret) keeps the call's message statuses for the counters'
// "whatsapp_statuses" pull bucket. A bad or missing signature is 401 and nothing is kept.
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

#include "common/error.h"

QT_BEGIN_NAMESPACE
class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;
QT_END_NAMESPACE

namespace nexus {

class Clock;
class Database;
class SecretBox;
class ServerStorage;

class WhatsAppWebhookRoutes final
{
public:
    Q_DISABLE_COPY_MOVE(WhatsAppWebhookRoutes)
    static constexpr qsizetype kMaxBodyBytes = 1024 * 1024; // Meta batches at most a few hundred statuses

    // `secrets` opens the tenants' sealed app secrets (AdminService::setWhatsAppWebhook seals them).
    WhatsAppWebhookRoutes(ServerStorage &storage, const Clock &clock, const SecretBox &secrets);
    ~WhatsAppWebhookRoutes();

    void registerRoutes(QHttpServer &http);
    // Seals the app secret of every tenant whose row still holds it in clear (written before sealing existed); at
    // start. A tenant that cannot be opened is logged and sealed when its settings are next read.
    void sealClearSecrets();

    // "sha256=<hex>" of HMAC-SHA256(body, secret), as Meta sends it.
    [[nodiscard]] static QByteArray signature(const QByteArray &body, const QByteArray &secret);
    // The statuses of a webhook call in Meta's shape ({"entry":[{"changes":[{"value":{"statuses":[…]}}]}]}), every
    // other field (inbound messages, contacts) left out; empty when the call has no status.
    [[nodiscard]] static QByteArray statusesOnly(const QByteArray &body);

private:
    struct Config
    {
        QString verifyToken;
        QByteArray appSecret;
    };
    [[nodiscard]] QHttpServerResponse verify(const QString &slug, const QHttpServerRequest &request);
    [[nodiscard]] QHttpServerResponse receive(const QString &slug, const QHttpServerRequest &request);
    [[nodiscard]] Result<Database *> tenantDb(const QString &slug);
    // The tenant's webhook settings (and its database in *db): nullopt when the tenant does not exist, has none, or
    // they cannot be read (logged); all of them are a 404 to the caller.
    [[nodiscard]] std::optional<Config> settingsOf(const QString &slug, Database **db);
    // Opens the sealed app secret; one still in clear is sealed in place first (conditionally: another process may
    // have sealed it meanwhile).
    [[nodiscard]] Result<std::optional<Config>> config(Database &db);

    ServerStorage &m_storage;
    const Clock &m_clock;
    const SecretBox &m_secrets;
};

} // namespace nexus
