// Cash put into or taken out of the drawer outside a sale (cash_movements): change-fund top-ups, withdrawals.
#pragma once

#include <QString>

#include "auth/role.h"
#include "common/money.h"

namespace nexus {

enum class CashMovementKind { In, Out };

[[nodiscard]] QString cashMovementKindCode(CashMovementKind kind); // "in" | "out"

struct CashMovement
{
    QString id;
    QString cashSessionId;
    CashMovementKind kind = CashMovementKind::In;
    Money amount;
    QString reason;
    QString userId;
    QString authorizedBy; // the manager who approved a withdrawal above the cashier's rights; empty: none needed
    QString atUtc;
};

struct CashMovementRequest
{
    CashMovementKind kind = CashMovementKind::In;
    Money amount;
    QString reason;
    QString userId;
    Role role = Role::Cashier;
    // A manager authorised this withdrawal with their PIN (AuthService::authorizeWithManager): their user id.
    // Empty when the cashier's own role has the permission.
    QString authorizedBy;
};

} // namespace nexus
