// The "whatsapp_statuses" pull bucket applied to nexus.db: each report the tenant's webhook received (Meta's statuses
// in its own webhook shape) goes through WhatsAppClient's status parser into this counter's message log. A status of
// a message another counter sent matches no row here and changes nothing.
#pragma once

#include <QJsonObject>

#include "common/error.h"

namespace nexus {

class Database;

// Inside the caller's transaction (one per pulled page). A row without its "body" is a protocol error.
[[nodiscard]] Status applyWhatsAppStatusReport(Database &db, const QJsonObject &row);

} // namespace nexus
