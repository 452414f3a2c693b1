// The SQL of fleets in nexus.db: fleet records, plan lines, the service log, and the odometer readings and delivered
// orders the workshop left for a vehicle. Writes run inside the caller's transaction (the service adds the fact).
#pragma once

#include <QList>
#include <QString>

#include <optional>

#include "common/error.h"
#include "fleets/fleet.h"
#include "fleets/maintenancedue.h"

namespace nexus {

class Database;

// A delivered service order of the vehicle that no service record points at yet: what the workshop did that the
// plan may not know about.
struct UnrecordedOrder
{
    QString id;
    QString folio;
    QDate on; // the day it was charged or delivered (UTC date)
    qint64 mileageKm = 0; // odometer at reception
};

class FleetStore final
{
public:
    explicit FleetStore(Database &db) : m_db(db) { }

    // Every fleet with its company's name, by name.
    [[nodiscard]] Result<QList<Fleet>> fleets() const;
    [[nodiscard]] Result<std::optional<Fleet>> fleet(const QString &customerId) const;
    [[nodiscard]] Status saveFleet(const Fleet &fleet);

    // The vehicle's plan lines (active only unless asked), by name.
    [[nodiscard]] Result<QList<MaintenancePlanItem>> planItems(const QString &vehicleId, bool withInactive = false) const;
    [[nodiscard]] Status savePlanItem(const MaintenancePlanItem &item);

    [[nodiscard]] Status addRecord(const MaintenanceRecord &record);
    // The vehicle's log, the latest first.
    [[nodiscard]] Result<QList<MaintenanceRecord>> records(const QString &vehicleId) const;
    // The last time the line was done (the latest day, then the highest reading).
    [[nodiscard]] Result<std::optional<MaintenanceRecord>> lastRecord(const QString &planItemId) const;

    // Every known odometer reading of the vehicle: its card, its service orders at reception, its service log.
    [[nodiscard]] Result<QList<OdometerReading>> readings(const QString &vehicleId) const;
    // Delivered (or charged) orders of the vehicle that no service record names, the latest first.
    [[nodiscard]] Result<QList<UnrecordedOrder>> unrecordedOrders(const QString &vehicleId) const;

private:
    Database &m_db;
};

} // namespace nexus
