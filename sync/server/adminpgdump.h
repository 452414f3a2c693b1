// The PostgreSQL half of nexus-admin backup/restore: pg_dump and pg_restore of the server's schemas, and the
// per-table figures (row count + a checksum of the rows) that prove a restored database holds what was dumped.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "common/error.h"

namespace nexus {

struct PgTableFigure
{
    QString schema;
    QString table;
    qint64 rows = 0;
    QString checksum; // SHA-256 hex of the rows' MD5s in sorted order: independent of physical row order
};

struct PgDumpSummary
{
    QStringList tenants; // slugs, from nexus_master.tenants
    QStringList schemas; // nexus_master and tenant_<slug> of each tenant
    QList<PgTableFigure> tables; // of the dumped snapshot
    QString serverVersion;
};

// Why pg_dump and not an export of our own: it carries every table, sequence, index, trigger and function of the
// schemas exactly (the change-log triggers included), and Debian's postgresql-client ships it next to the server.
// The figures come from our own SQL on the very snapshot pg_dump reads (pg_export_snapshot), so a backup taken
// while the server writes still matches its own figures to the row.
class AdminPgDump final
{
public:
    // Dumps nexus_master and every tenant schema of `url`'s database into `file` (custom format).
    [[nodiscard]] static Result<PgDumpSummary> dump(const QString &url, const QString &file);
    // pg_restore --list: the file is an archive pg_restore can read.
    [[nodiscard]] static Status check(const QString &file);
    // The subset of `schemas` that exists in `url`'s database already.
    [[nodiscard]] static Result<QStringList> existingSchemas(const QString &url, const QStringList &schemas);
    // pg_restore in one transaction (on failure nothing of it stays).
    [[nodiscard]] static Status restore(const QString &file, const QString &url);
    // The figures of every table of `schemas` in `url`'s database now.
    [[nodiscard]] static Result<QList<PgTableFigure>> figures(const QString &url, const QStringList &schemas);
    // DROP SCHEMA … CASCADE of each: a restore that failed its check leaves nothing behind.
    [[nodiscard]] static Status dropSchemas(const QString &url, const QStringList &schemas);

    // The pg_dump/pg_restore to run: on PATH, else the newest /usr/lib/postgresql/*/bin; NEXUS_PG_BINDIR wins.
    [[nodiscard]] static QString tool(const QString &name);
};

} // namespace nexus
