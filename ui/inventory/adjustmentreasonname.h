// The Spanish (translated) names of adjustment reasons, for the Ajustes tab and the kardex.
#pragma once

#include <QString>

#include "inventory/stockadjustmentservice.h"

namespace nexus {

[[nodiscard]] QString adjustmentReasonName(AdjustmentReason reason);
// From the stored code; an unknown code is shown as it is.
[[nodiscard]] QString adjustmentReasonName(const QString &code);

} // namespace nexus
