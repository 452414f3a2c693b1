// Due calculation: integer kilometres and whole days; the projection by km rounds the days down (due a day early
// rather than a day late).
#include "fleets/maintenancedue.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace nexus {

QString maintenanceStatusCode(MaintenanceStatus status)
{
    switch (status) {
    case MaintenanceStatus::Ok:
        return QStringLiteral("ok");
    case MaintenanceStatus::Soon:
        return QStringLiteral("soon");
    case MaintenanceStatus::Overdue:
        return QStringLiteral("overdue");
    }
    return {};
}

QString maintenanceStatusTitle(MaintenanceStatus status)
{
    switch (status) {
    case MaintenanceStatus::Ok:
        return QCoreApplication::translate("nexus::Fleets", "Up to date");
    case MaintenanceStatus::Soon:
        return QCoreApplication::translate("nexus::Fleets", "Due soon");
    case MaintenanceStatus::Overdue:
        return QCoreApplication::translate("nexus::Fleets", "Overdue");
    }
    return {};
}

OdometerEstimate estimateOdometer(QList<OdometerReading> readings, QDate today)
{
    readings.removeIf([](const OdometerReading &r) { return !r.on.isValid() || r.km <= 0; });
    OdometerEstimate estimate;
    if (readings.isEmpty())
        return estimate;
    std::sort(readings.begin(), readings.end(),
        [](const OdometerReading &a, const OdometerReading &b) { return a.on < b.on || (a.on == b.on && a.km < b.km); });
    // Keep the readings that go up: a lower one after a higher one is not believed.
    QList<OdometerReading> rising;
    for (const OdometerReading &r : readings) {
        if (!rising.isEmpty() && r.km < rising.last().km)
            continue;
        if (!rising.isEmpty() && rising.last().on == r.on)
            rising.last().km = r.km;
        else
            rising.append(r);
    }
    const OdometerReading &first = rising.first();
    const OdometerReading &last = rising.last();
    estimate.km = last.km;
    estimate.lastReadOn = last.on;
    const qint64 span = first.on.daysTo(last.on);
    if (span > 0)
        estimate.kmPerDay = static_cast<double>(last.km - first.km) / static_cast<double>(span);
    const qint64 age = last.on.daysTo(today);
    if (age > kOdometerStaleDays && estimate.kmPerDay > 0) {
        estimate.km = last.km + std::llround(estimate.kmPerDay * static_cast<double>(age));
        estimate.estimated = true;
    }
    return estimate;
}

MaintenanceDue computeMaintenanceDue(
    const MaintenanceInterval &interval, QDate startOn, qint64 startKm, const OdometerEstimate &odometer, QDate today)
{
    MaintenanceDue due;
    if (interval.everyMonths > 0 && startOn.isValid())
        due.dueOn = startOn.addMonths(interval.everyMonths);
    if (interval.everyKm > 0) {
        due.dueKm = startKm + interval.everyKm;
        due.kmLeft = *due.dueKm - odometer.km;
    }
    due.nextOn = due.dueOn;
    if (due.kmLeft && odometer.kmPerDay > 0) {
        // The day the average carries the odometer to dueKm, counted from today's (estimated) reading.
        const auto days = static_cast<qint64>(std::floor(static_cast<double>(*due.kmLeft) / odometer.kmPerDay));
        const QDate byKm = today.addDays(days);
        if (!due.nextOn || byKm < *due.nextOn)
            due.nextOn = byKm;
    }
    if (due.nextOn)
        due.daysLeft = today.daysTo(*due.nextOn);

    const bool overdueByTime = due.dueOn && today > *due.dueOn;
    const bool overdueByKm = due.kmLeft && *due.kmLeft < 0;
    const bool soonByTime = due.daysLeft && *due.daysLeft <= kMaintenanceSoonDays;
    const bool soonByKm = due.kmLeft && *due.kmLeft <= kMaintenanceSoonKm;
    if (overdueByTime || overdueByKm)
        due.status = MaintenanceStatus::Overdue;
    else if (soonByTime || soonByKm)
        due.status = MaintenanceStatus::Soon;
    return due;
}

} // namespace nexus
