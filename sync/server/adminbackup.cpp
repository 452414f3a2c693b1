// AdminBackup: consistent copies of the SQLite files, a checksummed manifest, and checks before and after restore.
#include "server/adminbackup.h"

#include "server/adminpgdump.h"
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
#include <QMap>
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

// The tenants' SQLite files (tenant.db where the storage has one, catalog.db) by the online backup API, then the
// plain files: the token key, the TLS identity and published snapshots (written once, never changed).
Status copyDataFiles(const QDir &data, const QDir &target, const QStringList &tenants, QStringList &copied)
{
    for (const QString &slug : tenants) {
        for (const QString &name : { QStringLiteral("tenant.db"), QStringLiteral("catalog.db") }) {
            const QString relative = QStringLiteral("tenants/%1/%2").arg(slug, name);
            if (!QFileInfo::exists(data.filePath(relative)))
                continue; // PostgreSQL tenants have no tenant.db; verify() insists on it only when it was there
            QDir().mkpath(QFileInfo(target.filePath(relative)).absolutePath());
            if (Status status
                = copySqliteDatabase(data.filePath(relative), target.filePath(relative), QStringLiteral("data"));
                !status)
                return status;
            copied.append(relative);
        }
    }
    QStringList plain { QStringLiteral("token-key"), QStringLiteral("tls/cert.pem"), QStringLiteral("tls/key.pem") };
    for (const QString &slug : tenants) {
        QDirIterator it(
            data.filePath(QStringLiteral("tenants/%1/snapshots").arg(slug)), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            plain.append(data.relativeFilePath(it.next()));
    }
    for (const QString &relative : plain) {
        if (!QFileInfo::exists(data.filePath(relative)))
            continue;
        if (Status status = copyPlain(data.filePath(relative), target.filePath(relative)); !status)
            return status;
        QFile::setPermissions(target.filePath(relative), QFile::permissions(data.filePath(relative)));
        copied.append(relative);
    }
    return {};
}

// manifest.json with size and SHA-256 of every copied file, written last (by rename).
Result<BackupSummary> writeManifest(const QDir &target, const QStringList &copied, QJsonObject manifest)
{
    BackupSummary summary;
    QJsonArray files;
    for (const QString &relative : copied) {
        Result<QByteArray> hash = sha256Of(target.filePath(relative));
        if (!hash)
            return std::unexpected(hash.error());
        const qint64 size = QFileInfo(target.filePath(relative)).size();
        files.append(QJsonObject { { QStringLiteral("path"), relative }, { QStringLiteral("bytes"), size },
            { QStringLiteral("sha256"), QString::fromLatin1(*hash) } });
        ++summary.files;
        summary.bytes += size;
    }
    manifest.insert(QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    manifest.insert(QStringLiteral("files"), files);
    QSaveFile file(target.filePath(AdminBackup::kManifest));
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, NX_ERR("Cannot write %1"), { file.fileName() }, QStringLiteral("out"));
    file.write(QJsonDocument(manifest).toJson());
    if (!file.commit())
        return fail(ErrorCode::Io, NX_ERR("Cannot write %1"), { file.fileName() }, QStringLiteral("out"));
    summary.tenants = manifest.value(QStringLiteral("tenants")).toVariant().toStringList();
    return summary;
}

Result<QJsonObject> readManifest(const QString &backupDir)
{
    QFile manifestFile(QDir(backupDir).filePath(AdminBackup::kManifest));
    if (!manifestFile.open(QIODevice::ReadOnly))
        return fail(ErrorCode::InvalidInput, NX_ERR("%1 has no manifest.json: not a backup, or an unfinished one"),
            { backupDir }, kFrom);
    const QJsonObject manifest = QJsonDocument::fromJson(manifestFile.readAll()).object();
    const int format = manifest.value(QStringLiteral("format")).toInt();
    if (format != 1 && format != 2)
        return fail(ErrorCode::InvalidInput, NX_ERR("%1: unknown backup format"), { manifestFile.fileName() }, kFrom);
    return manifest;
}

// Every file the manifest lists (but `skip`) is in `dir` with its size and SHA-256; SQLite databases pass their
// integrity check. The relative paths found.
Result<QStringList> verifyFiles(
    const QDir &dir, const QJsonObject &manifest, BackupSummary &summary, const QString &skip = {})
{
    QStringList paths;
    for (const QJsonValue &value : manifest.value(QStringLiteral("files")).toArray()) {
        const QJsonObject entry = value.toObject();
        const QString relative = entry.value(QStringLiteral("path")).toString();
        if (relative.isEmpty() || relative.contains(QLatin1String("..")) || QDir::isAbsolutePath(relative))
            return fail(ErrorCode::InvalidInput, NX_ERR("The manifest names a path outside the backup: %1"),
                { relative }, kFrom);
        if (relative == skip)
            continue;
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
    return paths;
}

// Copies every file of the backup but the manifest and `skip` into `to`.
Status copyBackupFiles(const QDir &from, const QDir &to, const QString &skip)
{
    QDirIterator it(from.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString relative = from.relativeFilePath(source);
        if (relative == AdminBackup::kManifest || relative == skip)
            continue;
        if (Status copied = copyPlain(source, to.filePath(relative)); !copied)
            return copied;
        QFile::setPermissions(to.filePath(relative), QFile::permissions(source));
    }
    return {};
}

// The copy must be as good as the backup: same checksums, databases intact.
Status verifyCopy(const QDir &from, const QDir &to, const QString &skip)
{
    Result<QJsonObject> manifest = readManifest(from.path());
    if (!manifest)
        return std::unexpected(manifest.error());
    BackupSummary ignored;
    Result<QStringList> again = verifyFiles(to, *manifest, ignored, skip);
    if (!again)
        return fail(ErrorCode::Io, NX_ERR("The restored copy failed its check (%1); nothing was kept"),
            { again.error().message() }, QStringLiteral("data"));
    return {};
}

QJsonArray figuresJson(const QList<PgTableFigure> &figures)
{
    QJsonArray tables;
    for (const PgTableFigure &figure : figures)
        tables.append(
            QJsonObject { { QStringLiteral("schema"), figure.schema }, { QStringLiteral("table"), figure.table },
                { QStringLiteral("rows"), figure.rows }, { QStringLiteral("checksum"), figure.checksum } });
    return tables;
}

Result<BackupSummary> backupPostgres(const QDir &data, const QDir &target, const QString &url)
{
    Result<PgDumpSummary> dumped = AdminPgDump::dump(url, target.filePath(AdminBackup::kPgDump));
    if (!dumped)
        return std::unexpected(dumped.error());
    QStringList copied { QString(AdminBackup::kPgDump) };
    if (Status status = copyDataFiles(data, target, dumped->tenants, copied); !status)
        return std::unexpected(status.error());
    Result<BackupSummary> summary = writeManifest(target, copied,
        QJsonObject { { QStringLiteral("format"), 2 }, { QStringLiteral("storage"), QStringLiteral("postgresql") },
            { QStringLiteral("tenants"), QJsonArray::fromStringList(dumped->tenants) },
            { QStringLiteral("postgresql"),
                QJsonObject { { QStringLiteral("dump"), QString(AdminBackup::kPgDump) },
                    { QStringLiteral("server_version"), dumped->serverVersion },
                    { QStringLiteral("schemas"), QJsonArray::fromStringList(dumped->schemas) },
                    { QStringLiteral("tables"), figuresJson(dumped->tables) } } } });
    if (!summary)
        return summary;
    summary->storage = QStringLiteral("postgresql");
    summary->tables = int(dumped->tables.size());
    for (const PgTableFigure &figure : dumped->tables)
        summary->rows += figure.rows;
    return summary;
}

Result<BackupSummary> restorePostgres(
    const QDir &from, QDir &to, const QString &url, const QJsonObject &manifest, BackupSummary summary)
{
    const QJsonObject pg = manifest.value(QStringLiteral("postgresql")).toObject();
    const QStringList schemas = pg.value(QStringLiteral("schemas")).toVariant().toStringList();
    Result<QStringList> existing = AdminPgDump::existingSchemas(url, schemas);
    if (!existing)
        return std::unexpected(existing.error());
    if (!existing->isEmpty())
        return fail(ErrorCode::InvalidInput,
            NX_ERR("The database already has the schemas %1: restore only into a new, empty database"),
            { existing->join(QStringLiteral(", ")) }, QStringLiteral("database"));
    QDir().mkpath(to.path());
    if (Status copied = copyBackupFiles(from, to, QString(AdminBackup::kPgDump)); !copied) {
        to.removeRecursively();
        return std::unexpected(copied.error());
    }
    if (Status restored = AdminPgDump::restore(from.filePath(AdminBackup::kPgDump), url); !restored) {
        to.removeRecursively();
        return std::unexpected(restored.error());
    }
    // The database must hold what was dumped: the same tables with the same rows, checksum by checksum.
    const auto undo = [&]() {
        (void)AdminPgDump::dropSchemas(url, schemas);
        to.removeRecursively();
    };
    Result<QList<PgTableFigure>> figures = AdminPgDump::figures(url, schemas);
    if (!figures) {
        undo();
        return std::unexpected(figures.error());
    }
    QMap<QString, QJsonObject> expected;
    for (const QJsonValue &value : pg.value(QStringLiteral("tables")).toArray())
        expected.insert(value.toObject().value(QStringLiteral("schema")).toString() + u'.'
                + value.toObject().value(QStringLiteral("table")).toString(),
            value.toObject());
    for (const PgTableFigure &figure : *figures) {
        const QString name = figure.schema + u'.' + figure.table;
        const QJsonObject want = expected.take(name);
        if (want.isEmpty() || want.value(QStringLiteral("rows")).toInteger() != figure.rows
            || want.value(QStringLiteral("checksum")).toString() != figure.checksum) {
            undo();
            return fail(ErrorCode::InvalidInput,
                NX_ERR("After the restore the table %1 has %2 rows (checksum %3) where the backup recorded %4 rows "
                       "(checksum %5); nothing was kept"),
                { name, QString::number(figure.rows), figure.checksum.left(12),
                    want.isEmpty() ? QStringLiteral("none")
                                   : QString::number(want.value(QStringLiteral("rows")).toInteger()),
                    want.value(QStringLiteral("checksum")).toString().left(12) },
                kFrom);
        }
        ++summary.tables;
        summary.rows += figure.rows;
    }
    if (!expected.isEmpty()) {
        undo();
        return fail(ErrorCode::InvalidInput, NX_ERR("After the restore the tables %1 are missing; nothing was kept"),
            { expected.keys().join(QStringLiteral(", ")) }, kFrom);
    }
    if (Status copyOk = verifyCopy(from, to, QString(AdminBackup::kPgDump)); !copyOk) {
        undo();
        return std::unexpected(copyOk.error());
    }
    return summary;
}

} // namespace

Result<BackupSummary> AdminBackup::backup(const QString &dataDir, const QString &out, const QString &databaseUrl)
{
    const QDir data(QFileInfo(dataDir).absoluteFilePath());
    const bool postgres = !databaseUrl.isEmpty();
    if (postgres ? !data.exists() : !QFileInfo::exists(data.filePath(QStringLiteral("master.db"))))
        return fail(ErrorCode::InvalidInput,
            postgres ? NX_ERR("%1 is not a server data folder")
                     : NX_ERR("%1 is not a server data folder (no master.db)"),
            { dataDir }, QStringLiteral("data"));
    if (!isEmptyOrMissing(out))
        return fail(ErrorCode::InvalidInput, NX_ERR("%1 exists and is not empty"), { out }, QStringLiteral("out"));
    if (!QDir().mkpath(out))
        return fail(ErrorCode::Io, NX_ERR("Cannot create %1"), { out }, QStringLiteral("out"));
    const QDir target(QFileInfo(out).absoluteFilePath());
    const auto failed = [&out](const Error &error) -> Result<BackupSummary> {
        QDir(out).removeRecursively();
        return std::unexpected(error);
    };
    if (postgres) {
        Result<BackupSummary> summary = backupPostgres(data, target, databaseUrl);
        return summary ? summary : failed(summary.error());
    }

    QStringList copied;
    if (Status status = copySqliteDatabase(data.filePath(QStringLiteral("master.db")),
            target.filePath(QStringLiteral("master.db")), QStringLiteral("data"));
        !status)
        return failed(status.error());
    copied.append(QStringLiteral("master.db"));
    Result<QStringList> tenants = tenantsOf(target.filePath(QStringLiteral("master.db")));
    if (!tenants)
        return failed(tenants.error());
    if (Status status = copyDataFiles(data, target, *tenants, copied); !status)
        return failed(status.error());
    Result<BackupSummary> summary = writeManifest(target, copied,
        QJsonObject {
            { QStringLiteral("format"), 1 }, { QStringLiteral("tenants"), QJsonArray::fromStringList(*tenants) } });
    if (!summary)
        return failed(summary.error());
    summary->storage = QStringLiteral("sqlite");
    return summary;
}

Result<BackupSummary> AdminBackup::verify(const QString &backupDir)
{
    const QDir dir(backupDir);
    Result<QJsonObject> manifest = readManifest(backupDir);
    if (!manifest)
        return std::unexpected(manifest.error());
    BackupSummary summary;
    Result<QStringList> paths = verifyFiles(dir, *manifest, summary);
    if (!paths)
        return std::unexpected(paths.error());
    const QStringList listed = manifest->value(QStringLiteral("tenants")).toVariant().toStringList();
    if (manifest->value(QStringLiteral("format")).toInt() == 2) {
        if (!paths->contains(QString(kPgDump)))
            return fail(ErrorCode::InvalidInput, NX_ERR("The backup has no %1"), { QString(kPgDump) }, kFrom);
        if (Status readable = AdminPgDump::check(dir.filePath(kPgDump)); !readable)
            return fail(ErrorCode::InvalidInput, NX_ERR("pg_restore cannot read %1: %2"),
                { QString(kPgDump), readable.error().message() }, kFrom);
        const QJsonArray tables
            = manifest->value(QStringLiteral("postgresql")).toObject().value(QStringLiteral("tables")).toArray();
        for (const QJsonValue &table : tables)
            summary.rows += table.toObject().value(QStringLiteral("rows")).toInteger();
        summary.tables = int(tables.size());
        summary.storage = QStringLiteral("postgresql");
        summary.tenants = listed;
        return summary;
    }
    if (!paths->contains(QStringLiteral("master.db")))
        return fail(ErrorCode::InvalidInput, NX_ERR("The backup has no master.db"), {}, kFrom);
    Result<QStringList> tenants = tenantsOf(dir.filePath(QStringLiteral("master.db")));
    if (!tenants)
        return std::unexpected(tenants.error());
    for (const QString &slug : *tenants)
        if (!listed.contains(slug))
            return fail(
                ErrorCode::InvalidInput, NX_ERR("Tenant %1 of master.db is not in the backup"), { slug }, kFrom);
    summary.tenants = *tenants;
    summary.storage = QStringLiteral("sqlite");
    return summary;
}

Result<BackupSummary> AdminBackup::restore(const QString &backupDir, const QString &dataDir, const QString &databaseUrl)
{
    Result<BackupSummary> checked = verify(backupDir);
    if (!checked)
        return checked;
    const bool postgres = checked->storage == QLatin1String("postgresql");
    if (postgres && databaseUrl.isEmpty())
        return fail(ErrorCode::InvalidInput,
            NX_ERR("This is the backup of a server on PostgreSQL: give the URL of a new, empty database"), {},
            QStringLiteral("database"));
    if (!postgres && !databaseUrl.isEmpty())
        return fail(ErrorCode::InvalidInput,
            NX_ERR("This is the backup of a server on SQLite files: restore it without a database URL"), {},
            QStringLiteral("database"));
    if (!isEmptyOrMissing(dataDir))
        return fail(ErrorCode::InvalidInput, NX_ERR("%1 exists and is not empty: restore only into a new folder"),
            { dataDir }, QStringLiteral("data"));
    // Absolute paths: QDir::relativeFilePath of a relative path keeps its prefix.
    const QDir from(QFileInfo(backupDir).absoluteFilePath());
    QDir to(QFileInfo(dataDir).absoluteFilePath());
    if (postgres) {
        Result<QJsonObject> manifest = readManifest(backupDir);
        if (!manifest)
            return std::unexpected(manifest.error());
        BackupSummary summary = *checked;
        summary.tables = 0;
        summary.rows = 0;
        return restorePostgres(from, to, databaseUrl, *manifest, summary);
    }
    QDir().mkpath(to.path());
    if (Status copied = copyBackupFiles(from, to, QString()); !copied) {
        to.removeRecursively();
        return std::unexpected(copied.error());
    }
    if (Status copyOk = verifyCopy(from, to, QString()); !copyOk) {
        to.removeRecursively();
        return std::unexpected(copyOk.error());
    }
    return checked;
}

} // namespace nexus
