// users table of nexus.db.
#include "auth/userrepository.h"

#include "store/database.h"

#include <QDateTime>

namespace nexus {

namespace {

const QString kColumns = QStringLiteral("id, username, display_name, role, branch_id, active, password_hash, pin_hash");

Result<UserRecord> readRecord(const QSqlQuery &query)
{
    Result<Role> role = roleFromCode(query.value(3).toString());
    if (!role)
        return std::unexpected(role.error());
    UserRecord record;
    record.user.id = query.value(0).toString();
    record.user.username = query.value(1).toString();
    record.user.displayName = query.value(2).toString();
    record.user.role = *role;
    record.user.branchId = query.value(4).toString();
    record.user.active = query.value(5).toBool();
    record.passwordHash = query.value(6).toString();
    record.pinHash = query.value(7).toString();
    record.user.hasPin = !record.pinHash.isEmpty();
    return record;
}

Result<std::optional<UserRecord>> findOne(Database &db, const QString &where, const QString &value)
{
    Result<QSqlQuery> query =
        db.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM users WHERE ") + where, {value});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return std::optional<UserRecord>();
    Result<UserRecord> record = readRecord(*query);
    if (!record)
        return std::unexpected(record.error());
    return std::optional<UserRecord>(std::move(*record));
}

} // namespace

Status UserRepository::upsert(const UserRecord &record)
{
    if (record.user.username.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("The user name cannot be empty"), {}, QStringLiteral("username"));
    Result<QSqlQuery> query = m_db.exec(
        QStringLiteral("INSERT INTO users(id, username, display_name, role, branch_id, active, password_hash, pin_hash, "
                       "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                       "username = excluded.username, display_name = excluded.display_name, role = excluded.role, "
                       "branch_id = excluded.branch_id, active = excluded.active, "
                       "password_hash = excluded.password_hash, pin_hash = excluded.pin_hash, "
                       "updated_at = excluded.updated_at"),
        {record.user.id, record.user.username, record.user.displayName, roleCode(record.user.role),
         record.user.branchId.isEmpty() ? QVariant() : QVariant(record.user.branchId), record.user.active ? 1 : 0,
         record.passwordHash, record.pinHash.isEmpty() ? QVariant() : QVariant(record.pinHash),
         QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
    if (!query)
        return std::unexpected(query.error());
    return {};
}

Result<std::optional<UserRecord>> UserRepository::findByUsername(const QString &username) const
{
    return findOne(m_db, QStringLiteral("username = ? COLLATE NOCASE"), username.trimmed());
}

Result<std::optional<UserRecord>> UserRepository::findById(const QString &id) const
{
    return findOne(m_db, QStringLiteral("id = ?"), id);
}

Result<QList<User>> UserRepository::activeUsers() const
{
    Result<QSqlQuery> query = m_db.exec(QStringLiteral("SELECT ") + kColumns
                                        + QStringLiteral(" FROM users WHERE active = 1 ORDER BY display_name"));
    if (!query)
        return std::unexpected(query.error());
    QList<User> users;
    while (query->next()) {
        Result<UserRecord> record = readRecord(*query);
        if (!record)
            return std::unexpected(record.error());
        users.append(record->user);
    }
    return users;
}

} // namespace nexus
