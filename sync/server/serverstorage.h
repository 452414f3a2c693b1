// Where the server keeps its data: the master store plus one store per tenant. One implementation per backend.
#pragma once

#include "common/error.h"
#include "server/masterstore.h"
#include "server/tenantstore.h"

namespace nexus {

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
};

} // namespace nexus
