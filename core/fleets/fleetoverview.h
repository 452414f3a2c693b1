// What the fleet screens show about maintenance: each vehicle's odometer (estimated when old), every plan line with
// its last service and when it comes due, the vehicle's worst status; the alerts of every fleet (próximo or vencido)
// and the maintenance_due notifications they queue.
#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include "common/error.h"
#include "customers/customercrm.h"
#include "fleets/fleet.h"
#include "fleets/maintenancedue.h"

namespace nexus {

class Database;
class NotificationService;

struct PlanItemState
{
    MaintenancePlanItem item;
    QString lastRecordId; // '' never done: the cycle runs from the line's start
    QDate cycleStartOn;
    qint64 cycleStartKm = 0;
    MaintenanceDue due;
};

struct VehicleMaintenance
{
    CustomerVehicle vehicle;
    OdometerEstimate odometer;
    QList<PlanItemState> items; // the soonest due first
    MaintenanceStatus status = MaintenanceStatus::Ok; // the worst of its lines (Ok when it has no plan)
};

struct MaintenanceAlert
{
    QString customerId;
    QString customerName;
    VehicleMaintenance vehicle;
    PlanItemState item;
};

class FleetOverview final
{
public:
    explicit FleetOverview(Database &db) : m_db(db) { }

    [[nodiscard]] Result<VehicleMaintenance> vehicle(const CustomerVehicle &vehicle, QDate today) const;
    // The fleet's vehicles, the most urgent first (overdue, then due soon, then by next due day).
    [[nodiscard]] Result<QList<VehicleMaintenance>> fleetVehicles(const QString &customerId, QDate today) const;
    // Every plan line of every fleet that is due soon or overdue, the overdue first, then by next due day.
    [[nodiscard]] Result<QList<MaintenanceAlert>> alerts(QDate today) const;
    // A maintenance_due message per alert and channel (once per cycle of a line: the event id is the line and the
    // record its cycle started from), to the fleet's contact. Returns how many were queued.
    [[nodiscard]] Result<int> queueNotifications(
        NotificationService &notifications, QDate today, const QString &branchName) const;

private:
    Database &m_db;
};

} // namespace nexus
