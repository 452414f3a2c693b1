// AdminPgDump: pg_dump/pg_restore as child processes (password through PGPASSWORD, never argv), figures in SQL.
#include "server/adminpgdump.h"

#include "protocol/logging.h"
#include "server/pgserverstorage.h"
#include "store/database.h"

#include <QAtomicInt>
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>
#include <QVersionNumber>

namespace nexus {

namespace {

const QString kField = QStringLiteral("database");

QString uniqueName()
{
    static QAtomicInt counter;
    return QStringLiteral("admin-pgdump-%1").arg(counter.fetchAndAddRelaxed(1));
}

// --host/--port/--username/--dbname of the URL; its password goes through the environment.
QStringList connectionArgs(const QUrl &url)
{
    QStringList args { QStringLiteral("--host"), url.host(), QStringLiteral("--port"), QString::number(url.port(5432)),
        QStringLiteral("--dbname"), url.path().mid(1) };
    if (!url.userName().isEmpty())
        args << QStringLiteral("--username") << url.userName(QUrl::FullyDecoded);
    return args;
}

Status runTool(const QString &name, const QStringList &args, const QUrl &url)
{
    const QString program = AdminPgDump::tool(name);
    if (program.isEmpty())
        return fail(ErrorCode::NotFound,
            NX_ERR("%1 is not installed (Debian: apt install postgresql-client); set NEXUS_PG_BINDIR to its folder"),
            { name }, kField);
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!url.password().isEmpty())
        environment.insert(QStringLiteral("PGPASSWORD"), url.password(QUrl::FullyDecoded));
    environment.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("10"));
    process.setProcessEnvironment(environment);
    process.setProgram(program);
    process.setArguments(args);
    process.start();
    // A large database takes as long as it takes; only a tool that never started is an error here.
    if (!process.waitForStarted(10000) || !process.waitForFinished(-1))
        return fail(ErrorCode::Io, NX_ERR("Cannot run %1: %2"), { program, process.errorString() }, kField);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return fail(ErrorCode::Storage, NX_ERR("%1 failed (exit %2): %3"),
            { name, QString::number(process.exitCode()),
                QString::fromUtf8(process.readAllStandardError()).trimmed().right(2000) },
            kField);
    return {};
}

QString quoted(const QString &identifier)
{
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

// Every base table of `schemas`, counted and checksummed inside whatever transaction `db` has open.
Result<QList<PgTableFigure>> figuresOf(Database &db, const QStringList &schemas)
{
    QList<PgTableFigure> figures;
    for (const QString &schema : schemas) {
        Result<QSqlQuery> tables = db.exec(QStringLiteral("SELECT table_name FROM information_schema.tables "
                                                          "WHERE table_schema = ? AND table_type = 'BASE TABLE' "
                                                          "ORDER BY table_name"),
            { schema });
        if (!tables)
            return std::unexpected(tables.error());
        QStringList names;
        while (tables->next())
            names.append(tables->value(0).toString());
        for (const QString &table : names) {
            // The rows' text form hashed one by one and the hashes sorted: the same rows give the same checksum in
            // whatever order they sit on disk after a restore.
            Result<QSqlQuery> figure = db.exec(
                QStringLiteral("SELECT count(*), coalesce(encode(sha256(convert_to(string_agg(md5(t::text), ',' "
                               "ORDER BY md5(t::text)), 'UTF8')), 'hex'), '') FROM %1.%2 AS t")
                    .arg(quoted(schema), quoted(table)));
            if (!figure)
                return std::unexpected(figure.error());
            if (!figure->next())
                return fail(ErrorCode::Storage, NX_ERR("No figures for the table %1.%2"), { schema, table }, kField);
            figures.append(PgTableFigure { schema, table, figure->value(0).toLongLong(), figure->value(1).toString() });
        }
    }
    return figures;
}

} // namespace

QString AdminPgDump::tool(const QString &name)
{
    const QString dir = qEnvironmentVariable("NEXUS_PG_BINDIR");
    if (!dir.isEmpty())
        return QStandardPaths::findExecutable(name, { dir });
    const QString onPath = QStandardPaths::findExecutable(name);
    if (!onPath.isEmpty())
        return onPath;
    QVersionNumber newest;
    QString found;
    for (const QString &version :
        QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString candidate
            = QStandardPaths::findExecutable(name, { QStringLiteral("/usr/lib/postgresql/%1/bin").arg(version) });
        if (!candidate.isEmpty() && QVersionNumber::fromString(version) > newest) {
            newest = QVersionNumber::fromString(version);
            found = candidate;
        }
    }
    return found;
}

