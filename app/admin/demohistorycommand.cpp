// nexus-admin demo-history: copies the demo tenant's year of sales of a counter's branch into its nexus.db, so the
// counter's dashboard and reports have history to show (the data is nexus::demo::importClientHistory's).
#include "admincommands.h"
#include "commandline.h"

#include "demo/clienthistory.h"
#include "store/database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTextStream>

namespace nexus::admin {

namespace {

constexpr const char *kUsage
    = "usage: nexus-admin demo-history --tenant-db FILE --pos-data DIR [--branch ID] [--json]\n"
      "  --tenant-db FILE  the demo tenant's tenant.db (server data: tenants/demo/tenant.db)\n"
      "  --pos-data DIR    the enrolled counter's folder (nexus.db, catalog.db)\n"
      "  --branch ID       the branch to copy (default: the counter's own)\n";

} // namespace

int runDemoHistory(const QStringList &args)
{
    CommandLine line(QStringLiteral("demo-history"), QString::fromLatin1(kUsage));
    const QCommandLineOption tenantDb = valueOption("tenant-db", "FILE");
    const QCommandLineOption posData = valueOption("pos-data", "DIR");
    const QCommandLineOption branch = valueOption("branch", "ID");
    line.addOptions({ tenantDb, posData, branch });
    if (std::optional<int> done = line.parse(args))
        return *done;
    if (std::optional<int> missing = line.require({ &tenantDb, &posData }))
        return *missing;
    const QDir dir(line.value(posData));
    const QString nexusDb = dir.filePath(QStringLiteral("nexus.db"));
    if (!QFileInfo::exists(nexusDb))
        return line.usageError(QStringLiteral("--pos-data %1 holds no nexus.db (start nexus-pos once to enroll it)")
                                   .arg(QDir::toNativeSeparators(dir.path())));
    QLoggingCategory::setFilterRules(QStringLiteral("nexus.*.info=false"));
    Result<std::unique_ptr<Database>> db = Database::open(nexusDb, Durability::Full);
    if (!db)
        return line.fail(db.error());
    QElapsedTimer timer;
    timer.start();
    Result<demo::ClientHistoryStats> stats = demo::importClientHistory(
        **db, line.value(tenantDb), dir.filePath(QStringLiteral("catalog.db")), line.value(branch));
    if (!stats)
        return line.fail(stats.error());
    const double seconds = double(timer.elapsed()) / 1000.0;
    if (line.json()) {
        line.printJson(QJsonObject { { QStringLiteral("branch_id"), stats->branchId },
            { QStringLiteral("cash_sessions"), stats->cashSessions }, { QStringLiteral("sales"), stats->sales },
            { QStringLiteral("lines"), stats->lines }, { QStringLiteral("payments"), stats->payments },
            { QStringLiteral("stock_movements"), stats->movements }, { QStringLiteral("seconds"), seconds } });
        return 0;
    }
    line.out() << "copied into " << QDir::toNativeSeparators(nexusDb) << " in " << QString::number(seconds, 'f', 1)
               << " s: " << stats->sales << " sales, " << stats->lines << " lines, " << stats->payments << " payments, "
               << stats->cashSessions << " cash sessions, " << stats->movements << " stock movements\n";
    return 0;
}

} // namespace nexus::admin
