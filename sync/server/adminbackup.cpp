// AdminBackup: consistent copies of the SQLite files, a checksummed manifest, and checks before and after restore.
#include "server/adminbackup.h"

#include "server/sqlitefilecopy.h"
#include "store/database.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUrl>

#include <sqlite3.h>

namespace nexus {

namespace {

const QString kFrom = QStringLiteral("from");

bool isEmptyOrMissing(const QString &dir)
{
    const QDir folder(dir);
    return !folder.exists() || folder.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
}

Result<QByteArray> sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, NX_ERR("Cannot read %1: %2"), { path, file.errorString() }, kFrom);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return fail(ErrorCode::Io, NX_ERR("Cannot read %1: %2"), { path, file.errorString() }, kFrom);
    return hash.result().toHex();
}

// Read through an immutable URI: opening the file normally would switch it to WAL and leave -wal/-shm files,
// changing the very bytes the manifest vouches for.
Status integrityCheck(const QString &path)
{
    sqlite3 *db = nullptr;
    const QByteArray uri = QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded).toUtf8() + "?immutable=1";
    QString result;
    if (sqlite3_open_v2(uri.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr) == SQLITE_OK) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW)
            result = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        else
            result = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(statement);
    } else {
        result = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("cannot open");
    }
    sqlite3_close(db);
    if (result != QLatin1String("ok"))
        return fail(ErrorCode::InvalidInput, NX_ERR("%1 fails SQLite's integrity check: %2"), { path, result }, kFrom);
    return {};
}

// Tenant slugs listed in a master.db.
Result<QStringList> tenantsOf(const QString &masterPath)
{
    sqlite3 *db = nullptr;
    const QByteArray uri = QUrl::fromLocalFile(masterPath).toString(QUrl::FullyEncoded).toUtf8() + "?immutable=1";
    QStringList slugs;
    bool ok = false;
    if (sqlite3_open_v2(uri.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr) == SQLITE_OK) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT slug FROM tenants ORDER BY slug", -1, &statement, nullptr) == SQLITE_OK) {
            int step = SQLITE_ROW;
            while ((step = sqlite3_step(statement)) == SQLITE_ROW)
                slugs.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0))));
            ok = step == SQLITE_DONE;
        }
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    if (!ok)
        return fail(ErrorCode::InvalidInput, NX_ERR("%1 is not a server master database"), { masterPath }, kFrom);
    return slugs;
}

Status copyPlain(const QString &from, const QString &to)
{
    QDir().mkpath(QFileInfo(to).absolutePath());
    if (!QFile::copy(from, to))
        return fail(ErrorCode::Io, NX_ERR("Cannot copy %1 to %2"), { from, to }, QStringLiteral("out"));
    return {};
}

} // namespace

