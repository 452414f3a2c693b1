// Snapshot build: backup copy → schema + search index + generation stamped → single file → hashed → renamed →
// published.
#include "server/snapshotbuilder.h"

#include "catalog/catalogsearchindex.h"
#include "common/clock.h"
#include "protocol/logging.h"
#include "protocol/snapshotdigest.h"
#include "protocol/snapshotfilesync.h"
#include "server/isotime.h"
#include "server/snapshotstore.h"
#include "server/sqlitefilecopy.h"
#include "store/schemadatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

namespace nexus {

namespace {

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix :
        { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal") })
        QFile::remove(path + suffix);
}

struct Stamped
{
    qint64 parts = 0;
    qint64 serverSeq = 0;
};

// Brings the copy to this program's catalogue schema, builds the search index when the source has none (devices
// then never rebuild it), stamps the generation and leaves one self-contained file (no -wal beside it).
Result<Stamped> prepareCopy(
    const QString &path, qint64 generation, const QString &createdAt, const SnapshotBuilder::Progress &progress)
{
    Result<std::unique_ptr<Database>> opened = openWithSchema(path, Durability::Normal, QStringLiteral("catalog"));
    if (!opened)
        return std::unexpected(opened.error());
    Database &db = **opened;
    Result<bool> built = CatalogSearchIndex::isBuilt(db);
    if (!built)
        return std::unexpected(built.error());
    if (!*built) {
        if (progress)
            progress(QStringLiteral("building the search index"));
        Result<SearchIndexStats> stats = CatalogSearchIndex::rebuild(db);
        if (!stats)
            return std::unexpected(stats.error());
        qCInfo(lcServerStore) << "snapshot search index:" << stats->parts << "parts in" << stats->milliseconds << "ms";
    }
    Stamped stamped;
    Result<QVariant> parts = db.scalar(QStringLiteral("SELECT count(*) FROM parts"));
    Result<QVariant> seq = db.scalar(QStringLiteral("SELECT coalesce(max(updated_seq), 0) FROM parts"));
    if (!parts)
        return std::unexpected(parts.error());
    if (!seq)
        return std::unexpected(seq.error());
    stamped.parts = parts->toLongLong();
    stamped.serverSeq = seq->toLongLong();
    for (const auto &[key, value] : { std::pair { QStringLiteral("generation"), QString::number(generation) },
             std::pair { QStringLiteral("snapshot.server_seq"), QString::number(stamped.serverSeq) },
             std::pair { QStringLiteral("snapshot.created_at"), createdAt } }) {
        Result<QSqlQuery> written = db.exec(QStringLiteral("INSERT INTO catalog_meta(key, value) VALUES (?, ?) "
                                                           "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
            { key, value });
        if (!written)
            return std::unexpected(written.error());
    }
    // A snapshot travels as one file: fold the WAL back in and leave rollback-journal mode, so the device's
    // first open does not need a -wal that never came with it.
    if (Status status = db.execScript(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE;"));
        !status)
        return std::unexpected(status.error());
    return stamped;
}

} // namespace

Result<wire::SnapshotManifest> SnapshotBuilder::build(const Progress &progress)
{
    QElapsedTimer timer;
    timer.start();
    const QString source = m_tenantDir + QStringLiteral("/catalog.db");
    if (!QFileInfo(source).isFile())
        return fail(
            ErrorCode::NotFound, NX_ERR("The tenant has no catalogue %1"), { source }, QStringLiteral("tenant"));
    SnapshotStore store(m_tenantDir);
    if (!QDir().mkpath(store.dir()))
        return fail(ErrorCode::Io, NX_ERR("Cannot create the folder %1"), { store.dir() });
    // One build per tenant at a time, whoever starts it (nexus-admin on the host, a server's job, a second server
    // process on the same data folder): two would both take generation N+1 and publish different files under it.
    QLockFile lock(store.dir() + QStringLiteral("/.build.lock"));
    if (!lock.tryLock(0))
        return fail(ErrorCode::Conflict, NX_ERR("Another snapshot build of this tenant is running; wait for it"), {});
    Result<std::optional<wire::SnapshotManifest>> current = store.current();
    if (!current)
        return std::unexpected(current.error());
    wire::SnapshotManifest manifest;
    manifest.generation = (*current ? (*current)->generation : 0) + 1;
    manifest.createdAt = isoUtc(m_clock.nowUtc());

    const QString staging = store.dir() + QStringLiteral("/.building-")
        + QString::number(QCoreApplication::applicationPid()) + QStringLiteral(".db");
    removeDatabaseFiles(staging);
    if (progress)
        progress(QStringLiteral("copying the catalogue"));
    if (Status copied = copySqliteDatabase(source, staging, QStringLiteral("tenant")); !copied)
        return std::unexpected(copied.error());
    Result<Stamped> stamped = prepareCopy(staging, manifest.generation, manifest.createdAt, progress);
    if (!stamped) {
        removeDatabaseFiles(staging);
        return std::unexpected(stamped.error());
    }
    manifest.parts = stamped->parts;
    manifest.serverSeq = stamped->serverSeq;
    if (QFileInfo::exists(staging + QStringLiteral("-wal"))) {
        removeDatabaseFiles(staging);
        return fail(ErrorCode::Internal, NX_ERR("The snapshot %1 still has a write-ahead log"), { staging });
    }

    if (progress)
        progress(QStringLiteral("computing the checksum"));
    if (Status synced = wire::fsyncFile(staging); !synced) {
        removeDatabaseFiles(staging);
        return std::unexpected(synced.error());
    }
    Result<QString> digest = wire::sha256OfFile(staging);
    if (!digest) {
        removeDatabaseFiles(staging);
        return std::unexpected(digest.error());
    }
    manifest.sha256 = *digest;
    manifest.size = QFileInfo(staging).size();
    if (Status moved = wire::renameDurably(staging, store.filePath(manifest.generation)); !moved) {
        removeDatabaseFiles(staging);
        return std::unexpected(moved.error());
    }
    if (Status published = store.publish(manifest); !published)
        return std::unexpected(published.error());
    store.pruneBefore(manifest.generation - 1);
    qCInfo(lcServerStore) << "published catalogue snapshot" << manifest.generation << manifest.size << "bytes,"
                          << manifest.parts << "parts in" << timer.elapsed() << "ms";
    return manifest;
}

} // namespace nexus
