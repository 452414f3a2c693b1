// A person who can log in on this device.
#pragma once

#include <QString>

#include "auth/role.h"

namespace nexus {

struct User
{
    QString id;
    QString username;
    QString displayName;
    Role role = Role::Cashier;
    QString branchId; // empty: all branches
    bool active = true;
    bool hasPin = false;
};

} // namespace nexus
