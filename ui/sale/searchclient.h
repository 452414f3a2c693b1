// Runs the counter's catalogue search off the UI thread: a worker thread with its own catalog.db and nexus.db
// connections (CatalogSearch is one per connection and thread), keystrokes debounced, stale requests skipped before
// they run and stale answers dropped when they arrive.
#pragma once

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <atomic>
#include <memory>

#include "catalog/catalogquery.h"
#include "sale/searchanswer.h"

class QThread;

namespace nexus {

class SearchWorker;

class SearchClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchClient)

public:
    // Keystrokes closer together than this are one search.
    static constexpr int kDebounceMs = 120;

    SearchClient(QString catalogPath, QString nexusPath, QStringList warehouseIds, QObject *parent = nullptr);
    ~SearchClient() override;

    // As the cashier types: searches kDebounceMs after the last call.
    void searchSoon(const CatalogQuery &query);
    // Now (Enter, price list change); cancels a pending debounced search.
    void searchNow(const CatalogQuery &query);
    // Forgets pending work: answers of earlier requests are dropped.
    void cancel();

    [[nodiscard]] int latestRequest() const { return m_latest->load(); }
    [[nodiscard]] bool isBusy() const { return m_inFlight > 0; }

Q_SIGNALS:
    // Only the answer to the latest request is delivered.
    void answered(const nexus::SearchAnswer &answer);
    // The catalogue has no search index yet and the worker is building it (minutes on a full catalogue).
    void indexing(bool running);

private:
    void dispatch();
    void deliver(const SearchAnswer &answer);

    QThread *m_thread = nullptr;
    SearchWorker *m_worker = nullptr; // lives in m_thread
    std::shared_ptr<std::atomic<int>> m_latest = std::make_shared<std::atomic<int>>(0);
    QTimer m_debounce;
    CatalogQuery m_pending;
    int m_inFlight = 0;
};

} // namespace nexus