Result<BackupSummary> AdminBackup::backup(const QString &dataDir, const QString &out)
{
    const QDir data(QFileInfo(dataDir).absoluteFilePath());
    if (!QFileInfo::exists(data.filePath(QStringLiteral("master.db"))))
        return fail(ErrorCode::InvalidInput, NX_ERR("%1 is not a server data folder (no master.db)"), { dataDir },
            QStringLiteral("data"));
    if (!isEmptyOrMissing(out))
        return fail(ErrorCode::InvalidInput, NX_ERR("%1 exists and is not empty"), { out }, QStringLiteral("out"));
    if (!QDir().mkpath(out))
        return fail(ErrorCode::Io, NX_ERR("Cannot create %1"), { out }, QStringLiteral("out"));
    const QDir target(QFileInfo(out).absoluteFilePath());
    QStringList copied;
    const auto database = [&](const QString &relative) -> Status {
        QDir().mkpath(QFileInfo(target.filePath(relative)).absolutePath());
        if (Status status
            = copySqliteDatabase(data.filePath(relative), target.filePath(relative), QStringLiteral("data"));
            !status)
            return status;
        copied.append(relative);
        return {};
    };
    const auto cleanup = [&out]() { QDir(out).removeRecursively(); };

    if (Status status = database(QStringLiteral("master.db")); !status) {
        cleanup();
        return std::unexpected(status.error());
    }
    Result<QStringList> tenants = tenantsOf(target.filePath(QStringLiteral("master.db")));
    if (!tenants) {
        cleanup();
        return std::unexpected(tenants.error());
    }
    for (const QString &slug : *tenants) {
        for (const QString &name : { QStringLiteral("tenant.db"), QStringLiteral("catalog.db") }) {
            const QString relative = QStringLiteral("tenants/%1/%2").arg(slug, name);
            if (!QFileInfo::exists(data.filePath(relative)))
                continue; // PostgreSQL tenants have no tenant.db; verify() insists on it only when it was there
            if (Status status = database(relative); !status) {
                cleanup();
                return std::unexpected(status.error());
            }
        }
    }
    // Plain files: the token key, the TLS identity and published snapshots (written once, never changed).
    QStringList plain { QStringLiteral("token-key"), QStringLiteral("tls/cert.pem"), QStringLiteral("tls/key.pem") };
    for (const QString &slug : *tenants) {
        QDirIterator it(
            data.filePath(QStringLiteral("tenants/%1/snapshots").arg(slug)), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            plain.append(data.relativeFilePath(it.next()));
    }
    for (const QString &relative : plain) {
        if (!QFileInfo::exists(data.filePath(relative)))
            continue;
        if (Status status = copyPlain(data.filePath(relative), target.filePath(relative)); !status) {
            cleanup();
            return std::unexpected(status.error());
        }
        QFile::setPermissions(target.filePath(relative), QFile::permissions(data.filePath(relative)));
        copied.append(relative);
    }

    BackupSummary summary;
    summary.tenants = *tenants;
    QJsonArray files;
    for (const QString &relative : copied) {
        Result<QByteArray> hash = sha256Of(target.filePath(relative));
        if (!hash) {
            cleanup();
            return std::unexpected(hash.error());
        }
        const qint64 size = QFileInfo(target.filePath(relative)).size();
        files.append(QJsonObject { { QStringLiteral("path"), relative }, { QStringLiteral("bytes"), size },
            { QStringLiteral("sha256"), QString::fromLatin1(*hash) } });
        ++summary.files;
        summary.bytes += size;
    }
    QSaveFile manifest(target.filePath(kManifest));
    if (!manifest.open(QIODevice::WriteOnly)) {
        cleanup();
        return fail(ErrorCode::Io, NX_ERR("Cannot write %1"), { manifest.fileName() }, QStringLiteral("out"));
    }
    manifest.write(QJsonDocument(
        QJsonObject { { QStringLiteral("format"), 1 },
            { QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) },
            { QStringLiteral("tenants"), QJsonArray::fromStringList(*tenants) }, { QStringLiteral("files"), files } })
                       .toJson());
    if (!manifest.commit()) {
        cleanup();
        return fail(ErrorCode::Io, NX_ERR("Cannot write %1"), { manifest.fileName() }, QStringLiteral("out"));
    }
    return summary;
}

