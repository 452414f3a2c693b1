// One SQLite connection for the calling thread: opened with the house pragmas, with helpers for scripts and queries.
// The server may instead open a PostgreSQL connection (openPostgres) with the same helpers and transaction rules.
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <map>

#include "common/error.h"

struct sqlite3;

namespace nexus {

enum class Durability {
    Full,   // synchronous=FULL: a committed sale survives a power cut (ledgers)
    Normal, // synchronous=NORMAL: read-mostly data that can be rebuilt (catalogue)
};

// Which SQL engine a connection talks to; store code only asks where the two differ (schema versioning, locks).
enum class SqlDialect {
    Sqlite,
    Postgres,
};

class Database final
{
public:
    Q_DISABLE_COPY_MOVE(Database)
    ~Database();

    // Opens (creating if needed) `path` in WAL mode; `connectionName` must be unique per thread.
    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const QString &path, Durability durability,
                                                                const QString &connectionName = {});

    // PostgreSQL through Qt's QPSQL driver: postgresql://user[:password]@host[:port]/dbname, every unqualified name
    // resolved in `schema` (search_path), which must exist. begin() then takes a transaction-scoped advisory lock
    // named after the schema, so writers of one schema are serialised across processes exactly like SQLite's
    // BEGIN IMMEDIATE, and change-log sequence numbers commit in order.
    [[nodiscard]] static Result<std::unique_ptr<Database>> openPostgres(const QString &url, const QString &schema,
                                                                        const QString &connectionName = {});

    [[nodiscard]] SqlDialect dialect() const { return m_dialect; }
    [[nodiscard]] QSqlDatabase &connection() { return m_db; }
    [[nodiscard]] const QString &path() const { return m_path; }
    [[nodiscard]] sqlite3 *handle() const;

    // Runs several ';'-separated statements (triggers included) through sqlite3_exec (PostgreSQL: one simple query).
    [[nodiscard]] Status execScript(const QString &sql);
    // Prepares, binds positionally and runs one statement; the query is ready for next() on success.
    [[nodiscard]] Result<QSqlQuery> exec(const QString &sql, const QVariantList &values = {});
    // First column of the first row, or an invalid QVariant when there is no row.
    [[nodiscard]] Result<QVariant> scalar(const QString &sql, const QVariantList &values = {});

    [[nodiscard]] Status begin();   // BEGIN IMMEDIATE: take the write lock up front
    // A read-only snapshot that never waits for writers: deferred BEGIN (SQLite WAL), REPEATABLE READ (PostgreSQL).
    [[nodiscard]] Status beginRead();
    [[nodiscard]] Status commit();
    void rollback();

private:
    Database(QSqlDatabase db, QString path, SqlDialect dialect = SqlDialect::Sqlite);
    // PostgreSQL: when `error` says the server connection is gone (server restarted, backend terminated) and no
    // transaction was open, opens it again with the session settings; true when the statement may be retried.
    [[nodiscard]] bool reconnectAfter(const QSqlError &error);
    QSqlDatabase m_db;
    QString m_path;
    SqlDialect m_dialect = SqlDialect::Sqlite;
    QString m_sessionSetup;      // PostgreSQL: search_path and friends, again after a reconnection
    bool m_inTransaction = false; // PostgreSQL: a lost connection inside a transaction is the caller's error
    // PostgreSQL: writes without RETURNING prepared once per connection (QPSQL otherwise sends PREPARE, EXECUTE and
    // DEALLOCATE for every statement); their results are never iterated, so sharing one query object is safe.
    std::map<QString, QSqlQuery> m_prepared;
};

// Rolls back unless commit() succeeded: every write path is one transaction (STYLE.md §3).
class Transaction final
{
public:
    Q_DISABLE_COPY_MOVE(Transaction)
    explicit Transaction(Database &db) : m_db(db) {}
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    [[nodiscard]] Status begin()
    {
        Status status = m_db.begin();
        m_open = status.has_value();
        return status;
    }
    [[nodiscard]] Status commit()
    {
        Status status = m_db.commit();
        if (status)
            m_open = false;
        return status;
    }

private:
    Database &m_db;
    bool m_open = false;
};

// A statement's text as an error message quotes it for context: on one line, at most 120 characters.
[[nodiscard]] QString sqlContext(const QString &sql);

// "The database reported an error: <driver text> [<context>]": the context (a statement, a table) is technical
// detail for support, never a word the sentence depends on, so the sentence translates whole.
[[nodiscard]] Error storageError(const QSqlError &error, const QString &context);

} // namespace nexus
