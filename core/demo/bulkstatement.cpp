// Raw sqlite3 prepared statements for the demo generator's bulk inserts.
#include "demo/bulkstatement.h"

#include "demo/demooptions.h"

#include <sqlite3.h>

#include <string>

namespace nexus::demo {

BulkStatement::BulkStatement(sqlite3 *db, std::string_view sql)
    : m_db(db), m_sql(QString::fromUtf8(sql.data(), static_cast<qsizetype>(sql.size())))
{
    if (sqlite3_prepare_v3(
            db, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr)
        != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(db));
        m_statement = nullptr;
    }
}

BulkStatement::~BulkStatement()
{
    sqlite3_finalize(m_statement);
}

BulkStatement &BulkStatement::bind(int column, std::int64_t value)
{
    sqlite3_bind_int64(m_statement, column, value);
    return *this;
}

BulkStatement &BulkStatement::bind(int column, std::string_view text)
{
    sqlite3_bind_text(m_statement, column, text.data(), static_cast<int>(text.size()), SQLITE_STATIC);
    return *this;
}

BulkStatement &BulkStatement::bind(int column, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_statement, column, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

BulkStatement &BulkStatement::bindNull(int column)
{
    sqlite3_bind_null(m_statement, column);
    return *this;
}

bool BulkStatement::run()
{
    if (m_statement == nullptr)
        return false;
    const int rc = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }
    return true;
}

Error BulkStatement::error() const
{
    return Error(ErrorCode::Storage, NX_ERR("Writing the demo data failed (%1): %2"), { m_sql, m_error });
}

Status execSql(sqlite3 *db, std::string_view sql)
{
    char *message = nullptr;
    const std::string text(sql);
    if (sqlite3_exec(db, text.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
        const QString reason = QString::fromUtf8(message != nullptr ? message : "unknown error");
        sqlite3_free(message);
        return fail(ErrorCode::Storage, NX_ERR("Writing the demo data failed (%1): %2"),
            { QString::fromStdString(text), reason });
    }
    return {};
}

} // namespace nexus::demo

namespace nexus::demo {

Status enterBulkMode(sqlite3 *db)
{
    return execSql(db,
        "PRAGMA journal_mode=DELETE; PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; "
        "PRAGMA cache_size=-1048576; PRAGMA temp_store=MEMORY; PRAGMA threads=2; PRAGMA foreign_keys=OFF;");
}

Status leaveBulkMode(sqlite3 *db)
{
    const std::string stamp = std::string("UPDATE schema_migrations SET applied_at = '") + kGeneratedAt + "';";
    if (Status status = execSql(db, stamp); !status)
        return status;
    return execSql(db, "PRAGMA synchronous=NORMAL; PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON;");
}

} // namespace nexus::demo
