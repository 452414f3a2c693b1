// SQL of a tenant database: the rows a device bootstrap needs.
#include "server/sqlitetenantstore.h"

#include "store/schemadatabase.h"

#include <QFileInfo>
#include <QSqlQuery>

namespace nexus {

Result<std::unique_ptr<SqliteTenantStore>> SqliteTenantStore::open(const QString &path)
{
    if (!QFileInfo::exists(path))
        return fail(ErrorCode::NotFound, NX_ERR("The tenant database %1 does not exist"), { path });
    Result<std::unique_ptr<Database>> db = openWithSchema(path, Durability::Full, QStringLiteral("server/tenant"));
    if (!db)
        return std::unexpected(db.error());
    // The push ingest applies each mutation in a savepoint: SQLite keeps the original of every page a savepoint
    // touches in a statement journal, a temporary file once past 64 KiB, so every sale wrote a few dozen pages to
    // disk that only a rollback would ever read (a quarter of the ingest's time in perf). In memory they cost
    // kilobytes and leave durability alone: crash recovery is the WAL's, never the statement journal's. And a
    // 200-sale batch dirties more pages than the default 2 MiB cache holds, which would spill them into the WAL
    // mid-transaction and write them again at commit: 32 MiB per tenant holds a batch and its indexes' hot pages.
    if (Status tuned = (*db)->execScript(QStringLiteral("PRAGMA temp_store = MEMORY; PRAGMA cache_size = -32768"));
        !tuned)
        return std::unexpected(tuned.error());
    return std::unique_ptr<SqliteTenantStore>(new SqliteTenantStore(std::move(*db)));
}

Result<QList<wire::BranchRow>> SqliteTenantStore::branchesWhere(const QString &where, const QVariantList &values)
{
    Result<QSqlQuery> query = m_db->exec(
        QStringLiteral("SELECT id, code, name, rfc, fiscal_name, fiscal_regime, postal_code, border_region, address, "
                       "phone FROM branches ")
            + where + QStringLiteral(" ORDER BY code"),
        values);
    if (!query)
        return std::unexpected(query.error());
    QList<wire::BranchRow> rows;
    while (query->next()) {
        rows.append(wire::BranchRow { query->value(0).toString(), query->value(1).toString(),
            query->value(2).toString(), query->value(3).toString(), query->value(4).toString(),
            query->value(5).toString(), query->value(6).toString(), query->value(7).toInt() != 0,
            query->value(8).toString(), query->value(9).toString() });
    }
    return rows;
}

Result<QList<wire::BranchRow>> SqliteTenantStore::branches()
{
    return branchesWhere({}, {});
}

Result<std::optional<wire::BranchRow>> SqliteTenantStore::branchById(const QString &id)
{
    Result<QList<wire::BranchRow>> rows = branchesWhere(QStringLiteral("WHERE id = ?"), { id });
    if (!rows)
        return std::unexpected(rows.error());
    return rows->isEmpty() ? std::optional<wire::BranchRow>() : std::optional<wire::BranchRow>(rows->first());
}

Result<std::optional<wire::BranchRow>> SqliteTenantStore::branchByCode(const QString &code)
{
    Result<QList<wire::BranchRow>> rows = branchesWhere(QStringLiteral("WHERE code = ?"), { code });
    if (!rows)
        return std::unexpected(rows.error());
    return rows->isEmpty() ? std::optional<wire::BranchRow>() : std::optional<wire::BranchRow>(rows->first());
}

Result<QList<wire::WarehouseRow>> SqliteTenantStore::warehouses(const QString &branchId)
{
    // A warehouse's defective location ("<id>:defective", registered by the sale.returned ingest) holds returned
    // pieces that must never be sold: a counter is not told about it.
    Result<QSqlQuery> query
        = m_db->exec(QStringLiteral("SELECT id, branch_id, code, name FROM warehouses WHERE branch_id = ? "
                                    "AND id NOT LIKE '%:defective' ORDER BY code"),
            { branchId });
    if (!query)
        return std::unexpected(query.error());
    QList<wire::WarehouseRow> rows;
    while (query->next())
        rows.append(wire::WarehouseRow { query->value(0).toString(), query->value(1).toString(),
            query->value(2).toString(), query->value(3).toString() });
    return rows;
}

Result<QList<wire::UserRow>> SqliteTenantStore::usersForBranch(const QString &branchId)
{
    // A cashier of another branch must not be able to log in here; admins and HQ staff work everywhere.
    Result<QSqlQuery> query = m_db->exec(
        QStringLiteral("SELECT id, username, display_name, role, branch_id, password_hash, pin_hash, active, "
                       "updated_at FROM users "
                       "WHERE branch_id = ? OR (branch_id IS NULL AND role IN ('admin', 'hq')) ORDER BY username"),
        { branchId });
    if (!query)
        return std::unexpected(query.error());
    QList<wire::UserRow> rows;
    while (query->next()) {
        wire::UserRow row;
        row.id = query->value(0).toString();
        row.username = query->value(1).toString();
        row.displayName = query->value(2).toString();
        row.role = query->value(3).toString();
        if (!query->isNull(4))
            row.branchId = query->value(4).toString();
        row.passwordHash = query->value(5).toString();
        if (!query->isNull(6))
            row.pinHash = query->value(6).toString();
        row.active = query->value(7).toInt() != 0;
        row.updatedAt = query->value(8).toString();
        rows.append(std::move(row));
    }
    return rows;
}

} // namespace nexus
