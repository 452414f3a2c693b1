// Transport over HTTPS with libcurl (HttpClient): trusts the server's CA file, cancellable from another thread.
#pragma once

#include "client/transport.h"

namespace nexus {

class CurlTransport final : public Transport
{
public:
    // serverUrl: "https://host:port" without a trailing slash; options.cancel aborts a request in flight.
    CurlTransport(QString serverUrl, HttpClient::Options options);

    [[nodiscard]] Result<HttpResponse> send(const TransportRequest &request) override;

private:
    QString m_serverUrl;
    HttpClient m_http;
};

} // namespace nexus
