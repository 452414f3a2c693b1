// cash_session.closed: a till's close (corte Z) with expected vs counted per tender and the cash count.
#pragma once

#include "server/mutationhandler.h"

namespace nexus {

// Refuses (InvalidInput → quarantine) a close of another branch's, another device's, an unknown or an already closed
// till. A difference is never refused: beyond the tolerance of its tender (cashDifferenceTolerance) it opens one
// "cash_difference" exception for head office listing the tenders out of tolerance.
class CashSessionClosedHandler final : public MutationHandler
{
public:
    [[nodiscard]] QString type() const override { return QStringLiteral("cash_session.closed"); }
    [[nodiscard]] bool supportsSchema(int schemaVersion) const override { return schemaVersion == 1; }
    [[nodiscard]] Result<QJsonObject> apply(
        const MutationContext &context, int schemaVersion, const QJsonObject &payload) override;
};

} // namespace nexus
