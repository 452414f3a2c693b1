// A part's kardex: its stock movements in this branch's warehouses, newest first, each with the balance it left in
// its warehouse, who made it, and what it answers to (the sale, return, transfer, adjustment or count folio and its
// reason).
#pragma once

#include <QStringList>

#include <vector>

#include "common/error.h"
#include "common/quantity.h"

namespace nexus {

class Database;

struct KardexEntry
{
    QString movementId;
    QString atUtc;
    QString warehouseId;
    QString kind; // sale, return, receipt, transfer_out, transfer_in, adjustment, count
    Quantity quantity; // signed
    Quantity balance; // in its warehouse right after this movement
    QString userId;
    QString userName; // '' when the user is not on this device
    QString refType;
    QString refId;
    QString reference; // folio of the sale, return or transfer ('' when unknown here)
    QString reason; // the return's reason, a transfer receipt line's difference reason, or an adjustment's reason code
    QString note; // an adjustment's or a count's note
    QString authorizedByName; // the manager who authorised an adjustment or count ('' when nobody had to)
    QString otherBranchName; // transfers: where the pieces went or came from
};

class Kardex final
{
public:
    explicit Kardex(Database &db) : m_db(db) { }

    // The newest `limit` movements of `partId` in `warehouseIds`; the balances walk back from today's stock_levels,
    // so they are exact even when older movements are beyond the limit.
    [[nodiscard]] Result<std::vector<KardexEntry>> history(
        qint64 partId, const QStringList &warehouseIds, int limit = 200) const;

private:
    Database &m_db;
};

} // namespace nexus
