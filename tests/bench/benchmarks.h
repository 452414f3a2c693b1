// The benchmarks of nexus-bench; each lives in its own file and prints one JSON line per figure on stdout.
#pragma once

#include <QStringList>

namespace nexus::bench {

// args: the words after the benchmark's name. Returns a process exit code (2 for bad arguments).
int runDemoData(const QStringList &args); // benchdemodata.cpp
int runBootstrap(const QStringList &args); // bootstrapbench.cpp
int runSearch(const QStringList &args); // searchbench.cpp
int runSyncFaults(const QStringList &args); // syncfaultsbench.cpp
int runSyncIngest(const QStringList &args); // syncingestbench.cpp
int runCheckout(const QStringList &args); // checkoutbench.cpp
int runPriceDelta(const QStringList &args); // pricedeltabench.cpp
int runVin(const QStringList &args); // vinbench.cpp
int runVoice(const QStringList &args); // voicebench.cpp
int runDashboard(const QStringList &args); // dashboardbench.cpp

} // namespace nexus::bench
