// HTTPS GETs of the snapshot routes with libcurl: the manifest into memory, byte ranges straight into a file.
#pragma once

#include <QByteArray>
#include <QString>

#include <atomic>

#include "common/error.h"

QT_BEGIN_NAMESPACE
class QFile;
QT_END_NAMESPACE

namespace nexus {

// What one range request brought: the HTTP status, for 206 the Content-Range it announced and how many bytes of
// it were appended to the file (fewer when the connection broke), otherwise the (error) body.
struct RangeReply
{
    int status = 0;
    qint64 first = -1;
    qint64 last = -1;
    qint64 total = -1;
    qint64 written = 0;
    QByteArray body; // non-206 answers only
};

// Not HttpClient: a slice goes to disk as it arrives (no second copy in memory) and the Range/Content-Range
// headers are needed. Same trust rules as HttpClient: HTTPS only, exactly the given CA file, no redirects.
class SnapshotFetcher final
{
public:
    struct Options
    {
        QString serverUrl; // https://host:port
        QString caFile; // empty: system CAs
        const std::atomic_bool *cancel = nullptr;
        int connectTimeoutMs = 5000;
        int lowSpeedSeconds = 30; // abort a transfer that stalls below 1 KiB/s this long
    };

    explicit SnapshotFetcher(Options options) : m_options(std::move(options)) { }

    // GET path with a bearer token; the whole body (JSON, small).
    [[nodiscard]] Result<RangeReply> get(const QString &path, const QString &token) const;
    // GET path with "Range: bytes=first-last"; a 206 whose Content-Range starts at `first` is appended to `out`
    // (opened for appending, positioned at `first`). A transport failure after some bytes still returns the
    // reply with `written` set, so the caller keeps them and resumes from there.
    [[nodiscard]] Result<RangeReply> getRange(
        const QString &path, const QString &token, qint64 first, qint64 last, QFile &out) const;

private:
    [[nodiscard]] Result<RangeReply> perform(
        const QString &path, const QString &token, qint64 first, qint64 last, QFile *out) const;
    Options m_options;
};

} // namespace nexus
