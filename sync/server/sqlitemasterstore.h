// MasterStore on the embedded SQLite file DATA/master.db.
#pragma once

#include <memory>

#include "server/masterstore.h"
#include "store/database.h"

namespace nexus {

class SqliteMasterStore final : public MasterStore
{
public:
    Q_DISABLE_COPY_MOVE(SqliteMasterStore)
    ~SqliteMasterStore() override = default;

    // Opens (creating and migrating if needed) the file with the server/master schema.
    [[nodiscard]] static Result<std::unique_ptr<SqliteMasterStore>> open(const QString &path);
    // Its SQL is portable: the PostgreSQL storage runs it on an already migrated connection of its own.
    [[nodiscard]] static std::unique_ptr<SqliteMasterStore> adopt(std::unique_ptr<Database> db)
    {
        return std::unique_ptr<SqliteMasterStore>(new SqliteMasterStore(std::move(db)));
    }

    [[nodiscard]] Result<QList<TenantRecord>> tenants() override;
    [[nodiscard]] Result<std::optional<TenantRecord>> tenantBySlug(const QString &slug) override;
    [[nodiscard]] Result<std::optional<TenantRecord>> tenantById(const QString &id) override;
    [[nodiscard]] Status insertTenant(const TenantRecord &tenant) override;

    [[nodiscard]] Status insertEnrollmentCode(const EnrollmentCodeRecord &code) override;
    [[nodiscard]] Result<std::optional<EnrollmentCodeRecord>> enrollmentCode(const QString &codeHash) override;
    [[nodiscard]] Result<bool> redeemEnrollmentCode(
        const QString &codeHash, const QString &nowUtc, const DeviceRecord &device) override;
    [[nodiscard]] Result<std::optional<DeviceRecord>> device(const QString &id) override;
    [[nodiscard]] Status forgetIssuedSecret(const QString &deviceId) override;
    // The connection itself, for master tables with a store of their own (AdminKeys: admin_keys, devices lists).
    [[nodiscard]] Database &database() { return *m_db; }

private:
    explicit SqliteMasterStore(std::unique_ptr<Database> db) : m_db(std::move(db)) { }
    [[nodiscard]] Result<std::optional<TenantRecord>> tenantWhere(const QString &column, const QString &value);

    std::unique_ptr<Database> m_db;
};

} // namespace nexus
