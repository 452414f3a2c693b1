// warranty_policy.saved / .removed: a manager's warranty policy (per brand and/or category, or labor) as a counter
// changed it. The server keeps the latest change of each policy by its time, a removal included (so an older edit
// arriving late does not bring a removed policy back), and the "workshop" bucket takes it to every counter.
#pragma once

#include <memory>
#include <vector>

#include "server/mutationhandler.h"

namespace nexus {

class WarrantyPolicySavedHandler final : public MutationHandler
{
public:
    [[nodiscard]] QString type() const override;
    [[nodiscard]] bool supportsSchema(int schemaVersion) const override { return schemaVersion == 1; }
    // A policy that breaks core's rule (days outside 0…3650, a part policy naming nothing) is quarantined.
    [[nodiscard]] Result<QJsonObject> apply(
        const MutationContext &context, int schemaVersion, const QJsonObject &payload) override;
};

class WarrantyPolicyRemovedHandler final : public MutationHandler
{
public:
    [[nodiscard]] QString type() const override;
    [[nodiscard]] bool supportsSchema(int schemaVersion) const override { return schemaVersion == 1; }
    [[nodiscard]] Result<QJsonObject> apply(
        const MutationContext &context, int schemaVersion, const QJsonObject &payload) override;
};

[[nodiscard]] std::vector<std::unique_ptr<MutationHandler>> makeWarrantyPolicyHandlers();

} // namespace nexus
