// Local time at a demo branch: Jalisco keeps UTC−6 all year (no daylight saving since 2022), Tijuana follows the
// US rules (second Sunday of March to first Sunday of November).
#pragma once

#include <QDate>

#include <cstdint>

#include "demo/demoids.h"
#include "demo/tenantwriter.h"

namespace nexus::demo {

// The n-th weekday (Qt: 1 = Monday … 7 = Sunday) of a month.
[[nodiscard]] inline QDate nthWeekday(int year, int month, int weekday, int n)
{
    QDate date(year, month, 1);
    while (date.dayOfWeek() != weekday)
        date = date.addDays(1);
    return date.addDays(7 * (n - 1));
}

// Milliseconds since the epoch of `secondOfDay` local time on `date` at the branch.
[[nodiscard]] inline std::int64_t branchLocalToUtcMs(const DemoBranch &branch, const QDate &date, int secondOfDay)
{
    int offset = branch.utcOffsetMinutes;
    if (branch.usDaylightSaving && date >= nthWeekday(date.year(), 3, 7, 2) && date < nthWeekday(date.year(), 11, 7, 1))
        offset += 60;
    return utcMs(date) + (std::int64_t(secondOfDay) - std::int64_t(offset) * 60) * 1000;
}

} // namespace nexus::demo
