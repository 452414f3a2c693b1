// Statements the push ingest runs for every mutation, prepared once per connection and run again with new values.
#pragma once

#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <array>
#include <map>

#include "common/error.h"

struct sqlite3_stmt;

namespace nexus {

class Database;

// SQLite: each sqlite3_stmt is kept and bound through the C API. Database::exec prepares through Qt, which parses
// the SQL and compiles the table's triggers again on every call (a third of the ingest's CPU in perf) and binds by
// renamed placeholders. PostgreSQL: each QSqlQuery is kept, so a statement is PREPAREd once per connection instead
// of PREPARE, EXECUTE and DEALLOCATE round trips every time; checkSession() forgets them once the connection was
// replaced (Database reconnects after a lost server). Results are read whole and the statement reset before returning, so a
// statement can be run again at once. Not thread-safe: one per connection, like the connection itself.
class PreparedStatements final
{
public:
    Q_DISABLE_COPY_MOVE(PreparedStatements)
    explicit PreparedStatements(Database &db);
    ~PreparedStatements();

    [[nodiscard]] Database &db() { return m_db; }

    // A statement without result rows (INSERT, UPDATE, DELETE, SAVEPOINT…): how many rows it changed.
    [[nodiscard]] Result<qint64> run(const QString &sql, const QVariantList &values = {});
    // Every row of a query or of an INSERT … RETURNING, each with as many values as the statement has columns.
    [[nodiscard]] Result<QList<QVariantList>> rows(const QString &sql, const QVariantList &values = {});
    // The first column of the first row; an invalid QVariant when there is no row.
    [[nodiscard]] Result<QVariant> scalar(const QString &sql, const QVariantList &values = {});
    // A multi-row INSERT has any number of rows up to kSmallRows, or one of kLargeRows: a sale of any size and a
    // push of many sales reuse a handful of kept statements per table, and a push of 200 sales writes its lines in
    // a few round trips.
    static constexpr qsizetype kSmallRows = 16;
    static constexpr std::array<qsizetype, 3> kLargeRows { 128, 64, 32 };
    // INSERT INTO table(columns) VALUES (…),(…)… suffix, in statements of those sizes; `values` holds rows × columns
    // values, row-major, and the rows go in in that order. Returns the rows a RETURNING suffix gives (in no
    // promised order).
    [[nodiscard]] Result<QList<QVariantList>> insertRows(
        const QString &table, const QStringList &columns, const QVariantList &values, const QString &suffix = {});
    // `head` + "(?, ?, …)" + `tail` for each slice of `keys`: a query such as "SELECT … WHERE id IN" over any number
    // of keys, in statements of a fixed number of placeholders (the last key fills the unused ones, so a caller
    // must not count on duplicates). `leading` values bind before the keys. Every row found, in no promised order.
    [[nodiscard]] Result<QList<QVariantList>> rowsWhereIn(const QString &head, const QVariantList &leading,
        const QVariantList &keys, const QString &tail = {});
    // PostgreSQL: forgets the kept statements when the connection is no longer the session they were prepared in
    // (Database reconnects by itself after a restart or a terminated backend). Call it before each transaction
    // begins; a few round trips. SQLite: nothing to check.
    [[nodiscard]] Status checkSession();
    // Transaction control (SAVEPOINT, RELEASE, ROLLBACK TO): PostgreSQL cannot PREPARE those, SQLite can.
    [[nodiscard]] Status control(const QString &sql);

private:
    [[nodiscard]] Result<QList<QVariantList>> execute(const QString &sql, const QVariantList &values, qint64 *changed);
    [[nodiscard]] Result<QList<QVariantList>> executeSqlite(
        const QString &sql, const QVariantList &values, qint64 *changed);
    [[nodiscard]] Result<QList<QVariantList>> executePostgres(
        const QString &sql, const QVariantList &values, qint64 *changed);
    void clear();

    Database &m_db;
    std::map<QString, sqlite3_stmt *> m_sqlite;
    std::map<QString, QSqlQuery> m_postgres;
    qint64 m_postgresBackend = 0; // pg_backend_pid() of the session the kept queries were prepared in
};

} // namespace nexus
