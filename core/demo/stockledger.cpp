// Opening counts and monthly receipts: the movements that, with the sales', add up to every stock balance.
#include "demo/stockledger.h"

#include "demo/branchclock.h"
#include "demo/bulkstatement.h"
#include "demo/demoids.h"

#include <algorithm>

namespace nexus::demo {

int StockLedger::monthIndex(const QDate &day)
{
    const QDate first = asOfDate().addDays(-364);
    return (day.year() * 12 + day.month()) - (first.year() * 12 + first.month());
}

void StockLedger::recordSale(int branch, bool counter, std::int64_t partId, const QDate &day, std::int64_t quantity)
{
    std::array<std::int64_t, kMonths> &months = m_sold[key(partId, branch, counter)];
    months[static_cast<std::size_t>(monthIndex(day))] += quantity;
}

Status StockLedger::write(sqlite3 *db, const std::vector<DemoStockRow> &stock, TenantStats &stats)
{
    BulkStatement movement(db,
        "INSERT INTO stock_movements (id, part_id, warehouse_id, branch_id, kind, quantity, ref_type, ref_id, "
        "device_id, user_id, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const QDate firstDay = asOfDate().addDays(-364);
    const QDate openingDay = firstDay.addDays(-1);
    for (const DemoStockRow &row : stock) {
        const DemoBranch &branch = m_branches[static_cast<std::size_t>(row.branch)];
        const QString &warehouse = row.counter ? branch.counterWarehouseId : branch.storeWarehouseId;
        std::array<std::int64_t, kMonths> sold {};
        if (const auto found = m_sold.find(key(row.partId, row.branch, row.counter)); found != m_sold.end())
            sold = found->second;
        Rng rng = Rng::stream(m_options.seed, streamDomain("stock-ledger"), key(row.partId, row.branch, row.counter));
        auto write = [&](const char *kind, std::int64_t quantity, std::string_view refType, const QString &refId,
                         std::int64_t atMs) {
            movement.bind(1, uuidV7(atMs, rng)).bind(2, row.partId).bind(3, warehouse).bind(4, branch.id);
            movement.bind(5, std::string_view(kind)).bind(6, quantity).bind(7, refType).bind(8, refId);
            movement.bind(9, branch.deviceIds.front()).bind(10, branch.managerId).bind(11, isoUtc(atMs));
            ++stats.stockMovements;
            return movement.run();
        };
        // A receipt on the first day of each month brings in what the month will sell (the purchase
        // order follows the forecast), so the balance never goes below today's and the opening count is today's
        // balance plus what the first, partial month sold.
        const std::int64_t opening = row.quantity + sold[0];
        if (opening != 0
            && !write("count", opening, "count",
                QStringLiteral("INV-%1-%2").arg(branch.code, openingDay.toString(QStringLiteral("yyyyMMdd"))),
                branchLocalToUtcMs(branch, openingDay, 21 * 3600)))
            return std::unexpected(movement.error());
        for (int month = 1; month < kMonths; ++month) {
            const std::int64_t quantity = sold[static_cast<std::size_t>(month)];
            if (quantity == 0)
                continue;
            // Delivered on the 1st at 7:30, before the counter opens.
            const QDate day = QDate(firstDay.year(), firstDay.month(), 1).addMonths(month);
            if (!write("receipt", quantity, "purchase",
                    QStringLiteral("OC-%1-%2").arg(branch.code, day.toString(QStringLiteral("yyyyMM"))),
                    branchLocalToUtcMs(branch, day, 7 * 3600 + 1800)))
                return std::unexpected(movement.error());
        }
    }
    return {};
}

} // namespace nexus::demo
