// The dashboard's operations figures for the 30 days ending on its day: quotes given vs turned into sales, the
// workshop's orders by state with the average time an order spends in each state, the mechanics' productivity
// (labor hours billed against the hours their orders spent in repair: the workshop's clock) and what the stock
// needs now (parts out of stock, reorder alerts pending).
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include "common/error.h"
#include "workshop/serviceorderstatus.h"

namespace nexus {

class Database;

struct DashboardOrderState
{
    ServiceOrderStatus status = ServiceOrderStatus::Received;
    qint64 open = 0;          // orders in this state now
    qint64 stays = 0;         // times an order of the period was in the state
    qint64 averageMinutes = 0; // over those stays (one still going counts until the period's end)
};

struct DashboardMechanic
{
    QString name;
    qint64 orders = 0;
    qint64 billedHoursThousandths = 0; // hours on the labor lines they did (hourly and flat lines alike)
    qint64 clockedMinutes = 0;         // time their orders were in repair
};

struct DashboardOperations
{
    qint64 quotes = 0;          // quotes made in the period
    qint64 quotesMessaged = 0;  // of them, sent to the customer by WhatsApp or e-mail
    qint64 quotesConverted = 0; // of them, turned into a sale
    qint64 quotesCents = 0;
    qint64 quotesConvertedCents = 0;
    QList<DashboardOrderState> orderStates; // the working states, board order (received … ready)
    QList<DashboardMechanic> mechanics;     // by billed hours, most first
    qint64 partsOutOfStock = 0;             // this branch's warehouses, stock at or below zero
    qint64 reorderAlerts = 0;               // open (not resolved) reorder alerts
    qint64 reorderAlertsUnacknowledged = 0;
};

// [fromUtc, toUtc): the period as ISO-8601 UTC; `endUtc` where a stay still going is cut (the period's end, or now
// when that is earlier). `branchId` empty: every branch in the replica.
[[nodiscard]] Result<DashboardOperations> loadDashboardOperations(Database &db, const QString &fromUtc,
    const QString &toUtc, const QDateTime &endUtc, const QString &branchId);

} // namespace nexus
