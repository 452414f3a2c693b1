// A prepared SQLite statement on the raw handle, for the hot paths of the search (no QVariant per value).
#pragma once

#include <QByteArray>
#include <QString>

#include <QtGlobal>

#include "common/error.h"

struct sqlite3;
struct sqlite3_stmt;

namespace nexus {

class SqlStatement final
{
public:
    SqlStatement() = default;
    SqlStatement(const SqlStatement &) = delete;
    SqlStatement &operator=(const SqlStatement &) = delete;
    SqlStatement(SqlStatement &&other) noexcept;
    SqlStatement &operator=(SqlStatement &&other) noexcept;
    ~SqlStatement();

    [[nodiscard]] static Result<SqlStatement> prepare(sqlite3 *db, const char *sql);

    [[nodiscard]] bool isValid() const { return m_stmt != nullptr; }
    // Binds are 1-based like SQLite's; reset() clears the cursor but keeps the bindings.
    void bind(int index, qint64 value);
    void bind(int index, const QByteArray &utf8); // copied by SQLite
    // Not copied: `utf8` must stay alive and unchanged until the statement is reset (bulk inserts).
    void bindStatic(int index, const QByteArray &utf8);
    void bind(int index, const QString &text);
    void bindNull(int index);
    // true: a row is ready; false: done. A failure is returned as a Storage error.
    [[nodiscard]] Result<bool> step();
    // Runs a statement that returns no rows, then resets it.
    [[nodiscard]] Status run();
    void reset();

    [[nodiscard]] qint64 int64(int column) const;
    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] QString text(int column) const;
    [[nodiscard]] QByteArray utf8(int column) const;

private:
    explicit SqlStatement(sqlite3_stmt *stmt) : m_stmt(stmt) { }
    sqlite3_stmt *m_stmt = nullptr;
};

// Runs one statement without results through the raw handle (pragmas, FTS5 commands).
[[nodiscard]] Status execRaw(sqlite3 *db, const char *sql);

} // namespace nexus
