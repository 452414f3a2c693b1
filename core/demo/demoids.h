// Deterministic ids and timestamps for demo rows: UUID v7 layout from a given instant and a demo stream.
#pragma once

#include <QDateTime>
#include <QString>

#include <cstdint>

#include "demo/prng.h"

namespace nexus::demo {

// A UUID v7 (RFC 9562) whose timestamp is `msSinceEpoch` and whose random bits come from `rng`: ids sort by
// time like the ones devices generate, and the same stream gives the same id on every run.
[[nodiscard]] inline QString uuidV7(std::int64_t msSinceEpoch, Rng &rng)
{
    const std::uint64_t high = (static_cast<std::uint64_t>(msSinceEpoch) << 16) | 0x7000u | (rng.next() & 0x0FFFu);
    const std::uint64_t low = (rng.next() & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL;
    const QString hex = QStringLiteral("%1%2").arg(high, 16, 16, QLatin1Char('0')).arg(low, 16, 16, QLatin1Char('0'));
    return hex.first(8) + QLatin1Char('-') + hex.sliced(8, 4) + QLatin1Char('-') + hex.sliced(12, 4) + QLatin1Char('-')
        + hex.sliced(16, 4) + QLatin1Char('-') + hex.sliced(20);
}

// "2026-03-14T17:32:05.000Z": the UTC form every timestamp column stores.
[[nodiscard]] inline QString isoUtc(std::int64_t msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC).toString(Qt::ISODateWithMs);
}

[[nodiscard]] inline std::int64_t utcMs(const QDate &date, int hour = 0, int minute = 0, int second = 0)
{
    return QDateTime(date, QTime(hour, minute, second), Qt::UTC).toMSecsSinceEpoch();
}

} // namespace nexus::demo
