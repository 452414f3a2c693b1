// One upsert per folio: the counter row is created at 2 (folio 1 drawn) or incremented.
#include "store/foliocounter.h"

#include "store/database.h"

namespace nexus {

Result<QString> drawFolio(Database &db, const QString &series)
{
    Result<QVariant> number
        = db.scalar(QStringLiteral("INSERT INTO folio_counters(series, next_number) VALUES (?, 2) ON CONFLICT(series) "
                                   "DO UPDATE SET next_number = next_number + 1 RETURNING next_number - 1"),
            { series });
    if (!number)
        return std::unexpected(number.error());
    return series + QStringLiteral("%1").arg(number->toLongLong(), 6, 10, QLatin1Char('0'));
}

} // namespace nexus
