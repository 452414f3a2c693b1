// ServerStorage on PostgreSQL (QPSQL): schema nexus_master plus one schema tenant_<slug> per tenant, in one database
// that several nexus-server processes may share; catalogue files and snapshots stay in DATA/tenants/<slug>/.
#pragma once

#include <map>
#include <memory>

#include "server/serverstorage.h"
#include "server/sqlitemasterstore.h"
#include "server/sqlitetenantstore.h"

namespace nexus {

// Why a schema per tenant and not a database per tenant: one URL and one connection pool serve every tenant, one
// pg_dump backs the whole server up, the server's role needs CREATE on one database rather than CREATEDB, and a
// tenant is still isolated (every unqualified name resolves in its own schema through search_path).
class PgServerStorage final : public ServerStorage
{
public:
    Q_DISABLE_COPY_MOVE(PgServerStorage)
    ~PgServerStorage() override;

    // Connects, creates and migrates nexus_master if needed (several processes may start at once).
    [[nodiscard]] static Result<std::unique_ptr<PgServerStorage>> open(const QString &url, const QString &dataDir);

    [[nodiscard]] MasterStore &master() override { return *m_master; }
    [[nodiscard]] Result<TenantStore *> tenant(const TenantRecord &tenant) override;
    // Empty tenants only: importing SQLite files into PostgreSQL is refused (field "import").
    [[nodiscard]] Status createTenant(const TenantRecord &tenant, const QString &importDir) override;
    [[nodiscard]] QString tenantDir(const QString &slug) const override;
    [[nodiscard]] Result<std::unique_ptr<Database>> openTenantConnection(
        const TenantRecord &tenant, const QString &connectionName = {}) override;

    // "tenant_" + the slug with '-' as '_' (slugs have no '_', so no two tenants share a schema).
    [[nodiscard]] static QString schemaFor(const QString &slug);

private:
    PgServerStorage(QString url, QString dataDir, std::unique_ptr<SqliteMasterStore> master);
    [[nodiscard]] Status populateTenant(const TenantRecord &tenant, const QString &schema);

    QString m_url;
    QString m_dataDir;
    std::unique_ptr<SqliteMasterStore> m_master;
    std::map<QString, std::unique_ptr<SqliteTenantStore>> m_tenants; // by tenant id
};

} // namespace nexus
