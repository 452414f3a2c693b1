// POST /v1/token: a device trades its enrollment secret for a short-lived bearer token used by every sync route.
#pragma once

#include <QJsonObject>
#include <QLatin1String>
#include <QString>

#include "common/error.h"

namespace nexus::wire {

inline constexpr QLatin1String kTokenPath { "/v1/token" }; // POST TokenRequest → TokenResponse

namespace errorcode {
// 401 on an authenticated route: the bearer token is missing, malformed, expired, or its device was revoked or
// re-enrolled. The client drops its token, asks /v1/token for a new one and repeats the request once.
inline constexpr QLatin1String kInvalidToken { "invalid_token" };
// 401 on /v1/token: unknown or revoked device, or a wrong secret. Retrying cannot help; the outbox is kept.
inline constexpr QLatin1String kInvalidCredentials { "invalid_credentials" };
} // namespace errorcode

// {"device_id": "…", "device_secret": "…"}
struct TokenRequest
{
    QString deviceId;
    QString deviceSecret;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<TokenRequest> fromJson(const QJsonObject &json);
};

// {"token": "v1.<payload>.<mac>", "expires_at": "2026-01-15T10:15:00.000Z", "expires_in": 900, "epoch": 1}
struct TokenResponse
{
    QString token;
    QString expiresAt; // UTC ISO-8601 (server clock)
    qint64 expiresIn = 0; // seconds; clients use this rather than expiresAt so a skewed client clock does not matter
    // The device's epoch at the server (0: a server that predates it). A database with an older one is a restored
    // or copied one and must change epoch (/v1/device/epoch) before it pushes.
    int epoch = 0;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<TokenResponse> fromJson(const QJsonObject &json);
};

} // namespace nexus::wire
