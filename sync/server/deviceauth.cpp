// Token issue (secret check against master.db) and verification (signature, expiry, device still enrolled).
#include "server/deviceauth.h"

#include "common/clock.h"
#include "protocol/logging.h"
#include "protocol/privatefile.h"
#include "server/enrollmentservice.h"
#include "server/isotime.h"
#include "server/serverstorage.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>

#include <openssl/crypto.h>
#include <openssl/rand.h>

namespace nexus {

namespace {

using wire::ApiError;
namespace errorcode = wire::errorcode;

const QByteArray kTokenPrefix = QByteArrayLiteral("v1.");
constexpr auto kBase64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray randomBytes(qsizetype count)
{
    QByteArray bytes(count, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), static_cast<int>(count)) != 1)
        qFatal("RAND_bytes failed: the system has no usable random source");
    return bytes;
}

bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    return a.size() == b.size() && CRYPTO_memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size())) == 0;
}

std::unexpected<ApiError> invalidToken(const char *why)
{
    qCInfo(lcServerApi) << "token refused:" << why;
    return std::unexpected(ApiError { 401, QString(errorcode::kInvalidToken),
        QStringLiteral("The access token is not valid (%1); request a new one at /v1/token")
            .arg(QString::fromLatin1(why)),
        QStringLiteral("Authorization") });
}

std::unexpected<ApiError> invalidCredentials()
{
    return std::unexpected(ApiError { 401, QString(errorcode::kInvalidCredentials),
        QStringLiteral("This device is not enrolled or its secret is wrong"), QStringLiteral("device_secret") });
}

std::unexpected<ApiError> internal(const Error &error)
{
    qCWarning(lcServerApi) << "device authentication failed:" << error.logMessage();
    return std::unexpected(ApiError::fromError(error));
}

} // namespace

DeviceAuth::DeviceAuth(ServerStorage &storage, const Clock &clock, QByteArray key)
    : m_storage(storage), m_clock(clock), m_key(key.size() >= kKeyBytes ? std::move(key) : randomBytes(kKeyBytes))
{
}

Result<QByteArray> DeviceAuth::loadOrCreateKey(const QString &path)
{
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return fail(ErrorCode::Io, NX_ERR("Cannot read %1: %2"), { path, file.errorString() },
                QStringLiteral("token-key"));
        const QByteArray key = file.readAll();
        if (key.size() < kKeyBytes)
            return fail(ErrorCode::Io, NX_ERR("The token key %1 is shorter than %2 bytes"),
                { path, QString::number(kKeyBytes) }, QStringLiteral("token-key"));
        return key;
    }
    const QByteArray key = randomBytes(kKeyBytes);
    if (Status written = writePrivateFile(path, key); !written)
        return std::unexpected(written.error());
    return key;
}

QByteArray DeviceAuth::deriveKey(QByteArrayView label) const
{
    return QMessageAuthenticationCode::hash(label.toByteArray(), m_key, QCryptographicHash::Sha256);
}

QByteArray DeviceAuth::sign(const QByteArray &signedPart) const
{
    return QMessageAuthenticationCode::hash(signedPart, m_key, QCryptographicHash::Sha256).toBase64(kBase64);
}

