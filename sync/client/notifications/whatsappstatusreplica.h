// The "whatsapp_statuses" pull bucket applied to nexus.db: each report the tenant's webhook received (Meta's statuses
// in its own webhook shape) goes through WhatsAppClient's status parser into this counter's message log. A status of
// a message this counter has not stored as sent yet (or that another counter sent) waits in whatsapp_pending_statuses
// until markSent stores its id; a week later it is pruned.
#pragma once

#include <QJsonObject>

#include "common/error.h"

namespace nexus {

class Database;

// Inside the caller's transaction (one per pulled page). A row without its "body" is a protocol error.
[[nodiscard]] Status applyWhatsAppStatusReport(Database &db, const QJsonObject &row);

} // namespace nexus
