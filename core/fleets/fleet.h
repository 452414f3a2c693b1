// Fleets as the counter keeps them: the company's fleet record, the lines of a vehicle's maintenance plan and the
// services done. Plain data shared by the services, the facts that carry them up and the server handlers.
#pragma once

#include <QList>
#include <QString>

namespace nexus {

// One line of a plan or of a fleet's template: "Cambio de aceite" every 10,000 km or 6 months.
struct MaintenancePlanLine
{
    QString name;
    qint64 everyKm = 0; // 0: not by distance
    int everyMonths = 0; // 0: not by time

    friend bool operator==(const MaintenancePlanLine &, const MaintenancePlanLine &) = default;
};

struct FleetFields
{
    QString contactName;
    QString contactPhone;
    QString contactEmail;
    int statementDay = 1; // 1…28: the day of the month the statement closes
    QList<MaintenancePlanLine> planTemplate; // applied to every vehicle of the fleet on request

    friend bool operator==(const FleetFields &, const FleetFields &) = default;
};

struct Fleet
{
    QString customerId;
    QString customerName; // from customers, for the screens
    FleetFields fields;
    QString updatedAtUtc;
};

struct MaintenancePlanItem
{
    QString id;
    QString vehicleId;
    QString customerId;
    MaintenancePlanLine line;
    QString startOn; // YYYY-MM-DD: the cycle's start while the line was never done
    qint64 startKm = 0;
    bool active = true;
    QString updatedAtUtc;
};

struct MaintenanceRecord
{
    QString id;
    QString vehicleId;
    QString customerId;
    QString planItemId;
    QString itemName;
    QString doneOn; // YYYY-MM-DD
    qint64 odometerKm = 0;
    QString serviceOrderId; // '' when it was not done through an order
    QString serviceOrderFolio;
    QString note;
    QString userId;
    QString recordedAtUtc;
};

inline constexpr int kMaxPlanLineName = 60;
inline constexpr int kMaxPlanLines = 20;
inline constexpr qint64 kMaxEveryKm = 200'000;
inline constexpr int kMaxEveryMonths = 60;
inline constexpr qint64 kMaxOdometerKm = 9'999'999;

} // namespace nexus
