// TransportSession: token fetch (/v1/token), bearer header, one retry after a 401 invalid_token.
#include "client/transportsession.h"

#include "protocol/apierror.h"
#include "protocol/jsonreader.h"
#include "protocol/logging.h"
#include "protocol/tokenmessages.h"

#include <QJsonDocument>

namespace nexus {

TransportSession::TransportSession(Transport &transport, QString deviceId, QString deviceSecret, const Clock &clock)
    : m_transport(transport), m_clock(clock), m_deviceId(std::move(deviceId)), m_deviceSecret(std::move(deviceSecret))
{
}

Status TransportSession::ensureToken()
{
    if (!m_token.isEmpty() && m_tokenAge.isValid() && m_tokenAge.elapsed() < m_tokenLifetimeMs)
        return {};
    m_token.clear();
    TransportRequest request;
    request.method = TransportRequest::Method::Post;
    request.path = QString(wire::kTokenPath);
    request.body
        = QJsonDocument(wire::TokenRequest { m_deviceId, m_deviceSecret }.toJson()).toJson(QJsonDocument::Compact);
    Result<HttpResponse> reply = m_transport.send(request);
    if (!reply)
        return std::unexpected(reply.error());
    if (reply->status == 401 || reply->status == 403) {
        const wire::ApiError error = wire::ApiError::fromBody(reply->status, reply->body);
        qCWarning(lcSyncEngine) << "the server refuses this device's credentials:" << error.code << error.message;
        return fail(ErrorCode::Unauthenticated, NX_ERR("The server does not accept this device (%1)"),
            { error.message }, QStringLiteral("device_secret"));
    }
    if (reply->status != 200) {
        const wire::ApiError error = wire::ApiError::fromBody(reply->status, reply->body);
        return fail(ErrorCode::Network, NX_ERR("The server could not issue an access token (HTTP %1: %2)"),
            { QString::number(reply->status), error.message });
    }
    Result<QJsonObject> json = wire::parseJsonObject(reply->body, QStringLiteral("token response"));
    if (!json)
        return fail(ErrorCode::Protocol, NX_ERR("The token answer is not understood: %1"), { json.error().message() });
    Result<wire::TokenResponse> token = wire::TokenResponse::fromJson(*json);
    if (!token)
        return fail(
            ErrorCode::Protocol, NX_ERR("The token answer is not understood: %1"), { token.error().message() });
    m_token = token->token;
    m_tokenLifetimeMs = std::max<qint64>(0, token->expiresIn - kRenewMarginSeconds) * 1000;
    m_tokenAge.start();
    ++m_tokensFetched;
    m_serverEpoch = token->epoch;
    const QDateTime serverNow
        = QDateTime::fromString(token->expiresAt, Qt::ISODateWithMs).addSecs(-token->expiresIn);
    if (serverNow.isValid())
        m_clockSkewSeconds = serverNow.secsTo(m_clock.nowUtc());
    return {};
}

Result<HttpResponse> TransportSession::send(TransportRequest request)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (Status status = ensureToken(); !status)
            return std::unexpected(status.error());
        request.bearerToken = m_token;
        Result<HttpResponse> reply = m_transport.send(request);
        if (!reply)
            return reply;
        if (reply->status != 401)
            return reply;
        // Expired, signed with a key the server no longer has, or the device was re-enrolled: try a fresh one.
        qCInfo(lcSyncEngine) << "token refused on" << request.path << "- fetching a new one";
        m_token.clear();
        if (attempt == 1)
            return reply;
    }
    Q_UNREACHABLE();
}

Result<HttpResponse> TransportSession::post(const QString &path, const QByteArray &jsonBody)
{
    TransportRequest request;
    request.method = TransportRequest::Method::Post;
    request.path = path;
    request.body = jsonBody;
    return send(std::move(request));
}

Result<HttpResponse> TransportSession::get(const QString &path)
{
    TransportRequest request;
    request.method = TransportRequest::Method::Get;
    request.path = path;
    return send(std::move(request));
}

} // namespace nexus
