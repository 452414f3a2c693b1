// nexus-admin backup / restore: a checksummed copy of the server's data folder and its verified restore.
#include "admincommands.h"
#include "commandline.h"

#include "server/adminbackup.h"

namespace nexus::admin {

namespace {

constexpr const char *kUsage
    = "usage: nexus-admin backup --data DIR [--database URL] --out BACKUPDIR [--json]\n"
      "       nexus-admin restore --from BACKUPDIR (--data NEWDIR [--database NEWURL] | --verify-only) [--json]\n"
      "  the server may keep running during a backup. SQLite: consistent copies of every database file.\n"
      "  PostgreSQL (--database, the server's URL): pg_dump of nexus_master and the tenant schemas, plus every\n"
      "  table's row count and checksum on the same snapshot, plus the data folder's files (catalogues, snapshots).\n"
      "  restore checks every checksum, copies into a new empty folder (and, for PostgreSQL, pg_restore into\n"
      "  NEWURL, a database without the server's schemas), then checks the copy again: files by checksum, every\n"
      "  table by row count and checksum; on any difference nothing is kept\n";

QJsonObject toJson(const BackupSummary &summary)
{
    QJsonObject object { { QStringLiteral("storage"), summary.storage }, { QStringLiteral("files"), summary.files },
        { QStringLiteral("bytes"), summary.bytes },
        { QStringLiteral("tenants"), QJsonArray::fromStringList(summary.tenants) } };
    if (summary.storage == QLatin1String("postgresql")) {
        object.insert(QStringLiteral("tables"), summary.tables);
        object.insert(QStringLiteral("rows"), summary.rows);
    }
    return object;
}

// "12 files (3456 bytes)[, 40 tables (812 rows)], tenants: a, b"
QString describe(const BackupSummary &summary)
{
    QString text = QStringLiteral("%1 files (%2 bytes)").arg(summary.files).arg(summary.bytes);
    if (summary.storage == QLatin1String("postgresql"))
        text += QStringLiteral(", %1 PostgreSQL tables (%2 rows)").arg(summary.tables).arg(summary.rows);
    return text + QStringLiteral(", tenants: ") + summary.tenants.join(QStringLiteral(", "));
}

} // namespace

int runBackup(const QStringList &args)
{
    CommandLine line(QStringLiteral("backup"), QString::fromLatin1(kUsage));
    const QCommandLineOption data = valueOption("data", "DIR");
    const QCommandLineOption database = valueOption("database", "URL");
    const QCommandLineOption target = valueOption("out", "DIR");
    line.addOptions({ data, database, target });
    if (std::optional<int> done = line.parse(args))
        return *done;
    if (std::optional<int> missing = line.require({ &data, &target }))
        return *missing;
    Result<BackupSummary> summary = AdminBackup::backup(line.value(data), line.value(target), line.value(database));
    if (!summary)
        return line.fail(summary.error());
    if (line.json()) {
        QJsonObject object = toJson(*summary);
        object.insert(QStringLiteral("out"), line.value(target));
        line.printJson(object);
        return 0;
    }
    line.out() << "backed up " << describe(*summary) << ", into " << line.value(target) << "\n";
    return 0;
}

int runRestore(const QStringList &args)
{
    CommandLine line(QStringLiteral("restore"), QString::fromLatin1(kUsage));
    const QCommandLineOption from = valueOption("from", "DIR");
    const QCommandLineOption data = valueOption("data", "DIR");
    const QCommandLineOption database = valueOption("database", "URL");
    const QCommandLineOption verifyOnly = flagOption("verify-only");
    line.addOptions({ from, data, database, verifyOnly });
    if (std::optional<int> done = line.parse(args))
        return *done;
    if (line.value(from).isEmpty() || (line.value(data).isEmpty() == !line.isSet(verifyOnly)))
        return line.usageError(QStringLiteral("give --from and either --data NEWDIR or --verify-only"));
    if (line.isSet(verifyOnly) && line.isSet(database))
        return line.usageError(QStringLiteral("--verify-only checks the backup alone: no --database"));
    Result<BackupSummary> summary = line.isSet(verifyOnly)
        ? AdminBackup::verify(line.value(from))
        : AdminBackup::restore(line.value(from), line.value(data), line.value(database));
    if (!summary)
        return line.fail(summary.error());
    if (line.json()) {
        QJsonObject object = toJson(*summary);
        object.insert(QStringLiteral("verified"), true);
        if (!line.isSet(verifyOnly))
            object.insert(QStringLiteral("data"), line.value(data));
        line.printJson(object);
        return 0;
    }
    line.out() << (line.isSet(verifyOnly) ? "verified " : "restored and verified ") << describe(*summary);
    if (!line.isSet(verifyOnly))
        line.out() << ", into " << line.value(data) << " (start nexus-server --data " << line.value(data)
                   << (line.isSet(database) ? QStringLiteral(" --database NEWURL") : QString()) << ")";
    line.out() << "\n";
    return 0;
}

} // namespace nexus::admin
