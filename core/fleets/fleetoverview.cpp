// Fleet overview: reads the store, runs the pure due calculation, sorts by urgency.
#include "fleets/fleetoverview.h"

#include "customers/customercrmstore.h"
#include "fleets/fleetstore.h"
#include "notifications/notificationservice.h"

#include <QLocale>

#include <algorithm>

namespace nexus {

namespace {

int urgency(MaintenanceStatus status)
{
    return status == MaintenanceStatus::Overdue ? 0 : status == MaintenanceStatus::Soon ? 1 : 2;
}

bool sooner(const MaintenanceDue &a, const MaintenanceDue &b)
{
    if (urgency(a.status) != urgency(b.status))
        return urgency(a.status) < urgency(b.status);
    const QDate left = a.nextOn.value_or(QDate(9999, 12, 31));
    const QDate right = b.nextOn.value_or(QDate(9999, 12, 31));
    return left < right;
}

} // namespace

Result<VehicleMaintenance> FleetOverview::vehicle(const CustomerVehicle &vehicle, QDate today) const
{
    FleetStore store(m_db);
    VehicleMaintenance state;
    state.vehicle = vehicle;
    Result<QList<OdometerReading>> readings = store.readings(vehicle.id);
    if (!readings)
        return std::unexpected(readings.error());
    state.odometer = estimateOdometer(*readings, today);
    Result<QList<MaintenancePlanItem>> items = store.planItems(vehicle.id);
    if (!items)
        return std::unexpected(items.error());
    for (const MaintenancePlanItem &item : *items) {
        PlanItemState line;
        line.item = item;
        line.cycleStartOn = QDate::fromString(item.startOn, Qt::ISODate);
        line.cycleStartKm = item.startKm;
        Result<std::optional<MaintenanceRecord>> last = store.lastRecord(item.id);
        if (!last)
            return std::unexpected(last.error());
        if (*last) {
            line.lastRecordId = (*last)->id;
            line.cycleStartOn = QDate::fromString((*last)->doneOn, Qt::ISODate);
            line.cycleStartKm = (*last)->odometerKm;
        }
        line.due = computeMaintenanceDue(MaintenanceInterval { item.line.everyKm, item.line.everyMonths },
            line.cycleStartOn, line.cycleStartKm, state.odometer, today);
        state.items << line;
    }
    std::stable_sort(state.items.begin(), state.items.end(),
        [](const PlanItemState &a, const PlanItemState &b) { return sooner(a.due, b.due); });
    if (!state.items.isEmpty())
        state.status = state.items.constFirst().due.status;
    return state;
}

Result<QList<VehicleMaintenance>> FleetOverview::fleetVehicles(const QString &customerId, QDate today) const
{
    Result<QList<CustomerVehicle>> vehicles = CustomerCrmStore(m_db).vehicles(customerId);
    if (!vehicles)
        return std::unexpected(vehicles.error());
    QList<VehicleMaintenance> list;
    for (const CustomerVehicle &v : *vehicles) {
        Result<VehicleMaintenance> state = vehicle(v, today);
        if (!state)
            return std::unexpected(state.error());
        list << *state;
    }
    std::stable_sort(list.begin(), list.end(), [](const VehicleMaintenance &a, const VehicleMaintenance &b) {
        if (a.items.isEmpty() || b.items.isEmpty())
            return !a.items.isEmpty() && b.items.isEmpty();
        return sooner(a.items.constFirst().due, b.items.constFirst().due);
    });
    return list;
}

Result<QList<MaintenanceAlert>> FleetOverview::alerts(QDate today) const
{
    Result<QList<Fleet>> fleets = FleetStore(m_db).fleets();
    if (!fleets)
        return std::unexpected(fleets.error());
    QList<MaintenanceAlert> list;
    for (const Fleet &fleet : *fleets) {
        Result<QList<VehicleMaintenance>> vehicles = fleetVehicles(fleet.customerId, today);
        if (!vehicles)
            return std::unexpected(vehicles.error());
        for (const VehicleMaintenance &v : *vehicles)
            for (const PlanItemState &item : v.items)
                if (item.due.status != MaintenanceStatus::Ok)
                    list << MaintenanceAlert { fleet.customerId, fleet.customerName, v, item };
    }
    std::stable_sort(list.begin(), list.end(),
        [](const MaintenanceAlert &a, const MaintenanceAlert &b) { return sooner(a.item.due, b.item.due); });
    return list;
}

Result<int> FleetOverview::queueNotifications(
    NotificationService &notifications, QDate today, const QString &branchName) const
{
    Result<QList<MaintenanceAlert>> due = alerts(today);
    if (!due)
        return std::unexpected(due.error());
    FleetStore store(m_db);
    const QLocale mexico(QLocale::Spanish, QLocale::Mexico);
    int queued = 0;
    for (const MaintenanceAlert &alert : *due) {
        Result<std::optional<Fleet>> fleet = store.fleet(alert.customerId);
        if (!fleet)
            return std::unexpected(fleet.error());
        const NotificationService::Recipient recipient { alert.customerId,
            *fleet ? (*fleet)->fields.contactPhone : QString(), *fleet ? (*fleet)->fields.contactEmail : QString() };
        const QDate on = alert.item.due.nextOn.value_or(today);
        const PlaceholderValues values { { QStringLiteral("cliente"), alert.customerName },
            { QStringLiteral("vehiculo"), alert.vehicle.vehicle.describe() },
            { QStringLiteral("servicio"), alert.item.item.line.name },
            { QStringLiteral("fecha"), mexico.toString(on, QStringLiteral("d 'de' MMMM 'de' yyyy")) },
            { QStringLiteral("enlace"), QString() }, { QStringLiteral("sucursal"), branchName } };
        const QString eventId = alert.item.item.id + QLatin1Char(':')
            + (alert.item.lastRecordId.isEmpty() ? QStringLiteral("start") : alert.item.lastRecordId);
        Result<int> sent = notifications.notify(NotificationEvent::MaintenanceDue, eventId, recipient, values,
            QStringLiteral("maintenance_plan_item"), alert.item.item.id);
        if (!sent)
            return std::unexpected(sent.error());
        queued += *sent;
    }
    return queued;
}

} // namespace nexus
