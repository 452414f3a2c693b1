// The pieces every report's SQL shares (reportservice.cpp, inventoryreports.cpp): typed columns whose titles are
// translated in the "nexus::Report" context, running a query into a table, cancelling, and the sales facts.
#pragma once

#include <QString>
#include <QVariantList>

#include <utility>

#include "common/error.h"
#include "reports/reportcontrol.h"
#include "reports/reportrequest.h"
#include "reports/reporttable.h"

struct sqlite3;

namespace nexus {

class Database;

namespace reportsql {

// Titles come marked with QT_TRANSLATE_NOOP("nexus::Report", …) and are translated here.
[[nodiscard]] ReportColumn text(const char *key, const char *title);
[[nodiscard]] ReportColumn column(const char *key, const char *title, ColumnType type, bool summed = true);

[[nodiscard]] Error cancelledError();
[[nodiscard]] bool isCancelled(const ReportControl *control);

// While it lives, SQLite checks the control every few thousand VM steps and interrupts a long query when cancelled.
class CancelHook final
{
public:
    CancelHook(Database &db, ReportControl *control);
    ~CancelHook();
    Q_DISABLE_COPY_MOVE(CancelHook)

private:
    static int check(void *control);
    sqlite3 *m_handle;
};

// Runs `sql` and appends its rows (first `columns` values) to `table`; progress against `expected` rows (0: unknown).
[[nodiscard]] Status collect(Database &db, const QString &sql, const QVariantList &values, ReportTable &table,
    ReportControl *control, qint64 expected = 0);

// part / whole in basis points, rounded; 0 when whole is 0.
[[nodiscard]] qint64 percentOf(qint64 part, qint64 whole);

// The cash sessions opened in the range that the request's branch, session and cashier filters keep, oldest first:
// (id, name of who opened it).
[[nodiscard]] Result<QList<std::pair<QString, QString>>> cashSessionsOf(
    Database &db, const ReportRequest &r, const std::pair<QString, QString> &range);

// The values of kFacts' filters: range, branch, cashier, customer, in the order of its SQL.
[[nodiscard]] QVariantList factValues(const ReportRequest &r, const std::pair<QString, QString> &range);

// "WITH facts AS (…) ": every sold line (+) and every returned line (−) of the range, with its sale's customer and
// the cashier who rang it up. Columns: doc, cashier_id, customer_id, part_id, sku, description, qty, sold,
// returned, base, cost, no_cost, is_sale.
extern const QString kFacts;

} // namespace reportsql

} // namespace nexus
