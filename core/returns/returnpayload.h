// The JSON a return travels as in the outbox (mutation "sale.returned", schema 1).
#pragma once

#include <QJsonObject>

#include "returns/returnrecord.h"

namespace nexus {

inline constexpr const char *kReturnMutation = "sale.returned";
inline constexpr int kReturnSchema = 1;

[[nodiscard]] QJsonObject returnPayload(const ReturnRecord &record);

} // namespace nexus
