// Authentication with lockout, PIN switch, manager authorisation; every outcome is audited.
#include "auth/authservice.h"

#include "common/clock.h"
#include "common/logging.h"
#include "auth/passwordhasher.h"
#include "store/database.h"

namespace nexus {

namespace {
// Audit actions (stable codes, read by reports and HQ).
const QString kLogin = QStringLiteral("login");
const QString kLoginFailed = QStringLiteral("login_failed");
const QString kPinSwitch = QStringLiteral("pin_switch");
const QString kLogout = QStringLiteral("logout");
const QString kPermissionDenied = QStringLiteral("permission_denied");
const QString kManagerAuthorized = QStringLiteral("manager_authorized");
} // namespace

AuthService::AuthService(Database &db, const Clock &clock, const QString &deviceId)
    : m_db(db), m_clock(clock), m_users(db), m_audit(db, clock, deviceId)
{
}

bool AuthService::isLockedOut(const QString &username) const
{
    // Failures since the last success, within the lockout window.
    const QString since = m_clock.nowUtc().addSecs(-60LL * kLockoutMinutes).toString(Qt::ISODateWithMs);
    Result<QVariant> failures = m_db.scalar(
        QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ? AND subject = ? AND at >= ? AND at > "
                       "coalesce((SELECT max(at) FROM audit_log WHERE action IN (?, ?) AND subject = ?), '')"),
        {kLoginFailed, username.toLower(), since, kLogin, kPinSwitch, username.toLower()});
    return failures && failures->toInt() >= kMaxFailedAttempts;
}

Result<User> AuthService::authenticate(const QString &username, const QString &secret, bool usePin)
{
    const QString name = username.trimmed();
    if (name.isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("Enter your user name"), {}, QStringLiteral("username"));
    if (secret.isEmpty())
        return fail(ErrorCode::InvalidInput, usePin ? NX_ERR("Enter your PIN") : NX_ERR("Enter your password"), {},
                    usePin ? QStringLiteral("pin") : QStringLiteral("password"));
    if (isLockedOut(name))
        return fail(ErrorCode::Unauthenticated,
                    NX_ERR("Too many failed attempts for %1: try again in %2 minutes or ask a manager"),
                    {name, QString::number(kLockoutMinutes)}, QStringLiteral("username"));
    Result<std::optional<UserRecord>> found = m_users.findByUsername(name);
    if (!found)
        return std::unexpected(found.error());
    const UserRecord *record = found->has_value() ? &found->value() : nullptr;
    const QString &stored = record ? (usePin ? record->pinHash : record->passwordHash) : QString();
    const bool ok = record && record->user.active && !stored.isEmpty() && PasswordHasher::verify(secret, stored);
    if (!ok) {
        (void)m_audit.append(record ? record->user.id : QString(), kLoginFailed, name.toLower(),
                             {{QStringLiteral("method"), usePin ? QStringLiteral("pin") : QStringLiteral("password")}});
        qCInfo(lcAuth) << "failed" << (usePin ? "PIN" : "password") << "for" << name;
        if (record && !record->user.active)
            return fail(ErrorCode::Unauthenticated, NX_ERR("The user %1 is disabled"), {name},
                        QStringLiteral("username"));
        return fail(ErrorCode::Unauthenticated,
                    usePin ? NX_ERR("Wrong user or PIN") : NX_ERR("Wrong user name or password"), {},
                    usePin ? QStringLiteral("pin") : QStringLiteral("password"));
    }
    return record->user;
}

Result<User> AuthService::login(const QString &username, const QString &password)
{
    Result<User> user = authenticate(username, password, false);
    if (!user)
        return user;
    if (Status logged = m_audit.append(user->id, kLogin, user->username.toLower()); !logged)
        return std::unexpected(logged.error());
    m_current = *user;
    return user;
}

Result<User> AuthService::switchUser(const QString &username, const QString &pin)
{
    Result<User> user = authenticate(username, pin, true);
    if (!user)
        return user;
    if (Status logged = m_audit.append(user->id, kPinSwitch, user->username.toLower(),
                                       {{QStringLiteral("from"), m_current ? m_current->id : QString()}});
        !logged)
        return std::unexpected(logged.error());
    m_current = *user;
    return user;
}

void AuthService::logout()
{
    if (m_current)
        (void)m_audit.append(m_current->id, kLogout, m_current->username.toLower());
    m_current.reset();
}

Status AuthService::require(Permission permission, const QString &subject)
{
    if (!m_current)
        return fail(ErrorCode::Unauthenticated, NX_ERR("Log in first"));
    Status allowed = checkPermission(m_current->role, permission);
    if (!allowed)
        (void)m_audit.append(m_current->id, kPermissionDenied, subject,
                             {{QStringLiteral("permission"), permissionCode(permission)}});
    return allowed;
}

Status AuthService::authorizeWithManager(Permission permission, const QString &managerUsername,
                                         const QString &managerPin, const QString &subject)
{
    if (!m_current)
        return fail(ErrorCode::Unauthenticated, NX_ERR("Log in first"));
    Result<User> manager = authenticate(managerUsername, managerPin, true);
    if (!manager)
        return std::unexpected(manager.error());
    if (Status allowed = checkPermission(manager->role, permission); !allowed) {
        (void)m_audit.append(manager->id, kPermissionDenied, subject,
                             {{QStringLiteral("permission"), permissionCode(permission)},
                              {QStringLiteral("on_behalf_of"), m_current->id}});
        return allowed;
    }
    return m_audit.append(manager->id, kManagerAuthorized, subject,
                          {{QStringLiteral("permission"), permissionCode(permission)},
                           {QStringLiteral("on_behalf_of"), m_current->id}});
}

} // namespace nexus
