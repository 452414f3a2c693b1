// How the sync engine talks to the server: one request in, one response (any HTTP status) or a network error out.
#pragma once

#include <QByteArray>
#include <QString>

#include "client/httpclient.h"
#include "common/error.h"

namespace nexus {

struct TransportRequest
{
    enum class Method { Get, Post, Delete };
    Method method = Method::Post;
    QString path; // "/v1/sync/push", relative to the server URL
    QByteArray body; // JSON for POST
    QString bearerToken; // empty: no Authorization header
};

// The real one is CurlTransport; tests put an in-process fake network here (delay, drop, duplicate, reorder,
// cut the answer after the server committed). Called from the sync thread only; implementations need not be
// thread-safe.
class Transport
{
public:
    virtual ~Transport() = default;
    // ErrorCode::Network when nothing usable came back (refused, timeout, TLS, a cut response); otherwise the
    // response with its status, 4xx/5xx included.
    [[nodiscard]] virtual Result<HttpResponse> send(const TransportRequest &request) = 0;
};

} // namespace nexus
