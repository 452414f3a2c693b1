// Warranties about to expire become notifications (event warranty_expiring: the customer by WhatsApp/e-mail as
// their preferences allow, the branch in the bell). Each warranty is told once per last day: the event id is
// "warranty:<sale id>:<line>:<last day>", and the notifications outbox never queues an event id twice.
#pragma once

#include "common/error.h"

namespace nexus {

class NotificationService;
class WarrantyLookup;

inline constexpr int kWarrantyNoticeDays = 15;

// Queues the messages of every active, unclaimed warranty whose last day is within `days` from today; returns how
// many messages were queued (0 when all were told already).
[[nodiscard]] Result<int> notifyExpiringWarranties(
    NotificationService &notifications, WarrantyLookup &lookup, int days = kWarrantyNoticeDays);

} // namespace nexus
