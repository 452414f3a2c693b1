// The till (caja): a sale needs an open cash session on this device; opening and closing are audited facts.
#pragma once

#include <optional>

#include "common/error.h"
#include "common/money.h"

namespace nexus {

class Clock;
class Database;

struct CashSession
{
    QString id;
    QString openedBy;
    QString openedAtUtc;
    Money openingFloat;
};

class CashSessionService final
{
public:
    CashSessionService(Database &db, const Clock &clock, QString deviceId, QString branchId);

    // Opens the till with a float; refused while another session is open on this device.
    [[nodiscard]] Result<CashSession> open(const QString &userId, Money openingFloat);
    [[nodiscard]] Result<std::optional<CashSession>> current() const;

private:
    Database &m_db;
    const Clock &m_clock;
    QString m_deviceId;
    QString m_branchId;
};

} // namespace nexus
