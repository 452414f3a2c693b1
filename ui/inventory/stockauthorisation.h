// Who changes stock by hand from the inventory screen: the signed-in user, and when their role lacks AdjustStock a
// manager who authorises it with their PIN (ManagerAuthDialog); the core service checks that manager again.
#pragma once

#include "common/error.h"
#include "inventory/stockactor.h"

class QWidget;

namespace nexus {

class AuthService;

// PermissionDenied when nobody is signed in or the manager's authorisation was not given.
[[nodiscard]] Result<StockActor> stockActor(
    AuthService &auth, const QString &subject, const QString &reason, QWidget *parent);

} // namespace nexus
