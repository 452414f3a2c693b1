// The product areas of the navigation frame: their order, names, icons, shortcuts and who may open them.
#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>

#include "auth/role.h"

namespace nexus {

enum class Area { Sale, Customers, Workshop, Inventory, Purchasing, Invoicing, Reports, Settings };

struct AreaInfo
{
    Area area;
    QString code;     // stable object-name suffix: "sale", "customers"…
    QString iconName; // resources/icons/<iconName>.svg
};

[[nodiscard]] const QList<AreaInfo> &allAreas(); // in sidebar order
[[nodiscard]] QString areaTitle(Area area);       // translated: "Venta", "Clientes"…
[[nodiscard]] QString areaDescription(Area area); // translated one-liner of what the area will hold
[[nodiscard]] QKeySequence areaShortcut(Area area); // Ctrl+1…Ctrl+8
// An area opens when the role holds any of the permissions the area's work needs (checked in core).
[[nodiscard]] bool roleMayOpen(Role role, Area area);

} // namespace nexus
