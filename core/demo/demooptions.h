// What the demo data generator is asked to write, and the fixed dates that keep its output reproducible.
#pragma once

#include <QDate>
#include <QString>

#include <atomic>
#include <cstdint>

namespace nexus::demo {

struct DemoOptions
{
    static constexpr std::int64_t kDefaultParts = 1'546'976; // the size of the reference catalogue
    QString outDir;
    std::int64_t parts = kDefaultParts;
    std::uint64_t seed = 1;
    // Drop the catalogue's secondary indexes during the bulk insert and rebuild them after (same SQL, from the
    // migration): sorting once is cheaper than keeping the B-trees balanced row by row.
    bool rebuildIndexes = true;
};

// The dataset's "today": sales history ends on this day whatever the seed or the wall clock.
inline constexpr int kAsOfYear = 2026;
inline constexpr int kAsOfMonth = 11;
inline constexpr int kAsOfDay = 24;
[[nodiscard]] inline QDate asOfDate()
{
    return QDate(kAsOfYear, kAsOfMonth, kAsOfDay);
}
// Stamped into the schema_migrations.applied_at of both files instead of the wall clock (byte-identical output).
inline constexpr const char *kGeneratedAt = "2026-11-24T06:00:00.000Z";

// Progress of one writer in thousandths, read by another thread for the progress bar.
using ProgressCounter = std::atomic<int>;

} // namespace nexus::demo
