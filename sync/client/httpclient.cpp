// HttpClient on libcurl's easy interface: one handle per request, HTTPS only, no redirects.
#include "client/httpclient.h"

#include "protocol/logging.h"

#include <QFile>

#include <curl/curl.h>

#include <mutex>

#ifndef NEXUS_VERSION_STRING
#define NEXUS_VERSION_STRING "0.0.0"
#endif

namespace nexus {

namespace {

void globalInit()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct Transfer
{
    QByteArray body;
    bool tooLarge = false;
    const std::atomic_bool *cancel = nullptr;
};

size_t onData(char *data, size_t size, size_t count, void *user)
{
    auto *transfer = static_cast<Transfer *>(user);
    const size_t bytes = size * count;
    if (transfer->body.size() + static_cast<qsizetype>(bytes) > HttpClient::kMaxResponseBytes) {
        transfer->tooLarge = true;
        return 0; // makes curl fail with CURLE_WRITE_ERROR
    }
    transfer->body.append(data, static_cast<qsizetype>(bytes));
    return bytes;
}

int onProgress(void *user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    const auto *transfer = static_cast<const Transfer *>(user);
    return transfer->cancel && transfer->cancel->load() ? 1 : 0; // non-zero aborts with CURLE_ABORTED_BY_CALLBACK
}

struct EasyDeleter
{
    void operator()(CURL *curl) const { curl_easy_cleanup(curl); }
};
struct ListDeleter
{
    void operator()(curl_slist *list) const { curl_slist_free_all(list); }
};

} // namespace

Result<HttpResponse> HttpClient::get(const QString &url) const
{
    return perform(url, nullptr);
}

Result<HttpResponse> HttpClient::postJson(const QString &url, const QByteArray &json) const
{
    return perform(url, &json);
}

Result<HttpResponse> HttpClient::send(
    const QString &url, const QByteArray *postBody, const QList<QByteArray> &headers) const
{
    return perform(url, postBody, headers);
}

Result<HttpResponse> HttpClient::sendBody(
    const QString &url, const QByteArray &body, const QByteArray &contentType, const QList<QByteArray> &headers) const
{
    return perform(url, &body, headers, nullptr, contentType);
}

Result<HttpResponse> HttpClient::sendDelete(const QString &url, const QList<QByteArray> &headers) const
{
    return perform(url, nullptr, headers, "DELETE");
}

Result<HttpResponse> HttpClient::perform(const QString &url, const QByteArray *postBody,
    const QList<QByteArray> &extraHeaders, const char *customMethod, const QByteArray &contentType) const
{
    globalInit();
    std::unique_ptr<CURL, EasyDeleter> curl(curl_easy_init());
    if (!curl)
        return fail(ErrorCode::Internal, NX_ERR("Cannot start an HTTP request (libcurl)"));
    if (!m_options.caFile.isEmpty() && !QFile::exists(m_options.caFile))
        return fail(ErrorCode::NotFound, NX_ERR("The server certificate file %1 does not exist"), { m_options.caFile },
            QStringLiteral("ca_file"));

    Transfer transfer;
    transfer.cancel = m_options.cancel;
    char errorBuffer[CURL_ERROR_SIZE] = {};
    const QByteArray urlBytes = url.toUtf8();
    const QByteArray caFile = QFile::encodeName(m_options.caFile);
    std::unique_ptr<curl_slist, ListDeleter> headers(curl_slist_append(nullptr, "Accept: application/json"));
    CURL *handle = curl.get();
    curl_easy_setopt(handle, CURLOPT_URL, urlBytes.constData());
    curl_easy_setopt(handle, CURLOPT_PROTOCOLS_STR, "https"); // device secrets never travel in clear text
    curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L); // required for timeouts in threads
    curl_easy_setopt(handle, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(handle, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(m_options.connectTimeoutMs));
    curl_easy_setopt(handle, CURLOPT_TIMEOUT_MS, static_cast<long>(m_options.timeoutMs));
    curl_easy_setopt(handle, CURLOPT_USERAGENT, "nexus-pos/" NEXUS_VERSION_STRING);
    curl_easy_setopt(handle, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(handle, CURLOPT_WRITEFUNCTION, onData);
    curl_easy_setopt(handle, CURLOPT_WRITEDATA, &transfer);
    curl_easy_setopt(handle, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(handle, CURLOPT_XFERINFOFUNCTION, onProgress);
    curl_easy_setopt(handle, CURLOPT_XFERINFODATA, &transfer);
    curl_easy_setopt(handle, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(handle, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!m_options.caFile.isEmpty()) {
        // Trust exactly this certificate: no system CA directory on top of it.
        curl_easy_setopt(handle, CURLOPT_CAINFO, caFile.constData());
        curl_easy_setopt(handle, CURLOPT_CAPATH, nullptr);
    }
    if (postBody) {
        const QByteArray typeLine = "Content-Type: " + contentType;
        headers.reset(curl_slist_append(headers.release(), typeLine.constData()));
        // No "Expect: 100-continue" round trip: the server reads whole bodies anyway.
        headers.reset(curl_slist_append(headers.release(), "Expect:"));
        curl_easy_setopt(handle, CURLOPT_POST, 1L);
        curl_easy_setopt(handle, CURLOPT_POSTFIELDS, postBody->constData());
        curl_easy_setopt(handle, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(postBody->size()));
    }
    if (customMethod)
        curl_easy_setopt(handle, CURLOPT_CUSTOMREQUEST, customMethod);
    for (const QByteArray &line : extraHeaders)
        headers.reset(curl_slist_append(headers.release(), line.constData()));
    curl_easy_setopt(handle, CURLOPT_HTTPHEADER, headers.get());

    const CURLcode code = curl_easy_perform(handle);
    if (code != CURLE_OK) {
        const QString detail = QString::fromUtf8(errorBuffer[0] ? errorBuffer : curl_easy_strerror(code));
        qCDebug(lcSyncEngine) << "request to" << url << "failed:" << detail;
        switch (code) {
        case CURLE_PEER_FAILED_VERIFICATION:
        case CURLE_SSL_CACERT_BADFILE:
        case CURLE_SSL_CERTPROBLEM:
            return fail(ErrorCode::Network,
                NX_ERR("The server %1 did not present a trusted certificate (%2). Check the server address "
                       "and the certificate file."),
                { url, detail });
        case CURLE_OPERATION_TIMEDOUT:
            return fail(ErrorCode::Network, NX_ERR("The server %1 did not answer in time (%2)"), { url, detail });
        case CURLE_ABORTED_BY_CALLBACK:
            return fail(ErrorCode::Network, NX_ERR("The request to %1 was cancelled"), { url });
        case CURLE_WRITE_ERROR:
            if (transfer.tooLarge)
                return fail(ErrorCode::Protocol, NX_ERR("The answer of %1 is larger than %2 bytes"),
                    { url, QString::number(kMaxResponseBytes) });
            break;
        case CURLE_UNSUPPORTED_PROTOCOL:
        case CURLE_URL_MALFORMAT:
            return fail(ErrorCode::InvalidInput, NX_ERR("The server address %1 is not a valid https:// URL"), { url },
                QStringLiteral("server_url"));
        default:
            break;
        }
        return fail(ErrorCode::Network, NX_ERR("Cannot reach the server %1: %2"), { url, detail });
    }
    long status = 0;
    curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &status);
    return HttpResponse { static_cast<int>(status), std::move(transfer.body) };
}

} // namespace nexus
