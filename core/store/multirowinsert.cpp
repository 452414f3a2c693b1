// Multi-row INSERT builder. On SQLite the statement is bound through the C API: Qt's driver rewrites every "?" into
// a named placeholder and binds by name, which is quadratic in the ~350 parameters of a 20-line sale (a quarter of
// the checkout's CPU in perf).
#include "store/multirowinsert.h"

#include "store/database.h"

#include <sqlite3.h>

#include <memory>

namespace nexus {

namespace {

// NULL exactly where Qt's driver binds NULL (QSqlResultPrivate::isVariantNull): the callers rely on a null QString
// meaning SQL NULL.
bool isSqlNull(const QVariant &value)
{
    if (value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString:
        return static_cast<const QString *>(value.constData())->isNull();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray *>(value.constData())->isNull();
    case QMetaType::QDate:
        return value.toDate().isNull();
    case QMetaType::QTime:
        return value.toTime().isNull();
    case QMetaType::QDateTime:
        return value.toDateTime().isNull();
    default:
        return false;
    }
}

Status bindAndRun(sqlite3 *handle, const QString &sql, const QVariantList &values, const QString &table)
{
    const auto failed = [&table](sqlite3 *connection) -> Status {
        return fail(ErrorCode::Storage, NX_ERR("The database reported an error: %1 [%2]"),
                    {QString::fromUtf8(sqlite3_errmsg(connection)), QStringLiteral("INSERT INTO ") + table});
    };
    sqlite3_stmt *raw = nullptr;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(handle, text.constData(), int(text.size()), &raw, nullptr) != SQLITE_OK)
        return failed(handle);
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> statement(raw, sqlite3_finalize);
    if (!bindSqliteValues(raw, values))
        return failed(handle);
    if (sqlite3_step(raw) != SQLITE_DONE)
        return failed(handle);
    return {};
}

} // namespace

bool bindSqliteValues(sqlite3_stmt *statement, const QVariantList &values)
{
    for (int i = 0; i < int(values.size()); ++i) {
        const QVariant &value = values.at(i);
        int rc = SQLITE_OK;
        if (isSqlNull(value)) {
            rc = sqlite3_bind_null(statement, i + 1);
        } else {
            switch (value.typeId()) {
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::LongLong:
            case QMetaType::ULongLong:
            case QMetaType::Bool:
                rc = sqlite3_bind_int64(statement, i + 1, value.toLongLong());
                break;
            case QMetaType::Double:
                rc = sqlite3_bind_double(statement, i + 1, value.toDouble());
                break;
            case QMetaType::QByteArray: {
                const QByteArray bytes = value.toByteArray();
                rc = sqlite3_bind_blob64(statement, i + 1, bytes.constData(), sqlite3_uint64(bytes.size()),
                                         SQLITE_TRANSIENT);
                break;
            }
            default: {
                const QByteArray utf8 = value.toString().toUtf8();
                rc = sqlite3_bind_text64(statement, i + 1, utf8.constData(), sqlite3_uint64(utf8.size()),
                                         SQLITE_TRANSIENT, SQLITE_UTF8);
                break;
            }
            }
        }
        if (rc != SQLITE_OK)
            return false;
    }
    return true;
}

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
    if (db.dialect() == SqlDialect::Sqlite) {
        if (sqlite3 *handle = db.handle())
            return bindAndRun(handle, sql, values, table);
    }
    Result<QSqlQuery> query = db.exec(sql, values);
    if (!query)
        return std::unexpected(query.error());
    return {};
}

} // namespace nexus
