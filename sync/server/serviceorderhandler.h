// service_order.*: the workshop's facts applied to the tenant's service_order tables. One handler class serves every
// type (the envelope, branch check, idempotency and event log are the same); the type picks what the fact changes.
#pragma once

#include <memory>
#include <vector>

#include "server/mutationhandler.h"
#include "workshop/serviceorderpayload.h"

namespace nexus {

// Refuses (InvalidInput → quarantine) a fact of another branch, of an order of another branch, a malformed one, or the
// same fact (event_id) pushed again under another mutation id. Facts of one order from several devices of the branch
// may arrive in any order: whichever comes first creates the header row, and each header field keeps the latest fact.
class ServiceOrderHandler final : public MutationHandler
{
public:
    explicit ServiceOrderHandler(QString type) : m_type(std::move(type)) { }
    [[nodiscard]] QString type() const override { return m_type; }
    // 1: part lines without list price, cost and price version (stored NULL: unknown); 2: with them.
    [[nodiscard]] bool supportsSchema(int schemaVersion) const override
    {
        return schemaVersion == kServiceOrderSchemaWithoutCost || schemaVersion == kServiceOrderSchema;
    }
    [[nodiscard]] Result<QJsonObject> apply(
        const MutationContext &context, int schemaVersion, const QJsonObject &payload) override;

private:
    QString m_type;
};

// One handler per service_order.* type, for MutationHandlers.
[[nodiscard]] std::vector<std::unique_ptr<MutationHandler>> makeServiceOrderHandlers();

} // namespace nexus
