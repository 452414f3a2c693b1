// Role codes and display names.
#include "auth/role.h"

#include <QCoreApplication>

namespace nexus {

QString roleCode(Role role)
{
    switch (role) {
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Manager:
        return QStringLiteral("manager");
    case Role::Cashier:
        return QStringLiteral("cashier");
    case Role::Mechanic:
        return QStringLiteral("mechanic");
    case Role::Hq:
        return QStringLiteral("hq");
    }
    return {};
}

Result<Role> roleFromCode(const QString &code)
{
    for (Role role : {Role::Admin, Role::Manager, Role::Cashier, Role::Mechanic, Role::Hq})
        if (roleCode(role) == code)
            return role;
    return fail(ErrorCode::InvalidInput, NX_ERR("Unknown role \"%1\": use admin, manager, cashier, mechanic or hq"),
                {code}, QStringLiteral("role"));
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Admin:
        return QCoreApplication::translate("nexus::Role", "Administrator");
    case Role::Manager:
        return QCoreApplication::translate("nexus::Role", "Manager");
    case Role::Cashier:
        return QCoreApplication::translate("nexus::Role", "Cashier");
    case Role::Mechanic:
        return QCoreApplication::translate("nexus::Role", "Mechanic");
    case Role::Hq:
        return QCoreApplication::translate("nexus::Role", "Head office");
    }
    return {};
}

} // namespace nexus
