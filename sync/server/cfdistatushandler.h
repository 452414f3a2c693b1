// cfdi.status: a CFDI a counter stamped or saw cancelled, kept in the tenant's cfdis (one row per CFDI, its state
// moving timbrada → cancelada) with the tickets it covers, so head office knows every branch's folios fiscales.
#pragma once

#include "server/mutationhandler.h"

namespace nexus {

class CfdiStatusHandler final : public MutationHandler
{
public:
    [[nodiscard]] QString type() const override;
    [[nodiscard]] bool supportsSchema(int schemaVersion) const override { return schemaVersion == 1; }
    // Malformed, or a CFDI (or folio fiscal) another device reported: quarantined. A stamped invoice whose ticket is
    // already covered by another valid invoice of any branch opens "ticket_invoiced_twice" (ref: the sale) and is kept.
    // A late "timbrada" after "cancelada" never revives it.
    [[nodiscard]] Result<QJsonObject> apply(
        const MutationContext &context, int schemaVersion, const QJsonObject &payload) override;
};

} // namespace nexus
