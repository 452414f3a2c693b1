// Writes a stock.adjusted fact on this device, inside the caller's transaction: its movements in the stock ledger
// (kind and ref_type = the fact's kind, ids "<fact id>:<line no>"), the audit entry and the outbox row.
#pragma once

#include "common/error.h"
#include "inventory/stockfact.h"

namespace nexus {

class Clock;
class Database;

[[nodiscard]] Status writeStockFact(Database &db, const Clock &clock, const QString &deviceId, const StockFact &fact);

} // namespace nexus
