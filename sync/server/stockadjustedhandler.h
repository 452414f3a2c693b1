// stock.adjusted: a device's stock adjustment (merma, daño, robo, corrección) or posted physical count, applied to the
// tenant's stock ledger and balances of that device's branch.
#pragma once

#include "server/mutationhandler.h"

namespace nexus {

// Another branch's warehouse or a malformed fact is refused (InvalidInput: quarantined). Movement ids are
// "<id>:<line no>" and the adjustment's id is its key, so the same adjustment never moves stock twice even when it
// arrives under another mutation id; a balance taken below zero opens a negative_stock exception.
class StockAdjustedHandler final : public MutationHandler
{
public:
    [[nodiscard]] QString type() const override;
    [[nodiscard]] bool supportsSchema(int schemaVersion) const override { return schemaVersion == 1; }
    [[nodiscard]] Result<QJsonObject> apply(
        const MutationContext &context, int schemaVersion, const QJsonObject &payload) override;
};

} // namespace nexus
