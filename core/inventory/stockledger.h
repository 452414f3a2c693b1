// The stock ledger: movements appended and balances (stock_levels) kept in the same statement batch, O(1) reads.
#pragma once

#include <vector>

#include "common/error.h"
#include "common/quantity.h"

namespace nexus {

class Database;

struct StockMovement
{
    QString id;          // UUID v7
    qint64 partId = 0;
    QString warehouseId;
    QString kind;        // sale, return, receipt, transfer_out, transfer_in, adjustment, count
    Quantity quantity;   // signed: a sale of 2 is -2
    QString refType;
    QString refId;
    QString userId;
    QString atUtc;
};

class StockLedger final
{
public:
    explicit StockLedger(Database &db) : m_db(db) {}

    // Appends the movements and updates the balances: two statements whatever the count. Call inside a transaction.
    // Negative balances are allowed (an offline sale never blocks); callers report them as exceptions.
    [[nodiscard]] Status post(const std::vector<StockMovement> &movements);
    // The balance of one part in one warehouse (0 when it never moved).
    [[nodiscard]] Result<Quantity> balance(qint64 partId, const QString &warehouseId) const;

private:
    Database &m_db;
};

} // namespace nexus
