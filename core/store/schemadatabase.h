// Opens a database file and brings it to the program's schema, or refuses it untouched.
#pragma once

#include <memory>

#include "common/error.h"
#include "store/database.h"

namespace nexus {

// family: "client", "catalog", "server/master", "server/tenant" (folders of migrations/).
[[nodiscard]] Result<std::unique_ptr<Database>> openWithSchema(const QString &path, Durability durability,
                                                               const QString &family,
                                                               const QString &connectionName = {});

} // namespace nexus
