// Reorder levels and alerts of this branch: per part and warehouse a minimum, a reorder point and a maximum (in the
// stock_alert_levels table notifications also reads), set by hand or suggested from the sales of the last N weeks and
// a lead time; alerts raised when the stock is at or below the reorder point (scan: on demand and after each sync),
// acknowledged by a person, resolved by themselves when the stock is above the point again (a receipt, a transfer, a
// correction). Each open alert says how many to order: up to the maximum.
#pragma once

#include <vector>

#include "auth/role.h"
#include "common/error.h"
#include "common/quantity.h"

namespace nexus {

class Clock;
class Database;

struct ReorderLevel
{
    qint64 partId = 0;
    QString warehouseId;
    QString sku;
    QString description;
    Quantity minimum; // safety stock
    Quantity reorderPoint; // an alert when the stock is at or below it; 0: no alerts
    Quantity maximum; // order up to it; 0: twice the reorder point
    bool suggested = false; // the numbers came from suggest()
};

struct ReorderSuggestion
{
    Quantity sold; // net of returns, in the period
    int weeks = 0;
    int leadDays = 0; // the preferred supplier's lead time when not given
    Quantity minimum;
    Quantity reorderPoint;
    Quantity maximum;
};

struct StockAlert
{
    QString id;
    qint64 partId = 0;
    QString warehouseId;
    QString sku;
    QString description;
    Quantity stock; // now
    Quantity reorderPoint;
    Quantity maximum;
    Quantity toOrder; // up to the maximum (or twice the reorder point)
    QString raisedAtUtc;
    QString acknowledgedBy; // '' while nobody has
    QString acknowledgedAtUtc;
    QString resolvedAtUtc; // '' while open
};

struct AlertScan
{
    int raised = 0;
    int resolved = 0;
    int open = 0;
};

class ReorderService final
{
public:
    static constexpr int kDefaultLeadDays = 7;
    static constexpr int kCoverDays = 30; // the maximum covers the reorder point plus a month of sales

    ReorderService(Database &db, const Clock &clock, QString branchId);

    // Needs AdjustStock or ManagePurchasing; 0 ≤ minimum ≤ reorder point ≤ maximum (a maximum of 0: not set).
    [[nodiscard]] Status setLevel(const ReorderLevel &level, const QString &userId, Role role);
    // From the sales in `warehouseId` over the last `weeks` weeks: daily = sold / days; minimum = daily × lead / 2,
    // reorder point = minimum + daily × lead, maximum = reorder point + daily × kCoverDays, each up to whole pieces.
    // leadDays < 0: the preferred supplier's lead time (kDefaultLeadDays without one).
    [[nodiscard]] Result<ReorderSuggestion> suggest(
        qint64 partId, const QString &warehouseId, int weeks, int leadDays = -1) const;
    // This branch's levels with a reorder point, by SKU.
    [[nodiscard]] Result<std::vector<ReorderLevel>> levels() const;

    // Raises an alert for each level whose stock is at or below its reorder point and has none open; resolves the
    // open alerts whose stock is above the point again. One transaction.
    [[nodiscard]] Result<AlertScan> scan();
    // Open alerts (and, when asked, resolved ones too), unacknowledged first, by SKU.
    [[nodiscard]] Result<std::vector<StockAlert>> alerts(bool includeResolved = false) const;
    [[nodiscard]] Status acknowledge(const QString &alertId, const QString &userId);

private:
    Database &m_db;
    const Clock &m_clock;
    QString m_branchId;
};

} // namespace nexus
