// ServerStorage on embedded SQLite: DATA/master.db and DATA/tenants/<slug>/{tenant.db, catalog.db}.
#pragma once

#include <map>

#include <memory>

#include "server/serverstorage.h"
#include "server/sqlitemasterstore.h"
#include "server/sqlitetenantstore.h"

namespace nexus {

class SqliteServerStorage final : public ServerStorage
{
public:
    Q_DISABLE_COPY_MOVE(SqliteServerStorage)
    ~SqliteServerStorage() override;

    [[nodiscard]] static Result<std::unique_ptr<SqliteServerStorage>> open(const QString &dataDir);

    [[nodiscard]] MasterStore &master() override { return *m_master; }
    [[nodiscard]] Result<TenantStore *> tenant(const TenantRecord &tenant) override;
    [[nodiscard]] Status createTenant(const TenantRecord &tenant, const QString &importDir) override;

    [[nodiscard]] QString tenantDir(const QString &slug) const override;
    [[nodiscard]] Result<std::unique_ptr<Database>> openTenantConnection(
        const TenantRecord &tenant, const QString &connectionName = {}) override;
    [[nodiscard]] const QString &dataDir() const { return m_dataDir; }

private:
    SqliteServerStorage(QString dataDir, std::unique_ptr<SqliteMasterStore> master);
    [[nodiscard]] Status populateTenantDir(const TenantRecord &tenant, const QString &dir, const QString &importDir);

    QString m_dataDir;
    std::unique_ptr<SqliteMasterStore> m_master;
    std::map<QString, std::unique_ptr<SqliteTenantStore>> m_tenants; // by tenant id
};

} // namespace nexus
