// A prepared SQLite statement for bulk inserts on the raw handle: bind, step, reset, no per-row allocation.
// QSqlQuery costs a QVariant per value, too slow for millions of rows.
#pragma once

#include <QString>

#include <cstdint>
#include <string_view>

#include "common/error.h"

struct sqlite3;
struct sqlite3_stmt;

namespace nexus::demo {

class BulkStatement final
{
public:
    BulkStatement(sqlite3 *db, std::string_view sql);
    ~BulkStatement();
    BulkStatement(const BulkStatement &) = delete;
    BulkStatement &operator=(const BulkStatement &) = delete;

    [[nodiscard]] bool isValid() const { return m_statement != nullptr; }

    // Columns are 1-based like sqlite3_bind_*. Text must stay alive until run() returns.
    BulkStatement &bind(int column, std::int64_t value);
    BulkStatement &bind(int column, std::string_view text);
    BulkStatement &bind(int column, const QString &text); // converted to UTF-8 and copied
    BulkStatement &bindNull(int column);

    // Steps once and resets for the next row. False on error; error() then says why.
    bool run();
    [[nodiscard]] const QString &errorText() const { return m_error; }
    [[nodiscard]] Error error() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_sql;
    QString m_error;
};

// Runs one or more statements; a Storage error naming the SQL on failure.
[[nodiscard]] Status execSql(sqlite3 *db, std::string_view sql);

} // namespace nexus::demo

namespace nexus::demo {

// Before a bulk load into a brand-new file: no rollback journal, no fsync, a big page cache, no FK checks
// (the tests run PRAGMA foreign_key_check on the result). Nothing of this is persistent but the journal mode.
[[nodiscard]] Status enterBulkMode(sqlite3 *db);
// After it: the house settings again (WAL, synchronous=NORMAL, foreign keys on) and a fixed applied_at in
// schema_migrations so the file does not depend on when it was generated.
[[nodiscard]] Status leaveBulkMode(sqlite3 *db);

} // namespace nexus::demo
