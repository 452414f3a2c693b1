// SQL of the master database: tenants, enrollment codes, devices.
#include "server/sqlitemasterstore.h"

#include "store/schemadatabase.h"

#include <QSqlQuery>

namespace nexus {

namespace {
const QString kTenantColumns = QStringLiteral("id, slug, name, created_at, active");

TenantRecord tenantFrom(const QSqlQuery &query)
{
    return TenantRecord { query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
        query.value(3).toString(), query.value(4).toInt() != 0 };
}
} // namespace

Result<std::unique_ptr<SqliteMasterStore>> SqliteMasterStore::open(const QString &path)
{
    Result<std::unique_ptr<Database>> db = openWithSchema(path, Durability::Full, QStringLiteral("server/master"));
    if (!db)
        return std::unexpected(db.error());
    return std::unique_ptr<SqliteMasterStore>(new SqliteMasterStore(std::move(*db)));
}

Result<QList<TenantRecord>> SqliteMasterStore::tenants()
{
    Result<QSqlQuery> query
        = m_db->exec(QStringLiteral("SELECT ") + kTenantColumns + QStringLiteral(" FROM tenants ORDER BY slug"));
    if (!query)
        return std::unexpected(query.error());
    QList<TenantRecord> tenants;
    while (query->next())
        tenants.append(tenantFrom(*query));
    return tenants;
}

Result<std::optional<TenantRecord>> SqliteMasterStore::tenantWhere(const QString &column, const QString &value)
{
    Result<QSqlQuery> query = m_db->exec(QStringLiteral("SELECT ") + kTenantColumns
            + QStringLiteral(" FROM tenants WHERE ") + column + QStringLiteral(" = ?"),
        { value });
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return std::optional<TenantRecord>();
    return std::optional<TenantRecord>(tenantFrom(*query));
}

Result<std::optional<TenantRecord>> SqliteMasterStore::tenantBySlug(const QString &slug)
{
    return tenantWhere(QStringLiteral("slug"), slug);
}

Result<std::optional<TenantRecord>> SqliteMasterStore::tenantById(const QString &id)
{
    return tenantWhere(QStringLiteral("id"), id);
}

Status SqliteMasterStore::insertTenant(const TenantRecord &tenant)
{
    Result<QVariant> taken = m_db->scalar(QStringLiteral("SELECT 1 FROM tenants WHERE slug = ?"), { tenant.slug });
    if (!taken)
        return std::unexpected(taken.error());
    if (taken->isValid())
        return fail(ErrorCode::Conflict, NX_ERR("A tenant with the slug %1 exists already"), { tenant.slug },
            QStringLiteral("slug"));
    Result<QSqlQuery> query
        = m_db->exec(QStringLiteral("INSERT INTO tenants(id, slug, name, created_at, active) VALUES (?, ?, ?, ?, ?)"),
            { tenant.id, tenant.slug, tenant.name, tenant.createdAt, tenant.active ? 1 : 0 });
    if (!query)
        return std::unexpected(query.error());
    return {};
}

Status SqliteMasterStore::insertEnrollmentCode(const EnrollmentCodeRecord &code)
{
    Result<QSqlQuery> query = m_db->exec(
        QStringLiteral("INSERT INTO enrollment_codes(code_hash, tenant_id, branch_id, created_at, expires_at) "
                       "VALUES (?, ?, ?, ?, ?)"),
        { code.codeHash, code.tenantId, code.branchId, code.createdAt, code.expiresAt });
    if (!query)
        return std::unexpected(query.error());
    return {};
}

Result<std::optional<EnrollmentCodeRecord>> SqliteMasterStore::enrollmentCode(const QString &codeHash)
{
    Result<QSqlQuery> query = m_db->exec(
        QStringLiteral("SELECT code_hash, tenant_id, branch_id, created_at, expires_at, used_at, used_by_device "
                       "FROM enrollment_codes WHERE code_hash = ?"),
        { codeHash });
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return std::optional<EnrollmentCodeRecord>();
    return std::optional<EnrollmentCodeRecord>(EnrollmentCodeRecord { query->value(0).toString(),
        query->value(1).toString(), query->value(2).toString(), query->value(3).toString(), query->value(4).toString(),
        query->value(5).toString(), query->value(6).toString() });
}

Result<bool> SqliteMasterStore::redeemEnrollmentCode(
    const QString &codeHash, const QString &nowUtc, const DeviceRecord &device)
{
    Transaction transaction(*m_db);
    if (Status status = transaction.begin(); !status)
        return std::unexpected(status.error());
    // The WHERE clause is the single-use guarantee: two requests racing for one code cannot both match.
    Result<QSqlQuery> claimed = m_db->exec(QStringLiteral("UPDATE enrollment_codes SET used_at = ?, used_by_device = ? "
                                                          "WHERE code_hash = ? AND used_at IS NULL AND expires_at > ?"),
        { nowUtc, device.id, codeHash, nowUtc });
    if (!claimed)
        return std::unexpected(claimed.error());
    const bool won = claimed->numRowsAffected() == 1;
    claimed->finish();
    if (!won)
        return false;
    Result<QSqlQuery> inserted = m_db->exec(
        QStringLiteral("INSERT INTO devices(id, tenant_id, branch_id, name, secret_hash, epoch, enrolled_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        { device.id, device.tenantId, device.branchId, device.name, device.secretHash, device.epoch,
            device.enrolledAt });
    if (!inserted)
        return std::unexpected(inserted.error());
    inserted->finish();
    if (Status status = transaction.commit(); !status)
        return std::unexpected(status.error());
    return true;
}

Result<std::optional<DeviceRecord>> SqliteMasterStore::device(const QString &id)
{
    Result<QSqlQuery> query = m_db->exec(
        QStringLiteral("SELECT id, tenant_id, branch_id, name, secret_hash, epoch, enrolled_at, previous_secret_hash, "
                       "EXISTS (SELECT 1 FROM device_epochs e WHERE e.device_id = devices.id AND e.issued_secret IS "
                       "NOT NULL) FROM devices WHERE id = ? AND revoked_at IS NULL"),
        { id });
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return std::optional<DeviceRecord>();
    return std::optional<DeviceRecord>(DeviceRecord { query->value(0).toString(), query->value(1).toString(),
        query->value(2).toString(), query->value(3).toString(), query->value(4).toString(), query->value(5).toInt(),
        query->value(6).toString(), query->value(7).toString(), query->value(8).toBool() });
}

Status SqliteMasterStore::forgetIssuedSecret(const QString &deviceId)
{
    Result<QSqlQuery> forgotten = m_db->exec(
        QStringLiteral("UPDATE device_epochs SET issued_secret = NULL WHERE device_id = ? AND issued_secret IS NOT NULL"),
        { deviceId });
    if (!forgotten)
        return std::unexpected(forgotten.error());
    return {};
}

} // namespace nexus
