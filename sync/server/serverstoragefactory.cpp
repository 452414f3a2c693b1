// The choice of backend by URL (DESIGN.md "Server"): no URL is SQLite in the data folder.
#include "server/serverstoragefactory.h"

#include "server/pgserverstorage.h"
#include "server/serveroptions.h"
#include "server/sqliteserverstorage.h"

namespace nexus {

Result<std::unique_ptr<ServerStorage>> openServerStorage(const ServerOptions &options)
{
    if (options.databaseUrl.isEmpty()) {
        Result<std::unique_ptr<SqliteServerStorage>> storage = SqliteServerStorage::open(options.dataDir);
        if (!storage)
            return std::unexpected(storage.error());
        return std::unique_ptr<ServerStorage>(std::move(*storage));
    }
    if (Status valid = validateDatabaseUrl(options.databaseUrl); !valid)
        return std::unexpected(valid.error());
    Result<std::unique_ptr<PgServerStorage>> storage = PgServerStorage::open(options.databaseUrl, options.dataDir);
    if (!storage)
        return std::unexpected(storage.error());
    return std::unique_ptr<ServerStorage>(std::move(*storage));
}

Result<std::unique_ptr<ServerStorage>> openServerStorage(const QString &dataDir, const QString &databaseUrl)
{
    ServerOptions options;
    options.dataDir = dataDir;
    options.databaseUrl = databaseUrl;
    return openServerStorage(options);
}

} // namespace nexus
