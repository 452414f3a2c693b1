// The pieces every report's SQL shares: typed columns, running a query into a table with progress and cancelling,
// percentages and the sales facts (sold and returned lines) with their filters.
#include "reports/reportsql.h"

#include "common/money.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <sqlite3.h>

namespace nexus::reportsql {

// Titles come marked with QT_TRANSLATE_NOOP("nexus::Report", …) and are translated here.
ReportColumn text(const char *key, const char *title)
{
    return { QString::fromLatin1(key), QCoreApplication::translate("nexus::Report", title), ColumnType::Text, false };
}

ReportColumn column(const char *key, const char *title, ColumnType type, bool summed)
{
    return { QString::fromLatin1(key), QCoreApplication::translate("nexus::Report", title), type, summed };
}

Error cancelledError()
{
    return Error(ErrorCode::Conflict, NX_ERR("The report was cancelled"), {}, QStringLiteral("report"));
}

bool isCancelled(const ReportControl *control)
{
    return control != nullptr && control->cancelled.load(std::memory_order_relaxed);
}

CancelHook::CancelHook(Database &db, ReportControl *control) : m_handle(control != nullptr ? db.handle() : nullptr)
{
    if (m_handle != nullptr)
        sqlite3_progress_handler(m_handle, 20'000, &CancelHook::check, control);
}

CancelHook::~CancelHook()
{
    if (m_handle != nullptr)
        sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
}

int CancelHook::check(void *control)
{
    return isCancelled(static_cast<ReportControl *>(control)) ? 1 : 0;
}

// Runs `sql` and appends its rows (first `columns` values) to `table`; progress from `from` to `to` thousandths
// against `expected` rows (0: unknown).
Status collect(Database &db, const QString &sql, const QVariantList &values, ReportTable &table, ReportControl *control,
    qint64 expected)
{
    Result<QSqlQuery> query = db.exec(sql, values);
    if (!query)
        return isCancelled(control) ? std::unexpected(cancelledError()) : std::unexpected(query.error());
    const int columns = static_cast<int>(table.columns.size());
    qint64 count = 0;
    while (query->next()) {
        QVariantList row;
        row.reserve(columns);
        for (int c = 0; c < columns; ++c) {
            const QVariant value = query->value(c);
            row.append(table.columns.at(c).type == ColumnType::Text || table.columns.at(c).type == ColumnType::DateTime
                    ? QVariant(value.toString())
                    : QVariant(value.toLongLong()));
        }
        table.rows.append(row);
        if ((++count & 1023) == 0) {
            if (isCancelled(control))
                return std::unexpected(cancelledError());
            if (control != nullptr && expected > 0)
                control->report(static_cast<int>(100 + std::min<qint64>(count * 850 / expected, 850)));
        }
    }
    if (isCancelled(control))
        return std::unexpected(cancelledError());
    return {};
}

qint64 percentOf(qint64 part, qint64 whole)
{
    return whole == 0 ? 0 : divideRounded(part * 10'000, whole);
}

// The common filters of the sales facts: range, branch, cashier, customer (values in the order of the SQL below).
Result<QList<std::pair<QString, QString>>> cashSessionsOf(
    Database &db, const ReportRequest &r, const std::pair<QString, QString> &range)
{
    Result<QSqlQuery> ids
        = db.exec(QStringLiteral("SELECT s.id, COALESCE(u.display_name, s.opened_by) FROM cash_sessions s"
                                 " LEFT JOIN users u ON u.id = s.opened_by WHERE s.opened_at >= ? AND s.opened_at < ?"
                                 " AND (COALESCE(?, '') = '' OR s.branch_id = ?) AND (COALESCE(?, '') = '' OR s.id = ?)"
                                 " AND (COALESCE(?, '') = '' OR s.opened_by = ?) ORDER BY s.opened_at, s.id"),
            { range.first, range.second, r.branchId, r.branchId, r.cashSessionId, r.cashSessionId, r.cashierId,
                r.cashierId });
    if (!ids)
        return std::unexpected(ids.error());
    QList<std::pair<QString, QString>> sessions;
    while (ids->next())
        sessions.append({ ids->value(0).toString(), ids->value(1).toString() });
    return sessions;
}

QVariantList factValues(const ReportRequest &r, const std::pair<QString, QString> &range)
{
    QVariantList v;
    for (int pass = 0; pass < 2; ++pass)
        v << range.first << range.second << r.branchId << r.branchId << r.cashierId << r.cashierId << r.customerId
          << r.customerId;
    return v;
}

// Every sold line (+) and every returned line (−) of the range, with its sale's customer and the cashier who rang
// it up (the sale's, or the return's). Cost: the unit cost the line recorded × quantity, rounded to the centavo.
extern const QString kFacts = QStringLiteral(
    "WITH facts AS ("
    " SELECT s.id AS doc, s.cashier_id AS cashier_id, s.customer_id AS customer_id, l.part_id AS part_id,"
    "  l.sku AS sku, l.description AS description, l.quantity AS qty, l.base_cents + l.tax_cents AS sold,"
    "  0 AS returned, l.base_cents AS base, (l.cost_cents * l.quantity + 500) / 1000 AS cost,"
    "  CASE WHEN l.cost_cents = 0 THEN 1 ELSE 0 END AS no_cost, 1 AS is_sale"
    " FROM sales s JOIN sale_lines l ON l.sale_id = s.id"
    " WHERE s.status = 'completed' AND s.sold_at >= ? AND s.sold_at < ? AND (COALESCE(?, '') = '' OR s.branch_id = ?)"
    "  AND (COALESCE(?, '') = '' OR s.cashier_id = ?) AND (COALESCE(?, '') = '' OR s.customer_id = ?)"
    " UNION ALL"
    " SELECT r.id, r.cashier_id, s.customer_id, rl.part_id, sl.sku, sl.description, -rl.quantity, 0,"
    "  rl.total_cents, -rl.base_cents, -((sl.cost_cents * rl.quantity + 500) / 1000),"
    "  CASE WHEN sl.cost_cents = 0 THEN 1 ELSE 0 END, 0"
    " FROM returns r JOIN return_lines rl ON rl.return_id = r.id"
    "  JOIN sale_lines sl ON sl.sale_id = r.sale_id AND sl.line_no = rl.sale_line_no"
    "  JOIN sales s ON s.id = r.sale_id"
    " WHERE r.returned_at >= ? AND r.returned_at < ? AND (COALESCE(?, '') = '' OR r.branch_id = ?)"
    "  AND (COALESCE(?, '') = '' OR r.cashier_id = ?) AND (COALESCE(?, '') = '' OR s.customer_id = ?)) ");


} // namespace nexus::reportsql
