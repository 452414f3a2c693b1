// What the ingest tests check after a push: each mutation's status, and that the tenant's stock balances still equal
// the sum of its stock ledger.
#pragma once

#include "common/error.h"
#include "protocol/pushmessages.h"
#include "store/database.h"

#include <QStringList>

namespace nexus::test {

// "applied", "replayed", "quarantined"… in the order of the pushed mutations; empty when the push failed.
inline QStringList pushStatuses(const Result<wire::PushResponse> &response)
{
    QStringList list;
    if (response)
        for (const wire::PushResult &result : response->results)
            list << result.status;
    return list;
}

// How many (part, warehouse) balances differ from the sum of their movements; -1 when the query failed.
inline qint64 stockOffLedger(Database &tenant)
{
    Result<QVariant> off = tenant.scalar(
        QStringLiteral("SELECT count(*) FROM stock_levels l WHERE quantity <> (SELECT coalesce(sum(quantity), 0) "
                       "FROM stock_movements m WHERE m.part_id = l.part_id AND m.warehouse_id = l.warehouse_id)"));
    return off && off->isValid() ? off->toLongLong() : -1;
}

} // namespace nexus::test
