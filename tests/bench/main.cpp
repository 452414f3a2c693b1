// nexus-bench: benchmark tools that print one JSON line per figure; `nexus-bench NAME [options]`.
#include "benchmarks.h"

#include <QCoreApplication>
#include <QTextStream>

#include <array>

namespace {

struct Benchmark
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &args);
};

// Add a benchmark: one file with its run function, declared in benchmarks.h, one row here.
constexpr std::array kBenchmarks {
    Benchmark { "demo-data", "time the demo dataset generator: [--parts N] [--seed S] [--compare-indexes]",
        nexus::bench::runDemoData },
    // catalogue bootstrap of a new device over loopback HTTPS (bootstrapbench.cpp)
    Benchmark { "bootstrap", "empty device to searchable catalogue: [--parts N] [--seed S] [--work DIR] [--chunk-mib M]",
        nexus::bench::runBootstrap },
    // catalogue search (searchbench.cpp)
    Benchmark { "search",
        "catalogue search latency per query class: [--parts N] [--seed S] [--data DIR] [--queries Q]"
        " [--rebuild-index]",
        nexus::bench::runSearch },
    // push path under seeded faults and server ingest throughput (syncfaultsbench.cpp, syncingestbench.cpp)
    Benchmark { "sync-faults", "fault schedules through the real engine and ingest: [--schedules N] [--seed S]",
        nexus::bench::runSyncFaults },
    Benchmark { "sync-ingest", "sales/s accepted by the push ingest: [--sales N] [--batch B] [--devices D]",
        nexus::bench::runSyncIngest },
    // counter checkout with fsync (checkoutbench.cpp)
    Benchmark { "checkout", "checkout latency on a real nexus.db (synchronous=FULL): [--lines N] [--count C] [--data DIR]",
        nexus::bench::runCheckout },
    Benchmark { "price-delta", "HQ price changes to the counter's cart lookup over loopback: [--changes N] [--limit L]",
        nexus::bench::runPriceDelta },
    // offline VIN decoding on the installed vPIC database (vinbench.cpp)
    Benchmark { "vin", "VIN decodes/s and p99, cold and warm: [--db F] [--vins F] [--demo N] [--patterns N]",
        nexus::bench::runVin },
    // Chalán's intent accuracy over its phrasing table (voicebench.cpp)
    Benchmark { "voice", "intent accuracy over the phrasing table, then WER and intent accuracy over the spoken fixtures per engine:"
        " [--table F] [--parts N] [--rounds R] [--fixtures MANIFEST] [--model-dir D] [--no-audio]",
        nexus::bench::runVoice },
    // the branch dashboard on a year of demo sales (dashboardbench.cpp)
    Benchmark { "dashboard", "dashboard figures on a year of demo sales, cold and warm: [--parts N] [--data POSDIR] [--repeat R]",
        nexus::bench::runDashboard },
};

int usage(QTextStream &out)
{
    out << "usage: nexus-bench BENCHMARK [options]\n\nbenchmarks:\n";
    for (const Benchmark &benchmark : kBenchmarks)
        out << "  " << benchmark.name << "\n      " << benchmark.summary << "\n";
    out.flush();
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("nexus-bench"));
    QStringList args = QCoreApplication::arguments().mid(1);
    QTextStream err(stderr);
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h"))
        return usage(err);
    const QString name = args.takeFirst();
    for (const Benchmark &benchmark : kBenchmarks)
        if (name == QLatin1String(benchmark.name))
            return benchmark.run(args);
    err << "nexus-bench: unknown benchmark \"" << name << "\"\n";
    return usage(err);
}
