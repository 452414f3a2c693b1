// customer.notification_preferences_set: a customer's channel preferences and opt-out as a counter saved them; the
// latest edit (by its time) wins and the customer_cards bucket carries it to every counter of the tenant.
#pragma once

#include "server/mutationhandler.h"

namespace nexus {

class NotificationPreferencesSetHandler final : public MutationHandler
{
public:
    [[nodiscard]] QString type() const override;
    [[nodiscard]] bool supportsSchema(int schemaVersion) const override { return schemaVersion == 1; }
    // Another branch's fact or a malformed one is InvalidInput (quarantined); an older edit than the stored one is
    // answered "superseded" and changes nothing.
    [[nodiscard]] Result<QJsonObject> apply(
        const MutationContext &context, int schemaVersion, const QJsonObject &payload) override;
};

} // namespace nexus
