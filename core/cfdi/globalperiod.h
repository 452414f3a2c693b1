// The period a factura global covers: the day, week, fortnight, month or two months that contain a given day, as the
// SAT's InformacionGlobal reads it (Periodicidad with one Meses: a week is cut at the month's edges).
#pragma once

#include <QDate>
#include <QString>

#include "common/error.h"

namespace nexus {

struct GlobalPeriod
{
    QDate from; // both included
    QDate to;
};

// periodicity: day | week (Monday–Sunday within the month) | fortnight (1–15, 16–end) | month | two_months
// (January–February, March–April…). InvalidInput naming "periodicity" or "day".
[[nodiscard]] Result<GlobalPeriod> globalPeriodOf(const QString &periodicity, QDate day);

} // namespace nexus
