// The fleet facts of the counters: fleet.saved (a fleet's whole record, the latest edit wins), maintenance.plan_saved
// (a vehicle's whole plan, each line's latest edit wins) and maintenance.done (a service done, append-only).
// Validated with core's rules; another branch's fact or a malformed one is quarantined.
#pragma once

#include <memory>
#include <vector>

#include "server/mutationhandler.h"

namespace nexus {

class FleetSavedHandler final : public MutationHandler
{
public:
    [[nodiscard]] QString type() const override;
    [[nodiscard]] bool supportsSchema(int schemaVersion) const override { return schemaVersion == 1; }
    // A fleet of a customer the server does not know is stored and opens "unknown_customer" for HQ.
    [[nodiscard]] Result<QJsonObject> apply(
        const MutationContext &context, int schemaVersion, const QJsonObject &payload) override;
};

class MaintenancePlanSavedHandler final : public MutationHandler
{
public:
    [[nodiscard]] QString type() const override;
    [[nodiscard]] bool supportsSchema(int schemaVersion) const override { return schemaVersion == 1; }
    [[nodiscard]] Result<QJsonObject> apply(
        const MutationContext &context, int schemaVersion, const QJsonObject &payload) override;
};

class MaintenanceDoneHandler final : public MutationHandler
{
public:
    [[nodiscard]] QString type() const override;
    [[nodiscard]] bool supportsSchema(int schemaVersion) const override { return schemaVersion == 1; }
    [[nodiscard]] Result<QJsonObject> apply(
        const MutationContext &context, int schemaVersion, const QJsonObject &payload) override;
};

[[nodiscard]] std::vector<std::unique_ptr<MutationHandler>> makeFleetHandlers();

} // namespace nexus
