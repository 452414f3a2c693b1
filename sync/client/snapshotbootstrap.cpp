// The bootstrap: manifest → resumable slices into catalog.db.part → SHA-256 + schema check → durable rename.
#include "client/snapshotbootstrap.h"

#include "client/httpclient.h"
#include "client/snapshotfetcher.h"
#include "protocol/apierror.h"
#include "protocol/jsonreader.h"
#include "protocol/logging.h"
#include "protocol/snapshotdigest.h"
#include "protocol/snapshotfilesync.h"
#include "protocol/tokenmessages.h"
#include "store/catalogstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QThread>

namespace nexus {

namespace {

void removeWithCompanions(const QString &path)
{
    for (const QString &suffix :
        { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal") })
        QFile::remove(path + suffix);
}

// The server changed the snapshot under us (new generation published, old one pruned): start over.
constexpr const char *kSnapshotReplaced = "snapshot_replaced";

Error apiError(const RangeReply &reply, const QString &what)
{
    const wire::ApiError error = wire::ApiError::fromBody(reply.status, reply.body);
    return Error(ErrorCode::Protocol, NX_ERR("The server refused %1 (HTTP %2): %3"),
        { what, QString::number(reply.status), error.message });
}

} // namespace

QString SnapshotBootstrap::catalogPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("catalog.db"));
}

QString SnapshotBootstrap::partPath(const QString &dataDir)
{
    return catalogPath(dataDir) + QStringLiteral(".part");
}

QString SnapshotBootstrap::partManifestPath(const QString &dataDir)
{
    return partPath(dataDir) + QStringLiteral(".json");
}

QString SnapshotBootstrap::stagedPath(const QString &dataDir)
{
    return catalogPath(dataDir) + QStringLiteral(".next");
}

namespace {
Result<qint64> generationOf(const QString &path)
{
    if (!QFileInfo::exists(path))
        return 0;
    Result<std::unique_ptr<Database>> db = Database::open(path, Durability::Normal);
    if (!db)
        return std::unexpected(db.error());
    Result<QVariant> hasMeta
        = (*db)->scalar(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'catalog_meta'"));
    if (!hasMeta)
        return std::unexpected(hasMeta.error());
    if (!hasMeta->isValid())
        return 0;
    Result<QVariant> generation
        = (*db)->scalar(QStringLiteral("SELECT value FROM catalog_meta WHERE key = 'generation'"));
    if (!generation)
        return std::unexpected(generation.error());
    return generation->isValid() ? generation->toLongLong() : 0;
}
} // namespace

Result<qint64> SnapshotBootstrap::installedGeneration(const QString &dataDir)
{
    return generationOf(catalogPath(dataDir));
}

Result<bool> SnapshotBootstrap::installStaged(const QString &dataDir)
{
    const QString staged = stagedPath(dataDir);
    if (!QFileInfo::exists(staged))
        return false;
    const QString target = catalogPath(dataDir);
    // Nobody has catalog.db open yet: its WAL belongs to the old file and must not be replayed into the new one.
    for (const QString &suffix : { QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal") })
        QFile::remove(target + suffix);
    if (Status moved = wire::renameDurably(staged, target); !moved)
        return std::unexpected(moved.error());
    qCInfo(lcSyncEngine) << "installed the staged catalogue" << target;
    return true;
}

Result<QString> SnapshotBootstrap::token(bool refresh)
{
    if (!m_token.isEmpty() && !refresh)
        return m_token;
    m_token.clear();
    HttpClient http(HttpClient::Options { m_options.caFile, 5000, 30000, m_options.cancel });
    const wire::TokenRequest request { m_options.deviceId, QString::fromUtf8(m_options.deviceSecret) };
    Result<HttpResponse> response = http.postJson(m_options.serverUrl + QString(wire::kTokenPath),
        QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact));
    if (!response)
        return std::unexpected(response.error());
    if (response->status != 200) {
        const wire::ApiError error = wire::ApiError::fromBody(response->status, response->body);
        return fail(response->status == 401 ? ErrorCode::Unauthenticated : ErrorCode::Protocol,
            NX_ERR("The server refused this device (HTTP %1): %2"),
            { QString::number(response->status), error.message });
    }
    Result<QJsonObject> json = wire::parseJsonObject(response->body, QStringLiteral("token answer"));
    if (!json)
        return std::unexpected(json.error());
    Result<wire::TokenResponse> token = wire::TokenResponse::fromJson(*json);
    if (!token)
        return std::unexpected(token.error());
    m_token = token->token;
    return m_token;
}

Result<wire::SnapshotManifest> SnapshotBootstrap::fetchManifest()
{
    SnapshotFetcher fetcher({ m_options.serverUrl, m_options.caFile, m_options.cancel });
    for (int attempt = 0; attempt < 2; ++attempt) {
        Result<QString> bearer = token(attempt > 0);
        if (!bearer)
            return std::unexpected(bearer.error());
        Result<RangeReply> reply = fetcher.get(QString(wire::kSnapshotManifestPath), *bearer);
        if (!reply)
            return std::unexpected(reply.error());
        if (reply->status == 401)
            continue; // token expired or server restarted with a new key: one fresh token
        if (reply->status == 404) {
            const wire::ApiError error = wire::ApiError::fromBody(reply->status, reply->body);
            if (error.code == wire::errorcode::kNoSnapshot)
                return fail(ErrorCode::NotFound,
                    NX_ERR("HQ has not published a catalogue for this store yet (nexus-admin snapshot build)"));
        }
        if (reply->status != 200)
            return std::unexpected(apiError(*reply, QStringLiteral("the catalogue manifest")));
        Result<QJsonObject> json = wire::parseJsonObject(reply->body, QStringLiteral("catalogue manifest"));
        if (!json)
            return std::unexpected(json.error());
        return wire::SnapshotManifest::fromJson(*json);
    }
    return fail(ErrorCode::Unauthenticated, NX_ERR("The server does not accept this device's token"));
}

Status SnapshotBootstrap::download(
    const wire::SnapshotManifest &manifest, const Progress &progress, SnapshotBootstrapResult &result)
{
    const QString part = partPath(m_options.dataDir);
    const QString partJson = partManifestPath(m_options.dataDir);
    // The .part belongs to exactly one manifest; anything else (other generation, no record) starts from zero.
    bool resumable = false;
    if (QFile recorded(partJson); recorded.open(QIODevice::ReadOnly)) {
        Result<QJsonObject> json = wire::parseJsonObject(recorded.readAll(), partJson);
        if (json) {
            Result<wire::SnapshotManifest> previous = wire::SnapshotManifest::fromJson(*json);
            resumable = previous && *previous == manifest;
        }
    }
    if (!resumable || QFileInfo(part).size() > manifest.size) {
        removeWithCompanions(part);
        const QByteArray json = QJsonDocument(manifest.toJson()).toJson(QJsonDocument::Compact);
        QFile file(partJson + QStringLiteral(".tmp"));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(json) != json.size() || !file.flush())
            return fail(ErrorCode::Io, NX_ERR("Cannot write %1: %2"), { file.fileName(), file.errorString() });
        file.close();
        if (Status synced = wire::fsyncFile(file.fileName()); !synced)
            return synced;
        if (Status moved = wire::renameDurably(file.fileName(), partJson); !moved)
            return moved;
    }

    QFile out(part);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Append))
        return fail(ErrorCode::Io, NX_ERR("Cannot write %1: %2"), { part, out.errorString() });
    qint64 offset = out.size();
    if (offset > 0)
        qCInfo(lcSyncEngine) << "resuming the catalogue download at" << offset << "of" << manifest.size;
    if (progress)
        progress(offset, manifest.size);
    SnapshotFetcher fetcher({ m_options.serverUrl, m_options.caFile, m_options.cancel });
    const QString path = QString(wire::kSnapshotFilePrefix) + QString::number(manifest.generation);
    int failures = 0;
    bool refreshToken = false;
    while (offset < manifest.size) {
        if (m_options.cancel && m_options.cancel->load())
            return fail(ErrorCode::Network, NX_ERR("The catalogue download was cancelled; it resumes next time"));
        if (failures >= m_options.attempts)
            return fail(ErrorCode::Network,
                NX_ERR("The catalogue download stopped at %1 of %2 bytes after %3 failed attempts; it resumes next "
                       "time"),
                { QString::number(offset), QString::number(manifest.size), QString::number(failures) });
        if (failures > 0)
            QThread::msleep(static_cast<unsigned long>(std::min(250 * (1 << failures), 4000)));
        Result<QString> bearer = token(refreshToken);
        if (!bearer)
            return std::unexpected(bearer.error());
        refreshToken = false;
        const qint64 last = std::min(offset + m_options.chunkBytes, manifest.size) - 1;
        Result<RangeReply> reply = fetcher.getRange(path, *bearer, offset, last, out);
        if (!reply) {
            if (reply.error().code() != ErrorCode::Network)
                return std::unexpected(reply.error());
            qCInfo(lcSyncEngine) << "catalogue slice failed:" << reply.error().logMessage();
            ++failures;
            continue;
        }
        if (reply->status == 401) {
            refreshToken = true;
            ++failures;
            continue;
        }
        if (reply->status == 404 || reply->status == 416 || (reply->status == 206 && reply->total != manifest.size))
            return fail(ErrorCode::Conflict, NX_ERR("The catalogue changed at the server during the download"), {},
                QString::fromLatin1(kSnapshotReplaced));
        if (reply->status != 206)
            return std::unexpected(apiError(*reply, QStringLiteral("a slice of the catalogue")));
        if (!out.flush())
            return fail(ErrorCode::Io, NX_ERR("Cannot write %1: %2"), { part, out.errorString() });
        offset += reply->written;
        result.downloaded += reply->written;
        // A broken slice keeps its bytes and counts as a failure; a complete one resets the count.
        failures = reply->written == last - reply->first + 1 ? 0 : failures + 1;
        if (progress)
            progress(offset, manifest.size);
    }
    out.close();
    return {};
}