Result<PgDumpSummary> AdminPgDump::dump(const QString &url, const QString &file)
{
    Result<std::unique_ptr<Database>> db = Database::openPostgres(url, QStringLiteral("nexus_master"), uniqueName());
    if (!db)
        return std::unexpected(db.error());
    // One snapshot for everything: the figures below and pg_dump (--snapshot) see the same committed state.
    if (Status begun = (*db)->beginRead(); !begun)
        return std::unexpected(begun.error());
    Result<QVariant> snapshot = (*db)->scalar(QStringLiteral("SELECT pg_export_snapshot()"));
    if (!snapshot)
        return std::unexpected(snapshot.error());
    PgDumpSummary summary;
    Result<QVariant> version = (*db)->scalar(QStringLiteral("SELECT current_setting('server_version')"));
    if (!version)
        return std::unexpected(version.error());
    summary.serverVersion = version->toString();
    Result<QSqlQuery> tenants = (*db)->exec(QStringLiteral("SELECT slug FROM tenants ORDER BY slug"));
    if (!tenants)
        return std::unexpected(tenants.error());
    summary.schemas.append(QStringLiteral("nexus_master"));
    while (tenants->next()) {
        summary.tenants.append(tenants->value(0).toString());
        summary.schemas.append(PgServerStorage::schemaFor(summary.tenants.last()));
    }
    for (const QString &schema : summary.schemas) {
        Result<QVariant> exists = (*db)->scalar(
            QStringLiteral("SELECT 1 FROM information_schema.schemata WHERE schema_name = ?"), { schema });
        if (!exists)
            return std::unexpected(exists.error());
        if (!exists->isValid())
            return fail(ErrorCode::Storage, NX_ERR("The schema %1 of a tenant in nexus_master does not exist"),
                { schema }, kField);
    }
    Result<QList<PgTableFigure>> figures = figuresOf(**db, summary.schemas);
    if (!figures)
        return std::unexpected(figures.error());
    summary.tables = *figures;

    const QUrl parsed(url, QUrl::StrictMode);
    QStringList args { QStringLiteral("--format=custom"), QStringLiteral("--snapshot=") + snapshot->toString(),
        QStringLiteral("--file=") + file };
    for (const QString &schema : summary.schemas)
        args.append(QStringLiteral("--schema=") + schema);
    if (Status dumped = runTool(QStringLiteral("pg_dump"), args + connectionArgs(parsed), parsed); !dumped)
        return std::unexpected(dumped.error());
    (*db)->rollback(); // read only: nothing to keep, the snapshot may go
    qCInfo(lcServerStore) << "pg_dump of" << summary.schemas.size() << "schemas," << summary.tables.size()
                          << "tables into" << file;
    return summary;
}

Status AdminPgDump::check(const QString &file)
{
    return runTool(QStringLiteral("pg_restore"), { QStringLiteral("--list"), file }, QUrl());
}

Result<QStringList> AdminPgDump::existingSchemas(const QString &url, const QStringList &schemas)
{
    Result<std::unique_ptr<Database>> db = Database::openPostgres(url, QStringLiteral("public"), uniqueName());
    if (!db)
        return std::unexpected(db.error());
    QStringList existing;
    for (const QString &schema : schemas) {
        Result<QVariant> found = (*db)->scalar(
            QStringLiteral("SELECT 1 FROM information_schema.schemata WHERE schema_name = ?"), { schema });
        if (!found)
            return std::unexpected(found.error());
        if (found->isValid())
            existing.append(schema);
    }
    return existing;
}

Status AdminPgDump::restore(const QString &file, const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    return runTool(QStringLiteral("pg_restore"),
        QStringList { QStringLiteral("--no-owner"), QStringLiteral("--no-privileges"),
            QStringLiteral("--exit-on-error"), QStringLiteral("--single-transaction") }
            + connectionArgs(parsed) + QStringList { file },
        parsed);
}

Result<QList<PgTableFigure>> AdminPgDump::figures(const QString &url, const QStringList &schemas)
{
    Result<std::unique_ptr<Database>> db = Database::openPostgres(url, QStringLiteral("public"), uniqueName());
    if (!db)
        return std::unexpected(db.error());
    if (Status begun = (*db)->beginRead(); !begun)
        return std::unexpected(begun.error());
    Result<QList<PgTableFigure>> figures = figuresOf(**db, schemas);
    (*db)->rollback();
    return figures;
}

Status AdminPgDump::dropSchemas(const QString &url, const QStringList &schemas)
{
    Result<std::unique_ptr<Database>> db = Database::openPostgres(url, QStringLiteral("public"), uniqueName());
    if (!db)
        return std::unexpected(db.error());
    static const QRegularExpression safe(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    for (const QString &schema : schemas) {
        if (!safe.match(schema).hasMatch())
            continue;
        if (Status dropped = (*db)->execScript(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(schema));
            !dropped)
            return dropped;
    }
    return {};
}

} // namespace nexus
