// Small statistics every benchmark prints: percentiles of a sample and the calling thread's CPU time.
#pragma once

#include <algorithm>
#include <ctime>
#include <vector>

namespace nexus::bench {

// The p-th percentile (0…1) of `values`, nearest rank.
inline double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(p * double(values.size() - 1) + 0.5);
    return values[std::min(index, values.size() - 1)];
}

// CPU time of this thread in ms: wall time minus waiting for the disk or for the CPU.
inline double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

} // namespace nexus::bench
