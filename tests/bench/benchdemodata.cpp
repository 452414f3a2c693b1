// nexus-bench demo-data: wall time of the catalogue writer (temporary benchmark while the generator grows).
#include "benchmarks.h"

#include "demo/catalogwriter.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

namespace nexus::bench {

int runDemoData(const QStringList &args)
{
    demo::DemoOptions options;
    options.parts = 200'000;
    bool compare = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--parts") && i + 1 < args.size())
            options.parts = args.at(++i).toLongLong();
        else if (args.at(i) == QLatin1String("--seed") && i + 1 < args.size())
            options.seed = args.at(++i).toULongLong();
        else if (args.at(i) == QLatin1String("--compare-indexes"))
            compare = true;
    }
    QTextStream out(stdout);
    for (const bool rebuild : compare ? QList<bool>{true, false} : QList<bool>{true}) {
        QTemporaryDir dir;
        dir.setAutoRemove(qEnvironmentVariableIsEmpty("NEXUS_KEEP_BENCH_FILES"));
        options.rebuildIndexes = rebuild;
        demo::ProgressCounter progress{0};
        QElapsedTimer timer;
        timer.start();
        Result<demo::CatalogStats> stats = demo::CatalogWriter(options, progress).write(dir.filePath(QStringLiteral("catalog.db")));
        const double seconds = double(timer.elapsed()) / 1000.0;
        if (!stats) {
            QTextStream(stderr) << stats.error().logMessage() << "\n";
            return 1;
        }
        QJsonObject line{{QStringLiteral("bench"), QStringLiteral("demo-data")},
                         {QStringLiteral("parts"), qint64(options.parts)},
                         {QStringLiteral("rebuild_indexes"), rebuild},
                         {QStringLiteral("seconds"), seconds},
                         {QStringLiteral("codes"), qint64(stats->partCodes)},
                         {QStringLiteral("fitments"), qint64(stats->fitments)},
                         {QStringLiteral("catalog_bytes"), QFileInfo(dir.filePath(QStringLiteral("catalog.db"))).size()}};
        out << QJsonDocument(line).toJson(QJsonDocument::Compact) << "\n";
        out.flush();
    }
    return 0;
}

} // namespace nexus::bench