Result<BackupSummary> AdminBackup::verify(const QString &backupDir)
{
    const QDir dir(backupDir);
    QFile manifestFile(dir.filePath(kManifest));
    if (!manifestFile.open(QIODevice::ReadOnly))
        return fail(ErrorCode::InvalidInput, NX_ERR("%1 has no manifest.json: not a backup, or an unfinished one"),
            { backupDir }, kFrom);
    const QJsonObject manifest = QJsonDocument::fromJson(manifestFile.readAll()).object();
    if (manifest.value(QStringLiteral("format")).toInt() != 1)
        return fail(ErrorCode::InvalidInput, NX_ERR("%1: unknown backup format"), { manifestFile.fileName() }, kFrom);
    BackupSummary summary;
    QStringList paths;
    for (const QJsonValue &value : manifest.value(QStringLiteral("files")).toArray()) {
        const QJsonObject entry = value.toObject();
        const QString relative = entry.value(QStringLiteral("path")).toString();
        if (relative.isEmpty() || relative.contains(QLatin1String("..")) || QDir::isAbsolutePath(relative))
            return fail(ErrorCode::InvalidInput, NX_ERR("The manifest names a path outside the backup: %1"),
                { relative }, kFrom);
        const QString path = dir.filePath(relative);
        if (!QFileInfo::exists(path))
            return fail(ErrorCode::InvalidInput, NX_ERR("%1 is missing from the backup"), { relative }, kFrom);
        if (QFileInfo(path).size() != entry.value(QStringLiteral("bytes")).toInteger())
            return fail(ErrorCode::InvalidInput, NX_ERR("%1 has the wrong size"), { relative }, kFrom);
        Result<QByteArray> hash = sha256Of(path);
        if (!hash)
            return std::unexpected(hash.error());
        if (QString::fromLatin1(*hash) != entry.value(QStringLiteral("sha256")).toString())
            return fail(ErrorCode::InvalidInput, NX_ERR("%1 does not match its checksum: the backup is damaged"),
                { relative }, kFrom);
        if (relative.endsWith(QLatin1String(".db")) && !relative.contains(QLatin1String("/snapshots/")))
            if (Status checked = integrityCheck(path); !checked)
                return std::unexpected(checked.error());
        paths.append(relative);
        ++summary.files;
        summary.bytes += QFileInfo(path).size();
    }
    if (!paths.contains(QStringLiteral("master.db")))
        return fail(ErrorCode::InvalidInput, NX_ERR("The backup has no master.db"), {}, kFrom);
    Result<QStringList> tenants = tenantsOf(dir.filePath(QStringLiteral("master.db")));
    if (!tenants)
        return std::unexpected(tenants.error());
    const QStringList listed = manifest.value(QStringLiteral("tenants")).toVariant().toStringList();
    for (const QString &slug : *tenants)
        if (!listed.contains(slug))
            return fail(
                ErrorCode::InvalidInput, NX_ERR("Tenant %1 of master.db is not in the backup"), { slug }, kFrom);
    summary.tenants = *tenants;
    return summary;
}

Result<BackupSummary> AdminBackup::restore(const QString &backupDir, const QString &dataDir)
{
    Result<BackupSummary> checked = verify(backupDir);
    if (!checked)
        return checked;
    if (!isEmptyOrMissing(dataDir))
        return fail(ErrorCode::InvalidInput, NX_ERR("%1 exists and is not empty: restore only into a new folder"),
            { dataDir }, QStringLiteral("data"));
    // Absolute paths: QDir::relativeFilePath of a relative path keeps its prefix.
    const QDir from(QFileInfo(backupDir).absoluteFilePath());
    QDir to(QFileInfo(dataDir).absoluteFilePath());
    QDir().mkpath(to.path());
    QDirIterator it(from.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString relative = from.relativeFilePath(source);
        if (relative == kManifest)
            continue;
        if (Status copied = copyPlain(source, to.filePath(relative)); !copied) {
            to.removeRecursively();
            return std::unexpected(copied.error());
        }
        QFile::setPermissions(to.filePath(relative), QFile::permissions(source));
    }
    // The copy must be as good as the backup: same checksums, databases intact.
    QFile::copy(from.filePath(kManifest), to.filePath(kManifest));
    Result<BackupSummary> again = verify(to.path());
    QFile::remove(to.filePath(kManifest));
    if (!again) {
        to.removeRecursively();
        return fail(ErrorCode::Io, NX_ERR("The restored copy failed its check (%1); nothing was kept"),
            { again.error().message() }, QStringLiteral("data"));
    }
    return again;
}

} // namespace nexus
