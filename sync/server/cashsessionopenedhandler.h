// cash_session.opened: a till opened at a counter, recorded in the tenant's cash_sessions.
#pragma once

#include "server/mutationhandler.h"

namespace nexus {

class CashSessionOpenedHandler final : public MutationHandler
{
public:
    [[nodiscard]] QString type() const override { return QStringLiteral("cash_session.opened"); }
    [[nodiscard]] bool supportsSchema(int schemaVersion) const override { return schemaVersion == 1; }
    [[nodiscard]] Result<QJsonObject> apply(
        const MutationContext &context, int schemaVersion, const QJsonObject &payload) override;
};

} // namespace nexus