Status SnapshotBootstrap::verify(const wire::SnapshotManifest &manifest, SnapshotBootstrapResult &result)
{
    const QString part = partPath(m_options.dataDir);
    if (Status synced = wire::fsyncFile(part); !synced)
        return synced;
    Result<QString> digest = wire::sha256OfFile(part, m_options.cancel);
    if (!digest)
        return std::unexpected(digest.error());
    if (*digest != manifest.sha256)
        return fail(ErrorCode::Protocol, NX_ERR("The downloaded catalogue is damaged (SHA-256 %1, expected %2)"),
            { *digest, manifest.sha256 }, QStringLiteral("sha256"));
    // Opened once as the counter will open it: schema known (or migrated), the parts there.
    Result<std::unique_ptr<CatalogStore>> store = CatalogStore::open(part);
    if (!store)
        return fail(
            ErrorCode::Protocol, NX_ERR("The downloaded catalogue cannot be used: %1"), { store.error().message() });
    Result<qint64> parts = (*store)->partCount();
    if (!parts)
        return std::unexpected(parts.error());
    result.parts = *parts;
    store->reset();
    Result<qint64> generation = generationOf(part);
    if (!generation)
        return std::unexpected(generation.error());
    if (*generation != manifest.generation)
        return fail(ErrorCode::Protocol, NX_ERR("The downloaded catalogue is generation %1, expected %2"),
            { QString::number(*generation), QString::number(manifest.generation) });
    return {};
}

