// Worker side of the counter search: its own connections, the index built once if missing, per page: own and other
// branches' stock joined, HQ's pulled price changes applied.
#include "sale/searchworker.h"

#include "app/uilogging.h"
#include "catalog/catalogsearch.h"
#include "catalog/catalogsearchindex.h"
#include "sales/branchstock.h"
#include "sales/cartitemlookup.h"
#include "sales/priceoverrides.h"
#include "store/catalogstore.h"
#include "store/database.h"

#include <QElapsedTimer>

namespace nexus {

SearchWorker::SearchWorker(QString catalogPath, QString nexusPath, QStringList warehouseIds)
    : m_catalogPath(std::move(catalogPath)), m_nexusPath(std::move(nexusPath)), m_warehouseIds(std::move(warehouseIds))
{
}

// The search holds statements of the catalogue connection: it goes first.
SearchWorker::~SearchWorker()
{
    m_search.reset();
    m_catalog.reset();
    m_nexus.reset();
}

Status SearchWorker::ensureOpen(const std::function<void(bool)> &indexing)
{
    if (m_search)
        return {};
    Result<std::unique_ptr<CatalogStore>> catalog = CatalogStore::open(m_catalogPath);
    if (!catalog)
        return std::unexpected(catalog.error());
    Result<bool> built = CatalogSearchIndex::isBuilt((*catalog)->db());
    if (!built)
        return std::unexpected(built.error());
    if (!*built) {
        // A catalogue copied in without its index (an older snapshot, a generated demo file): build it once here,
        // off the UI thread; the screen says what is happening meanwhile.
        qCInfo(lcUi) << "building the catalogue search index of" << m_catalogPath;
        if (indexing)
            indexing(true);
        Result<SearchIndexStats> stats = CatalogSearchIndex::rebuild((*catalog)->db());
        if (indexing)
            indexing(false);
        if (!stats)
            return std::unexpected(stats.error());
        qCInfo(lcUi) << "search index built:" << stats->parts << "parts in" << stats->milliseconds << "ms";
    }
    Result<std::unique_ptr<Database>> nexus = Database::open(m_nexusPath, Durability::Full);
    if (!nexus)
        return std::unexpected(nexus.error());
    m_catalog = std::move(*catalog);
    m_nexus = std::move(*nexus);
    m_search = std::make_unique<CatalogSearch>(m_catalog->db());
    return {};
}

Status SearchWorker::applyPriceOverrides(QList<CatalogHit> &hits, const CatalogQuery &query)
{
    QList<qint64> parts;
    parts.reserve(hits.size());
    for (const CatalogHit &hit : std::as_const(hits))
        parts.append(hit.partId);
    Result<QHash<qint64, PartPriceOverrides>> overrides = PriceOverrides(*m_nexus).forParts(parts);
    if (!overrides)
        return std::unexpected(overrides.error());
    if (overrides->isEmpty())
        return {}; // the usual case: one primary-key probe per hit, nothing else
    // Few parts have a change from HQ: price those exactly as the cart will (one rule, in CartItemLookup).
    const CartItemLookup lookup(m_catalog->db(), *m_nexus);
    for (CatalogHit &hit : hits) {
        if (!overrides->contains(hit.partId))
            continue;
        Result<CartItem> item = lookup.item(hit.partId, query.priceListId, QString());
        if (!item) // a list the counter cannot sell with (not in pesos): its catalogue price stays as shown
            continue;
        hit.price = item->unitPrice;
        hit.priceVersion = item->priceVersion;
    }
    return {};
}

SearchAnswer SearchWorker::run(int requestId, const CatalogQuery &query, const std::function<void(bool)> &indexing)
{
    QElapsedTimer timer;
    timer.start();
    SearchAnswer answer;
    answer.requestId = requestId;
    answer.text = query.text;
    if (Status open = ensureOpen(indexing); !open) {
        answer.error = open.error();
        return answer;
    }
    Result<CatalogSearchResult> result = m_search->search(query);
    if (!result) {
        answer.error = result.error();
        return answer;
    }
    answer.hits = std::move(result->hits);
    answer.more = result->more;
    QList<qint64> parts;
    parts.reserve(answer.hits.size());
    for (const CatalogHit &hit : std::as_const(answer.hits))
        parts.append(hit.partId);
    if (Status priced = applyPriceOverrides(answer.hits, query); !priced) {
        answer.error = priced.error();
        return answer;
    }
    const BranchStock stockReader(*m_nexus);
    // What the counter may sell: the workshop's reserved pieces are not on offer.
    Result<StockByPart> stock = stockReader.available(parts, m_warehouseIds);
    if (!stock) {
        answer.error = stock.error();
        return answer;
    }
    answer.stock = std::move(*stock);
    Result<bool> others = stockReader.hasOtherBranches(m_warehouseIds);
    if (!others) {
        answer.error = others.error();
        return answer;
    }
    answer.hasOtherBranches = *others;
    if (answer.hasOtherBranches) {
        Result<OtherBranchStockByPart> remote = stockReader.otherBranches(parts, m_warehouseIds);
        if (!remote) {
            answer.error = remote.error();
            return answer;
        }
        answer.otherBranches = std::move(*remote);
    }
    answer.elapsedMs = timer.elapsed();
    return answer;
}

} // namespace nexus
