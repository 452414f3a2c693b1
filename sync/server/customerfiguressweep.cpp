// The window's day boundary and its conditional move; the recomputation itself is the tenant's (0026 triggers).
#include "server/customerfiguressweep.h"

#include "customers/loyalty.h"
#include "store/database.h"

#include <QSqlQuery>

namespace nexus {

QString CustomerFiguresSweep::windowStart(const QDateTime &nowUtc)
{
    const QDate day = nowUtc.toUTC().date().addDays(-kLoyaltyWindowDays);
    return day.toString(Qt::ISODate) + QStringLiteral("T00:00:00.000Z");
}

Result<bool> CustomerFiguresSweep::run(Database &tenant, const QDateTime &nowUtc)
{
    const QString since = windowStart(nowUtc);
    Result<QVariant> current = tenant.scalar(QStringLiteral("SELECT since FROM customer_figures_window WHERE id = 1"));
    if (!current)
        return std::unexpected(current.error());
    if (current->toString() >= since)
        return false;
    Result<QSqlQuery> moved = tenant.exec(
        QStringLiteral("UPDATE customer_figures_window SET since = ? WHERE id = 1 AND since < ?"), { since, since });
    if (!moved)
        return std::unexpected(moved.error());
    return moved->numRowsAffected() > 0;
}

} // namespace nexus
