// SQL for the users table of nexus.db (replicated down from HQ).
#pragma once

#include <optional>

#include "auth/user.h"
#include "common/error.h"

namespace nexus {

class Database;

struct UserRecord
{
    User user;
    QString passwordHash;
    QString pinHash; // empty: no PIN
};

class UserRepository final
{
public:
    explicit UserRepository(Database &db) : m_db(db) {}

    [[nodiscard]] Status upsert(const UserRecord &record);
    [[nodiscard]] Result<std::optional<UserRecord>> findByUsername(const QString &username) const;
    [[nodiscard]] Result<std::optional<UserRecord>> findById(const QString &id) const;
    [[nodiscard]] Result<QList<User>> activeUsers() const;

private:
    Database &m_db;
};

} // namespace nexus
