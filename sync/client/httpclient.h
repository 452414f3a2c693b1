// Blocking HTTPS requests with libcurl: trusts exactly the given CA file, bounded by timeouts, cancellable.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <atomic>

#include "common/error.h"

namespace nexus {

struct HttpResponse
{
    int status = 0;
    QByteArray body;
};

// One request at a time per object; call it from any thread (the sync worker, the monitor thread), never from
// the UI thread for anything that can take long.
class HttpClient final
{
public:
    struct Options
    {
        QString caFile; // PEM to trust (the server's self-signed cert); empty: the system CAs
        int connectTimeoutMs = 5000; // TCP + TLS handshake
        int timeoutMs = 30000; // the whole request
        const std::atomic_bool *cancel = nullptr; // set to true from another thread to abort promptly
    };
    static constexpr qsizetype kMaxResponseBytes = 64 * 1024 * 1024;

    explicit HttpClient(Options options) : m_options(std::move(options)) { }

    // A transport failure (DNS, refused, TLS, timeout) is ErrorCode::Network; any HTTP status is a response.
    [[nodiscard]] Result<HttpResponse> get(const QString &url) const;
    [[nodiscard]] Result<HttpResponse> postJson(const QString &url, const QByteArray &json) const;
    // Any request with extra header lines ("Authorization: Bearer …"); postBody null: GET, else a JSON POST.
    [[nodiscard]] Result<HttpResponse> send(
        const QString &url, const QByteArray *postBody, const QList<QByteArray> &headers) const;
    // A POST of `body` as `contentType` (a multipart/form-data upload) with extra header lines.
    [[nodiscard]] Result<HttpResponse> sendBody(const QString &url, const QByteArray &body, const QByteArray &contentType,
        const QList<QByteArray> &headers) const;
    // A DELETE (a PAC's cancellation) with extra header lines; no body.
    [[nodiscard]] Result<HttpResponse> sendDelete(const QString &url, const QList<QByteArray> &headers) const;

private:
    [[nodiscard]] Result<HttpResponse> perform(const QString &url, const QByteArray *postBody,
        const QList<QByteArray> &headers = {}, const char *customMethod = nullptr,
        const QByteArray &contentType = QByteArrayLiteral("application/json")) const;

    Options m_options;
};

} // namespace nexus
