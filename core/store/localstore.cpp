// nexus.db: open with the client schema; device settings.
#include "store/localstore.h"

#include "store/schemadatabase.h"

namespace nexus {

Result<std::unique_ptr<LocalStore>> LocalStore::open(const QString &path, const QString &connectionName)
{
    Result<std::unique_ptr<Database>> db = openWithSchema(path, Durability::Full, QStringLiteral("client"),
                                                          connectionName);
    if (!db)
        return std::unexpected(db.error());
    if (Status limit = (*db)->execScript(QStringLiteral("PRAGMA wal_autocheckpoint=%1").arg(kCounterAutoCheckpointPages));
        !limit)
        return std::unexpected(limit.error());
    return std::unique_ptr<LocalStore>(new LocalStore(std::move(*db)));
}

Result<QString> LocalStore::setting(const QString &key) const
{
    Result<QVariant> value = m_db->scalar(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!value)
        return std::unexpected(value.error());
    return value->toString();
}

Status LocalStore::setSetting(const QString &key, const QString &value)
{
    Result<QSqlQuery> query = m_db->exec(
        QStringLiteral("INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
        {key, value});
    if (!query)
        return std::unexpected(query.error());
    return {};
}

} // namespace nexus