std::expected<wire::TokenResponse, ApiError> DeviceAuth::issueToken(const wire::TokenRequest &request)
{
    Result<std::optional<DeviceRecord>> device = m_storage.master().device(request.deviceId);
    if (!device)
        return internal(device.error());
    const QByteArray presented = EnrollmentService::hashSecret(request.deviceSecret).toLatin1();
    const bool current = *device && sameBytes(presented, (*device)->secretHash.toLatin1());
    const bool previous = *device && !current && !(*device)->previousSecretHash.isEmpty()
        && sameBytes(presented, (*device)->previousSecretHash.toLatin1());
    if (!current && !previous) {
        qCInfo(lcServerApi) << "token refused for device" << request.deviceId.left(64);
        return invalidCredentials();
    }
    if (current && (*device)->secretPending) {
        // The secret the last epoch change issued reached the device: it is not kept any longer.
        if (Status forgotten = m_storage.master().forgetIssuedSecret((*device)->id); !forgotten)
            return internal(forgotten.error());
    }
    Result<std::optional<TenantRecord>> tenant = m_storage.master().tenantById((*device)->tenantId);
    if (!tenant)
        return internal(tenant.error());
    if (!*tenant || !(*tenant)->active)
        return invalidCredentials();

    const QDateTime expires = m_clock.nowUtc().addSecs(kTokenTtlSeconds);
    QJsonObject claims { { QStringLiteral("d"), (*device)->id }, { QStringLiteral("t"), (*device)->tenantId },
        { QStringLiteral("e"), (*device)->epoch }, { QStringLiteral("x"), expires.toSecsSinceEpoch() } };
    if (previous) {
        qCInfo(lcServerApi) << "device" << (*device)->id << "presented the secret its last epoch change replaced";
        claims.insert(QStringLiteral("p"), 1);
    }
    const QByteArray signedPart
        = kTokenPrefix + QJsonDocument(claims).toJson(QJsonDocument::Compact).toBase64(kBase64);
    return wire::TokenResponse { QString::fromLatin1(signedPart + '.' + sign(signedPart)), isoUtc(expires),
        kTokenTtlSeconds, (*device)->epoch };
}

std::expected<DeviceContext, ApiError> DeviceAuth::authenticate(const QHttpServerRequest &request)
{
    return authenticateHeader(request.value(QByteArrayLiteral("Authorization")));
}

std::expected<DeviceContext, ApiError> DeviceAuth::authenticateHeader(
    const QByteArray &authorization, bool acceptPreviousSecret)
{
    const QByteArray header = authorization.trimmed();
    static const QByteArray kBearer = QByteArrayLiteral("bearer ");
    if (!header.toLower().startsWith(kBearer))
        return invalidToken("no bearer token");
    return authenticateToken(QString::fromLatin1(header.mid(kBearer.size()).trimmed()), acceptPreviousSecret);
}

std::expected<DeviceContext, ApiError> DeviceAuth::authenticateToken(const QString &token, bool acceptPreviousSecret)
{
    const QByteArray bytes = token.toLatin1();
    const qsizetype dot = bytes.lastIndexOf('.');
    if (!bytes.startsWith(kTokenPrefix) || dot <= kTokenPrefix.size())
        return invalidToken("malformed");
    const QByteArray signedPart = bytes.left(dot);
    if (!sameBytes(sign(signedPart), bytes.mid(dot + 1)))
        return invalidToken("bad signature");
    const QJsonObject claims = QJsonDocument::fromJson(
        QByteArray::fromBase64(signedPart.mid(kTokenPrefix.size()), kBase64)).object();
    const QString deviceId = claims.value(QStringLiteral("d")).toString();
    const QString tenantId = claims.value(QStringLiteral("t")).toString();
    const int epoch = claims.value(QStringLiteral("e")).toInt(-1);
    const qint64 expiry = static_cast<qint64>(claims.value(QStringLiteral("x")).toDouble(0));
    if (deviceId.isEmpty() || tenantId.isEmpty())
        return invalidToken("malformed");
    const bool previousSecret = claims.value(QStringLiteral("p")).toInt() == 1;
    if (previousSecret && !acceptPreviousSecret)
        return invalidToken("taken with the secret the last epoch change replaced");
    if (expiry <= m_clock.nowUtc().toSecsSinceEpoch())
        return invalidToken("expired");

    // The row is read on every request: revocation and re-enrollment take effect on the next request.
    Result<std::optional<DeviceRecord>> device = m_storage.master().device(deviceId);
    if (!device)
        return internal(device.error());
    if (!*device)
        return invalidToken("device revoked");
    if ((*device)->tenantId != tenantId || (*device)->epoch != epoch)
        return invalidToken("device re-enrolled");
    Result<std::optional<TenantRecord>> tenant = m_storage.master().tenantById(tenantId);
    if (!tenant)
        return internal(tenant.error());
    if (!*tenant || !(*tenant)->active)
        return invalidToken("tenant deactivated");
    return DeviceContext { tenantId, (*tenant)->slug, (*device)->branchId, deviceId, (*device)->epoch, previousSecret };
}

} // namespace nexus
