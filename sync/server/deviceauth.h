// Device authentication: /v1/token issues short-lived HMAC-signed bearer tokens; every sync route resolves them.
#pragma once

#include <QByteArray>
#include <QString>

#include <expected>

#include "protocol/apierror.h"
#include "protocol/tokenmessages.h"
#include "server/devicecontext.h"

QT_BEGIN_NAMESPACE
class QHttpServerRequest;
QT_END_NAMESPACE

namespace nexus {

class Clock;
class ServerStorage;

// Why HMAC tokens and not a token table: verifying needs no write and no extra table, a server restart with the
// same key (DATA/token-key) keeps tokens valid, and the device row is still read on every request, so a revoked
// device is refused at once (its next request gets 401) and a re-enrolled device (new epoch) too.
// Token: "v1." + base64url(JSON {"d": device, "t": tenant, "e": epoch, "x": expiry secs[, "p": 1]}) + "." +
//        base64url(HMAC-SHA256(key, "v1." + payload)).
// "p": taken with the secret the device's last epoch change replaced (see DeviceEpochs): refused everywhere but
// /v1/device/epoch, where it may only repeat that change or learn that its database is a copy.
//
// Use on any authenticated route (the pull routes too):
//     std::expected<DeviceContext, wire::ApiError> device = m_auth.authenticate(request);
//     if (!device) return errorResponse(device.error());   // 401 invalid_token: the client refreshes and retries
class DeviceAuth final
{
public:
    static constexpr qint64 kTokenTtlSeconds = 15 * 60;
    static constexpr qsizetype kKeyBytes = 32;

    // key: at least 32 bytes (see loadOrCreateKey); an empty key means a random one for this process only.
    DeviceAuth(ServerStorage &storage, const Clock &clock, QByteArray key = {});

    // The HMAC key in `path` (32 random bytes, 0600), created on first use. Several server processes sharing
    // the data folder share it, so a token from one is accepted by the others.
    [[nodiscard]] static Result<QByteArray> loadOrCreateKey(const QString &path);

    // Unknown/revoked device, inactive tenant or wrong secret → 401 invalid_credentials (same answer for all,
    // so the endpoint does not reveal which device ids exist).
    [[nodiscard]] std::expected<wire::TokenResponse, wire::ApiError> issueToken(const wire::TokenRequest &request);

    // "Authorization: Bearer <token>" → the device, or 401 invalid_token. A token of the previous secret is refused
    // unless the caller (the epoch endpoint) accepts it; DeviceContext::previousSecret says which it was.
    [[nodiscard]] std::expected<DeviceContext, wire::ApiError> authenticate(const QHttpServerRequest &request);
    // The same from the raw header value ("Bearer v1.…"), for callers without a QHttpServerRequest (tests).
    [[nodiscard]] std::expected<DeviceContext, wire::ApiError> authenticateHeader(
        const QByteArray &authorization, bool acceptPreviousSecret = false);
    [[nodiscard]] std::expected<DeviceContext, wire::ApiError> authenticateToken(
        const QString &token, bool acceptPreviousSecret = false);

    // A key for another use of the server, derived from this one (HMAC-SHA256 with `label`): it lives where the token
    // key lives (the data folder, 0600, in the backups) and never in a database.
    [[nodiscard]] QByteArray deriveKey(QByteArrayView label) const;

private:
    [[nodiscard]] QByteArray sign(const QByteArray &signedPart) const;

    ServerStorage &m_storage;
    const Clock &m_clock;
    QByteArray m_key;
};

} // namespace nexus
