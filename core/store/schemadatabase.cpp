// Open + migrate, shared by every store class.
#include "store/schemadatabase.h"

#include "store/migrator.h"

namespace nexus {

Result<std::unique_ptr<Database>> openWithSchema(const QString &path, Durability durability, const QString &family,
                                                 const QString &connectionName)
{
    Result<QList<Migration>> migrations = Migrator::load(family);
    if (!migrations)
        return std::unexpected(migrations.error());
    Result<std::unique_ptr<Database>> db = Database::open(path, durability, connectionName);
    if (!db)
        return db;
    if (Status status = Migrator(std::move(*migrations)).migrate(**db); !status)
        return std::unexpected(status.error());
    return db;
}

} // namespace nexus
