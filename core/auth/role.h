// The roles of the people who use Nexus POS.
#pragma once

#include <QString>

#include "common/error.h"

namespace nexus {

enum class Role { Admin, Manager, Cashier, Mechanic, Hq };

[[nodiscard]] QString roleCode(Role role);              // "admin", "manager", "cashier", "mechanic", "hq"
[[nodiscard]] Result<Role> roleFromCode(const QString &code);
[[nodiscard]] QString roleDisplayName(Role role);       // translated: "Gerente", "Cajero"…

} // namespace nexus
