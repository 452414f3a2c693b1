// Snapshot routes: the device's own tenant only (from its token), Range parsing, slices read from disk per request.
#include "server/snapshotroutes.h"

#include "protocol/apierror.h"
#include "protocol/logging.h"
#include "protocol/snapshotmanifest.h"
#include "server/deviceauth.h"
#include "server/serverstorage.h"
#include "server/snapshotstore.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QRegularExpression>

namespace nexus {

namespace {

using wire::ApiError;

QHttpServerResponse errorResponse(const ApiError &error)
{
    return QHttpServerResponse(error.toJson(), static_cast<QHttpServerResponse::StatusCode>(error.httpStatus));
}

ApiError noSnapshot(const QString &slug)
{
    return ApiError { 404, QString(wire::errorcode::kNoSnapshot),
        QStringLiteral("No catalogue snapshot has been built for tenant %1 (nexus-admin snapshot build)").arg(slug),
        {} };
}

struct ByteRange
{
    qint64 first = 0;
    qint64 last = 0; // inclusive
};

// "bytes=a-b", "bytes=a-" or "bytes=-n" against a file of `size` bytes; nullopt with `unsatisfiable` set when the
// range starts beyond the end, nullopt alone when the header is not one we serve (several ranges, other units).
std::optional<ByteRange> parseRange(const QByteArray &header, qint64 size, bool &unsatisfiable)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*bytes\\s*=\\s*(\\d*)\\s*-\\s*(\\d*)\\s*$"));
    unsatisfiable = false;
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(header));
    if (!match.hasMatch() || (match.captured(1).isEmpty() && match.captured(2).isEmpty()))
        return std::nullopt;
    ByteRange range;
    if (match.captured(1).isEmpty()) { // suffix: the last n bytes
        const qint64 suffix = match.captured(2).toLongLong();
        if (suffix == 0) {
            unsatisfiable = true;
            return std::nullopt;
        }
        range.first = std::max<qint64>(0, size - suffix);
        range.last = size - 1;
    } else {
        range.first = match.captured(1).toLongLong();
        range.last = match.captured(2).isEmpty() ? size - 1 : std::min(match.captured(2).toLongLong(), size - 1);
        if (range.first >= size || range.last < range.first) {
            unsatisfiable = true;
            return std::nullopt;
        }
    }
    return range;
}

} // namespace

void SnapshotRoutes::registerRoutes(QHttpServer &http)
{
    // The manifest first: the router tries rules in the order they were added.
    http.route(QString(wire::kSnapshotManifestPath), QHttpServerRequest::Method::Get,
        [this](const QHttpServerRequest &request) { return manifest(request); });
    http.route(QString(wire::kSnapshotFilePrefix) + QStringLiteral("<arg>"), QHttpServerRequest::Method::Get,
        [this](const QString &generation, const QHttpServerRequest &request) { return file(generation, request); });
}

QHttpServerResponse SnapshotRoutes::manifest(const QHttpServerRequest &request)
{
    std::expected<DeviceContext, ApiError> device = m_auth.authenticate(request);
    if (!device)
        return errorResponse(device.error());
    Result<std::optional<wire::SnapshotManifest>> current
        = SnapshotStore(m_storage.tenantDir(device->tenantSlug)).current();
    if (!current)
        return errorResponse(ApiError::fromError(current.error()));
    if (!*current)
        return errorResponse(noSnapshot(device->tenantSlug));
    return QHttpServerResponse((*current)->toJson());
}

QHttpServerResponse SnapshotRoutes::file(const QString &generationText, const QHttpServerRequest &request)
{
    std::expected<DeviceContext, ApiError> device = m_auth.authenticate(request);
    if (!device)
        return errorResponse(device.error());
    bool numeric = false;
    const qint64 generation = generationText.toLongLong(&numeric);
    if (!numeric || generation < 1)
        return errorResponse(ApiError { 404, QString(wire::errorcode::kNotFound),
            QStringLiteral("There is no snapshot %1").arg(generationText), {} });
    // Only the device's own tenant folder is ever looked at: the path comes from the token, not the request.
    const SnapshotStore store(m_storage.tenantDir(device->tenantSlug));
    Result<std::optional<wire::SnapshotManifest>> manifest = store.manifest(generation);
    if (!manifest)
        return errorResponse(ApiError::fromError(manifest.error()));
    if (!*manifest)
        return errorResponse(ApiError { 404, QString(wire::errorcode::kNoSnapshot),
            QStringLiteral("Snapshot %1 is not available (any more); ask for the manifest again").arg(generation),
            {} });
    const qint64 size = (*manifest)->size;

    const QByteArray rangeHeader = request.value(QByteArrayLiteral("Range"));
    ByteRange range { 0, size - 1 };
    bool partial = false;
    if (!rangeHeader.isEmpty()) {
        bool unsatisfiable = false;
        std::optional<ByteRange> parsed = parseRange(rangeHeader, size, unsatisfiable);
        if (unsatisfiable) {
            QHttpServerResponse response = errorResponse(ApiError { 416, QString(wire::errorcode::kRangeNotSatisfiable),
                QStringLiteral("The range %1 is outside the %2 bytes of the snapshot")
                    .arg(QString::fromLatin1(rangeHeader))
                    .arg(size),
                QStringLiteral("Range") });
            response.setHeader(QByteArrayLiteral("Content-Range"),
                QByteArray(QByteArrayLiteral("bytes */") + QByteArray::number(size)));
            return response;
        }
        if (parsed) {
            range = *parsed;
            partial = true;
        }
    }
    if (!partial && size > wire::kSnapshotMaxChunk)
        return errorResponse(ApiError { 400, QString(wire::errorcode::kRangeRequired),
            QStringLiteral("The snapshot has %1 bytes; ask for it in ranges of at most %2 bytes")
                .arg(size)
                .arg(wire::kSnapshotMaxChunk),
            QStringLiteral("Range") });
    // A longer range is answered with its first slice; Content-Range says which, and the device asks on.
    range.last = std::min(range.last, range.first + wire::kSnapshotMaxChunk - 1);

    QFile file(store.filePath(generation));
    if (!file.open(QIODevice::ReadOnly) || file.size() != size || !file.seek(range.first)) {
        qCWarning(lcServerApi) << "snapshot file unreadable or of the wrong size:" << file.fileName()
                               << file.errorString();
        return errorResponse(ApiError { 500, QString(wire::errorcode::kInternal),
            QStringLiteral("The snapshot file cannot be read; see the server log"), {} });
    }
    const qint64 length = range.last - range.first + 1;
    QByteArray data = file.read(length);
    if (data.size() != length)
        return errorResponse(ApiError { 500, QString(wire::errorcode::kInternal),
            QStringLiteral("The snapshot file cannot be read; see the server log"), {} });

    QHttpServerResponse response(QByteArrayLiteral("application/octet-stream"), std::move(data),
        partial ? QHttpServerResponse::StatusCode::PartialContent : QHttpServerResponse::StatusCode::Ok);
    response.setHeader(QByteArrayLiteral("Accept-Ranges"), QByteArrayLiteral("bytes"));
    response.setHeader(QByteArrayLiteral("ETag"), QByteArray('"' + (*manifest)->sha256.toLatin1() + '"'));
    if (partial)
        response.setHeader(QByteArrayLiteral("Content-Range"),
            QByteArray(QByteArrayLiteral("bytes ") + QByteArray::number(range.first) + '-'
                + QByteArray::number(range.last) + '/' + QByteArray::number(size)));
    return response;
}

} // namespace nexus
