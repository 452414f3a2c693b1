// The CRM facts customers' cards travel up as (outbox mutations), shared by the counter that writes them and the
// server handlers that read them: customer.vehicle_saved carries the whole vehicle (the latest edit wins),
// customer.note_added one note or call (append-only), customer.tags_set the customer's whole tag set.
#pragma once

#include <QJsonObject>
#include <QLatin1String>

#include "customers/customercrm.h"

namespace nexus {

inline constexpr QLatin1String kCustomerVehicleSavedMutation { "customer.vehicle_saved" };
inline constexpr QLatin1String kCustomerNoteAddedMutation { "customer.note_added" };
inline constexpr QLatin1String kCustomerTagsSetMutation { "customer.tags_set" };
inline constexpr int kCustomerCrmPayloadSchema = 1;

// {id, customer_id, vin, plates, make, model, year, engine, color, mileage_km, branch_id, user_id, at}
[[nodiscard]] QJsonObject vehiclePayload(const CustomerVehicle &vehicle, const QString &branchId, const QString &userId);

// {id, customer_id, kind, text, user_id, user_name, branch_id, at}
[[nodiscard]] QJsonObject notePayload(const CustomerNote &note, const QString &branchId);

// {customer_id, tags: [..], branch_id, user_id, at}
[[nodiscard]] QJsonObject tagsPayload(const QString &customerId, const QStringList &tags, const QString &branchId,
    const QString &userId, const QString &atUtc);

} // namespace nexus
