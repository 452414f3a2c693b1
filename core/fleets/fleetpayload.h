// The fleet facts (outbox mutations), shared by the counter that writes them and the server handlers that read them:
// fleet.saved carries the whole fleet record (the latest edit wins), maintenance.plan_saved a vehicle's whole plan
// (the latest edit wins), maintenance.done one service done (append-only).
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QLatin1String>

#include "common/error.h"
#include "fleets/fleet.h"

namespace nexus {

inline constexpr QLatin1String kFleetSavedMutation { "fleet.saved" };
inline constexpr QLatin1String kMaintenancePlanSavedMutation { "maintenance.plan_saved" };
inline constexpr QLatin1String kMaintenanceDoneMutation { "maintenance.done" };
inline constexpr int kFleetPayloadSchema = 1;

// [{name, every_km, every_months}] and back (a malformed line: field "template").
[[nodiscard]] QJsonArray planLinesJson(const QList<MaintenancePlanLine> &lines);
[[nodiscard]] Result<QList<MaintenancePlanLine>> planLinesFromJson(const QJsonArray &array);

// {customer_id, contact_name, contact_phone, contact_email, statement_day, template, branch_id, user_id, at}
[[nodiscard]] QJsonObject fleetPayload(const Fleet &fleet, const QString &branchId, const QString &userId);

// {vehicle_id, customer_id, items: [{id, name, every_km, every_months, start_on, start_km, active}], branch_id,
//  user_id, at}
[[nodiscard]] QJsonObject planPayload(const QString &vehicleId, const QString &customerId,
    const QList<MaintenancePlanItem> &items, const QString &branchId, const QString &userId, const QString &atUtc);

// {id, vehicle_id, customer_id, plan_item_id, item_name, done_on, odometer_km, service_order_id,
//  service_order_folio, note, branch_id, user_id, at}
[[nodiscard]] QJsonObject maintenanceDonePayload(const MaintenanceRecord &record, const QString &branchId);

} // namespace nexus
