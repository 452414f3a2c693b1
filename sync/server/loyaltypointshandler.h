// loyalty.points_moved: a counter's sale paid with loyalty points (−) or a return that gave them back (+), kept in
// the tenant's loyalty_ledger so head office knows every customer's points paid and returned at every branch.
#pragma once

#include "server/mutationhandler.h"

namespace nexus {

class LoyaltyPointsMovedHandler final : public MutationHandler
{
public:
    [[nodiscard]] QString type() const override;
    [[nodiscard]] bool supportsSchema(int schemaVersion) const override { return schemaVersion == 1; }
    // Malformed, another branch's, or an id already used by another fact: quarantined. A customer the server does
    // not know opens "unknown_customer" and the move is kept.
    [[nodiscard]] Result<QJsonObject> apply(
        const MutationContext &context, int schemaVersion, const QJsonObject &payload) override;
};

} // namespace nexus
