// One indexed range read over sales.sold_at (UTC ISO-8601, so the strings order like the instants).
#include "assistant/dailysales.h"

#include "common/clock.h"
#include "store/database.h"

namespace nexus {

Result<DailySales> DailySales::today(Database &db, const Clock &clock)
{
    const QDateTime local = clock.nowUtc().toLocalTime();
    const QDateTime start(local.date(), QTime(0, 0));
    const QString from = start.toUTC().toString(Qt::ISODateWithMs);
    const QString to = start.addDays(1).toUTC().toString(Qt::ISODateWithMs);
    Result<QSqlQuery> rows = db.exec(QStringLiteral("SELECT "
                                                    "  COALESCE(SUM(CASE WHEN status = 'completed' THEN 1 END), 0), "
                                                    "  COALESCE(SUM(CASE WHEN status = 'completed' THEN total_cents END), 0), "
                                                    "  COALESCE(SUM(CASE WHEN status = 'cancelled' THEN 1 END), 0) "
                                                    "FROM sales WHERE sold_at >= ?1 AND sold_at < ?2"),
        { from, to });
    if (!rows)
        return std::unexpected(rows.error());
    DailySales sales;
    if (rows->next()) {
        sales.tickets = rows->value(0).toInt();
        sales.total = Money(rows->value(1).toLongLong());
        sales.cancelled = rows->value(2).toInt();
    }
    return sales;
}

} // namespace nexus
