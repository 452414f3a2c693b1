// Backup of a server data folder (SQLite storage) and its verified restore into a new, empty data folder.
#pragma once

#include <QString>
#include <QStringList>

#include "common/error.h"

namespace nexus {

struct BackupSummary
{
    int files = 0;
    qint64 bytes = 0;
    QStringList tenants; // slugs
    QString storage; // "sqlite" or "postgresql"
    int tables = 0; // PostgreSQL: tables whose row count and checksum were recorded (backup) or matched (restore)
    qint64 rows = 0; // PostgreSQL: their rows
};

// Layout of a backup folder: the same relative paths as the data folder (master.db, token-key, tls/*,
// tenants/<slug>/{tenant.db,catalog.db,snapshots/*}) plus manifest.json (size and SHA-256 of every file), written
// last: a backup without a manifest is unfinished. Databases are copied with SQLite's online backup API, so a
// running server may keep writing; each file is a consistent snapshot of its own database.
// A server on PostgreSQL (--database URL; manifest format 2): its schemas (nexus_master and one per tenant) go into
// postgresql.dump by pg_dump, and the manifest records every table's row count and row checksum taken on the same
// snapshot; the data folder's files (catalogues, snapshots, token key, TLS) are copied as for SQLite.
class AdminBackup final
{
public:
    static constexpr QLatin1String kManifest { "manifest.json" };
    static constexpr QLatin1String kPgDump { "postgresql.dump" };

    // `out` must not exist or be empty. databaseUrl: the server's --database (PostgreSQL), empty for SQLite files.
    [[nodiscard]] static Result<BackupSummary> backup(
        const QString &dataDir, const QString &out, const QString &databaseUrl = {});
    // Every manifest entry present with its size and SHA-256, every SQLite database passing integrity_check; SQLite:
    // every tenant of master.db with its tenant.db; PostgreSQL: the dump readable by pg_restore. The first problem
    // found, field "from".
    [[nodiscard]] static Result<BackupSummary> verify(const QString &backupDir);
    // verify(), then copies into `dataDir` (must not exist or be empty) and verifies the copy again; on any failure
    // the new folder is removed. A PostgreSQL backup needs databaseUrl, a database holding none of its schemas: it is
    // restored there in one transaction and every table must then have the row count and checksum of the manifest,
    // else its schemas are dropped again.
    [[nodiscard]] static Result<BackupSummary> restore(
        const QString &backupDir, const QString &dataDir, const QString &databaseUrl = {});
};

} // namespace nexus
