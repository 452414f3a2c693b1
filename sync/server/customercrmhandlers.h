// The customer-card facts of the counters: customer.vehicle_saved (a vehicle's whole record, the latest edit wins),
// customer.note_added (a note or call, append-only) and customer.tags_set (the customer's whole tag set, the latest
// set wins). Validated with core's rules; another branch's fact or a malformed one is quarantined.
#pragma once

#include <memory>
#include <vector>

#include "server/mutationhandler.h"

namespace nexus {

class CustomerVehicleSavedHandler final : public MutationHandler
{
public:
    [[nodiscard]] QString type() const override;
    [[nodiscard]] bool supportsSchema(int schemaVersion) const override { return schemaVersion == 1; }
    // A vehicle of a customer the server does not know (their creation was quarantined) is not stored: it opens
    // "unknown_customer" with the whole record in its details, for HQ to re-enter.
    [[nodiscard]] Result<QJsonObject> apply(
        const MutationContext &context, int schemaVersion, const QJsonObject &payload) override;
};

class CustomerNoteAddedHandler final : public MutationHandler
{
public:
    [[nodiscard]] QString type() const override;
    [[nodiscard]] bool supportsSchema(int schemaVersion) const override { return schemaVersion == 1; }
    [[nodiscard]] Result<QJsonObject> apply(
        const MutationContext &context, int schemaVersion, const QJsonObject &payload) override;
};

class CustomerTagsSetHandler final : public MutationHandler
{
public:
    [[nodiscard]] QString type() const override;
    [[nodiscard]] bool supportsSchema(int schemaVersion) const override { return schemaVersion == 1; }
    [[nodiscard]] Result<QJsonObject> apply(
        const MutationContext &context, int schemaVersion, const QJsonObject &payload) override;
};

[[nodiscard]] std::vector<std::unique_ptr<MutationHandler>> makeCustomerCrmHandlers();

} // namespace nexus
