// nexus-admin backup / restore: a checksummed copy of the server's data folder and its verified restore.
#include "admincommands.h"

#include "server/adminbackup.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace nexus::admin {

namespace {

constexpr const char *kUsage
    = "usage: nexus-admin backup --data DIR --out BACKUPDIR\n"
      "       nexus-admin restore --from BACKUPDIR (--data NEWDIR | --verify-only)\n"
      "  SQLite storage only (a PostgreSQL server is backed up with pg_dump); the server may keep running during a\n"
      "  backup; restore checks every checksum and database, copies into a new empty folder and checks it again\n";

int report(QTextStream &err, const char *command, const Error &error)
{
    err << "nexus-admin " << command << ": ";
    if (!error.field().isEmpty())
        err << "--" << error.field() << ": ";
    err << error.message() << "\n";
    return error.code() == ErrorCode::InvalidInput ? 2 : 1;
}

} // namespace

int runBackup(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    const QCommandLineOption data(QStringLiteral("data"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption database(QStringLiteral("database"), QString(), QStringLiteral("URL"));
    const QCommandLineOption target(QStringLiteral("out"), QString(), QStringLiteral("DIR"));
    parser.addOptions({ data, database, target });
    if (!parser.parse(QStringList { QStringLiteral("nexus-admin") } + args)) {
        err << "nexus-admin backup: " << parser.errorText() << "\n" << kUsage;
        return 2;
    }
    if (parser.isSet(database)) {
        err << "nexus-admin backup: --database: PostgreSQL data is backed up with pg_dump, not here\n";
        return 2;
    }
    for (const QCommandLineOption *required : { &data, &target })
        if (parser.value(*required).isEmpty()) {
            err << "nexus-admin backup: --" << required->names().first() << " is required\n" << kUsage;
            return 2;
        }
    Result<BackupSummary> summary = AdminBackup::backup(parser.value(data), parser.value(target));
    if (!summary)
        return report(err, "backup", summary.error());
    out << "backed up " << summary->files << " files (" << summary->bytes
        << " bytes), tenants: " << summary->tenants.join(QStringLiteral(", ")) << ", into " << parser.value(target)
        << "\n";
    return 0;
}

int runRestore(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    const QCommandLineOption from(QStringLiteral("from"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption data(QStringLiteral("data"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption verifyOnly(QStringLiteral("verify-only"));
    parser.addOptions({ from, data, verifyOnly });
    if (!parser.parse(QStringList { QStringLiteral("nexus-admin") } + args)) {
        err << "nexus-admin restore: " << parser.errorText() << "\n" << kUsage;
        return 2;
    }
    if (parser.value(from).isEmpty() || (parser.value(data).isEmpty() == !parser.isSet(verifyOnly))) {
        err << "nexus-admin restore: give --from and either --data NEWDIR or --verify-only\n" << kUsage;
        return 2;
    }
    Result<BackupSummary> summary = parser.isSet(verifyOnly)
        ? AdminBackup::verify(parser.value(from))
        : AdminBackup::restore(parser.value(from), parser.value(data));
    if (!summary)
        return report(err, "restore", summary.error());
    out << (parser.isSet(verifyOnly) ? "verified " : "restored and verified ") << summary->files << " files ("
        << summary->bytes << " bytes), tenants: " << summary->tenants.join(QStringLiteral(", "));
    if (!parser.isSet(verifyOnly))
        out << ", into " << parser.value(data) << " (start nexus-server --data " << parser.value(data) << ")";
    out << "\n";
    return 0;
}

} // namespace nexus::admin
