// A part someone at the workshop asks for (the kiosk, the order's "Ask for a part…"): a part number or barcode of the
// catalogue is sourced right away (ServiceOrderService::requestStockPart: reserved, asked from another branch or
// purchasing); anything else is a described request the service advisor turns into a catalogue part.
#pragma once

#include "common/error.h"
#include "workshop/serviceorderservice.h"

namespace nexus {

class WorkshopSession;

struct PartAsked
{
    ServiceOrder order; // as stored afterwards
    QString message; // what became of it, for the person who asked
};

// `request.description` is what was typed or scanned (`request.partId`: the catalogue part picked from a search); the
// catalogue part (if it is one) comes from the branch's first warehouse, the one the workshop takes its parts from.
[[nodiscard]] Result<PartAsked> askForPart(
    WorkshopSession &session, const QString &orderId, const PartRequest &request, const WorkshopActor &actor);

} // namespace nexus
