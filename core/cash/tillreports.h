// Gathers the X report (live figures of an open till) and the Z report (a closed till's frozen close) with the
// branch, device and people's names; tillReportDocument() lays either out for printing.
#pragma once

#include "cash/cashmovementslip.h"
#include "cash/tillreport.h"
#include "common/error.h"

namespace nexus {

class Clock;
class Database;

class TillReports final
{
public:
    TillReports(Database &db, const Clock &clock) : m_db(db), m_clock(clock) { }

    // Reads only. An X of a closed till is refused (Conflict): its figures are the Z's.
    [[nodiscard]] Result<TillReport> x(const QString &cashSessionId) const;
    // Conflict while the till is open.
    [[nodiscard]] Result<TillReport> z(const QString &cashSessionId) const;
    // The Z of a close that just happened (no second read of the close).
    [[nodiscard]] Result<TillReport> z(const TillClose &close) const;

    // The slip of a cash movement just recorded (names looked up, the drawer's expected pesos after it).
    [[nodiscard]] Result<CashMovementSlip> slip(const CashMovement &movement) const;

private:
    [[nodiscard]] Status fillNames(TillReport &report) const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace nexus
