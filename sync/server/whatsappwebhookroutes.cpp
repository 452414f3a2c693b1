// The WhatsApp status webhook: tenant by slug, Meta's subscription check, signature check, statuses kept in one
// transaction (the change log trigger logs them for the pull).
#include "server/whatsappwebhookroutes.h"

#include "common/clock.h"
#include "common/idgenerator.h"
#include "protocol/apierror.h"
#include "protocol/logging.h"
#include "server/isotime.h"
#include "server/masterstore.h"
#include "server/secretbox.h"
#include "server/serverstorage.h"
#include "store/database.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QSqlQuery>
#include <QUrlQuery>

namespace nexus {

namespace {

using wire::ApiError;

QHttpServerResponse errorResponse(int status, QLatin1String code, const QString &message)
{
    return QHttpServerResponse(
        ApiError { status, QString(code), message, {} }.toJson(), static_cast<QHttpServerResponse::StatusCode>(status));
}

// Compares without stopping at the first difference: how long it takes says nothing about the secret.
bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

const QString kPath = QStringLiteral("/v1/webhooks/whatsapp/<arg>");

} // namespace

WhatsAppWebhookRoutes::WhatsAppWebhookRoutes(ServerStorage &storage, const Clock &clock, const SecretBox &secrets)
    : m_storage(storage), m_clock(clock), m_secrets(secrets)
{
}

WhatsAppWebhookRoutes::~WhatsAppWebhookRoutes() = default;

void WhatsAppWebhookRoutes::registerRoutes(QHttpServer &http)
{
    http.route(kPath, QHttpServerRequest::Method::Get,
        [this](const QString &slug, const QHttpServerRequest &request) { return verify(slug, request); });
    http.route(kPath, QHttpServerRequest::Method::Post,
        [this](const QString &slug, const QHttpServerRequest &request) { return receive(slug, request); });
}

QByteArray WhatsAppWebhookRoutes::signature(const QByteArray &body, const QByteArray &secret)
{
    return QByteArrayLiteral("sha256=")
        + QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toHex();
}

QByteArray WhatsAppWebhookRoutes::statusesOnly(const QByteArray &body)
{
    QJsonArray statuses;
    const QJsonArray entries = QJsonDocument::fromJson(body).object().value(QLatin1String("entry")).toArray();
    for (const QJsonValue &entry : entries)
        for (const QJsonValue &change : entry.toObject().value(QLatin1String("changes")).toArray())
            for (const QJsonValue &status : change.toObject()
                                                .value(QLatin1String("value"))
                                                .toObject()
                                                .value(QLatin1String("statuses"))
                                                .toArray())
                if (status.isObject())
                    statuses.append(status);
    if (statuses.isEmpty())
        return {};
    const QJsonObject value { { QStringLiteral("statuses"), statuses } };
    const QJsonObject change { { QStringLiteral("field"), QStringLiteral("messages") },
        { QStringLiteral("value"), value } };
    const QJsonObject entry { { QStringLiteral("changes"), QJsonArray { change } } };
    return QJsonDocument(QJsonObject { { QStringLiteral("entry"), QJsonArray { entry } } })
        .toJson(QJsonDocument::Compact);
}

Result<Database *> WhatsAppWebhookRoutes::tenantDb(const QString &slug)
{
    Result<std::optional<TenantRecord>> tenant = m_storage.master().tenantBySlug(slug);
    if (!tenant)
        return std::unexpected(tenant.error());
    if (!*tenant)
        return fail(ErrorCode::NotFound, NX_ERR("There is no tenant %1"), { slug }, QStringLiteral("tenant"));
    Result<TenantStore *> store = m_storage.tenant(**tenant);
    if (!store)
        return std::unexpected(store.error());
    return &(*store)->db();
}

Result<std::optional<WhatsAppWebhookRoutes::Config>> WhatsAppWebhookRoutes::config(Database &db)
{
    Result<QSqlQuery> q
        = db.exec(QStringLiteral("SELECT verify_token, app_secret FROM whatsapp_webhook_config WHERE id = 1"));
    if (!q)
        return std::unexpected(q.error());
    if (!q->next() || q->value(1).toString().isEmpty())
        return std::optional<Config>();
    const QString verifyToken = q->value(0).toString();
    QString stored = q->value(1).toString();
    q->finish();
    if (!SecretBox::isSealed(stored)) {
        Result<QString> sealed = m_secrets.seal(stored.toUtf8(), kWhatsAppAppSecretPurpose);
        if (!sealed)
            return std::unexpected(sealed.error());
        Result<QSqlQuery> updated = db.exec(
            QStringLiteral("UPDATE whatsapp_webhook_config SET app_secret = ? WHERE id = 1 AND app_secret = ?"),
            { *sealed, stored });
        if (!updated)
            return std::unexpected(updated.error());
        stored = *sealed;
    }
    Result<QByteArray> secret = m_secrets.open(stored, kWhatsAppAppSecretPurpose);
    if (!secret)
        return std::unexpected(secret.error());
    return std::optional<Config>(Config { verifyToken, *secret });
}

void WhatsAppWebhookRoutes::sealClearSecrets()
{
    Result<QList<TenantRecord>> tenants = m_storage.master().tenants();
    if (!tenants) {
        qCWarning(lcServerApi) << "WhatsApp app secrets: tenants not listed:" << tenants.error().logMessage();
        return;
    }
    for (const TenantRecord &tenant : *tenants) {
        Result<Database *> db = tenantDb(tenant.slug);
        if (!db) {
            qCWarning(lcServerApi) << "WhatsApp app secret of" << tenant.slug << db.error().logMessage();
            continue;
        }
        if (Result<std::optional<Config>> settings = config(**db); !settings)
            qCWarning(lcServerApi) << "WhatsApp app secret of" << tenant.slug << settings.error().logMessage();
    }
}

std::optional<WhatsAppWebhookRoutes::Config> WhatsAppWebhookRoutes::settingsOf(const QString &slug, Database **db)
{
    Result<Database *> opened = tenantDb(slug);
    if (!opened)
        return std::nullopt;
    Result<std::optional<Config>> settings = config(**opened);
    if (!settings) {
        qCWarning(lcServerApi) << "WhatsApp webhook settings of" << slug << settings.error().logMessage();
        return std::nullopt;
    }
    if (db)
        *db = *opened;
    return *settings;
}

QHttpServerResponse WhatsAppWebhookRoutes::verify(const QString &slug, const QHttpServerRequest &request)
{
    const std::optional<Config> settings = settingsOf(slug, nullptr);
    if (!settings)
        return errorResponse(404, wire::errorcode::kNotFound,
            QStringLiteral("There is no WhatsApp webhook for tenant %1").arg(slug));
    const QUrlQuery query = request.query();
    const QString mode = query.queryItemValue(QStringLiteral("hub.mode"), QUrl::FullyDecoded);
    const QString token = query.queryItemValue(QStringLiteral("hub.verify_token"), QUrl::FullyDecoded);
    if (mode != QLatin1String("subscribe") || settings->verifyToken.isEmpty()
        || !sameBytes(token.toUtf8(), settings->verifyToken.toUtf8()))
        return errorResponse(403, wire::errorcode::kForbidden, QStringLiteral("The verify token does not match"));
    // Meta expects the challenge back as it sent it, plain text.
    return QHttpServerResponse(QByteArrayLiteral("text/plain"),
        query.queryItemValue(QStringLiteral("hub.challenge"), QUrl::FullyDecoded).toUtf8());
}

QHttpServerResponse WhatsAppWebhookRoutes::receive(const QString &slug, const QHttpServerRequest &request)
{
    const QByteArray body = request.body();
    if (body.size() > kMaxBodyBytes)
        return errorResponse(413, wire::errorcode::kPayloadTooLarge, QStringLiteral("The call is too large"));
    Database *db = nullptr;
    const std::optional<Config> settings = settingsOf(slug, &db);
    if (!settings || !db)
        return errorResponse(404, wire::errorcode::kNotFound,
            QStringLiteral("There is no WhatsApp webhook for tenant %1").arg(slug));
    const QByteArray given = request.value(QByteArrayLiteral("X-Hub-Signature-256")).trimmed();
    if (!sameBytes(given, signature(body, settings->appSecret))) {
        qCWarning(lcServerApi).noquote() << "WhatsApp webhook of" << slug << "refused: bad signature from"
                                         << request.remoteAddress().toString();
        return errorResponse(401, wire::errorcode::kInvalidSignature, QStringLiteral("The signature does not match"));
    }
    const QByteArray statuses = statusesOnly(body);
    if (statuses.isEmpty())
        return QHttpServerResponse(QHttpServerResponse::StatusCode::Ok); // inbound messages: not ours to keep
    Transaction transaction(*db);
    Status stored = transaction.begin();
    if (stored) {
        Result<QSqlQuery> q = db->exec(
            QStringLiteral("INSERT INTO whatsapp_status_reports(id, received_at, body) VALUES (?, ?, ?)"),
            { IdGenerator::instance().nextString(), isoUtc(m_clock.nowUtc()), QString::fromUtf8(statuses) });
        stored = q ? transaction.commit() : Status(std::unexpected(q.error()));
    }
    if (!stored) {
        qCWarning(lcServerApi) << "WhatsApp webhook of" << slug << "not stored:" << stored.error().logMessage();
        // Meta retries a call that did not get a 200 for days: nothing is lost by saying so.
        return errorResponse(500, wire::errorcode::kInternal, QStringLiteral("The statuses could not be stored"));
    }
    return QHttpServerResponse(QHttpServerResponse::StatusCode::Ok);
}

} // namespace nexus
