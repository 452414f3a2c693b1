// A counter's own copy of its branch's sales history, for the demo: the year of sales the demo generator wrote into
// the tenant (tenant.db) copied into an enrolled counter's nexus.db, so the dashboard and the reports have a year to
// show. Only the ledgers are copied (cash sessions, sales, lines, payments, stock movements), never into the outbox:
// the server has them already.
#pragma once

#include <QString>

#include "common/error.h"

namespace nexus {
class Database;
}

namespace nexus::demo {

struct ClientHistoryStats
{
    QString branchId;
    qint64 cashSessions = 0;
    qint64 sales = 0;
    qint64 lines = 0;
    qint64 payments = 0;
    qint64 movements = 0;
    qint64 stockLevels = 0; // balances set from the movements
};

// Copies the history of the counter's branch (settings branch_id; `branchId` overrides it) from `tenantDbPath`;
// descriptions and SAT keys of the lines come from `catalogPath` when it exists. Rows already there are kept (a
// second run adds nothing). One transaction; NotFound naming "branch" when the tenant has no such branch.
[[nodiscard]] Result<ClientHistoryStats> importClientHistory(
    Database &nexusDb, const QString &tenantDbPath, const QString &catalogPath, QString branchId = {});

} // namespace nexus::demo
