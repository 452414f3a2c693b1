// SnapshotFetcher on libcurl's easy interface: the body goes to the file only once the status and Content-Range
// say it is the expected slice.
#include "client/snapshotfetcher.h"

#include "protocol/logging.h"

#include <QFile>
#include <QRegularExpression>

#include <curl/curl.h>

#include <memory>
#include <mutex>

#ifndef NEXUS_VERSION_STRING
#define NEXUS_VERSION_STRING "0.0.0"
#endif

namespace nexus {

namespace {

constexpr qsizetype kMaxJsonBytes = 1024 * 1024;

struct Transfer
{
    CURL *handle = nullptr;
    QFile *out = nullptr;
    qint64 expectedFirst = -1;
    RangeReply reply;
    bool decided = false; // status and headers seen: body goes to `out` or to reply.body
    bool toFile = false;
    bool writeFailed = false;
    const std::atomic_bool *cancel = nullptr;
};

size_t onHeader(char *data, size_t size, size_t count, void *user)
{
    auto *transfer = static_cast<Transfer *>(user);
    const size_t bytes = size * count;
    static const QRegularExpression contentRange(
        QStringLiteral("^content-range:\\s*bytes\\s+(\\d+)-(\\d+)/(\\d+)"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match
        = contentRange.match(QString::fromLatin1(data, static_cast<qsizetype>(bytes)).trimmed());
    if (match.hasMatch()) {
        transfer->reply.first = match.captured(1).toLongLong();
        transfer->reply.last = match.captured(2).toLongLong();
        transfer->reply.total = match.captured(3).toLongLong();
    }
    return bytes;
}

size_t onData(char *data, size_t size, size_t count, void *user)
{
    auto *transfer = static_cast<Transfer *>(user);
    const size_t bytes = size * count;
    if (!transfer->decided) {
        long status = 0;
        curl_easy_getinfo(transfer->handle, CURLINFO_RESPONSE_CODE, &status);
        transfer->reply.status = static_cast<int>(status);
        transfer->toFile = transfer->out && status == 206 && transfer->reply.first == transfer->expectedFirst;
        transfer->decided = true;
    }
    if (transfer->toFile) {
        const qint64 room = transfer->reply.last - transfer->reply.first + 1 - transfer->reply.written;
        if (static_cast<qint64>(bytes) > room
            || transfer->out->write(data, static_cast<qint64>(bytes)) != static_cast<qint64>(bytes)) {
            transfer->writeFailed = true;
            return 0;
        }
        transfer->reply.written += static_cast<qint64>(bytes);
        return bytes;
    }
    if (transfer->reply.body.size() + static_cast<qsizetype>(bytes) > kMaxJsonBytes) {
        transfer->writeFailed = true;
        return 0;
    }
    transfer->reply.body.append(data, static_cast<qsizetype>(bytes));
    return bytes;
}

int onProgress(void *user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    const auto *transfer = static_cast<const Transfer *>(user);
    return transfer->cancel && transfer->cancel->load() ? 1 : 0;
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

Result<RangeReply> SnapshotFetcher::get(const QString &path, const QString &token) const
{
    return perform(path, token, -1, -1, nullptr);
}

Result<RangeReply> SnapshotFetcher::getRange(
    const QString &path, const QString &token, qint64 first, qint64 last, QFile &out) const
{
    return perform(path, token, first, last, &out);
}

Result<RangeReply> SnapshotFetcher::perform(
    const QString &path, const QString &token, qint64 first, qint64 last, QFile *out) const
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    std::unique_ptr<CURL, EasyDeleter> curl(curl_easy_init());
    if (!curl)
        return fail(ErrorCode::Internal, NX_ERR("Cannot start an HTTP request (libcurl)"));
    if (!m_options.caFile.isEmpty() && !QFile::exists(m_options.caFile))
        return fail(ErrorCode::NotFound, NX_ERR("The server certificate file %1 does not exist"), { m_options.caFile },
            QStringLiteral("ca_file"));
    const QString url = m_options.serverUrl + path;
    const QByteArray urlBytes = url.toUtf8();
    const QByteArray caFile = QFile::encodeName(m_options.caFile);
    const QByteArray authorization = QByteArrayLiteral("Authorization: Bearer ") + token.toLatin1();
    const QByteArray range
        = QByteArrayLiteral("Range: bytes=") + QByteArray::number(first) + '-' + QByteArray::number(last);
    std::unique_ptr<curl_slist, ListDeleter> headers(curl_slist_append(nullptr, authorization.constData()));
    if (out)
        headers.reset(curl_slist_append(headers.release(), range.constData()));

    Transfer transfer;
    transfer.handle = curl.get();
    transfer.out = out;
    transfer.expectedFirst = first;
    transfer.cancel = m_options.cancel;
    char errorBuffer[CURL_ERROR_SIZE] = {};
    CURL *handle = curl.get();
    curl_easy_setopt(handle, CURLOPT_URL, urlBytes.constData());
    curl_easy_setopt(handle, CURLOPT_PROTOCOLS_STR, "https");
    curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(handle, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(handle, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(m_options.connectTimeoutMs));
    // No overall timeout (a slice over a slow line takes what it takes); a stalled one is cut instead.
    curl_easy_setopt(handle, CURLOPT_LOW_SPEED_LIMIT, 1024L);
    curl_easy_setopt(handle, CURLOPT_LOW_SPEED_TIME, static_cast<long>(m_options.lowSpeedSeconds));
    curl_easy_setopt(handle, CURLOPT_USERAGENT, "nexus-pos/" NEXUS_VERSION_STRING);
    curl_easy_setopt(handle, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(handle, CURLOPT_HEADERFUNCTION, onHeader);
    curl_easy_setopt(handle, CURLOPT_HEADERDATA, &transfer);
    curl_easy_setopt(handle, CURLOPT_WRITEFUNCTION, onData);
    curl_easy_setopt(handle, CURLOPT_WRITEDATA, &transfer);
    curl_easy_setopt(handle, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(handle, CURLOPT_XFERINFOFUNCTION, onProgress);
    curl_easy_setopt(handle, CURLOPT_XFERINFODATA, &transfer);
    curl_easy_setopt(handle, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(handle, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!m_options.caFile.isEmpty()) {
        curl_easy_setopt(handle, CURLOPT_CAINFO, caFile.constData());
        curl_easy_setopt(handle, CURLOPT_CAPATH, nullptr);
    }
    curl_easy_setopt(handle, CURLOPT_HTTPHEADER, headers.get());

    const CURLcode code = curl_easy_perform(handle);
    if (!transfer.decided) { // an answer without a body (or none at all)
        long status = 0;
        curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &status);
        transfer.reply.status = static_cast<int>(status);
    }
    if (code == CURLE_OK)
        return transfer.reply;
    if (transfer.writeFailed && transfer.toFile && out)
        return fail(ErrorCode::Io, NX_ERR("Cannot write %1: %2"), { out->fileName(), out->errorString() });
    const QString detail = QString::fromUtf8(errorBuffer[0] ? errorBuffer : curl_easy_strerror(code));
    qCDebug(lcSyncEngine) << "snapshot request" << url << "failed after" << transfer.reply.written
                          << "bytes:" << detail;
    if (transfer.reply.written > 0)
        return transfer.reply; // a broken slice: keep what came, the caller resumes from there
    if (code == CURLE_ABORTED_BY_CALLBACK)
        return fail(ErrorCode::Network, NX_ERR("The request to %1 was cancelled"), { url });
    return fail(ErrorCode::Network, NX_ERR("Cannot reach the server %1: %2"), { url, detail });
}

} // namespace nexus
