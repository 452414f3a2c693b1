// Prepared statements on the raw SQLite handle.
#include "catalog/sqlstatement.h"

#include "catalog/searchlog.h"
#include "store/database.h"

#include <sqlite3.h>

#include <utility>

namespace nexus {

namespace {
// The statement's text goes into the message as technical context: the sentence around it is translated whole.
Error sqliteError(sqlite3 *db, const char *sql)
{
    const QString text = QString::fromUtf8(db != nullptr ? sqlite3_errmsg(db) : "no connection");
    const QString context = sqlContext(QString::fromUtf8(sql != nullptr ? sql : ""));
    qCWarning(lcSearch) << "statement failed:" << context << text;
    return Error(ErrorCode::Storage, NX_ERR("The catalogue database reported an error: %1 [%2]"), { text, context });
}
} // namespace

SqlStatement::SqlStatement(SqlStatement &&other) noexcept : m_stmt(std::exchange(other.m_stmt, nullptr))
{
}

SqlStatement &SqlStatement::operator=(SqlStatement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

SqlStatement::~SqlStatement()
{
    sqlite3_finalize(m_stmt);
}

Result<SqlStatement> SqlStatement::prepare(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    if (db == nullptr || sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK) {
        qCWarning(lcSearch) << "statement:" << sql;
        return std::unexpected(sqliteError(db, sql));
    }
    return SqlStatement(stmt);
}

void SqlStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqlStatement::bind(int index, const QByteArray &utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
}

void SqlStatement::bindStatic(int index, const QByteArray &utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_STATIC);
}

void SqlStatement::bind(int index, const QString &text)
{
    bind(index, text.toUtf8());
}

void SqlStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

Result<bool> SqlStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    Error error = sqliteError(sqlite3_db_handle(m_stmt), sqlite3_sql(m_stmt));
    sqlite3_reset(m_stmt);
    return std::unexpected(std::move(error));
}

Status SqlStatement::run()
{
    Result<bool> stepped = step();
    reset();
    if (!stepped)
        return std::unexpected(stepped.error());
    return {};
}

void SqlStatement::reset()
{
    sqlite3_reset(m_stmt);
}

qint64 SqlStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

bool SqlStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QString SqlStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray SqlStatement::utf8(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

Status execRaw(sqlite3 *db, const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = QString::fromUtf8(message != nullptr ? message : "unknown error");
        sqlite3_free(message);
        qCWarning(lcSearch) << "statement failed:" << sql << text;
        return fail(ErrorCode::Storage, NX_ERR("The catalogue database reported an error: %1 [%2]"),
            { text, sqlContext(QString::fromUtf8(sql)) });
    }
    return {};
}

} // namespace nexus
