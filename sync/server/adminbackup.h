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
};

// Layout of a backup folder: the same relative paths as the data folder (master.db, token-key, tls/*,
// tenants/<slug>/{tenant.db,catalog.db,snapshots/*}) plus manifest.json (size and SHA-256 of every file), written
// last: a backup without a manifest is unfinished. Databases are copied with SQLite's online backup API, so a
// running server may keep writing; each file is a consistent snapshot of its own database.
class AdminBackup final
{
public:
    static constexpr QLatin1String kManifest { "manifest.json" };

    // `out` must not exist or be empty.
    [[nodiscard]] static Result<BackupSummary> backup(const QString &dataDir, const QString &out);
    // Every manifest entry present with its size and SHA-256, every database passing integrity_check, every tenant
    // of master.db with its tenant.db. The first problem found, field "from".
    [[nodiscard]] static Result<BackupSummary> verify(const QString &backupDir);
    // verify(), then copies into `dataDir` (must not exist or be empty) and verifies the copy again; on any failure
    // the new folder is removed.
    [[nodiscard]] static Result<BackupSummary> restore(const QString &backupDir, const QString &dataDir);
};

} // namespace nexus
