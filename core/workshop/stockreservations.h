// Stock the workshop holds back for its orders: a summary per (part, warehouse) kept by the same transaction as the
// order's part lines, so "available" is one read: on hand (stock_levels) − reserved.
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include "common/error.h"
#include "common/quantity.h"

namespace nexus {

class Database;

// On hand, reserved and what is left for the counter, of one part in one warehouse.
struct StockAvailability
{
    Quantity onHand;
    Quantity reserved;
    [[nodiscard]] Quantity available() const { return onHand - reserved; }
};

class StockReservations final
{
public:
    explicit StockReservations(Database &db) : m_db(db) { }

    // Adds (positive) or gives back (negative) a reservation; call inside the caller's transaction.
    [[nodiscard]] Status change(qint64 partId, const QString &warehouseId, Quantity delta);
    [[nodiscard]] Result<StockAvailability> of(qint64 partId, const QString &warehouseId) const;
    // What is reserved of `partIds` in `warehouseIds`, one statement (the counter's search page subtracts it).
    // partId → warehouseId → reserved; absent means nothing reserved.
    [[nodiscard]] Result<QHash<qint64, QHash<QString, Quantity>>> reserved(
        const QList<qint64> &partIds, const QStringList &warehouseIds) const;

private:
    Database &m_db;
};

} // namespace nexus
