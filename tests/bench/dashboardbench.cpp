// nexus-bench dashboard: how long the branch dashboard takes to load its figures on a counter holding a year of
// sales (the demo generator's tenant, its first branch copied into a fresh nexus.db), cold and warm.
#include "benchmarks.h"

#include "demo/clienthistory.h"
#include "demo/demogenerator.h"
#include "reports/dashboard.h"
#include "store/localstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace nexus::bench {

int runDashboard(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    demo::DemoOptions options;
    options.parts = 20'000;
    QString data;
    int repeat = 5;
    for (qsizetype i = 0; i < args.size(); ++i) {
        bool ok = true;
        if (args.at(i) == QLatin1String("--parts") && i + 1 < args.size())
            options.parts = args.at(++i).toLongLong(&ok);
        else if (args.at(i) == QLatin1String("--data") && i + 1 < args.size())
            data = args.at(++i);
        else if (args.at(i) == QLatin1String("--repeat") && i + 1 < args.size())
            repeat = args.at(++i).toInt(&ok);
        else
            ok = false;
        if (!ok || repeat < 1) {
            err << "nexus-bench dashboard: bad argument \"" << args.at(i)
                << "\"; use [--parts N] [--data POSDIR] [--repeat R]\n";
            return 2;
        }
    }
    QLoggingCategory::setFilterRules(QStringLiteral("nexus.*.info=false"));
    QTemporaryDir work;
    work.setAutoRemove(qEnvironmentVariableIsEmpty("NEXUS_KEEP_BENCH_FILES"));
    QString branchId;
    if (data.isEmpty()) {
        options.outDir = QDir(work.path()).filePath(QStringLiteral("demo"));
        Result<demo::DemoSummary> summary = demo::DemoGenerator(options).run();
        if (!summary) {
            err << "nexus-bench dashboard: " << summary.error().logMessage() << "\n";
            return 1;
        }
        data = QDir(work.path()).filePath(QStringLiteral("pos"));
        QDir().mkpath(data);
        QFile::copy(summary->catalogPath, QDir(data).filePath(QStringLiteral("catalog.db")));
        Result<std::unique_ptr<LocalStore>> store
            = LocalStore::open(QDir(data).filePath(QStringLiteral("nexus.db")), QStringLiteral("bench-setup"));
        if (!store) {
            err << "nexus-bench dashboard: " << store.error().logMessage() << "\n";
            return 1;
        }
        {
            // The demo's first branch (GDL), read from its tenant.db.
            Result<std::unique_ptr<Database>> tenant
                = Database::open(summary->tenantPath, Durability::Normal, QStringLiteral("bench-tenant"));
            if (!tenant) {
                err << "nexus-bench dashboard: " << tenant.error().logMessage() << "\n";
                return 1;
            }
            Result<QVariant> id = (*tenant)->scalar(QStringLiteral("SELECT id FROM branches ORDER BY rowid LIMIT 1"));
            branchId = id ? id->toString() : QString();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bench-tenant"));
        Result<demo::ClientHistoryStats> stats = demo::importClientHistory(
            (*store)->db(), summary->tenantPath, QDir(data).filePath(QStringLiteral("catalog.db")), branchId);
        if (!stats) {
            err << "nexus-bench dashboard: " << stats.error().logMessage() << "\n";
            return 1;
        }
        out << QJsonDocument(
            QJsonObject { { QStringLiteral("bench"), QStringLiteral("dashboard-setup") },
                { QStringLiteral("parts"), qint64(options.parts) }, { QStringLiteral("sales"), stats->sales },
                { QStringLiteral("sale_lines"), stats->lines },
                { QStringLiteral("stock_movements"), stats->movements } })
                   .toJson(QJsonDocument::Compact)
            << "\n";
    }
    out.flush();

    const QString nexusDb = QDir(data).filePath(QStringLiteral("nexus.db"));
    const QString catalog = QDir(data).filePath(QStringLiteral("catalog.db"));
    const QTimeZone zone(-6 * 3600); // Guadalajara
    QList<qint64> times;
    qint64 coldMs = 0;
    DashboardFigures figures;
    for (int run = 0; run <= repeat; ++run) {
        const QString name = QStringLiteral("bench-dashboard-%1").arg(run);
        QElapsedTimer timer;
        timer.start();
        {
            Result<std::unique_ptr<Database>> db = Database::open(nexusDb, Durability::Full, name);
            if (!db) {
                err << "nexus-bench dashboard: " << db.error().logMessage() << "\n";
                return 1;
            }
            Result<DashboardFigures> loaded = DashboardService(**db, catalog).load(demo::asOfDate(), branchId, zone);
            if (!loaded) {
                err << "nexus-bench dashboard: " << loaded.error().logMessage() << "\n";
                return 1;
            }
            figures = *loaded;
        }
        QSqlDatabase::removeDatabase(name);
        if (run == 0)
            coldMs = timer.elapsed();
        else
            times.append(timer.elapsed());
    }
    std::sort(times.begin(), times.end());
    out << QJsonDocument(
        QJsonObject { { QStringLiteral("bench"), QStringLiteral("dashboard") },
            { QStringLiteral("day"), figures.day.toString(Qt::ISODate) }, { QStringLiteral("open_ms_cold"), coldMs },
            { QStringLiteral("open_ms_median"), times.at(times.size() / 2) },
            { QStringLiteral("open_ms_max"), times.last() }, { QStringLiteral("day_sales_cents"), figures.salesCents },
            { QStringLiteral("day_tickets"), figures.tickets },
            { QStringLiteral("period_tickets"), figures.periodTickets },
            { QStringLiteral("margin_bp"), figures.periodMarginBasisPoints } })
               .toJson(QJsonDocument::Compact)
        << "\n";
    return 0;
}

} // namespace nexus::bench
