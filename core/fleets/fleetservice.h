// Fleets at the counter: a company marked as a fleet (contact, statement day, plan template), each vehicle's
// maintenance plan, the template applied to every vehicle, and services recorded against the plan — each validated
// and written with its outbox fact in one transaction (nothing written on any error).
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include "common/error.h"
#include "customers/customerservice.h"
#include "fleets/fleet.h"

namespace nexus {

class Clock;
class Database;

// A service done to a vehicle: the plan lines it covered, on a day at a reading, by an order when there was one.
struct ServiceDone
{
    QDate on;
    qint64 odometerKm = 0;
    QStringList planItemIds;
    QString serviceOrderId; // '' none; else one of the vehicle's orders (its folio is copied)
    QString note;
};

class FleetService final
{
public:
    FleetService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) { }

    // Marks the customer as a fleet or edits its record; fleet.saved goes up. The same record again writes nothing.
    [[nodiscard]] Result<Fleet> saveFleet(
        const QString &customerId, const FleetFields &fields, const CustomerContext &context);

    // Replaces the vehicle's plan: a line whose name (case-insensitive) is on the plan already keeps its history and
    // takes the new interval; a new line starts its cycle today at the vehicle's odometer; a line left out is taken
    // off (kept for the log). maintenance.plan_saved goes up with the whole plan; an unchanged plan writes nothing.
    [[nodiscard]] Result<QList<MaintenancePlanItem>> savePlan(
        const QString &vehicleId, const QList<MaintenancePlanLine> &lines, const CustomerContext &context);

    // The fleet's template on each of its vehicles: its lines added or their intervals updated, the vehicle's other
    // lines kept. One transaction; one maintenance.plan_saved per vehicle that changed. Returns how many changed.
    [[nodiscard]] Result<int> applyTemplate(const QString &customerId, const CustomerContext &context);

    // One record per plan line covered (each resets that line's cycle); one maintenance.done fact each.
    [[nodiscard]] Result<QList<MaintenanceRecord>> recordService(
        const QString &vehicleId, const ServiceDone &done, const CustomerContext &context);

private:
    [[nodiscard]] Result<QList<MaintenancePlanItem>> mergePlan(const QString &vehicleId, const QString &customerId,
        const QList<MaintenancePlanLine> &lines, bool dropMissing, const QString &now, bool &changed);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace nexus
