// Cash in and out of this device's open till: validated, audited and queued for the server in one transaction.
#pragma once

#include <QList>

#include <functional>

#include "cash/cashmovement.h"
#include "common/error.h"

namespace nexus {

class Clock;
class Database;

class CashMovementService final
{
public:
    static constexpr int kMaxReasonLength = 200;

    CashMovementService(Database &db, const Clock &clock, QString deviceId, QString branchId);

    // Records one movement on the open till. Refused (nothing written) when: the amount is not above zero, the
    // reason is empty or too long, no till is open, the role may not (cash in: OpenCashSession; cash out:
    // CashWithdrawal, or a manager who has it in `authorizedBy`), or a cash out is more than the cash the drawer
    // should hold. Writes cash_movements, the audit log (cash_in / cash_out) and the outbox fact "cash.moved" v1.
    // `inTransaction` (optional) runs after the movement is written, before the commit: a caller whose own record
    // goes with the movement (a warranty refund) writes it there, and its error undoes everything.
    [[nodiscard]] Result<CashMovement> record(const CashMovementRequest &request,
        const std::function<Status(const CashMovement &)> &inTransaction = {});

    // The pesos the open till's drawer should hold now (shown before a withdrawal); Conflict when no till is open.
    [[nodiscard]] Result<Money> expectedCash() const;

    // The movements of a session, oldest first.
    [[nodiscard]] Result<QList<CashMovement>> movements(const QString &cashSessionId) const;

private:
    Database &m_db;
    const Clock &m_clock;
    QString m_deviceId;
    QString m_branchId;
};

} // namespace nexus
