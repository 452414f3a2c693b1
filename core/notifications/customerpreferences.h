// A customer's channel preferences and opt-out as a fact: saved here and sent up through the outbox in the same
// transaction (customer.notification_preferences_set), so an opt-out given at one branch is honoured at every
// counter of the tenant (the server logs it to the customer_cards bucket, CustomerCardReplica brings it down).
#pragma once

#include <QJsonObject>
#include <QLatin1String>
#include <QString>

#include "common/error.h"
#include "notifications/notificationstore.h"

namespace nexus {

class Database;

inline constexpr QLatin1String kNotificationPreferencesSetMutation { "customer.notification_preferences_set" };
inline constexpr int kNotificationPreferencesSchema = 1;

// {customer_id, whatsapp, email, opted_out, updated_by, branch_id, at}
[[nodiscard]] QJsonObject notificationPreferencesPayload(const QString &customerId,
    const CustomerChannelPreferences &preferences, const QString &updatedBy, const QString &branchId,
    const QString &atUtc);

// Takes its own transaction: the preferences row and the outbox fact, or neither.
[[nodiscard]] Status saveCustomerPreferences(Database &db, const QString &customerId,
    const CustomerChannelPreferences &preferences, const QString &updatedBy, const QString &branchId,
    const QString &nowUtc);

// A "preferences" row of the customer_cards bucket ({kind, customer_id, whatsapp, email, opted_out, updated_by,
// updated_at}), inside the pull's transaction: a newer edit made here (a later updated_at, its fact on the way up)
// is kept; it will win at the server and come back down.
[[nodiscard]] Status applyPreferencesRow(Database &db, const QJsonObject &row);

} // namespace nexus
