// sale.completed: the sale, its lines and payments, and its stock movements with the balances they change.
#pragma once

#include "server/completedsale.h"
#include "server/mutationhandler.h"

namespace nexus {

// A well-formed sale is always applied: stock going negative or a line sold at an older price_version than the
// catalogue's opens an exception (negative_stock, old_price) for HQ instead.
class SaleCompletedHandler final : public MutationHandler
{
public:
    [[nodiscard]] QString type() const override { return QStringLiteral("sale.completed"); }
    // 1: the first counters' payload; 2 adds each line's tax code, SAT keys and description (required then);
    // 3 adds how a store-credit tender was taken from the customer's account (salecredit.h); 4 adds each line's kind:
    // a "service" line (a workshop's labor) has part_id 0 and no warehouse, and moves no stock; 5 adds the optional
    // "vehicle_id" of the customer's vehicle the sale was for (kept as sent: the vehicle's card may come later).
    [[nodiscard]] bool supportsSchema(int schemaVersion) const override
    {
        return schemaVersion >= 1 && schemaVersion <= 5;
    }
    // Reads and checks the payload (its shape, the device's branch, each warehouse's branch) and writes nothing:
    // InvalidInput for what must be quarantined. The push writes many read sales at once (writeCompletedSales).
    [[nodiscard]] static Result<CompletedSale> read(
        const MutationContext &context, int schemaVersion, const QJsonObject &payload);
    // read(), then writeCompletedSales() of that one sale.
    [[nodiscard]] Result<QJsonObject> apply(
        const MutationContext &context, int schemaVersion, const QJsonObject &payload) override;
};

} // namespace nexus
