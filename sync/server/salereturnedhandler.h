// sale.returned: a return of all or part of a ticket, its lines, the stock coming back (to the shelf or to the
// warehouse's defective location) and the store credit it gives.
#pragma once

#include "server/mutationhandler.h"

namespace nexus {

// Another branch's return or a malformed one is refused (InvalidInput: quarantined). A well-formed return is always
// applied: a sale the server has not received (return_unknown_sale) or more returned than sold (over_return) opens
// an exception for HQ. Stock movements have ids "<return id>:<line no>", so the return can never move stock twice.
class SaleReturnedHandler final : public MutationHandler
{
public:
    [[nodiscard]] QString type() const override { return QStringLiteral("sale.returned"); }
    [[nodiscard]] bool supportsSchema(int schemaVersion) const override { return schemaVersion == 1; }
    [[nodiscard]] Result<QJsonObject> apply(
        const MutationContext &context, int schemaVersion, const QJsonObject &payload) override;
};

} // namespace nexus
