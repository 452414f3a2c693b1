// SQLite connection set-up and small query helpers.
#include "store/database.h"

#include "common/logging.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace nexus {

namespace {
QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("nexus-%1").arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

Error storageError(const QSqlError &error, const QString &what)
{
    return Error(ErrorCode::Storage, NX_ERR("The database could not %1: %2"), {what, error.text()});
}

Database::Database(QSqlDatabase db, QString path) : m_db(std::move(db)), m_path(std::move(path)) {}

Database::~Database()
{
    const QString name = m_db.connectionName();
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

sqlite3 *Database::handle() const
{
    const QVariant handle = m_db.driver()->handle();
    return handle.isValid() ? *static_cast<sqlite3 *const *>(handle.data()) : nullptr;
}

Status Database::execScript(const QString &sql)
{
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
    QSqlQuery query(m_db);
    if (!query.prepare(sql))
        return std::unexpected(storageError(query.lastError(), QStringLiteral("prepare a statement")));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return std::unexpected(storageError(query.lastError(), QStringLiteral("run a statement")));
    return query;
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
    return execScript(QStringLiteral("BEGIN IMMEDIATE"));
}

Status Database::commit()
{
    return execScript(QStringLiteral("COMMIT"));
}

void Database::rollback()
{
    if (!sqlite3_get_autocommit(handle()))
        (void)execScript(QStringLiteral("ROLLBACK"));
}

} // namespace nexus
