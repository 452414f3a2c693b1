// Authenticated requests for one enrolled device: gets a bearer token, refreshes it before expiry and on 401.
#pragma once

#include <QElapsedTimer>
#include <QString>

#include "client/transport.h"

namespace nexus {

// Use it for every authenticated route (push and pull):
//     TransportSession session(transport, deviceId, deviceSecret);
//     Result<HttpResponse> reply = session.post(QStringLiteral("/v1/sync/push"), body);
// A reply is any HTTP status except the one 401 invalid_token that was answered by refreshing the token and
// repeating the request once. Errors: Network (unreachable), Unauthenticated (the server refuses this device's
// credentials: revoked or wrong secret; nothing local is cleared), Protocol (the token answer was not understood).
// Not thread-safe: one session per thread (the sync thread owns its own).
class TransportSession final
{
public:
    // Tokens are renewed this long before the server says they expire, so a request never races the expiry.
    static constexpr qint64 kRenewMarginSeconds = 60;

    TransportSession(Transport &transport, QString deviceId, QString deviceSecret);

    [[nodiscard]] Result<HttpResponse> post(const QString &path, const QByteArray &jsonBody);
    [[nodiscard]] Result<HttpResponse> get(const QString &path);
    [[nodiscard]] Result<HttpResponse> send(TransportRequest request);

    // Forgets the token (the next request fetches a new one).
    void resetToken() { m_token.clear(); }
    [[nodiscard]] const QString &deviceId() const { return m_deviceId; }
    [[nodiscard]] int tokensFetched() const { return m_tokensFetched; }

private:
    [[nodiscard]] Status ensureToken();

    Transport &m_transport;
    QString m_deviceId;
    QString m_deviceSecret;
    QString m_token;
    QElapsedTimer m_tokenAge; // monotonic: a changed wall clock does not expire or extend a token
    qint64 m_tokenLifetimeMs = 0;
    int m_tokensFetched = 0;
};

} // namespace nexus
