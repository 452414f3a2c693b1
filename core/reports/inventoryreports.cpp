// Each report is one query over stock_levels, stock_movements and the sales facts, then a pass in C++ for what SQL
// cannot say simply (days, estimates, cumulative shares).
#include "reports/inventoryreports.h"

#include "common/money.h"
#include "reports/reportservice.h"
#include "reports/reportsql.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace nexus {

using namespace reportsql;

namespace {

// Balances summed over the scope (the branch, or one of its warehouses), per part.
const QString kStockInScope = QStringLiteral(
    "SELECT l.part_id AS part_id, sum(l.quantity) AS qty FROM stock_levels l JOIN warehouses w ON w.id = l.warehouse_id"
    " WHERE (COALESCE(?, '') = '' OR w.branch_id = ?) AND (COALESCE(?, '') = '' OR w.id = ?) GROUP BY l.part_id");

constexpr qint64 kMinDemandDays = 7;

QVariantList scopeValues(const ReportRequest &r)
{
    return { r.branchId, r.branchId, r.warehouseId, r.warehouseId };
}

// Whole local days from `utc` to the end of the report's last day.
qint64 daysUntilEnd(const QString &utc, const ReportRequest &r)
{
    const QDateTime at = QDateTime::fromString(utc, Qt::ISODateWithMs);
    if (!at.isValid())
        return 0;
    const QTimeZone zone = r.timeZone.isValid() ? r.timeZone : QTimeZone::systemTimeZone();
    return std::max<qint64>(0, at.toTimeZone(zone).date().daysTo(r.to));
}

// Largest figure in `column` first; ties by SKU (the first column).
void sortLargestFirst(QList<QVariantList> &rows, int column)
{
    std::sort(rows.begin(), rows.end(), [column](const QVariantList &a, const QVariantList &b) {
        const qint64 x = a.at(column).toLongLong();
        const qint64 y = b.at(column).toLongLong();
        return x != y ? x > y : a.at(0).toString() < b.at(0).toString();
    });
}

} // namespace

QString abcClass(qint64 before, qint64 net)
{
    if (net <= 0 || before >= 9500)
        return QStringLiteral("C");
    return before < 8000 ? QStringLiteral("A") : QStringLiteral("B");
}

Result<ReportTable> slowMoversReport(
    Database &db, const ReportRequest &r, const QString &partsSource, ReportControl *control)
{
    ReportTable table;
    table.columns = { text("sku", QT_TRANSLATE_NOOP("nexus::Report", "SKU")),
        text("description", QT_TRANSLATE_NOOP("nexus::Report", "Description")),
        column("quantity", QT_TRANSLATE_NOOP("nexus::Report", "On hand"), ColumnType::Quantity),
        column("unit_cost", QT_TRANSLATE_NOOP("nexus::Report", "Unit cost"), ColumnType::Money, false),
        column("value", QT_TRANSLATE_NOOP("nexus::Report", "Stock value"), ColumnType::Money),
        column("last_sale", QT_TRANSLATE_NOOP("nexus::Report", "Last sale"), ColumnType::DateTime, false),
        column("idle_days", QT_TRANSLATE_NOOP("nexus::Report", "Days without a sale"), ColumnType::Count, false) };
    const auto range = ReportService::utcRange(r);
    // Parts with stock in the scope and no sale from it in the period; the last sale before the period, or else
    // the first movement there, says how long it has been sitting.
    const QString sql = QStringLiteral("WITH stock AS (") + kStockInScope
        + QStringLiteral(" HAVING sum(l.quantity) > 0), sold AS (SELECT l.part_id AS part_id, max(s.sold_at) AS last_sold,"
                         " max(CASE WHEN s.sold_at >= ? THEN 1 ELSE 0 END) AS recent FROM sales s"
                         " JOIN sale_lines l ON l.sale_id = s.id JOIN warehouses w ON w.id = l.warehouse_id"
                         " WHERE s.status = 'completed' AND s.sold_at < ? AND (COALESCE(?, '') = '' OR w.branch_id = ?)"
                         " AND (COALESCE(?, '') = '' OR w.id = ?) GROUP BY l.part_id)"
                         " SELECT COALESCE(p.sku, CAST(st.part_id AS TEXT)), COALESCE(p.name, ''), st.qty,"
                         " COALESCE(c.average_cost_cents, p.cost_cents, 0), 0, COALESCE(sd.last_sold, ''),"
                         " (SELECT min(m.at) FROM stock_movements m JOIN warehouses w ON w.id = m.warehouse_id"
                         "  WHERE m.part_id = st.part_id AND (COALESCE(?, '') = '' OR w.branch_id = ?)"
                         "  AND (COALESCE(?, '') = '' OR w.id = ?))"
                         " FROM stock st LEFT JOIN ")
        + partsSource
        + QStringLiteral(" p ON p.id = st.part_id LEFT JOIN part_costs c ON c.part_id = st.part_id"
                         " LEFT JOIN sold sd ON sd.part_id = st.part_id WHERE COALESCE(sd.recent, 0) = 0");
    ReportTable raw = table;
    raw.columns[6].type = ColumnType::Text; // the first movement, read as text
    QVariantList values = scopeValues(r);
    values << range.first << range.second << scopeValues(r) << scopeValues(r);
    if (Status ok = collect(db, sql, values, raw, control); !ok)
        return std::unexpected(ok.error());
    for (QVariantList &row : raw.rows) {
        row[4] = Money(row.at(3).toLongLong()).times(row.at(2).toLongLong()).centavos();
        const QString since = row.at(5).toString().isEmpty() ? row.at(6).toString() : row.at(5).toString();
        row[6] = daysUntilEnd(since, r);
    }
    sortLargestFirst(raw.rows, 4);
    table.rows = std::move(raw.rows);
    table.notes << QCoreApplication::translate("nexus::Report",
        "Parts in stock with no sale from %1 to %2, most stock value first. Value at the branch's average cost, or "
        "the catalogue's cost when the branch has not received the part.")
                       .arg(QLocale().toString(r.from, QLocale::ShortFormat),
                           QLocale().toString(r.to, QLocale::ShortFormat));
    return table;
}

