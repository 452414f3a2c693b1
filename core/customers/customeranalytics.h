// What the counter knows about a customer's buying: lifetime value, average ticket, how often they buy, days since the
// last purchase and the churn risk that gives against their own rhythm, the loyalty tier and points (loyalty.h) —
// head office's figures for every branch plus this counter's facts not in them yet (loyaltyledger.h's rule), or this
// counter's alone before any came down — and the categories they spend most on.
#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include "common/error.h"
#include "common/money.h"
#include "customers/loyalty.h"

namespace nexus {

class Database;

// Churn risk: days since the last purchase divided by the customer's average days between purchases. Up to
// kChurnMediumRatio is their usual rhythm (low), above kChurnHighRatio they are probably gone (high). Fewer than
// two purchase days: no rhythm yet (unknown).
enum class ChurnRisk { Unknown, Low, Medium, High };
inline constexpr double kChurnMediumRatio = 1.5;
inline constexpr double kChurnHighRatio = 3.0;

struct CategorySpend
{
    qint64 categoryId = 0;
    QString name;
    Money spent;
};

struct CustomerAnalytics
{
    int purchases = 0; // completed sales
    Money grossSales; // their totals, tax included
    Money refunds; // returns of those sales
    Money lifetimeValue; // grossSales − refunds
    Money averageTicket; // grossSales / purchases, rounded to the centavo
    int purchaseDays = 0; // distinct days with a purchase (UTC)
    double averageDaysBetween = 0; // (last day − first day) / (purchaseDays − 1); 0 with fewer than two days
    int daysSinceLast = -1; // -1: never bought
    QString lastPurchaseUtc;
    ChurnRisk churn = ChurnRisk::Unknown;
    Money rolling12MonthSpend; // sales minus refunds in the last kLoyaltyWindowDays days
    LoyaltyTier tier = LoyaltyTier::Bronze;
    qint64 points = 0; // the balance to pay with (loyaltyledger.h: earned by loyalty.h's rule, less paid with)
    Money savings; // against agency prices over all their sales (sales/savings.h)
    QHash<qint64, Money> spendByPart; // part id → what their ticket lines came to (head office: their top 30 parts)
    bool allBranches = false; // purchases, sales, refunds and rhythm are head office's (every branch) + this counter's
};

[[nodiscard]] Result<CustomerAnalytics> customerAnalytics(Database &db, const QString &customerId, const QDateTime &nowUtc);

// The churn rule above, alone (tested at its edges).
[[nodiscard]] ChurnRisk churnRisk(int daysSinceLast, double averageDaysBetween, int purchaseDays);
[[nodiscard]] const char *churnRiskCode(ChurnRisk risk); // unknown | low | medium | high

// The categories (catalog.db) of the parts in spendByPart, most spent first, at most `limit`.
[[nodiscard]] Result<QList<CategorySpend>> favouriteCategories(
    Database &catalog, const QHash<qint64, Money> &spendByPart, int limit = 3);

} // namespace nexus
