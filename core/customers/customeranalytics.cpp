// Customer analytics: sums in SQL over the customer's completed sales and their returns, rhythm in C++.
#include "customers/customeranalytics.h"

#include "customers/loyaltyledger.h"
#include "sales/savings.h"
#include "store/database.h"

#include <QDate>

#include <algorithm>
#include <map>

namespace nexus {

namespace {

// The UTC day of a stored instant; invalid for an empty one.
QDate utcDay(const QString &at)
{
    return at.isEmpty() ? QDate() : QDateTime::fromString(at, Qt::ISODateWithMs).toUTC().date();
}

} // namespace

ChurnRisk churnRisk(int daysSinceLast, double averageDaysBetween, int purchaseDays)
{
    if (purchaseDays < 2 || averageDaysBetween <= 0 || daysSinceLast < 0)
        return ChurnRisk::Unknown;
    const double ratio = daysSinceLast / averageDaysBetween;
    if (ratio <= kChurnMediumRatio)
        return ChurnRisk::Low;
    if (ratio <= kChurnHighRatio)
        return ChurnRisk::Medium;
    return ChurnRisk::High;
}

const char *churnRiskCode(ChurnRisk risk)
{
    switch (risk) {
    case ChurnRisk::Unknown: return "unknown";
    case ChurnRisk::Low: return "low";
    case ChurnRisk::Medium: return "medium";
    case ChurnRisk::High: return "high";
    }
    return "unknown";
}

Result<CustomerAnalytics> customerAnalytics(Database &db, const QString &customerId, const QDateTime &nowUtc)
{
    CustomerAnalytics a;
    const QDateTime windowStart = nowUtc.addDays(-kLoyaltyWindowDays);
    // Head office's figures (every branch) plus this counter's tickets and returns they do not include yet.
    Result<std::optional<HeadOfficeLoyalty>> head = LoyaltyLedger(db).headOffice(customerId);
    if (!head)
        return std::unexpected(head.error());
    const std::optional<HeadOfficeLifetime> lifetime = *head ? (*head)->lifetime : std::nullopt;
    auto pending = [&head](const QVariant &seq) { return !*head || (*head)->awaits(seq.toLongLong()); };
    auto pendingLifetime = [&](const QVariant &seq) { return !lifetime || (*head)->awaits(seq.toLongLong()); };
    if (*head)
        a.rolling12MonthSpend = (*head)->spend12Months;
    QDate first;
    QDate last;
    if (lifetime) {
        a.allBranches = true;
        a.purchases = lifetime->purchases;
        a.grossSales = lifetime->gross;
        a.refunds = lifetime->refunds;
        a.purchaseDays = lifetime->purchaseDays;
        a.lastPurchaseUtc = lifetime->lastPurchaseUtc;
        first = utcDay(lifetime->firstPurchaseUtc);
        last = utcDay(lifetime->lastPurchaseUtc);
    }
    const QDate headFirst = first;
    const QDate headLast = last;
    Result<QSqlQuery> sales = db.exec(QStringLiteral("SELECT sold_at, total_cents, outbox_seq FROM sales "
                                                     "WHERE customer_id = ? AND status = 'completed' ORDER BY sold_at"),
        { customerId });
    if (!sales)
        return std::unexpected(sales.error());
    QDate lastOwnDay;
    while (sales->next()) {
        const QString at = sales->value(0).toString();
        const Money total(sales->value(1).toLongLong());
        const QDateTime when = QDateTime::fromString(at, Qt::ISODateWithMs).toUTC();
        if (when > windowStart && when <= nowUtc && pending(sales->value(2)))
            a.rolling12MonthSpend += total;
        if (!pendingLifetime(sales->value(2)))
            continue;
        ++a.purchases;
        a.grossSales += total;
        // A day head office counted already (its first or last purchase day) is not a new one; any other is.
        const QDate day = when.date();
        if (day != headFirst && day != headLast && day != lastOwnDay) {
            ++a.purchaseDays;
            lastOwnDay = day;
        }
        if (!first.isValid() || day < first)
            first = day;
        if (!last.isValid() || day > last)
            last = day;
        a.lastPurchaseUtc = std::max(a.lastPurchaseUtc, at);
    }
    Result<QSqlQuery> returns = db.exec(
        QStringLiteral("SELECT r.returned_at, r.total_cents, r.outbox_seq FROM returns r "
                       "JOIN sales s ON s.id = r.sale_id "
                       "WHERE s.customer_id = ? AND s.status = 'completed'"),
        { customerId });
    if (!returns)
        return std::unexpected(returns.error());
    while (returns->next()) {
        const QDateTime when = QDateTime::fromString(returns->value(0).toString(), Qt::ISODateWithMs).toUTC();
        const Money total(returns->value(1).toLongLong());
        if (pendingLifetime(returns->value(2)))
            a.refunds += total;
        if (when > windowStart && when <= nowUtc && pending(returns->value(2)))
            a.rolling12MonthSpend -= total;
    }
    Result<qint64> points = LoyaltyLedger(db).balance(customerId);
    if (!points)
        return std::unexpected(points.error());
    a.points = *points;
    a.lifetimeValue = a.grossSales - a.refunds;
    if (a.purchases > 0)
        a.averageTicket = Money((a.grossSales.centavos() + a.purchases / 2) / a.purchases);
    if (a.purchaseDays >= 2 && first.isValid())
        a.averageDaysBetween = static_cast<double>(first.daysTo(last)) / (a.purchaseDays - 1);
    if (last.isValid())
        a.daysSinceLast = static_cast<int>(last.daysTo(nowUtc.date()));
    a.churn = churnRisk(a.daysSinceLast, a.averageDaysBetween, a.purchaseDays);
    a.tier = loyaltyTier(a.rolling12MonthSpend);
    SavingsScope theirs;
    theirs.customerId = customerId;
    Result<Money> saved = savingsDelivered(db, theirs);
    if (!saved)
        return std::unexpected(saved.error());
    a.savings = *saved;

    // What they spent per part: head office's top parts plus this counter's lines not in them yet, or every line
    // of this counter before head office sent any.
    const bool headParts = lifetime && lifetime->spendByPart;
    if (headParts)
        a.spendByPart = *lifetime->spendByPart;
    Result<QSqlQuery> lines = db.exec(
        QStringLiteral("SELECT l.part_id, l.base_cents + l.tax_cents, s.outbox_seq FROM sale_lines l "
                       "JOIN sales s ON s.id = l.sale_id WHERE s.customer_id = ? AND s.status = 'completed' "
                       "AND l.part_id > 0"),
        { customerId });
    if (!lines)
        return std::unexpected(lines.error());
    while (lines->next())
        if (!headParts || (*head)->awaits(lines->value(2).toLongLong()))
            a.spendByPart[lines->value(0).toLongLong()] += Money(lines->value(1).toLongLong());
    return a;
}

Result<QList<CategorySpend>> favouriteCategories(
    Database &catalog, const QHash<qint64, Money> &spendByPart, int limit)
{
    std::map<qint64, CategorySpend> byCategory;
    for (auto it = spendByPart.cbegin(); it != spendByPart.cend(); ++it) {
        Result<QSqlQuery> row = catalog.exec(
            QStringLiteral("SELECT c.id, c.name FROM parts p JOIN categories c ON c.id = p.category_id WHERE p.id = ?"),
            { it.key() });
        if (!row)
            return std::unexpected(row.error());
        if (!row->next())
            continue; // a part no longer in the catalogue
        CategorySpend &entry = byCategory[row->value(0).toLongLong()];
        entry.categoryId = row->value(0).toLongLong();
        entry.name = row->value(1).toString();
        entry.spent += it.value();
    }
    QList<CategorySpend> list;
    for (const auto &[id, entry] : byCategory)
        list << entry;
    std::stable_sort(list.begin(), list.end(),
        [](const CategorySpend &x, const CategorySpend &y) { return x.spent > y.spent; });
    if (list.size() > limit)
        list.resize(limit);
    return list;
}

} // namespace nexus
