// Owns the sync engine's thread on the UI side and mirrors the engine's signals into SyncStatus (UI thread); tells
// the UI when pulled state (prices, other branches' stock) arrived.
#pragma once

#include <QObject>
#include <QThread>

#include <atomic>

#include "client/syncengine.h"

namespace nexus {

class SyncStatus;

// In nexus-pos, once the device is enrolled:
//     m_sync = std::make_unique<SyncEngineRunner>(m_syncStatus, config, serverUrl, caFile);
//     m_sync->start();   … m_sync->nudge() after each committed sale …   m_sync->stop() (also in the destructor)
class SyncEngineRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncEngineRunner)
public:
    // The real network: CurlTransport to serverUrl trusting caFile.
    SyncEngineRunner(SyncStatus &status, SyncEngine::Config config, const QString &serverUrl, const QString &caFile,
        QObject *parent = nullptr);
    ~SyncEngineRunner() override;

    void start();
    void stop(); // cancels a request in flight, closes the engine's connection, joins the thread
    void nudge(); // cheap, never blocks: queued to the engine's thread
    [[nodiscard]] bool isRunning() const { return m_thread.isRunning(); }

Q_SIGNALS:
    void passFinished(bool ok);
    // On the UI thread: a pass brought new rows for these buckets ("prices", "stock", …); the sale screen re-runs
    // its search so prices and other branches' stock on screen are the ones just pulled.
    void stateArrived(const QStringList &buckets);

private:
    void onStatus(bool online, qint64 pending, const QDateTime &lastSyncUtc, const QString &detail);

    SyncStatus &m_status;
    std::atomic_bool m_cancel { false };
    QThread m_thread;
    SyncEngine *m_engine = nullptr; // lives on m_thread
};

} // namespace nexus
