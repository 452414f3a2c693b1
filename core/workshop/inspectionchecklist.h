// The standard multi-point inspection every new service order starts with, and the names of its items.
#pragma once

#include <QString>

#include <vector>

#include "workshop/serviceorder.h"

namespace nexus {

// The standard items, unchecked, numbered from 1.
[[nodiscard]] std::vector<ChecklistItem> standardChecklist();
// The translated name of a standard item's code, or the item's own label for a custom one.
[[nodiscard]] QString checklistItemName(const ChecklistItem &item);

} // namespace nexus
