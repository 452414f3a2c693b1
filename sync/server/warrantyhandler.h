// warranty_claim.* and rma.*: the warranty facts applied to the tenant's warranty_claims and rmas, with the stock
// they moved. One handler class serves every type (envelope, branch check, idempotency by event_id, event log).
#pragma once

#include <memory>
#include <vector>

#include "server/mutationhandler.h"

namespace nexus {

// Refuses (InvalidInput → quarantine) a fact of another branch, a step of a claim or RMA the server does not know or
// that belongs to another branch, a movement outside the branch's warehouses (or their defective locations), a
// malformed fact, or the same fact (event_id) under another mutation id. A movement that leaves a balance below zero
// opens a negative_stock exception, never a refusal.
class WarrantyHandler final : public MutationHandler
{
public:
    explicit WarrantyHandler(QString type) : m_type(std::move(type)) { }
    [[nodiscard]] QString type() const override { return m_type; }
    [[nodiscard]] bool supportsSchema(int schemaVersion) const override { return schemaVersion == 1; }
    [[nodiscard]] Result<QJsonObject> apply(
        const MutationContext &context, int schemaVersion, const QJsonObject &payload) override;

private:
    QString m_type;
};

[[nodiscard]] std::vector<std::unique_ptr<MutationHandler>> makeWarrantyHandlers();

} // namespace nexus
