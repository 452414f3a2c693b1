// CurlTransport: maps a TransportRequest onto HttpClient with a bearer header.
#include "client/curltransport.h"

namespace nexus {

CurlTransport::CurlTransport(QString serverUrl, HttpClient::Options options)
    : m_serverUrl(std::move(serverUrl)), m_http(std::move(options))
{
    while (m_serverUrl.endsWith(QLatin1Char('/')))
        m_serverUrl.chop(1);
}

Result<HttpResponse> CurlTransport::send(const TransportRequest &request)
{
    QList<QByteArray> headers;
    if (!request.bearerToken.isEmpty())
        headers.append(QByteArrayLiteral("Authorization: Bearer ") + request.bearerToken.toLatin1());
    const QString url = m_serverUrl + request.path;
    switch (request.method) {
    case TransportRequest::Method::Get:
        return m_http.send(url, nullptr, headers);
    case TransportRequest::Method::Post:
        return m_http.send(url, &request.body, headers);
    case TransportRequest::Method::Delete:
        return m_http.sendDelete(url, headers);
    }
    return fail(ErrorCode::Internal, NX_ERR("Unknown HTTP method"));
}

} // namespace nexus
