// The facts a service order sends up through the outbox ("service_order.*") and their JSON. Every payload carries
// order_id, branch_id, event_id (the row or fact it records, unique), user_id, user_name and at (UTC).
// Schema 2: part_added and part_reserved also carry the line's retail_price_cents, cost_cents and price_version, so a
// counter that pulls the order charges the line with them (schema 1 had only the unit price; the server still takes
// it and keeps those three unknown).
#pragma once

#include <QJsonObject>
#include <QStringList>

#include "workshop/serviceorder.h"

namespace nexus {

inline constexpr int kServiceOrderSchema = 2;
inline constexpr int kServiceOrderSchemaWithoutCost = 1; // part lines without list price, cost and version

namespace serviceordermutation {
inline constexpr const char *kOpened = "service_order.opened"; // the whole order as received
inline constexpr const char *kMoved = "service_order.moved"; // a status change (+ released lines)
inline constexpr const char *kPartAdded = "service_order.part_added"; // a part line, reserved or requested
inline constexpr const char *kPartReserved = "service_order.part_reserved"; // a requested line now reserved
inline constexpr const char *kPartReleased = "service_order.part_released"; // a line removed, reservation given back
inline constexpr const char *kLaborAdded = "service_order.labor_added";
inline constexpr const char *kLaborRemoved = "service_order.labor_removed";
inline constexpr const char *kDiagnosed = "service_order.diagnosed"; // diagnosis text
inline constexpr const char *kAssigned = "service_order.assigned"; // mechanic
inline constexpr const char *kPromised = "service_order.promised"; // promised time
inline constexpr const char *kEstimateApproved = "service_order.estimate_approved";
inline constexpr const char *kChecklistSet = "service_order.checklist_set"; // one inspection item
inline constexpr const char *kNoteAdded = "service_order.note_added";
inline constexpr const char *kCharged = "service_order.charged"; // the counter sale that charged it

// Every type above, for the server's registry.
[[nodiscard]] QStringList all();
} // namespace serviceordermutation

// The envelope every fact shares.
[[nodiscard]] QJsonObject serviceOrderFact(
    const ServiceOrder &order, const QString &eventId, const WorkshopActor &actor, const QString &atUtc);
[[nodiscard]] QJsonObject openedPayload(const ServiceOrder &order, const WorkshopActor &actor);
[[nodiscard]] QJsonObject movedPayload(const ServiceOrder &order, const StatusChange &change,
    const WorkshopActor &actor, const QStringList &releasedLineIds);
// part_added (event_id = the line's id) and part_reserved (a fact id of its own): the line as it is now, line_id,
// with its list price, cost and price version (left out for a line pulled without them: ServiceOrderPart::priced).
[[nodiscard]] QJsonObject partPayload(const ServiceOrder &order, const ServiceOrderPart &part, const QString &eventId,
    const WorkshopActor &actor, const QString &atUtc);
[[nodiscard]] QJsonObject laborPayload(
    const ServiceOrder &order, const ServiceOrderLabor &labor, const WorkshopActor &actor);
[[nodiscard]] QJsonObject checklistPayload(const ServiceOrder &order, const ChecklistItem &item, const QString &eventId,
    const WorkshopActor &actor, const QString &atUtc);

} // namespace nexus
