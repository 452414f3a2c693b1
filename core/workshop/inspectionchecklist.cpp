// Standard inspection items: stable codes stored with the order, names translated when shown.
#include "workshop/inspectionchecklist.h"

#include <QCoreApplication>

#include <array>

namespace nexus {

namespace {

struct StandardItem
{
    const char *code;
    const char *name;
};

constexpr std::array<StandardItem, 11> kStandardItems { {
    { "brakes", QT_TRANSLATE_NOOP("nexus::Checklist", "Brakes (pads, discs, fluid)") },
    { "tires", QT_TRANSLATE_NOOP("nexus::Checklist", "Tires and pressure") },
    { "suspension", QT_TRANSLATE_NOOP("nexus::Checklist", "Suspension and steering") },
    { "lights", QT_TRANSLATE_NOOP("nexus::Checklist", "Lights") },
    { "fluids", QT_TRANSLATE_NOOP("nexus::Checklist", "Fluid levels") },
    { "battery", QT_TRANSLATE_NOOP("nexus::Checklist", "Battery") },
    { "belts_hoses", QT_TRANSLATE_NOOP("nexus::Checklist", "Belts and hoses") },
    { "filters", QT_TRANSLATE_NOOP("nexus::Checklist", "Filters (air, oil, cabin)") },
    { "wipers", QT_TRANSLATE_NOOP("nexus::Checklist", "Wipers") },
    { "leaks", QT_TRANSLATE_NOOP("nexus::Checklist", "Leaks") },
    { "exhaust", QT_TRANSLATE_NOOP("nexus::Checklist", "Exhaust") },
} };

} // namespace

std::vector<ChecklistItem> standardChecklist()
{
    std::vector<ChecklistItem> items;
    int number = 0;
    for (const StandardItem &standard : kStandardItems)
        items.push_back({ ++number, QString::fromLatin1(standard.code), {}, ChecklistState::Unchecked, {} });
    return items;
}

QString checklistItemName(const ChecklistItem &item)
{
    for (const StandardItem &standard : kStandardItems)
        if (item.code == QLatin1String(standard.code))
            return QCoreApplication::translate("nexus::Checklist", standard.name);
    return item.label;
}

} // namespace nexus
