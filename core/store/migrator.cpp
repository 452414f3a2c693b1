// Migration loading, verification and application.
#include "store/migrator.h"

#include "common/logging.h"
#include "store/database.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace nexus {

namespace {
const QString kLedgerTable = QStringLiteral("schema_migrations");
}

Result<QList<Migration>> Migrator::load(const QString &family)
{
    return loadFrom(QStringLiteral(":/migrations/") + family);
}

Result<QList<Migration>> Migrator::loadFrom(const QString &directory)
{
    static const QRegularExpression fileName(QStringLiteral(R"(^(\d{4})_([a-z0-9_]+)\.sql$)"));
    QList<Migration> migrations;
    const QDir dir(directory);
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QRegularExpressionMatch match = fileName.match(file);
        if (!match.hasMatch())
            return fail(ErrorCode::Internal, NX_ERR("Migration file %1 is not named NNNN_name.sql"), {file});
        QFile handle(dir.filePath(file));
        if (!handle.open(QIODevice::ReadOnly))
            return fail(ErrorCode::Io, NX_ERR("Cannot read migration %1"), {file});
        Migration migration;
        migration.version = match.captured(1).toInt();
        migration.name = match.captured(2);
        migration.sql = handle.readAll();
        migration.checksum = QCryptographicHash::hash(migration.sql, QCryptographicHash::Sha256).toHex();
        if (!migrations.isEmpty() && migrations.last().version + 1 != migration.version)
            return fail(ErrorCode::Internal, NX_ERR("Migrations in %1 are not numbered without gaps at %2"),
                        {directory, file});
        migrations.append(std::move(migration));
    }
    if (migrations.isEmpty())
        return fail(ErrorCode::Internal, NX_ERR("No migrations found in %1"), {directory});
    if (migrations.first().version != 1)
        return fail(ErrorCode::Internal, NX_ERR("Migrations in %1 must start at 0001"), {directory});
    return migrations;
}

Result<int> Migrator::currentVersion(Database &db)
{
    if (db.dialect() == SqlDialect::Postgres) {
        // No user_version there: the ledger's highest version, and verify() checks it has no gaps.
        Result<QVariant> ledger = db.scalar(QStringLiteral("SELECT to_regclass('") + kLedgerTable
                                            + QStringLiteral("') IS NOT NULL"));
        if (!ledger)
            return std::unexpected(ledger.error());
        if (!ledger->toBool())
            return 0;
        Result<QVariant> version =
            db.scalar(QStringLiteral("SELECT coalesce(max(version), 0) FROM ") + kLedgerTable);
        if (!version)
            return std::unexpected(version.error());
        return version->toInt();
    }
    Result<QVariant> version = db.scalar(QStringLiteral("PRAGMA user_version"));
    if (!version)
        return std::unexpected(version.error());
    return version->toInt();
}

Status Migrator::verify(Database &db) const
{
    Result<int> current = currentVersion(db);
    if (!current)
        return std::unexpected(current.error());
    if (*current > latestVersion())
        return fail(ErrorCode::SchemaTooNew,
                    NX_ERR("The database %1 has schema version %2, newer than this program knows (%3). "
                           "Update Nexus POS; the database was left untouched."),
                    {db.path(), QString::number(*current), QString::number(latestVersion())});
    if (*current == 0)
        return {};
    Result<QSqlQuery> applied =
        db.exec(QStringLiteral("SELECT version, checksum FROM ") + kLedgerTable + QStringLiteral(" ORDER BY version"));
    if (!applied)
        return fail(ErrorCode::SchemaTampered,
                    NX_ERR("The database %1 says it has schema version %2 but has no migration record. "
                           "It was left untouched."),
                    {db.path(), QString::number(*current)});
    int count = 0;
    while (applied->next()) {
        const int version = applied->value(0).toInt();
        const QByteArray checksum = applied->value(1).toByteArray();
        const auto known = std::find_if(m_migrations.cbegin(), m_migrations.cend(),
                                        [version](const Migration &m) { return m.version == version; });
        if (known == m_migrations.cend() || known->checksum != checksum)
            return fail(ErrorCode::SchemaTampered,
                        NX_ERR("Migration %1 applied to %2 differs from the one this program ships "
                               "(it was edited after it ran). The database was left untouched."),
                        {QString::number(version), db.path()});
        ++count;
    }
    if (count != *current)
        return fail(ErrorCode::SchemaTampered,
                    NX_ERR("The database %1 records %2 migrations but says it has version %3. "
                           "It was left untouched."),
                    {db.path(), QString::number(count), QString::number(*current)});
    return {};
}

Status Migrator::migrate(Database &db) const
{
    if (Status status = verify(db); !status)
        return status;
    Result<int> current = currentVersion(db);
    if (!current)
        return std::unexpected(current.error());
    for (const Migration &migration : m_migrations) {
        if (migration.version <= *current)
            continue;
        Transaction transaction(db);
        if (Status status = transaction.begin(); !status)
            return status;
        // Another process (a second server on the same database) may have applied it while we waited for the lock.
        Result<int> now = currentVersion(db);
        if (!now)
            return std::unexpected(now.error());
        if (migration.version <= *now)
            continue;
        if (migration.version == 1) {
            Status created = db.execScript(QStringLiteral("CREATE TABLE ") + kLedgerTable
                                           + QStringLiteral("(version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                                                            "checksum TEXT NOT NULL, applied_at TEXT NOT NULL)"));
            if (!created)
                return created;
        }
        if (Status status = db.execScript(QString::fromUtf8(migration.sql)); !status)
            return fail(ErrorCode::Storage, NX_ERR("Migration %1 (%2) failed: %3"),
                        {QString::number(migration.version), migration.name, status.error().logMessage()});
        Result<QSqlQuery> recorded =
            db.exec(QStringLiteral("INSERT INTO ") + kLedgerTable
                        + QStringLiteral("(version, name, checksum, applied_at) VALUES (?, ?, ?, ?)"),
                    {migration.version, migration.name, QString::fromLatin1(migration.checksum),
                     QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
        if (!recorded)
            return std::unexpected(recorded.error());
        if (db.dialect() == SqlDialect::Sqlite) {
            if (Status status = db.execScript(QStringLiteral("PRAGMA user_version = %1").arg(migration.version));
                !status)
                return status;
        }
        if (Status status = transaction.commit(); !status)
            return status;
        qCInfo(lcStore) << "applied migration" << migration.version << migration.name << "to" << db.path();
    }
    return {};
}

} // namespace nexus
