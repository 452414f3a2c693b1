// The manager's PIN is asked only when the user's own role is not enough.
#include "inventory/stockauthorisation.h"

#include "auth/authservice.h"
#include "auth/permission.h"
#include "sale/managerauthdialog.h"

namespace nexus {

Result<StockActor> stockActor(AuthService &auth, const QString &subject, const QString &reason, QWidget *parent)
{
    const std::optional<User> &user = auth.currentUser();
    if (!user)
        return fail(ErrorCode::Unauthenticated, NX_ERR("Log in first"), {}, QStringLiteral("user_id"));
    StockActor actor { user->id, user->role, {} };
    if (roleHas(user->role, Permission::AdjustStock))
        return actor;
    ManagerAuthDialog dialog(auth, Permission::AdjustStock, subject, reason, parent);
    if (dialog.exec() != QDialog::Accepted)
        return fail(ErrorCode::PermissionDenied,
            NX_ERR("Adjusting stock needs a manager: ask a manager to authorise it with their PIN"), {},
            QStringLiteral("authorized_by"));
    Result<std::optional<UserRecord>> manager = auth.users().findByUsername(dialog.managerUsername());
    if (!manager)
        return std::unexpected(manager.error());
    if (!manager->has_value())
        return fail(ErrorCode::PermissionDenied, NX_ERR("The user who authorised it may not adjust stock"), {},
            QStringLiteral("authorized_by"));
    actor.authorizedBy = (*manager)->user.id;
    return actor;
}

} // namespace nexus
