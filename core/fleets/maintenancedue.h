// When a vehicle's maintenance comes due: the next date and odometer of a plan line from where its cycle started,
// the odometer today (estimated from the last readings when the last one is old) and the status ok / próximo /
// vencido. Pure functions over plain values: no database, tested with a table of cases.
#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace nexus {

// "Próximo" (due soon): within this many days of the due date or this many km of the due reading.
inline constexpr int kMaintenanceSoonDays = 15;
inline constexpr qint64 kMaintenanceSoonKm = 500;
// A last reading older than this is moved on by the vehicle's average km per day.
inline constexpr int kOdometerStaleDays = 7;

enum class MaintenanceStatus { Ok, Soon, Overdue };

[[nodiscard]] QString maintenanceStatusCode(MaintenanceStatus status); // "ok" | "soon" | "overdue"
[[nodiscard]] QString maintenanceStatusTitle(MaintenanceStatus status); // translated: "Al día", "Próximo", "Vencido"

struct OdometerReading
{
    QDate on;
    qint64 km = 0;
};

struct OdometerEstimate
{
    qint64 km = 0; // 0 when nothing is known
    bool estimated = false; // moved on from an old reading by the average below
    double kmPerDay = 0; // average between the first and the last reading; 0 unknown
    QDate lastReadOn; // invalid when there is no reading
};

// Readings in any order; several on one day count as the highest. The average runs from the first to the last
// reading (a later reading lower than an earlier one — a replaced odometer, a typo — is ignored).
[[nodiscard]] OdometerEstimate estimateOdometer(QList<OdometerReading> readings, QDate today);

struct MaintenanceInterval
{
    qint64 everyKm = 0; // 0: not by distance
    int everyMonths = 0; // 0: not by time
};

struct MaintenanceDue
{
    std::optional<QDate> dueOn; // by time: the cycle's start plus everyMonths
    std::optional<qint64> dueKm; // by distance: the cycle's start plus everyKm
    // The day the line comes due, whichever comes first: dueOn, or the day the average reaches dueKm.
    std::optional<QDate> nextOn;
    std::optional<qint64> daysLeft; // to nextOn; negative once passed
    std::optional<qint64> kmLeft; // to dueKm from the odometer; negative once passed
    MaintenanceStatus status = MaintenanceStatus::Ok;
};

// `startOn`/`startKm`: the last time the line was done (or when it was put on the plan).
[[nodiscard]] MaintenanceDue computeMaintenanceDue(
    const MaintenanceInterval &interval, QDate startOn, qint64 startKm, const OdometerEstimate &odometer, QDate today);

} // namespace nexus
