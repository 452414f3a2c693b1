// The loyalty programme: a tier by what the customer spent in the last 12 months (sales minus refunds) and points
// earned per ticket. Rule: 1 point per whole kLoyaltyPesosPerPoint pesos of each completed ticket, and a return takes
// back 1 point per whole kLoyaltyPesosPerPoint pesos refunded (never below zero in total). What a ticket paid with
// points earns nothing (points are earned on money only). A point is worth kLoyaltyPointValueCentavos when the
// customer pays with points at the counter (loyaltyledger.h), so the points of a ticket are worth 1 % of it.
#pragma once

#include <QtGlobal>

#include "common/money.h"

namespace nexus {

enum class LoyaltyTier { Bronze, Silver, Gold, Platinum };

// Rolling 12-month spend at or above each threshold reaches the tier (MXN centavos, tax included).
inline constexpr qint64 kLoyaltySilverCentavos = 10'000'00; // $10,000
inline constexpr qint64 kLoyaltyGoldCentavos = 30'000'00; // $30,000
inline constexpr qint64 kLoyaltyPlatinumCentavos = 75'000'00; // $75,000
inline constexpr int kLoyaltyWindowDays = 365;
inline constexpr qint64 kLoyaltyPesosPerPoint = 10;
inline constexpr qint64 kLoyaltyPointValueCentavos = 10; // $0.10 a point

[[nodiscard]] LoyaltyTier loyaltyTier(Money rolling12MonthSpend);
[[nodiscard]] const char *loyaltyTierCode(LoyaltyTier tier); // bronze | silver | gold | platinum
// Points one ticket earns (or one refund takes back): whole multiples of kLoyaltyPesosPerPoint pesos.
[[nodiscard]] qint64 loyaltyPoints(Money ticketTotal);
// What `points` are worth as a payment, and how many points pay `value` (whole points only: the rest is dropped).
[[nodiscard]] Money loyaltyPointsWorth(qint64 points);
[[nodiscard]] qint64 loyaltyPointsFor(Money value);
// What is still missing to reach the next tier (0 at platinum).
[[nodiscard]] Money loyaltyToNextTier(Money rolling12MonthSpend);

} // namespace nexus
