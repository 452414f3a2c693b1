// How the workshop screens write times and people: promised times relative to today, lateness, the actor of the
// logged-in user.
#pragma once

#include <QDateTime>
#include <QString>

#include "auth/user.h"
#include "workshop/serviceorder.h"

namespace nexus {

class ServiceOrderService;
struct PartSupplyOutcome;

// "Today 18:30", "Tomorrow 09:00", "Wed 04/03 18:30" in local time; "" when nothing was promised.
[[nodiscard]] QString promisedText(const QDateTime &promisedUtc, const QDateTime &nowUtc);
// "Late by 1 h 20 min" / "Late by 2 days".
[[nodiscard]] QString lateText(const QDateTime &promisedUtc, const QDateTime &nowUtc);
// A stored UTC ISO-8601 time as local "04/03/2026 18:30".
[[nodiscard]] QString localTimeText(const QString &isoUtc);
[[nodiscard]] WorkshopActor actorOf(const User &user);
// A part line's state as the order shows it: reserved, charged…, or for a line waiting for its pieces what it waits
// for ("Waiting for transfer CEN1-T000001 from Sucursal Monterrey", "To purchase", "On purchase order …") and
// "Arrived: reserve it" once `arrived` (its warehouse has the pieces available).
[[nodiscard]] QString partLineStateText(const ServiceOrderPart &part, bool arrived);
// partLineStateText with `arrived` read from the line's warehouse now: what the counter's detail and the kiosk's card
// show for a line.
[[nodiscard]] QString partLineState(const ServiceOrderService &orders, const ServiceOrderPart &part);
// What became of a part asked for (supplyPart, requestStockPart…) in one message: reserved, asked from a branch
// (its transfer's folio), added to the purchase suggestions, and that the order can wait for its parts.
[[nodiscard]] QString partSupplyText(const PartSupplyOutcome &outcome, const QString &sku);

} // namespace nexus
