// Attaches catalog.db to a nexus.db connection as "cat" (parts, categories, brands) for queries that join both.
#pragma once

#include "common/error.h"

namespace nexus {

class Database;

// Status: NotFound when there is no catalogue file at `catalogPath`. Attaching twice is harmless: another service
// on the same connection may have done it already. Never call inside a transaction (SQLite refuses ATTACH there).
[[nodiscard]] Status attachCatalog(Database &db, const QString &catalogPath);

} // namespace nexus
