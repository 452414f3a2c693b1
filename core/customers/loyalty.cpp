// Loyalty tiers and points: integer centavos only.
#include "customers/loyalty.h"

namespace nexus {

LoyaltyTier loyaltyTier(Money spend)
{
    const qint64 c = spend.centavos();
    if (c >= kLoyaltyPlatinumCentavos)
        return LoyaltyTier::Platinum;
    if (c >= kLoyaltyGoldCentavos)
        return LoyaltyTier::Gold;
    if (c >= kLoyaltySilverCentavos)
        return LoyaltyTier::Silver;
    return LoyaltyTier::Bronze;
}

const char *loyaltyTierCode(LoyaltyTier tier)
{
    switch (tier) {
    case LoyaltyTier::Bronze: return "bronze";
    case LoyaltyTier::Silver: return "silver";
    case LoyaltyTier::Gold: return "gold";
    case LoyaltyTier::Platinum: return "platinum";
    }
    return "bronze";
}

qint64 loyaltyPoints(Money ticketTotal)
{
    const qint64 c = ticketTotal.centavos();
    return c > 0 ? c / (kLoyaltyPesosPerPoint * 100) : 0;
}

Money loyaltyPointsWorth(qint64 points)
{
    return Money(points * kLoyaltyPointValueCentavos);
}

qint64 loyaltyPointsFor(Money value)
{
    return value.centavos() > 0 ? value.centavos() / kLoyaltyPointValueCentavos : 0;
}

Money loyaltyToNextTier(Money spend)
{
    const qint64 c = spend.centavos();
    for (qint64 threshold : { kLoyaltySilverCentavos, kLoyaltyGoldCentavos, kLoyaltyPlatinumCentavos })
        if (c < threshold)
            return Money(threshold - c);
    return Money();
}

} // namespace nexus
