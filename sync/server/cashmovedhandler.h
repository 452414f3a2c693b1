// cash.moved: cash put into or taken out of a till at a counter, recorded in the tenant's cash_movements.
#pragma once

#include "server/mutationhandler.h"

namespace nexus {

// Refuses (InvalidInput → quarantine) a movement of another branch, of a till the server does not know or of a
// till of another device or branch; a well-formed movement of the device's own till is always recorded.
class CashMovedHandler final : public MutationHandler
{
public:
    [[nodiscard]] QString type() const override { return QStringLiteral("cash.moved"); }
    [[nodiscard]] bool supportsSchema(int schemaVersion) const override { return schemaVersion == 1; }
    [[nodiscard]] Result<QJsonObject> apply(
        const MutationContext &context, int schemaVersion, const QJsonObject &payload) override;
};

// The till must be known to the server and be this device's, of its branch: InvalidInput naming `field` otherwise.
// Returns whether it is closed already.
[[nodiscard]] Result<bool> checkOwnTill(
    const MutationContext &context, const QString &cashSessionId, const QString &field);

} // namespace nexus
