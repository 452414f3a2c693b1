// PreparedStatements: the per-connection statement cache of the ingest (SQLite C API, kept QPSQL queries).
#include "server/preparedstatements.h"

#include "store/database.h"
#include "store/multirowinsert.h"

#include <QSqlError>
#include <QSqlRecord>

#include <sqlite3.h>

#include <algorithm>

namespace nexus {

namespace {

Error sqliteError(sqlite3 *handle, const QString &sql)
{
    return storageError(QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(handle)), QSqlError::StatementError),
        sqlContext(sql));
}

QVariant columnValue(sqlite3_stmt *statement, int column)
{
    switch (sqlite3_column_type(statement, column)) {
    case SQLITE_INTEGER:
        return QVariant(static_cast<qlonglong>(sqlite3_column_int64(statement, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(statement, column));
    case SQLITE_TEXT:
        return QVariant(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, column)),
            sqlite3_column_bytes(statement, column)));
    case SQLITE_BLOB:
        return QVariant(QByteArray(static_cast<const char *>(sqlite3_column_blob(statement, column)),
            sqlite3_column_bytes(statement, column)));
    default:
        return QVariant();
    }
}

} // namespace

PreparedStatements::PreparedStatements(Database &db) : m_db(db)
{
}

PreparedStatements::~PreparedStatements()
{
    clear();
}

void PreparedStatements::clear()
{
    for (const auto &[sql, statement] : m_sqlite)
        sqlite3_finalize(statement);
    m_sqlite.clear();
    m_postgres.clear();
}

Result<qint64> PreparedStatements::run(const QString &sql, const QVariantList &values)
{
    qint64 changed = 0;
    Result<QList<QVariantList>> done = execute(sql, values, &changed);
    if (!done)
        return std::unexpected(done.error());
    return changed;
}

Result<QList<QVariantList>> PreparedStatements::rows(const QString &sql, const QVariantList &values)
{
    return execute(sql, values, nullptr);
}

Result<QVariant> PreparedStatements::scalar(const QString &sql, const QVariantList &values)
{
    Result<QList<QVariantList>> found = execute(sql, values, nullptr);
    if (!found)
        return std::unexpected(found.error());
    return found->isEmpty() || found->first().isEmpty() ? QVariant() : found->first().first();
}

Result<QList<QVariantList>> PreparedStatements::insertRows(
    const QString &table, const QStringList &columns, const QVariantList &values, const QString &suffix)
{
    const qsizetype width = columns.size();
    if (width == 0 || values.size() % width != 0)
        return fail(ErrorCode::Internal, NX_ERR("%1 values do not fill rows of %2 columns for %3"),
            { QString::number(values.size()), QString::number(width), table });
    const QString head = QStringLiteral("INSERT INTO ") + table + QLatin1Char('(') + columns.join(QLatin1Char(','))
        + QStringLiteral(") VALUES ");
    const QString row = QStringLiteral("(?") + QStringLiteral(",?").repeated(width - 1) + QLatin1Char(')');
    QList<QVariantList> returned;
    const qsizetype rows = values.size() / width;
    for (qsizetype first = 0; first < rows;) {
        const qsizetype left = rows - first;
        qsizetype count = std::min(left, kSmallRows);
        for (const qsizetype large : kLargeRows)
            if (left >= large) {
                count = large;
                break;
            }
        QString sql = head + row;
        for (qsizetype i = 1; i < count; ++i)
            sql += QLatin1Char(',') + row;
        if (!suffix.isEmpty())
            sql += QLatin1Char(' ') + suffix;
        Result<QList<QVariantList>> done = execute(sql, values.mid(first * width, count * width), nullptr);
        if (!done)
            return std::unexpected(done.error());
        returned += *done;
        first += count;
    }
    return returned;
}

Result<QList<QVariantList>> PreparedStatements::rowsWhereIn(
    const QString &head, const QVariantList &leading, const QVariantList &keys, const QString &tail)
{
    QList<QVariantList> found;
    for (qsizetype first = 0; first < keys.size();) {
        const qsizetype slots = keys.size() - first > kSmallRows ? kLargeRows.front() : kSmallRows;
        const qsizetype count = std::min(slots, keys.size() - first);
        QVariantList values = leading + keys.mid(first, count);
        while (values.size() < leading.size() + slots)
            values.append(keys.at(first + count - 1));
        const QString sql = head + QStringLiteral(" (?") + QStringLiteral(", ?").repeated(slots - 1)
            + QLatin1Char(')') + (tail.isEmpty() ? QString() : QLatin1Char(' ') + tail);
        Result<QList<QVariantList>> rows = execute(sql, values, nullptr);
        if (!rows)
            return std::unexpected(rows.error());
        found += *rows;
        first += count;
    }
    return found;
}

