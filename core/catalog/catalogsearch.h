// The counter's catalogue search over catalog.db: words as you type, synonyms, SKU/barcode/OEM codes, brand,
// category and vehicle filters, priced for a price list. One instance per connection and thread: a worker thread
// opens its own CatalogStore (unique connection name) and its own CatalogSearch, so the UI thread never waits.
#pragma once

#include <memory>

#include "catalog/cataloghit.h"
#include "catalog/catalogquery.h"
#include "common/error.h"

namespace nexus {

class Database;

class CatalogSearch final
{
public:
    Q_DISABLE_COPY_MOVE(CatalogSearch)
    // `db` is a catalog.db connection of the calling thread and must outlive the search. The search enlarges the
    // connection's page cache and memory-maps the file: the index is read-mostly and hot.
    explicit CatalogSearch(Database &db);
    ~CatalogSearch();

    // Exact SKU, barcode and code hits first, then code substrings, then word matches by relevance.
    // Errors name the field: "query", "limit", "brand", "category", "priceList", "vehicle.year", "vehicle.make",
    // "vehicle.model", "vehicle.engine", "vehicle", "index".
    [[nodiscard]] Result<CatalogSearchResult> search(const CatalogQuery &query);

    // Word matches are scored on this many best-first candidates (bounded work per keystroke).
    static constexpr int kCandidatePool = 200;
    // A vehicle filter wider than this many vehicles that is not a whole make or model is refused.
    static constexpr int kMaxVehicles = 250;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace nexus
