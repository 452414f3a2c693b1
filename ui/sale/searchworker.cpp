// Worker side of the counter search: its own connections, the index built once if missing, stock joined per page.
#include "sale/searchworker.h"

#include "app/uilogging.h"
#include "catalog/catalogsearch.h"
#include "catalog/catalogsearchindex.h"
#include "sales/branchstock.h"
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
    Result<StockByPart> stock = BranchStock(*m_nexus).levels(parts, m_warehouseIds);
    if (!stock)
        answer.error = stock.error();
    else
        answer.stock = std::move(*stock);
    answer.elapsedMs = timer.elapsed();
    return answer;
}

} // namespace nexus
