// The "service_orders" pull bucket applied to nexus.db (DESIGN.md "Down (pull)"): the orders of this branch opened or
// moved at another counter or the workshop kiosk, written through ServiceOrderRepository without outbox facts (they
// are the server's state, not new facts), with the stock the branch's workshop holds back kept in step. A change made
// here and not yet acknowledged by the server wins: the order's append-only rows (moves, notes) still come in, its
// header and lines wait until the server has the local facts and publishes the order again. An order whose folio is
// taken here by another order (two devices numbering the same legacy "OS-" series) keeps it with the opening
// device's tag, so folios stay unique on the board.
#pragma once

#include <QJsonObject>

#include "common/error.h"
#include "workshop/serviceorderrepository.h"
#include "workshop/stockreservations.h"

namespace nexus {

class Database;
struct PulledServiceOrder;

class ServiceOrderReplica final
{
public:
    // Inside the caller's transaction (one per pulled page).
    explicit ServiceOrderReplica(Database &db) : m_db(db), m_orders(db), m_reservations(db) { }

    [[nodiscard]] Status apply(const QJsonObject &row);

private:
    [[nodiscard]] Result<bool> hasUnacknowledgedFacts(const QString &orderId) const;
    [[nodiscard]] Result<QString> freeFolio(const PulledServiceOrder &pulled) const;
    [[nodiscard]] Status insert(const PulledServiceOrder &pulled);
    [[nodiscard]] Status appendHistoryAndNotes(const PulledServiceOrder &pulled, const ServiceOrder &local);
    [[nodiscard]] Status updateLines(const PulledServiceOrder &pulled, const ServiceOrder &local);
    [[nodiscard]] Status reserve(const ServiceOrderPart &part, int sign);

    Database &m_db;
    ServiceOrderRepository m_orders;
    StockReservations m_reservations;
};

} // namespace nexus
