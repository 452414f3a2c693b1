// Keeps the tenant's WhatsApp delivery reports (the "whatsapp_statuses" bucket) to the last kRetentionDays: older
// ones are deleted and leave tombstones (tenant migration 0027), so the counters' pull stays consistent.
#pragma once

#include <QDateTime>

#include "common/error.h"

namespace nexus {

class Database;

class WhatsAppStatusPrune final
{
public:
    // A status report is worth nothing to a counter after this: Meta reports within minutes, or days at most.
    static constexpr int kRetentionDays = 90;

    // Deletes the reports received before nowUtc − kRetentionDays in one transaction: how many. One indexed read when
    // none is due. Several server processes on one PostgreSQL database may run it at once: each deletes what is left.
    [[nodiscard]] static Result<qint64> run(Database &tenant, const QDateTime &nowUtc);
};

} // namespace nexus
