// The catalogue search of the counter on its worker thread: opens catalog.db and nexus.db there on first use,
// builds the search index if the catalogue arrived without one, answers one request at a time.
#pragma once

#include <QObject>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

#include "catalog/catalogquery.h"
#include "common/error.h"
#include "sale/searchanswer.h"

namespace nexus {

class CatalogSearch;
class CatalogStore;
class Database;

class SearchWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchWorker)

public:
    SearchWorker(QString catalogPath, QString nexusPath, QStringList warehouseIds);
    ~SearchWorker() override;

    // Runs on the worker thread. `indexing` is called (on the worker thread) around an index build.
    [[nodiscard]] SearchAnswer run(int requestId, const CatalogQuery &query, const std::function<void(bool)> &indexing);

private:
    [[nodiscard]] Status ensureOpen(const std::function<void(bool)> &indexing);
    // HQ's pulled price changes (nexus.db price_overrides) on top of the catalogue prices of the page.
    [[nodiscard]] Status applyPriceOverrides(QList<CatalogHit> &hits, const CatalogQuery &query);

    QString m_catalogPath;
    QString m_nexusPath;
    QStringList m_warehouseIds;
    std::unique_ptr<CatalogStore> m_catalog;
    std::unique_ptr<CatalogSearch> m_search;
    std::unique_ptr<Database> m_nexus;
};

} // namespace nexus
