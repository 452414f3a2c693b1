// The dashboard's figures: the day and its four previous same weekdays straight from the sales ledger (indexed by
// sold_at), the 30-day figures through the same report queries the Reportes screen runs, so both always agree.
#include "reports/dashboard.h"

#include "common/money.h"

#include "reports/reportservice.h"
#include "sales/savings.h"
#include "store/database.h"

#include <QElapsedTimer>

#include <algorithm>
#include <QSqlQuery>

namespace nexus {

namespace {

struct DayRange
{
    QString from;
    QString to;
    QString hourShift; // SQLite modifier from UTC to local time, e.g. "-360 minutes"
};

DayRange dayRange(const QDate &day, const QTimeZone &zone)
{
    ReportRequest request;
    request.from = day;
    request.to = day;
    request.timeZone = zone;
    const auto range = ReportService::utcRange(request);
    const int offset = zone.offsetFromUtc(QDateTime(day, QTime(12, 0), zone));
    return { range.first, range.second, QStringLiteral("%1 minutes").arg(offset / 60) };
}

QList<DashboardAmount> top(const ReportTable &table, const QString &labelKey, int limit)
{
    QList<DashboardAmount> out;
    const int label = table.columnIndex(labelKey);
    for (int r = 0; r < table.rows.size() && out.size() < limit; ++r)
        out.append({ table.rows.at(r).at(label).toString(), table.number(r, QStringLiteral("net")),
            table.number(r, QStringLiteral("quantity")) });
    return out;
}

} // namespace

Result<DashboardFigures> DashboardService::load(
    const QDate &day, const QString &branchId, const QTimeZone &zone, const ReportControl *control)
{
    QElapsedTimer timer;
    timer.start();
    DashboardFigures f;
    f.day = day;
    const QVariantList branch { branchId, branchId };

    // The day and the same weekday of the four weeks before, by local hour.
    for (int week = 0; week <= 4; ++week) {
        if (control != nullptr && control->cancelled.load())
            return fail(ErrorCode::Conflict, NX_ERR("The report was cancelled"), {}, QStringLiteral("report"));
        const DayRange range = dayRange(day.addDays(-7 * week), zone);
        Result<QSqlQuery> hours = m_db.exec(
            QStringLiteral("SELECT CAST(strftime('%H', sold_at, ?) AS INTEGER), sum(total_cents), count(*) FROM sales"
                           " WHERE status = 'completed' AND sold_at >= ? AND sold_at < ? AND (COALESCE(?, '') = '' OR "
                           "branch_id = ?)"
                           " GROUP BY 1"),
            QVariantList { range.hourShift, range.from, range.to } + branch);
        if (!hours)
            return std::unexpected(hours.error());
        while (hours->next()) {
            const int hour = hours->value(0).toInt();
            if (hour < 0 || hour > 23)
                continue;
            const qint64 cents = hours->value(1).toLongLong();
            if (week == 0) {
                f.byHour[static_cast<std::size_t>(hour)] += cents;
                f.salesCents += cents;
                f.tickets += hours->value(2).toLongLong();
            } else {
                f.weeksByHour[static_cast<std::size_t>(hour)] += cents;
                f.weeksAverageCents += cents;
            }
        }
    }
    for (qint64 &cents : f.weeksByHour)
        cents = divideRounded(cents, 4);
    f.weeksAverageCents = divideRounded(f.weeksAverageCents, 4);
    f.averageTicketCents = f.tickets == 0 ? 0 : divideRounded(f.salesCents, f.tickets);

    const DayRange today = dayRange(day, zone);
    Result<QSqlQuery> payments = m_db.exec(
        QStringLiteral(
            "SELECT p.method, sum(p.amount_cents), count(DISTINCT s.id) FROM sales s"
            " JOIN sale_payments p ON p.sale_id = s.id WHERE s.status = 'completed' AND s.sold_at >= ?"
            " AND s.sold_at < ? AND (COALESCE(?, '') = '' OR s.branch_id = ?) GROUP BY p.method ORDER BY 2 DESC"),
        QVariantList { today.from, today.to } + branch);
    if (!payments)
        return std::unexpected(payments.error());
    while (payments->next())
        f.byPayment.append({ paymentMethodTitle(payments->value(0).toString()), payments->value(1).toLongLong(),
            payments->value(2).toLongLong() });
    Result<QVariant> refunds = m_db.scalar(
        QStringLiteral("SELECT COALESCE(sum(total_cents), 0) FROM returns WHERE returned_at >= ? AND returned_at < ?"
                       " AND (COALESCE(?, '') = '' OR branch_id = ?)"),
        QVariantList { today.from, today.to } + branch);
    if (!refunds)
        return std::unexpected(refunds.error());
    f.refundsCents = refunds->toLongLong();

    // The rest through the reports (an HQ-wide viewer: the caller already chose the branch).
    ReportService reports(m_db, m_catalogPath);
    const ReportViewer viewer { QString(), Role::Hq, QString() };
    ReportRequest request;
    request.from = day;
    request.to = day;
    request.timeZone = zone;
    request.branchId = branchId;
    request.kind = ReportKind::SalesByCashier;
    Result<ReportTable> cashiers = reports.run(request, viewer);
    if (!cashiers)
        return std::unexpected(cashiers.error());
    for (int r = 0; r < cashiers->rows.size(); ++r)
        f.byCashier.append({ cashiers->rows.at(r).at(0).toString(), cashiers->number(r, QStringLiteral("net")),
            cashiers->number(r, QStringLiteral("tickets")) });

    request.from = day.addDays(-29);
    request.kind = ReportKind::SalesByPart;
    Result<ReportTable> parts = reports.run(request, viewer);
    if (!parts)
        return std::unexpected(parts.error());
    f.topParts = top(*parts, QStringLiteral("description"), 10);

    request.kind = ReportKind::Margins;
    if (Result<ReportTable> margins = reports.run(request, viewer)) {
        f.periodBaseCents = margins->total(QStringLiteral("base"));
        f.periodCostCents = margins->total(QStringLiteral("cost"));
        f.linesWithoutCost = margins->total(QStringLiteral("no_cost"));
        f.periodMarginBasisPoints = f.periodBaseCents == 0
            ? 0
            : divideRounded((f.periodBaseCents - f.periodCostCents) * 10'000, f.periodBaseCents);
        request.kind = ReportKind::SalesByCategory;
        Result<ReportTable> categories = reports.run(request, viewer);
        if (!categories)
            return std::unexpected(categories.error());
        f.topCategories = top(*categories, QStringLiteral("category"), 8);
    } else if (margins.error().code() != ErrorCode::NotFound) {
        return std::unexpected(margins.error());
    }

    const DayRange first = dayRange(request.from, zone);
    Result<QSqlQuery> daily = m_db.exec(
        QStringLiteral(
            "SELECT date(sold_at, ?), sum(total_cents), count(*) FROM sales WHERE status = 'completed'"
            " AND sold_at >= ? AND sold_at < ? AND (COALESCE(?, '') = '' OR branch_id = ?) GROUP BY 1 ORDER BY 1"),
        QVariantList { first.hourShift, first.from, today.to } + branch);
    if (!daily)
        return std::unexpected(daily.error());
    qint64 periodSales = 0;
    while (daily->next()) {
        f.dailySales.append({ daily->value(0).toString(), daily->value(1).toLongLong(), daily->value(2).toLongLong() });
        periodSales += daily->value(1).toLongLong();
        f.periodTickets += daily->value(2).toLongLong();
    }
    f.periodAverageTicketCents = f.periodTickets == 0 ? 0 : divideRounded(periodSales, f.periodTickets);

    SavingsScope savings;
    savings.fromUtc = today.from;
    savings.toUtc = today.to;
    savings.branchId = branchId;
    Result<Money> daySavings = savingsDelivered(m_db, savings);
    if (!daySavings)
        return std::unexpected(daySavings.error());
    f.savingsCents = daySavings->centavos();
    savings.fromUtc = first.from;
    Result<Money> periodSavings = savingsDelivered(m_db, savings);
    if (!periodSavings)
        return std::unexpected(periodSavings.error());
    f.periodSavingsCents = periodSavings->centavos();

    QDateTime periodEnd = QDateTime::fromString(today.to, Qt::ISODateWithMs);
    periodEnd.setTimeSpec(Qt::UTC);
    Result<DashboardOperations> operations = loadDashboardOperations(
        m_db, first.from, today.to, std::min(periodEnd, QDateTime::currentDateTimeUtc()), branchId);
    if (!operations)
        return std::unexpected(operations.error());
    f.operations = std::move(*operations);
    f.elapsedMs = timer.elapsed();
    return f;
}

} // namespace nexus
