// Writes a year of sales history into tenant.db: tickets with lines and payments, by branch, day and hour.
#pragma once

#include <cstdint>
#include <vector>

#include "common/error.h"
#include "demo/demooptions.h"
#include "demo/tenantwriter.h"

struct sqlite3;

namespace nexus::demo {

class PartGenerator;
class StockLedger;

struct SalesStats
{
    std::int64_t sales = 0;
    std::int64_t lines = 0;
    std::int64_t payments = 0;
    std::int64_t grossCents = 0;
    TenantStats tenant; // the cash sessions and stock movements the sales add
};

class SalesWriter final
{
public:
    SalesWriter(const DemoOptions &options, const PartGenerator &parts, const std::vector<DemoBranch> &branches,
        StockLedger &ledger, ProgressCounter &progress)
        : m_options(options), m_parts(parts), m_branches(branches), m_ledger(ledger), m_progress(progress)
    {
    }

    // The 365 days ending on asOfDate(): daily volume by weekday, season and holiday, tickets spread over the
    // opening hours with the morning and afternoon peaks; amounts from nexus::lineAmounts (IVA 8 % at the
    // border branch), payments from nexus::planPayment, a till (cash session) per counter and day, and each
    // line's stock movement, as the server's ingest writes them. Inside the caller's transaction.
    [[nodiscard]] Status write(sqlite3 *db, SalesStats &stats);

private:
    const DemoOptions &m_options;
    const PartGenerator &m_parts;
    const std::vector<DemoBranch> &m_branches;
    StockLedger &m_ledger;
    ProgressCounter &m_progress;
};

} // namespace nexus::demo