Result<SnapshotBootstrapResult> SnapshotBootstrap::run(const Progress &progress)
{
    if (!QDir().mkpath(m_options.dataDir))
        return fail(ErrorCode::Io, NX_ERR("Cannot create the folder %1"), { m_options.dataDir });
    SnapshotBootstrapResult result;
    for (int round = 0; round < 3; ++round) {
        Result<wire::SnapshotManifest> manifest = fetchManifest();
        if (!manifest)
            return std::unexpected(manifest.error());
        result.generation = manifest->generation;
        result.bytes = manifest->size;
        result.parts = manifest->parts;
        Result<qint64> installed = installedGeneration(m_options.dataDir);
        if (!installed)
            return std::unexpected(installed.error());
        if (*installed >= manifest->generation)
            return result;
        if (Result<qint64> staged = generationOf(stagedPath(m_options.dataDir));
            staged && *staged == manifest->generation) {
            result.staged = true;
            return result;
        }
        QFile::remove(stagedPath(m_options.dataDir));

        Status downloaded = download(*manifest, progress, result);
        Status verified = downloaded ? verify(*manifest, result) : Status();
        const Status &failed = !downloaded ? downloaded : verified;
        if (!failed) {
            const bool restart = failed.error().field() == QLatin1String(kSnapshotReplaced)
                || failed.error().field() == QLatin1String("sha256");
            if (!restart)
                return std::unexpected(failed.error());
            // A damaged .part (disk, a proxy, a bug) or a replaced snapshot: throw it away and fetch it whole again.
            qCWarning(lcSyncEngine) << "catalogue download restarts:" << failed.error().logMessage();
            removeWithCompanions(partPath(m_options.dataDir));
            QFile::remove(partManifestPath(m_options.dataDir));
            ++result.restarts;
            continue;
        }

        const QString catalog = catalogPath(m_options.dataDir);
        const bool replace = QFileInfo::exists(catalog);
        const QString target = replace ? stagedPath(m_options.dataDir) : catalog;
        if (!replace) // leftovers of a deleted catalogue must not be replayed into the new one
            for (const QString &suffix : { QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal") })
                QFile::remove(catalog + suffix);
        if (Status moved = wire::renameDurably(partPath(m_options.dataDir), target); !moved)
            return std::unexpected(moved.error());
        QFile::remove(partManifestPath(m_options.dataDir));
        result.installed = !replace;
        result.staged = replace;
        qCInfo(lcSyncEngine) << "catalogue generation" << manifest->generation << (replace ? "staged" : "installed")
                             << manifest->size << "bytes," << result.parts << "parts";
        return result;
    }
    return fail(ErrorCode::Protocol, NX_ERR("The catalogue could not be downloaded intact after %1 attempts"),
        { QString::number(result.restarts) });
}

} // namespace nexus