Status PreparedStatements::checkSession()
{
    if (m_db.dialect() != SqlDialect::Postgres)
        return {};
    // The backend's pid names the session: after a reconnection the server knows none of the statements prepared
    // in the old one. Asked through Database, which reconnects a lost connection outside a transaction; and the
    // stale queries are dropped here, outside the transaction, because dropping one sends a DEALLOCATE that fails
    // on the new session and would abort it.
    Result<QVariant> backend = m_db.scalar(QStringLiteral("SELECT pg_backend_pid()"));
    if (!backend)
        return std::unexpected(backend.error());
    if (backend->toLongLong() != m_postgresBackend) {
        m_postgres.clear();
        m_postgresBackend = backend->toLongLong();
    }
    return {};
}

Status PreparedStatements::control(const QString &sql)
{
    if (m_db.dialect() == SqlDialect::Postgres)
        return m_db.execScript(sql);
    Result<QList<QVariantList>> done = executeSqlite(sql, {}, nullptr);
    if (!done)
        return std::unexpected(done.error());
    return {};
}

Result<QList<QVariantList>> PreparedStatements::execute(const QString &sql, const QVariantList &values, qint64 *changed)
{
    return m_db.dialect() == SqlDialect::Postgres ? executePostgres(sql, values, changed)
                                                  : executeSqlite(sql, values, changed);
}

Result<QList<QVariantList>> PreparedStatements::executeSqlite(
    const QString &sql, const QVariantList &values, qint64 *changed)
{
    sqlite3 *handle = m_db.handle();
    if (!handle)
        return fail(ErrorCode::Storage, NX_ERR("The database is not open"));
    auto cached = m_sqlite.find(sql);
    if (cached == m_sqlite.end()) {
        sqlite3_stmt *prepared = nullptr;
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v3(
                handle, text.constData(), static_cast<int>(text.size()), SQLITE_PREPARE_PERSISTENT, &prepared, nullptr)
            != SQLITE_OK) {
            sqlite3_finalize(prepared);
            return std::unexpected(sqliteError(handle, sql));
        }
        cached = m_sqlite.emplace(sql, prepared).first;
    }
    sqlite3_stmt *statement = cached->second;
    // Whatever happens below, the statement is left reset and unbound for its next use.
    const auto reset = [statement] {
        sqlite3_reset(statement);
        sqlite3_clear_bindings(statement);
    };
    if (!bindSqliteValues(statement, values)) {
        const Error error = sqliteError(handle, sql);
        reset();
        return std::unexpected(error);
    }
    QList<QVariantList> rows;
    const int columns = sqlite3_column_count(statement);
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        QVariantList row;
        row.reserve(columns);
        for (int column = 0; column < columns; ++column)
            row.append(columnValue(statement, column));
        rows.append(std::move(row));
    }
    if (rc != SQLITE_DONE) {
        const Error error = sqliteError(handle, sql);
        reset();
        return std::unexpected(error);
    }
    if (changed)
        *changed = sqlite3_changes64(handle);
    reset();
    return rows;
}

Result<QList<QVariantList>> PreparedStatements::executePostgres(
    const QString &sql, const QVariantList &values, qint64 *changed)
{
    auto cached = m_postgres.find(sql);
    if (cached == m_postgres.end()) {
        QSqlQuery query(m_db.connection());
        if (!query.prepare(sql))
            return std::unexpected(storageError(query.lastError(), sqlContext(sql)));
        cached = m_postgres.emplace(sql, std::move(query)).first;
    }
    QSqlQuery &query = cached->second;
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(static_cast<int>(i), values.at(i));
    if (!query.exec()) {
        const Error error = storageError(query.lastError(), sqlContext(sql));
        m_postgres.erase(cached); // prepared anew next time, whatever state the failure left it in
        return std::unexpected(error);
    }
    QList<QVariantList> rows;
    if (query.isSelect()) {
        const int columns = query.record().count();
        while (query.next()) {
            QVariantList row;
            row.reserve(columns);
            for (int column = 0; column < columns; ++column)
                row.append(query.value(column));
            rows.append(std::move(row));
        }
    }
    if (changed)
        *changed = query.numRowsAffected();
    query.finish();
    return rows;
}

} // namespace nexus
