// Authenticated requests for one enrolled device: gets a bearer token, refreshes it before expiry and on 401.
#pragma once

#include <QElapsedTimer>
#include <QString>

#include <optional>

#include "client/transport.h"
#include "common/clock.h"

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

    // clock: this computer's clock, only to tell how far it is from the server's (token lifetimes are measured on a
    // monotonic timer, so a wrong or changed wall clock neither expires nor extends a token).
    TransportSession(
        Transport &transport, QString deviceId, QString deviceSecret, const Clock &clock = Clock::system());

    [[nodiscard]] Result<HttpResponse> post(const QString &path, const QByteArray &jsonBody);
    [[nodiscard]] Result<HttpResponse> get(const QString &path);
    [[nodiscard]] Result<HttpResponse> send(TransportRequest request);

    // A valid token now: the cached one, or a new one from /v1/token. Same errors as send().
    [[nodiscard]] Status ensureToken();
    // Forgets the token (the next request fetches a new one).
    void resetToken() { m_token.clear(); }
    // The device's new secret (a new epoch rotates it): the next token is asked for with it.
    void setSecret(QString deviceSecret)
    {
        m_deviceSecret = std::move(deviceSecret);
        m_token.clear();
    }
    // The device's epoch at the server, as the last token answer said (0: not known yet, or an older server).
    [[nodiscard]] int serverEpoch() const { return m_serverEpoch; }
    // This computer's clock minus the server's when the last token was issued (expires_at - expires_in is the
    // server's time then); nothing before the first token. Network latency makes it a few hundred ms rough.
    [[nodiscard]] std::optional<qint64> clockSkewSeconds() const { return m_clockSkewSeconds; }
    [[nodiscard]] const QString &deviceId() const { return m_deviceId; }
    [[nodiscard]] int tokensFetched() const { return m_tokensFetched; }

private:
    Transport &m_transport;
    const Clock &m_clock;
    QString m_deviceId;
    QString m_deviceSecret;
    QString m_token;
    QElapsedTimer m_tokenAge; // monotonic: a changed wall clock does not expire or extend a token
    qint64 m_tokenLifetimeMs = 0;
    int m_tokensFetched = 0;
    int m_serverEpoch = 0;
    std::optional<qint64> m_clockSkewSeconds;
};

} // namespace nexus
