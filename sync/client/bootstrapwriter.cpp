// SQL of the enrollment bootstrap: upserts keyed by id, copying the server's rows exactly (updated_at included).
#include "client/bootstrapwriter.h"

#include "client/epochstate.h"
#include "common/clock.h"
#include "store/database.h"

namespace nexus {

namespace {
QVariant nullable(const std::optional<QString> &value)
{
    return value ? QVariant(*value) : QVariant();
}
} // namespace

Status BootstrapWriter::write(const QList<QPair<QString, QString>> &settings, const wire::EnrollResponse &bootstrap)
{
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status;

    for (const auto &[key, value] : settings) {
        Result<QSqlQuery> query = m_db.exec(QStringLiteral("INSERT INTO settings(key, value) VALUES (?, ?) "
                                                           "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
            { key, value });
        if (!query)
            return std::unexpected(query.error());
    }

    const wire::BranchRow &branch = bootstrap.branch;
    Result<QSqlQuery> branchQuery = m_db.exec(
        QStringLiteral("INSERT INTO branches(id, code, name, rfc, fiscal_name, fiscal_regime, postal_code, "
                       "border_region, address, phone) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT(id) DO UPDATE SET code = excluded.code, name = excluded.name, rfc = excluded.rfc, "
                       "fiscal_name = excluded.fiscal_name, fiscal_regime = excluded.fiscal_regime, "
                       "postal_code = excluded.postal_code, border_region = excluded.border_region, "
                       "address = excluded.address, phone = excluded.phone"),
        { branch.id, branch.code, branch.name, branch.rfc, branch.fiscalName, branch.fiscalRegime, branch.postalCode,
            branch.borderRegion ? 1 : 0, branch.address, branch.phone });
    if (!branchQuery)
        return std::unexpected(branchQuery.error());

    for (const wire::WarehouseRow &warehouse : bootstrap.warehouses) {
        Result<QSqlQuery> query = m_db.exec(
            QStringLiteral("INSERT INTO warehouses(id, branch_id, code, name) VALUES (?, ?, ?, ?) "
                           "ON CONFLICT(id) DO UPDATE SET branch_id = excluded.branch_id, code = excluded.code, "
                           "name = excluded.name"),
            { warehouse.id, warehouse.branchId, warehouse.code, warehouse.name });
        if (!query)
            return std::unexpected(query.error());
    }

    for (const wire::UserRow &user : bootstrap.users) {
        Result<QSqlQuery> query = m_db.exec(
            QStringLiteral("INSERT INTO users(id, username, display_name, role, branch_id, password_hash, pin_hash, "
                           "active, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                           "ON CONFLICT(id) DO UPDATE SET username = excluded.username, "
                           "display_name = excluded.display_name, role = excluded.role, "
                           "branch_id = excluded.branch_id, password_hash = excluded.password_hash, "
                           "pin_hash = excluded.pin_hash, active = excluded.active, updated_at = excluded.updated_at"),
            { user.id, user.username, user.displayName, user.role, nullable(user.branchId), user.passwordHash,
                nullable(user.pinHash), user.active ? 1 : 0, user.updatedAt });
        if (!query)
            return std::unexpected(query.error());
    }

    // A new identity: epoch 1, and whatever the outbox still holds goes out from seq 1 (a copy enrolled again).
    if (Status status = EpochState(m_db, Clock::system()).startNewIdentity(); !status)
        return status;

    return transaction.commit();
}

} // namespace nexus
