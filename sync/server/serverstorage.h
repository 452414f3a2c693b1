// Where the server keeps its data: the master store plus one store per tenant. One implementation per backend.
#pragma once

#include <memory>

#include "common/error.h"
#include "server/masterstore.h"
#include "server/tenantstore.h"

namespace nexus {

class Database;

class ServerStorage
{
public:
    virtual ~ServerStorage() = default;

    [[nodiscard]] virtual MasterStore &master() = 0;
    // The tenant's store, opened on first use and kept open.
    [[nodiscard]] virtual Result<TenantStore *> tenant(const TenantRecord &tenant) = 0;
    // Creates the tenant's databases (empty schema, or copies of `importDir`/tenant.db and catalog.db checked
    // for the right schema) and then its master row; on failure nothing is left behind.
    [[nodiscard]] virtual Status createTenant(const TenantRecord &tenant, const QString &importDir) = 0;
    // The folder of the tenant's files (catalogue snapshots live in its snapshots/ subfolder).
    [[nodiscard]] virtual QString tenantDir(const QString &slug) const = 0;
    // A new connection of its own to the tenant's (already created) business data: the pull's reads, checks.
    [[nodiscard]] virtual Result<std::unique_ptr<Database>> openTenantConnection(
        const TenantRecord &tenant, const QString &connectionName = {})
        = 0;
};

} // namespace nexus
