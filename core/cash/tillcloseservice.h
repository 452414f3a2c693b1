// Closes this device's till (corte Z): freezes expected vs counted per tender and the cash count per denomination,
// numbers the close, audits it and queues "cash_session.closed" — one transaction.
#pragma once

#include "cash/tillclose.h"
#include "common/error.h"

namespace nexus {

class Clock;
class Database;

class TillCloseService final
{
public:
    static constexpr qint64 kMaxPieces = 100000; // per denomination: a typo guard, not a business rule
    static constexpr int kMaxNoteLength = 500;

    TillCloseService(Database &db, const Clock &clock, QString deviceId, QString branchId);

    // Refused (nothing written) when: the role may not close (OpenCashSession), the session is not this device's or
    // is closed already, a denomination is not a peso bill or coin or repeated, pieces are negative or absurd, a
    // counted amount is negative or of an unknown method, or a tender with an expected amount was not counted.
    // A difference is never refused: TenderCount::flagged() marks it.
    [[nodiscard]] Result<TillClose> close(const TillCloseRequest &request);

private:
    Database &m_db;
    const Clock &m_clock;
    QString m_deviceId;
    QString m_branchId;
};

} // namespace nexus
