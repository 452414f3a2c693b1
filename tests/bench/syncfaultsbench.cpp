// nexus-bench sync-faults: seeded fault schedules through the real engine and the real ingest, in-process: network
// faults, engine crashes, poison, skewed counter clocks, restored backups and copied disks.
#include "benchmarks.h"

#include "../sync/syncharness.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTextStream>

namespace nexus::bench {

int runSyncFaults(const QStringList &args)
{
    int schedules = 1000;
    quint32 seed = 1;
    for (qsizetype i = 0; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--schedules"))
            schedules = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--seed"))
            seed = args.at(i + 1).toUInt();
        else {
            QTextStream(stderr) << "usage: nexus-bench sync-faults [--schedules N] [--seed S]\n";
            return 2;
        }
    }
    if (schedules <= 0) {
        QTextStream(stderr) << "sync-faults: --schedules must be positive\n";
        return 2;
    }
    // The faults make the engine and the server log a lot; the JSON line is the output.
    if (qEnvironmentVariableIsEmpty("NEXUS_BENCH_LOG")) // set it to follow one schedule in the engine's log
        QLoggingCategory::setFilterRules(QStringLiteral("nexus.*=false\nqt.*=false"));
    // Crashes here are simulated process deaths, not power cuts: on tmpfs the fsyncs of synchronous=FULL cost
    // nothing and 1,000 schedules take a minute or two instead of several.
    QTemporaryDir dir(QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm/nexus-sync-faults-XXXXXX")
                                                                 : QDir::tempPath() + QStringLiteral("/nexus-sync-faults-XXXXXX"));
    test::InProcessServer server(dir.filePath(QStringLiteral("server")));
    const QString clientTemplate = test::makeClientTemplate(dir.path());
    QElapsedTimer timer;
    timer.start();
    int lost = 0, duplicated = 0, diverged = 0;
    int restores = 0, clones = 0, skewed = 0, epochChanges = 0, refusedCopies = 0;
    for (int i = 0; i < schedules; ++i) {
        const test::Verdict verdict = test::runSchedule(server, dir.path(), clientTemplate, seed + static_cast<quint32>(i));
        lost += verdict.lost;
        duplicated += verdict.duplicated;
        diverged += verdict.diverged;
        restores += verdict.restores;
        clones += verdict.clones;
        skewed += verdict.skewed;
        epochChanges += verdict.epochChanges;
        refusedCopies += verdict.refusedCopies;
        for (const QString &note : verdict.notes)
            QTextStream(stderr) << "schedule " << seed + static_cast<quint32>(i) << ": " << note << "\n";
    }
    Result<QVariant> sales = server.tenantDb().scalar(QStringLiteral("SELECT count(*) FROM sales"));
    QTextStream(stdout) << "{\"schedules\":" << schedules << ",\"lost\":" << lost << ",\"duplicated\":" << duplicated
                        << ",\"diverged\":" << diverged << ",\"sales\":" << (sales ? sales->toLongLong() : -1)
                        << ",\"restores\":" << restores << ",\"clones\":" << clones << ",\"skewed_clocks\":" << skewed
                        << ",\"epoch_changes\":" << epochChanges << ",\"refused_copies\":" << refusedCopies
                        << ",\"requests\":" << server.requests() << ",\"seconds\":" << timer.elapsed() / 1000.0
                        << "}\n";
    return lost == 0 && duplicated == 0 && diverged == 0 ? 0 : 1;
}

} // namespace nexus::bench
