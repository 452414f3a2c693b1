// One tenant's business data as the server reads it (branches, warehouses, users), behind an interface.
#pragma once

#include <QList>

#include <optional>

#include "common/error.h"
#include "protocol/bootstraprows.h"

namespace nexus {

class Database;

class TenantStore
{
public:
    virtual ~TenantStore() = default;

    [[nodiscard]] virtual Result<QList<wire::BranchRow>> branches() = 0;
    [[nodiscard]] virtual Result<std::optional<wire::BranchRow>> branchById(const QString &id) = 0;
    [[nodiscard]] virtual Result<std::optional<wire::BranchRow>> branchByCode(const QString &code) = 0;
    [[nodiscard]] virtual Result<QList<wire::WarehouseRow>> warehouses(const QString &branchId) = 0;
    // The people a counter of `branchId` must know: that branch's users plus the branch-less admin and HQ users.
    [[nodiscard]] virtual Result<QList<wire::UserRow>> usersForBranch(const QString &branchId) = 0;
    // The tenant's connection (SQLite file or PostgreSQL schema) for the ingest and fixtures: one thread only.
    [[nodiscard]] virtual Database &db() = 0;
};

} // namespace nexus
