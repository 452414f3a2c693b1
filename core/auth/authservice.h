// Log in, quick switch by PIN, log out and permission checks that write the audit log.
#pragma once

#include <QDateTime>

#include <optional>

#include "auth/auditlog.h"
#include "auth/permission.h"
#include "auth/user.h"
#include "auth/userrepository.h"

namespace nexus {

class Clock;
class Database;

class AuthService final
{
public:
    static constexpr int kMaxFailedAttempts = 5;   // then the username is locked…
    static constexpr int kLockoutMinutes = 5;      // …for this long

    AuthService(Database &db, const Clock &clock, const QString &deviceId);

    // Username + password. Unknown user and wrong password give the same message.
    [[nodiscard]] Result<User> login(const QString &username, const QString &password);
    // Quick switch at the counter: another user takes over with their PIN.
    [[nodiscard]] Result<User> switchUser(const QString &username, const QString &pin);
    void logout();

    [[nodiscard]] const std::optional<User> &currentUser() const { return m_current; }
    // Fails (and records permission_denied) when nobody is logged in or the role lacks it.
    [[nodiscard]] Status require(Permission permission, const QString &subject = {});
    // A manager authorises one action on the cashier's session (discount above limit, return…).
    [[nodiscard]] Status authorizeWithManager(Permission permission, const QString &managerUsername,
                                              const QString &managerPin, const QString &subject = {});

    [[nodiscard]] AuditLog &audit() { return m_audit; }
    [[nodiscard]] UserRepository &users() { return m_users; }

private:
    [[nodiscard]] Result<User> authenticate(const QString &username, const QString &secret, bool usePin);
    [[nodiscard]] bool isLockedOut(const QString &username) const;

    Database &m_db;
    const Clock &m_clock;
    UserRepository m_users;
    AuditLog m_audit;
    std::optional<User> m_current;
};

} // namespace nexus
