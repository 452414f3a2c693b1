// The stock ledger behind stock_levels (tenant migration 0002 keeps every balance equal to the sum of its
// movements): the sales' movements are written as they happen; this adds an opening count the day before the
// history starts and a receipt at the start of each month for what that month sells.
#pragma once

#include <QDate>

#include <array>
#include <cstdint>
#include <unordered_map>
#include <vector>

#include "common/error.h"
#include "demo/demooptions.h"
#include "demo/tenantwriter.h"

struct sqlite3;

namespace nexus::demo {

class StockLedger final
{
public:
    static constexpr int kMonths = 13; // the window's first (partial) month … the as-of month

    StockLedger(const DemoOptions &options, const std::vector<DemoBranch> &branches)
        : m_options(options), m_branches(branches)
    {
    }

    // Months since the month the sales history starts in (0 … kMonths − 1).
    [[nodiscard]] static int monthIndex(const QDate &day);

    void recordSale(int branch, bool counter, std::int64_t partId, const QDate &day, std::int64_t quantity);

    // Opening counts and receipts such that each (part, warehouse) of `stock` ends at its stock_levels quantity.
    [[nodiscard]] Status write(sqlite3 *db, const std::vector<DemoStockRow> &stock, TenantStats &stats);

private:
    [[nodiscard]] static std::uint64_t key(std::int64_t partId, int branch, bool counter)
    {
        return (static_cast<std::uint64_t>(partId) << 4) | (static_cast<std::uint64_t>(branch) << 1)
            | (counter ? 1u : 0u);
    }

    const DemoOptions &m_options;
    const std::vector<DemoBranch> &m_branches;
    std::unordered_map<std::uint64_t, std::array<std::int64_t, kMonths>> m_sold;
};

} // namespace nexus::demo
