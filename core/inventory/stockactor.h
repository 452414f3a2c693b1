// Who changes stock by hand (adjustment, count posting) and the rule they pass: AdjustStock of their own role, or of
// an active manager who authorised it with their PIN (AuthService::authorizeWithManager in the UI).
#pragma once

#include "auth/role.h"
#include "common/error.h"

namespace nexus {

class Database;

struct StockActor
{
    QString userId;
    Role role = Role::Cashier;
    QString authorizedBy; // user id of the authorising manager; '' when the user's own role is enough
};

// This device: its branch and the series its folios use ("MTY1" → "MTY1-A000001", "MTY1-C000001").
struct StockContext
{
    QString deviceId;
    QString branchId;
    QString folioSeries;
};

// `text`, or "" for a null QString (which would bind SQL NULL into a NOT NULL column).
[[nodiscard]] inline QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// The signed-in user, then AdjustStock (own or the authoriser's). Returns who authorised it ('' when nobody had to).
[[nodiscard]] Result<QString> checkStockActor(Database &db, const StockActor &actor);
// The device is enrolled with a branch and a folio series.
[[nodiscard]] Status checkStockContext(const StockContext &context);
// The warehouse belongs to this branch.
[[nodiscard]] Status checkOwnWarehouse(Database &db, const QString &branchId, const QString &warehouseId);

} // namespace nexus