Result<ReportTable> stockOutsReport(Database &db, const ReportRequest &r, ReportControl *control)
{
    ReportTable table;
    table.columns = { text("sku", QT_TRANSLATE_NOOP("nexus::Report", "SKU")),
        text("description", QT_TRANSLATE_NOOP("nexus::Report", "Description")),
        column("quantity", QT_TRANSLATE_NOOP("nexus::Report", "On hand"), ColumnType::Quantity),
        column("sold_qty", QT_TRANSLATE_NOOP("nexus::Report", "Sold in the period"), ColumnType::Quantity),
        column("sold", QT_TRANSLATE_NOOP("nexus::Report", "Sales"), ColumnType::Money),
        column("out_since", QT_TRANSLATE_NOOP("nexus::Report", "Out since"), ColumnType::DateTime, false),
        column("days_out", QT_TRANSLATE_NOOP("nexus::Report", "Days out"), ColumnType::Count, false),
        column("lost_qty", QT_TRANSLATE_NOOP("nexus::Report", "Lost pieces (est.)"), ColumnType::Quantity),
        column("lost", QT_TRANSLATE_NOOP("nexus::Report", "Lost sales (est.)"), ColumnType::Money) };
    const auto range = ReportService::utcRange(r);
    // Out since: the scope's last outgoing movement. Only incoming ones came after it and the balance is at or
    // below zero now, so it has been at or below zero since then.
    const QString sql = QStringLiteral("WITH stock AS (") + kStockInScope
        + QStringLiteral(" HAVING sum(l.quantity) <= 0), demand AS (SELECT l.part_id AS part_id, max(l.sku) AS sku,"
                         " max(l.description) AS description, sum(l.quantity) AS qty,"
                         " sum(l.base_cents + l.tax_cents) AS sold FROM sales s JOIN sale_lines l ON l.sale_id = s.id"
                         " JOIN warehouses w ON w.id = l.warehouse_id WHERE s.status = 'completed' AND s.sold_at >= ?"
                         " AND s.sold_at < ? AND (COALESCE(?, '') = '' OR w.branch_id = ?)"
                         " AND (COALESCE(?, '') = '' OR w.id = ?) GROUP BY l.part_id)"
                         " SELECT d.sku, d.description, st.qty, d.qty, d.sold,"
                         " COALESCE((SELECT max(m.at) FROM stock_movements m JOIN warehouses w ON w.id = m.warehouse_id"
                         "  WHERE m.part_id = st.part_id AND m.quantity < 0 AND (COALESCE(?, '') = '' OR"
                         "  w.branch_id = ?) AND (COALESCE(?, '') = '' OR w.id = ?)), ''), 0, 0, 0"
                         " FROM stock st JOIN demand d ON d.part_id = st.part_id");
    QVariantList values = scopeValues(r);
    values << range.first << range.second << scopeValues(r) << scopeValues(r);
    if (Status ok = collect(db, sql, values, table, control); !ok)
        return std::unexpected(ok.error());
    const qint64 periodDays = r.from.daysTo(r.to) + 1;
    for (QVariantList &row : table.rows) {
        const qint64 daysOut = std::min(periodDays, daysUntilEnd(row.at(5).toString(), r));
        // A part that ran out days after the period began sold in too few days to say its daily demand: at
        // least a week (kMinDemandDays) is counted, so two sales in two days do not read as one a day.
        const qint64 inStock = std::max<qint64>(kMinDemandDays, periodDays - daysOut);
        row[6] = daysOut;
        // What sold per day while there was stock, for the days there was none, at the period's average price.
        row[7] = divideRounded(row.at(3).toLongLong() * daysOut, inStock);
        row[8] = divideRounded(row.at(4).toLongLong() * daysOut, inStock);
    }
    sortLargestFirst(table.rows, 8);
    table.notes << QCoreApplication::translate("nexus::Report",
        "Parts at zero or below that sold in the period. Lost sales are an estimate: what the part sold per day while "
        "it had stock (over a week at least), times the whole days it has been out, at the period's average price.");
    return table;
}

