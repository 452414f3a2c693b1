// Reason names through tr() of one context, so translations/nexus_es_MX.ts holds them once.
#include "inventory/adjustmentreasonname.h"

#include <QCoreApplication>

namespace nexus {

QString adjustmentReasonName(AdjustmentReason reason)
{
    switch (reason) {
    case AdjustmentReason::Shrinkage:
        return QCoreApplication::translate("nexus::AdjustmentReason", "Shrinkage");
    case AdjustmentReason::Damage:
        return QCoreApplication::translate("nexus::AdjustmentReason", "Damage");
    case AdjustmentReason::Theft:
        return QCoreApplication::translate("nexus::AdjustmentReason", "Theft");
    case AdjustmentReason::Correction:
        break;
    }
    return QCoreApplication::translate("nexus::AdjustmentReason", "Correction");
}

QString adjustmentReasonName(const QString &code)
{
    const std::optional<AdjustmentReason> reason = adjustmentReasonFromCode(code);
    return reason ? adjustmentReasonName(*reason) : code;
}

} // namespace nexus
