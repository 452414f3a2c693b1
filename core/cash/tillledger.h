// Reads a till's figures from the ledgers of nexus.db (sales, payments, cash movements, returns).
#pragma once

#include "cash/tillclose.h"
#include "cash/tillfigures.h"
#include "common/error.h"

namespace nexus {

class Database;

class TillLedger final
{
public:
    explicit TillLedger(Database &db) : m_db(db) { }

    // The session row; NotFound naming "cash_session" when there is none with that id.
    [[nodiscard]] Result<TillSession> session(const QString &cashSessionId) const;
    // The open session of a device, if any.
    [[nodiscard]] Result<std::optional<TillSession>> openSession(const QString &deviceId) const;
    // The device's most recently closed session (highest Z), for reprinting the last Z.
    [[nodiscard]] Result<std::optional<TillSession>> lastClosedSession(const QString &deviceId) const;
    // Everything the reports need, as of now; reads only (call inside a transaction to freeze it for a close).
    [[nodiscard]] Result<TillFigures> figures(const QString &cashSessionId) const;
    [[nodiscard]] Result<QList<CashMovement>> movements(const QString &cashSessionId) const;
    // The frozen close of a closed session (cash_session_tenders, cash_session_denominations) for the Z and its
    // reprints; Conflict naming "cash_session" while it is open.
    [[nodiscard]] Result<TillClose> closeOf(const QString &cashSessionId) const;

private:
    Database &m_db;
};

} // namespace nexus
