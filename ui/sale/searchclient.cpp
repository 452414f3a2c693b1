// UI side of the counter search: debounce, request ids, the worker thread's lifetime.
#include "sale/searchclient.h"

#include "sale/searchworker.h"

#include <QPointer>
#include <QThread>

namespace nexus {

SearchClient::SearchClient(QString catalogPath, QString nexusPath, QStringList warehouseIds, QObject *parent)
    : QObject(parent)
{
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("catalogSearch"));
    m_worker = new SearchWorker(std::move(catalogPath), std::move(nexusPath), std::move(warehouseIds));
    m_worker->moveToThread(m_thread);
    m_thread->start();
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &SearchClient::dispatch);
}

SearchClient::~SearchClient()
{
    m_latest->store(-1); // queued requests return at once
    // The worker's SQL connections belong to its thread: close them there, then stop the thread.
    SearchWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker] { delete worker; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void SearchClient::searchSoon(const CatalogQuery &query)
{
    m_pending = query;
    ++*m_latest; // anything already queued is stale now
    m_debounce.start();
}

void SearchClient::searchNow(const CatalogQuery &query)
{
    m_pending = query;
    m_debounce.stop();
    dispatch();
}

void SearchClient::cancel()
{
    m_debounce.stop();
    ++*m_latest;
}

void SearchClient::dispatch()
{
    const int id = ++*m_latest;
    const CatalogQuery query = m_pending;
    std::shared_ptr<std::atomic<int>> latest = m_latest;
    SearchWorker *worker = m_worker;
    QPointer<SearchClient> self(this);
    ++m_inFlight;
    QMetaObject::invokeMethod(m_worker, [worker, latest, self, id, query] {
        SearchAnswer answer;
        answer.requestId = id;
        answer.text = query.text;
        if (latest->load() == id) {
            const auto indexing = [self](bool running) {
                QMetaObject::invokeMethod(self.data(), [self, running] {
                    if (self)
                        Q_EMIT self->indexing(running);
                });
            };
            answer = worker->run(id, query, indexing);
        }
        // Posted to the client: the event dies with it if the screen is gone.
        QMetaObject::invokeMethod(self.data(), [self, answer] {
            if (self)
                self->deliver(answer);
        });
    });
}

void SearchClient::deliver(const SearchAnswer &answer)
{
    m_inFlight = std::max(0, m_inFlight - 1);
    if (answer.requestId != m_latest->load())
        return; // a newer keystroke is on its way
    Q_EMIT answered(answer);
}

} // namespace nexus
