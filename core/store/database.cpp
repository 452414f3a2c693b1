// SQLite connection set-up and small query helpers.
#include "store/database.h"

#include "common/logging.h"
#include "store/aftercommit.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>

#include <algorithm>
#include <atomic>
#include <map>

#include <sqlite3.h>

namespace nexus {

namespace {
QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("nexus-%1").arg(counter.fetchAndAddRelaxed(1));
}
// The after-commit hooks by connection. Kept here rather than in Database so the few connections that have one
// (the counter's) cost the others nothing; a connection is used by one thread, the map by all.
QMutex g_hooksMutex;
std::map<const Database *, std::shared_ptr<std::function<void()>>> g_hooks;
std::atomic<int> g_hookCount { 0 }; // the server's connections never take the mutex

} // namespace

void setAfterCommit(Database &db, std::function<void()> hook)
{
    // The replaced hook is destroyed after the mutex is released: its captures may stop a thread whose own connection
    // closes (and so takes this mutex) on the way out (WitnessWriter).
    std::shared_ptr<std::function<void()>> replaced;
    const QMutexLocker lock(&g_hooksMutex);
    if (auto it = g_hooks.find(&db); it != g_hooks.end())
        replaced = std::move(it->second);
    if (hook)
        g_hooks[&db] = std::make_shared<std::function<void()>>(std::move(hook));
    else
        g_hooks.erase(&db);
    g_hookCount = static_cast<int>(g_hooks.size());
}

void runAfterCommit(Database &db)
{
    if (g_hookCount == 0)
        return;
    std::shared_ptr<std::function<void()>> hook;
    {
        const QMutexLocker lock(&g_hooksMutex);
        const auto it = g_hooks.find(&db);
        if (it == g_hooks.end())
            return;
        hook = it->second;
    }
    (*hook)();
}

QString sqlContext(const QString &sql)
{
    return sql.simplified().left(120);
}

Error storageError(const QSqlError &error, const QString &context)
{
    return Error(ErrorCode::Storage, NX_ERR("The database reported an error: %1 [%2]"), {error.text(), context});
}

Database::Database(QSqlDatabase db, QString path, SqlDialect dialect)
    : m_db(std::move(db)), m_path(std::move(path)), m_dialect(dialect)
{
}

Database::~Database()
{
    setAfterCommit(*this, {});
    const QString name = m_db.connectionName();
    m_prepared.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Durability durability,
                                                 const QString &connectionName)
{
    if (const QFileInfo info(path); !QDir().mkpath(info.absolutePath()))
        return fail(ErrorCode::Io, NX_ERR("Cannot create the folder %1"), {info.absolutePath()});
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                connectionName.isEmpty() ? uniqueConnectionName() : connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        const QSqlError error = db.lastError();
        const QString name = db.connectionName();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return fail(ErrorCode::Storage, NX_ERR("Cannot open the database %1: %2"), {path, error.text()});
    }
    std::unique_ptr<Database> database(new Database(std::move(db), path));
    const QString pragmas = QStringLiteral("PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA synchronous=")
        + (durability == Durability::Full ? QStringLiteral("FULL;") : QStringLiteral("NORMAL;"));
    if (Status status = database->execScript(pragmas); !status)
        return std::unexpected(status.error());
    return database;
}

Result<std::unique_ptr<Database>> Database::openPostgres(const QString &url, const QString &schema,
                                                         const QString &connectionName)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.host().isEmpty() || parsed.path().size() < 2)
        return fail(ErrorCode::InvalidInput, NX_ERR("%1 is not a postgresql://user@host:port/database URL"),
                    {parsed.toString(QUrl::RemovePassword)}, QStringLiteral("database"));
    // The schema name is spliced into SQL: only the names the server itself makes are accepted.
    static const QRegularExpression safeName(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    if (!safeName.match(schema).hasMatch())
        return fail(ErrorCode::InvalidInput, NX_ERR("%1 is not a valid schema name"), {schema},
                    QStringLiteral("schema"));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"),
                                                connectionName.isEmpty() ? uniqueConnectionName() : connectionName);
    db.setHostName(parsed.host());
    db.setPort(parsed.port(5432));
    db.setUserName(parsed.userName(QUrl::FullyDecoded));
    db.setPassword(parsed.password(QUrl::FullyDecoded));
    db.setDatabaseName(parsed.path().mid(1));
    db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    const QString where = parsed.toString(QUrl::RemovePassword) + QLatin1Char('#') + schema;
    if (!db.open()) {
        const QSqlError error = db.lastError();
        const QString name = db.connectionName();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return fail(ErrorCode::Storage, NX_ERR("Cannot open the database %1: %2"), {where, error.text()});
    }
    std::unique_ptr<Database> database(new Database(std::move(db), where, SqlDialect::Postgres));
    // Notices (e.g. ROLLBACK outside a transaction) are not errors; no schema of the server has a mixed-case name.
    database->m_sessionSetup = QStringLiteral("SET client_min_messages TO warning; SET search_path TO ") + schema;
    if (Status status = database->execScript(database->m_sessionSetup); !status)
        return std::unexpected(status.error());
    return database;
}

