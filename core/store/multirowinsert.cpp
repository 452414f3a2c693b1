// Multi-row INSERT builder.
#include "store/multirowinsert.h"

#include "store/database.h"

namespace nexus {

Status insertRows(Database &db, const QString &table, const QStringList &columns, const QVariantList &values,
                  const QString &suffix)
{
    const qsizetype width = columns.size();
    if (width == 0 || values.size() % width != 0)
        return fail(ErrorCode::Internal, NX_ERR("%1 values do not fill rows of %2 columns for %3"),
                    {QString::number(values.size()), QString::number(width), table});
    const qsizetype rows = values.size() / width;
    if (rows == 0)
        return {};
    QString placeholders = QStringLiteral("(?") + QStringLiteral(",?").repeated(width - 1) + QLatin1Char(')');
    QString sql = QStringLiteral("INSERT INTO ") + table + QLatin1Char('(') + columns.join(QLatin1Char(','))
        + QStringLiteral(") VALUES ") + placeholders;
    for (qsizetype row = 1; row < rows; ++row)
        sql += QLatin1Char(',') + placeholders;
    if (!suffix.isEmpty())
        sql += QLatin1Char(' ') + suffix;
    Result<QSqlQuery> query = db.exec(sql, values);
    if (!query)
        return std::unexpected(query.error());
    return {};
}

} // namespace nexus