Result<ReportTable> abcReport(Database &db, const ReportRequest &r, ReportControl *control)
{
    ReportTable table;
    table.columns = { text("sku", QT_TRANSLATE_NOOP("nexus::Report", "SKU")),
        text("description", QT_TRANSLATE_NOOP("nexus::Report", "Description")),
        column("quantity", QT_TRANSLATE_NOOP("nexus::Report", "Quantity"), ColumnType::Quantity),
        column("net", QT_TRANSLATE_NOOP("nexus::Report", "Net sales"), ColumnType::Money),
        column("share", QT_TRANSLATE_NOOP("nexus::Report", "Share %"), ColumnType::Percent),
        column("cumulative", QT_TRANSLATE_NOOP("nexus::Report", "Cumulative %"), ColumnType::Percent, false),
        text("class", QT_TRANSLATE_NOOP("nexus::Report", "Class")) };
    const QString sql = kFacts
        + QStringLiteral("SELECT max(f.sku), max(f.description), sum(f.qty), sum(f.sold) - sum(f.returned), 0, 0, ''"
                         " FROM facts f GROUP BY f.part_id ORDER BY 4 DESC, 1");
    if (Status ok = collect(db, sql, factValues(r, ReportService::utcRange(r)), table, control); !ok)
        return std::unexpected(ok.error());
    qint64 total = 0;
    for (const QVariantList &row : table.rows)
        total += std::max<qint64>(0, row.at(3).toLongLong());
    qint64 running = 0;
    qint64 parts[3] = { 0, 0, 0 };
    qint64 sales[3] = { 0, 0, 0 };
    for (QVariantList &row : table.rows) {
        const qint64 net = row.at(3).toLongLong();
        const QString abc = abcClass(percentOf(running, total), net);
        running += std::max<qint64>(0, net);
        row[4] = percentOf(std::max<qint64>(0, net), total);
        row[5] = percentOf(running, total);
        row[6] = abc;
        const int k = abc.at(0).unicode() - 'A';
        parts[k] += 1;
        sales[k] += net;
    }
    for (int k = 0; k < 3; ++k)
        table.notes << QCoreApplication::translate("nexus::Report", "Class %1: %2 parts, %3 of net sales (%4 %).")
                           .arg(QChar(u'A' + k))
                           .arg(parts[k])
                           .arg(Money(sales[k]).format(), QLocale().toString(percentOf(sales[k], total) / 100.0, 'f', 2));
    table.notes << QCoreApplication::translate("nexus::Report",
        "A: the best-selling parts that make the first 80 % of net sales; B: the next 15 %; C: the last 5 % and "
        "parts with no net sales.");
    return table;
}

} // namespace nexus