bool Database::reconnectAfter(const QSqlError &error)
{
    if (m_dialect != SqlDialect::Postgres || m_inTransaction)
        return false;
    static const QStringList lostConnection{
        QStringLiteral("server closed the connection"), QStringLiteral("no connection to the server"),
        QStringLiteral("terminating connection"),       QStringLiteral("connection to server"),
        QStringLiteral("could not receive data"),       QStringLiteral("could not send data"),
        QStringLiteral("SSL SYSCALL"),                  QStringLiteral("connection is bad")};
    const QString text = error.text();
    const bool lost = error.type() == QSqlError::ConnectionError
        || std::any_of(lostConnection.cbegin(), lostConnection.cend(),
                       [&text](const QString &sign) { return text.contains(sign, Qt::CaseInsensitive); });
    if (!lost)
        return false;
    qCWarning(lcStore) << "connection to" << m_path << "lost, reconnecting:" << text;
    m_prepared.clear();
    m_db.close();
    if (!m_db.open()) {
        qCWarning(lcStore) << "cannot reconnect to" << m_path << ":" << m_db.lastError().text();
        return false;
    }
    QSqlQuery setup(m_db);
    return setup.exec(m_sessionSetup);
}

sqlite3 *Database::handle() const
{
    if (m_dialect != SqlDialect::Sqlite)
        return nullptr;
    const QVariant handle = m_db.driver()->handle();
    return handle.isValid() ? *static_cast<sqlite3 *const *>(handle.data()) : nullptr;
}

Status Database::execScript(const QString &sql)
{
    if (m_dialect == SqlDialect::Postgres) {
        // Without bound values QPSQL sends the text as one simple query: several statements and $$ bodies pass.
        QSqlQuery query(m_db);
        if (!query.exec(sql) && !(reconnectAfter(query.lastError()) && (query = QSqlQuery(m_db)).exec(sql))) {
            qCWarning(lcStore) << "script failed on" << m_path << ":" << query.lastError().text();
            return fail(ErrorCode::Storage, NX_ERR("The database could not run a script: %1"),
                        {query.lastError().text()});
        }
        return {};
    }
    char *message = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_exec(handle(), utf8.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : "unknown error");
        sqlite3_free(message);
        qCWarning(lcStore) << "script failed on" << m_path << ":" << text;
        return fail(ErrorCode::Storage, NX_ERR("The database could not run a script: %1"), {text});
    }
    return {};
}

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &values)
{
    if (m_dialect == SqlDialect::Postgres && !sql.startsWith(QLatin1String("SELECT"), Qt::CaseInsensitive)
        && !sql.contains(QLatin1String("RETURNING"), Qt::CaseInsensitive)) {
        auto cached = m_prepared.find(sql);
        if (cached == m_prepared.end()) {
            QSqlQuery query(m_db);
            if (query.prepare(sql))
                cached = m_prepared.emplace(sql, std::move(query)).first;
        }
        if (cached != m_prepared.end()) {
            QSqlQuery &query = cached->second;
            for (qsizetype i = 0; i < values.size(); ++i)
                query.bindValue(static_cast<int>(i), values.at(i));
            if (query.exec())
                return query;
            const QSqlError error = query.lastError();
            m_prepared.erase(cached);
            // Only a lost connection is worth another try (below, prepared anew on the new connection).
            if (!reconnectAfter(error))
                return std::unexpected(storageError(error, sqlContext(sql)));
        }
    }
    for (int attempt = 0;; ++attempt) {
        QSqlQuery query(m_db);
        const bool prepared = query.prepare(sql);
        if (prepared) {
            for (const QVariant &value : values)
                query.addBindValue(value);
            if (query.exec())
                return query;
        }
        // Outside a transaction a statement can simply run again on a fresh PostgreSQL connection.
        if (attempt == 0 && reconnectAfter(query.lastError()))
            continue;
        return std::unexpected(storageError(query.lastError(), sqlContext(sql)));
    }
}

Result<QVariant> Database::scalar(const QString &sql, const QVariantList &values)
{
    Result<QSqlQuery> query = exec(sql, values);
    if (!query)
        return std::unexpected(query.error());
    return query->next() ? query->value(0) : QVariant();
}

Status Database::begin()
{
    if (m_dialect == SqlDialect::Postgres) {
        Status begun = execScript(QStringLiteral("BEGIN; SELECT pg_advisory_xact_lock(hashtext('nexus-writer:' || "
                                                 "current_schema()))"));
        m_inTransaction = begun.has_value();
        return begun;
    }
    return execScript(QStringLiteral("BEGIN IMMEDIATE"));
}

Status Database::beginRead()
{
    if (m_dialect == SqlDialect::Postgres) {
        Status begun = execScript(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
        m_inTransaction = begun.has_value();
        return begun;
    }
    return execScript(QStringLiteral("BEGIN"));
}

Status Database::commit()
{
    Status committed = execScript(QStringLiteral("COMMIT"));
    if (committed) {
        m_inTransaction = false;
        runAfterCommit(*this);
    }
    return committed;
}

void Database::rollback()
{
    if (m_dialect == SqlDialect::Postgres) {
        (void)execScript(QStringLiteral("ROLLBACK")); // outside a transaction only a notice
        m_inTransaction = false;
        return;
    }
    if (!sqlite3_get_autocommit(handle()))
        (void)execScript(QStringLiteral("ROLLBACK"));
}

} // namespace nexus
