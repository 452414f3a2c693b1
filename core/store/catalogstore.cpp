// catalog.db: open with the catalogue schema.
#include "store/catalogstore.h"

#include "store/schemadatabase.h"

namespace nexus {

Result<std::unique_ptr<CatalogStore>> CatalogStore::open(const QString &path, const QString &connectionName)
{
    Result<std::unique_ptr<Database>> db = openWithSchema(path, Durability::Normal, QStringLiteral("catalog"),
                                                          connectionName);
    if (!db)
        return std::unexpected(db.error());
    return std::unique_ptr<CatalogStore>(new CatalogStore(std::move(*db)));
}

Result<qint64> CatalogStore::partCount()
{
    Result<QVariant> count = m_db->scalar(QStringLiteral("SELECT count(*) FROM parts"));
    if (!count)
        return std::unexpected(count.error());
    return count->toLongLong();
}

} // namespace nexus
