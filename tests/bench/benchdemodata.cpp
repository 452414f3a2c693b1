// nexus-bench demo-data: wall time and file sizes of the whole demo dataset (catalog.db + tenant.db), optionally
// with and without the catalogue's drop-and-rebuild of secondary indexes.
#include "benchmarks.h"

#include "demo/demogenerator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTextStream>

namespace nexus::bench {

int runDemoData(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    demo::DemoOptions options;
    options.parts = 200'000;
    bool compare = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        bool ok = true;
        if (args.at(i) == QLatin1String("--parts") && i + 1 < args.size())
            options.parts = args.at(++i).toLongLong(&ok);
        else if (args.at(i) == QLatin1String("--seed") && i + 1 < args.size())
            options.seed = args.at(++i).toULongLong(&ok);
        else if (args.at(i) == QLatin1String("--compare-indexes"))
            compare = true;
        else
            ok = false;
        if (!ok) {
            err << "nexus-bench demo-data: bad argument \"" << args.at(i)
                << "\"; use [--parts N] [--seed S] [--compare-indexes]\n";
            return 2;
        }
    }
    QLoggingCategory::setFilterRules(QStringLiteral("nexus.*.info=false"));
    for (const bool rebuild : compare ? QList<bool> { true, false } : QList<bool> { true }) {
        QTemporaryDir dir;
        dir.setAutoRemove(qEnvironmentVariableIsEmpty("NEXUS_KEEP_BENCH_FILES"));
        options.outDir = dir.path();
        options.rebuildIndexes = rebuild;
        Result<demo::DemoSummary> summary = demo::DemoGenerator(options).run();
        if (!summary) {
            err << "nexus-bench demo-data: " << summary.error().logMessage() << "\n";
            return 1;
        }
        const double seconds = double(summary->elapsedMs) / 1000.0;
        const QJsonObject line { { QStringLiteral("bench"), QStringLiteral("demo-data") },
            { QStringLiteral("parts"), qint64(options.parts) }, { QStringLiteral("rebuild_indexes"), rebuild },
            { QStringLiteral("seconds"), seconds },
            { QStringLiteral("parts_per_second"), double(options.parts) / seconds },
            { QStringLiteral("catalog_bytes"), summary->catalogBytes },
            { QStringLiteral("tenant_bytes"), summary->tenantBytes },
            { QStringLiteral("part_codes"), qint64(summary->catalog.partCodes) },
            { QStringLiteral("fitment_rows"), qint64(summary->catalog.fitments) },
            { QStringLiteral("sales"), qint64(summary->sales.sales) },
            { QStringLiteral("sale_lines"), qint64(summary->sales.lines) } };
        out << QJsonDocument(line).toJson(QJsonDocument::Compact) << "\n";
        out.flush();
    }
    return 0;
}

} // namespace nexus::bench
