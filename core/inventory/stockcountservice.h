// Physical counts: open a count of one warehouse (whole, or one category: a cycle count), count parts by scanning or
// typing, then post. Each line keeps the ledger balance at the moment it was counted, so posting moves
// counted − that balance even when sales happened between counting and posting. Posting writes 'count' movements,
// the audit entry and a stock.adjusted fact in one transaction and needs AdjustStock (own or a manager's). A full
// count also sets every part of the warehouse that was not counted to zero (what is not on the shelf is not there);
// a cycle count (one category) leaves the parts it did not count alone.
#pragma once

#include <optional>
#include <vector>

#include "common/error.h"
#include "common/quantity.h"
#include "inventory/stockactor.h"

namespace nexus {

class Clock;
class Database;

enum class CountState { Open, Posted, Cancelled };

struct StockCountLine
{
    qint64 partId = 0;
    QString sku;
    QString description;
    Quantity counted;
    Quantity expected; // the ledger balance when it was counted
    QString countedBy;
    QString countedAtUtc;
    [[nodiscard]] Quantity difference() const { return counted - expected; }
};

struct StockCount
{
    QString id;
    QString folio;
    QString warehouseId;
    QString category; // '' for a full count of the warehouse
    QString note;
    CountState state = CountState::Open;
    QString openedBy;
    QString openedAtUtc;
    QString closedBy;
    QString authorizedBy;
    QString closedAtUtc;
    std::vector<StockCountLine> lines; // by SKU
};

// What posting a full count would set to zero: the parts of the warehouse with stock that nobody counted.
struct UncountedStock
{
    qsizetype parts = 0;
    Quantity units; // the pieces leaving the books: the sum of their positive balances (a negative one goes up to 0)
};

struct CountEntry
{
    qint64 partId = 0;
    QString sku;
    QString description;
    Quantity quantity;
    bool add = false; // a scan adds to what was counted; typing a quantity replaces it (a recount)
};

class StockCountService final
{
public:
    // `catalogPath`: catalog.db, for the SKU and description of the parts a full count zeroes ('' without it).
    StockCountService(Database &db, const Clock &clock, StockContext context, QString catalogPath = {});

    // Anyone signed in may count; one open count per warehouse and category.
    [[nodiscard]] Result<StockCount> open(
        const QString &warehouseId, const QString &category, const QString &note, const QString &userId);
    // Records a counted quantity. The first entry of a part (and every typed recount) takes the ledger balance
    // of that moment as the expected quantity; a scan adding to it keeps the balance of the first count.
    [[nodiscard]] Result<StockCountLine> count(const QString &countId, const CountEntry &entry, const QString &userId);
    // The parts and units posting this count would set to zero: none for a cycle count. For the confirmation.
    [[nodiscard]] Result<UncountedStock> uncounted(const QString &countId) const;
    // Posts the differences: one 'count' movement per line whose counted quantity differs from its expected one; a
    // full count first adds a line counted 0 (expected: the balance now) for every part with stock not counted.
    [[nodiscard]] Result<StockCount> post(const QString &countId, const StockActor &actor);
    [[nodiscard]] Result<StockCount> cancel(const QString &countId, const QString &userId);

    [[nodiscard]] Result<StockCount> find(const QString &countId) const;
    // Open counts first, then the newest closed ones.
    [[nodiscard]] Result<std::vector<StockCount>> list(int limit = 50) const;

private:
    [[nodiscard]] Result<StockCount> openCount(const QString &countId) const;
    // Adds the zero lines of a full count's uncounted parts, named from cat.parts when `catalogue` is attached.
    // Inside post()'s transaction.
    [[nodiscard]] Status zeroUncounted(StockCount &count, const QString &userId, const QString &atUtc, bool catalogue);

    Database &m_db;
    const Clock &m_clock;
    StockContext m_context;
    QString m_catalogPath;
};

[[nodiscard]] QString countStateCode(CountState state);

} // namespace nexus
