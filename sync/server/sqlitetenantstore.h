// TenantStore on the embedded SQLite file DATA/tenants/<slug>/tenant.db.
#pragma once

#include <memory>

#include "server/tenantstore.h"
#include "store/database.h"

namespace nexus {

class SqliteTenantStore final : public TenantStore
{
public:
    Q_DISABLE_COPY_MOVE(SqliteTenantStore)
    ~SqliteTenantStore() override = default;

    // Opens an existing tenant database with the server/tenant schema; a missing file is NotFound, not created.
    [[nodiscard]] static Result<std::unique_ptr<SqliteTenantStore>> open(const QString &path);
    // Its SQL is portable: the PostgreSQL storage runs it on an already migrated connection of its own.
    [[nodiscard]] static std::unique_ptr<SqliteTenantStore> adopt(std::unique_ptr<Database> db)
    {
        return std::unique_ptr<SqliteTenantStore>(new SqliteTenantStore(std::move(db)));
    }

    [[nodiscard]] Result<QList<wire::BranchRow>> branches() override;
    [[nodiscard]] Result<std::optional<wire::BranchRow>> branchById(const QString &id) override;
    [[nodiscard]] Result<std::optional<wire::BranchRow>> branchByCode(const QString &code) override;
    [[nodiscard]] Result<QList<wire::WarehouseRow>> warehouses(const QString &branchId) override;
    [[nodiscard]] Result<QList<wire::UserRow>> usersForBranch(const QString &branchId) override;

    [[nodiscard]] Database &db() override { return *m_db; }

private:
    explicit SqliteTenantStore(std::unique_ptr<Database> db) : m_db(std::move(db)) { }
    [[nodiscard]] Result<QList<wire::BranchRow>> branchesWhere(const QString &where, const QVariantList &values);

    std::unique_ptr<Database> m_db;
};

} // namespace nexus
