// SQL of quotes (migrations 0019, 0028: the service order a quote was made from): the quote with its lines, the
// branch's folio, the list with its search, and the state changes. Callers own the transactions.
#pragma once

#include <optional>
#include <vector>

#include "common/error.h"
#include "quotes/quote.h"

namespace nexus {

class Database;

// What the list asks for: text matches the folio, the customer's name or phone, or the service order's folio; a status
// filters on the day given.
struct QuoteFilter
{
    QString text;
    std::optional<QuoteStatus> status;
    int limit = 200;
};

class QuoteRepository final
{
public:
    explicit QuoteRepository(Database &db) : m_db(db) { }

    // "COT-000001": counted per branch on this device in folio_counters ("COT:" keeps the series apart).
    [[nodiscard]] Result<QString> nextFolio(const QString &branchId);
    [[nodiscard]] Status insert(const Quote &quote);
    [[nodiscard]] Result<Quote> load(const QString &id) const;
    [[nodiscard]] Result<std::optional<Quote>> findByFolio(const QString &folio) const;
    // Newest first, without their lines (the list shows the totals).
    [[nodiscard]] Result<std::vector<Quote>> list(const QuoteFilter &filter, const QDate &today) const;
    // open → converted with the sale; false when it was not open any more (another sale took it first).
    [[nodiscard]] Result<bool> markConverted(
        const QString &id, const QString &saleId, const QString &saleFolio, const QString &nowUtc);
    [[nodiscard]] Result<bool> markCancelled(const QString &id, const QString &nowUtc);
    // The sale records the quote it came from.
    [[nodiscard]] Status setSaleQuote(const QString &saleId, const QString &quoteFolio);

private:
    [[nodiscard]] Result<std::vector<QuoteLine>> lines(const QString &quoteId) const;
    Database &m_db;
};

} // namespace nexus
