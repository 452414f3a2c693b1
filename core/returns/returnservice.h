// Returns: one durable transaction writes the return, its lines, the stock coming back, the store credit, the audit
// entry and the outbox row "sale.returned", linked to the original ticket.
#pragma once

#include <functional>

#include "common/error.h"
#include "returns/returnrecord.h"
#include "returns/returnrequest.h"

namespace nexus {

class Clock;
class Database;

class ReturnService final
{
public:
    ReturnService(Database &db, const Clock &clock);

    // Validates everything first (context, approval, reason, lines against what is still returnable, refund method
    // against the ticket's payments, the open till); on any error nothing is written and the error names the field.
    // Amounts are the sold lines' prorated by quantity (planReturnLines). After it returns, the return survives a
    // power cut. Every return needs this device's open till (returns.cash_session_id): a cash refund comes out of it
    // and counts against it at the close; card reversals and store credit are recorded on it too.
    // `inTransaction` (optional) runs after the return is written, before the commit: a caller whose own record goes
    // with the return (a warranty refund) writes it there, and its error undoes everything.
    [[nodiscard]] Result<ReturnRecord> processReturn(const ReturnRequest &request, const ReturnContext &context,
        const std::function<Status(const ReturnRecord &)> &inTransaction = {});

private:
    [[nodiscard]] Result<QString> approver(const ReturnContext &context) const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace nexus
