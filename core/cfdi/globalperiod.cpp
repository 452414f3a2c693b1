// globalPeriodOf: calendar arithmetic only.
#include "cfdi/globalperiod.h"

#include <algorithm>

namespace nexus {

Result<GlobalPeriod> globalPeriodOf(const QString &periodicity, QDate day)
{
    if (!day.isValid())
        return fail(ErrorCode::InvalidInput, NX_ERR("Choose a day of the period"), {}, QStringLiteral("day"));
    const QDate monthStart(day.year(), day.month(), 1);
    const QDate monthEnd = monthStart.addMonths(1).addDays(-1);
    if (periodicity == QLatin1String("day"))
        return GlobalPeriod { day, day };
    if (periodicity == QLatin1String("week")) {
        const QDate monday = day.addDays(1 - day.dayOfWeek());
        return GlobalPeriod { std::max(monday, monthStart), std::min(monday.addDays(6), monthEnd) };
    }
    if (periodicity == QLatin1String("fortnight"))
        return day.day() <= 15 ? GlobalPeriod { monthStart, QDate(day.year(), day.month(), 15) }
                               : GlobalPeriod { QDate(day.year(), day.month(), 16), monthEnd };
    if (periodicity == QLatin1String("month"))
        return GlobalPeriod { monthStart, monthEnd };
    if (periodicity == QLatin1String("two_months")) {
        const QDate first(day.year(), day.month() % 2 == 1 ? day.month() : day.month() - 1, 1);
        return GlobalPeriod { first, first.addMonths(2).addDays(-1) };
    }
    return fail(ErrorCode::InvalidInput,
        NX_ERR("The periodicity of a factura global is day, week, fortnight, month or two_months, not \"%1\""),
        { periodicity }, QStringLiteral("periodicity"));
}

} // namespace nexus
