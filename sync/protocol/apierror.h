// The error body every endpoint answers with: {"error": {"code", "message", "field"}} plus the HTTP status.
#pragma once

#include <QJsonObject>
#include <QString>

#include "common/error.h"

namespace nexus::wire {

// Machine-readable error codes; clients branch on these, never on the message.
namespace errorcode {
inline constexpr QLatin1String kInvalidJson { "invalid_json" }; // 400: the body is not a JSON object
inline constexpr QLatin1String kInvalidField { "invalid_field" }; // 400: `field` names what is wrong
inline constexpr QLatin1String kInvalidCode { "invalid_code" }; // 401: no such enrollment code
inline constexpr QLatin1String kCodeUsed { "code_used" }; // 410: the code was redeemed already
inline constexpr QLatin1String kCodeExpired { "code_expired" }; // 410: the code is past its expiry
inline constexpr QLatin1String kNotFound { "not_found" }; // 404
inline constexpr QLatin1String kMethodNotAllowed { "method_not_allowed" }; // 405
inline constexpr QLatin1String kPayloadTooLarge { "payload_too_large" }; // 413
inline constexpr QLatin1String kInternal { "internal" }; // 500: see the server log
inline constexpr QLatin1String kInvalidSignature { "invalid_signature" }; // 401: a webhook call not signed right
inline constexpr QLatin1String kForbidden { "forbidden" }; // 403: a webhook subscription with the wrong token
} // namespace errorcode

struct ApiError
{
    int httpStatus = 500;
    QString code; // one of errorcode::
    QString message; // English, for logs and as a last resort for people
    QString field; // the offending request field, when there is one

    // Maps a core error: InvalidInput → 400 invalid_field, NotFound → 404, Unauthenticated → 401, else 500.
    [[nodiscard]] static ApiError fromError(const Error &error);
    [[nodiscard]] static ApiError make(int httpStatus, QLatin1String code, const Error &error);

    [[nodiscard]] QJsonObject toJson() const;
    // Reads an error body; a body that is not one gives an ApiError with code "" and the raw text as message.
    [[nodiscard]] static ApiError fromBody(int httpStatus, const QByteArray &body);
};

} // namespace nexus::wire
