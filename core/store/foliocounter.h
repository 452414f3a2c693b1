// Per-device folio series kept in folio_counters: "MTY1-T" → "MTY1-T000001", "MTY1-T000002"…
#pragma once

#include "common/error.h"

namespace nexus {

class Database;

// The next folio of `series` (the series, then six digits). Call inside the transaction that uses it.
[[nodiscard]] Result<QString> drawFolio(Database &db, const QString &series);

} // namespace nexus
