// SyncEngineRunner: thread lifetime, queued calls into the engine, SyncStatus updates on the UI thread.
#include "client/syncenginerunner.h"

#include "client/curltransport.h"
#include "client/syncstatus.h"

namespace nexus {

SyncEngineRunner::SyncEngineRunner(SyncStatus &status, SyncEngine::Config config, const QString &serverUrl,
    const QString &caFile, QObject *parent)
    : QObject(parent), m_status(status)
{
    HttpClient::Options options;
    options.caFile = caFile;
    options.cancel = &m_cancel;
    m_engine = new SyncEngine(std::move(config), std::make_unique<CurlTransport>(serverUrl, options));
    m_engine->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("nexus-sync"));
    connect(&m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
    // Queued: the engine emits on its thread, SyncStatus belongs to this (UI) thread.
    connect(m_engine, &SyncEngine::statusChanged, this, &SyncEngineRunner::onStatus, Qt::QueuedConnection);
    connect(m_engine, &SyncEngine::passFinished, this, &SyncEngineRunner::passFinished, Qt::QueuedConnection);
    connect(m_engine, &SyncEngine::stateArrived, this, &SyncEngineRunner::stateArrived, Qt::QueuedConnection);
    connect(
        m_engine, &SyncEngine::deviceStanding, this,
        [this](bool cloned, qint64 clockSkewSeconds) {
            m_status.setRefusedAsCopy(cloned);
            m_status.setClockSkewSeconds(clockSkewSeconds);
        },
        Qt::QueuedConnection);
    connect(
        m_engine, &SyncEngine::pulledAt, this,
        [this](const QVariantMap &verified) {
            QMap<QString, QDateTime> pulled;
            for (auto it = verified.cbegin(); it != verified.cend(); ++it)
                pulled.insert(it.key(), it.value().toDateTime());
            m_status.setPulledAt(pulled);
        },
        Qt::QueuedConnection);
}

SyncEngineRunner::~SyncEngineRunner()
{
    stop();
}

void SyncEngineRunner::start()
{
    if (m_thread.isRunning())
        return;
    m_cancel = false;
    m_thread.start();
    QMetaObject::invokeMethod(m_engine, &SyncEngine::start, Qt::QueuedConnection);
}

void SyncEngineRunner::nudge()
{
    if (m_thread.isRunning())
        QMetaObject::invokeMethod(m_engine, &SyncEngine::nudge, Qt::QueuedConnection);
}

void SyncEngineRunner::stop()
{
    if (!m_thread.isRunning())
        return;
    m_cancel = true; // aborts a request in flight within a second
    QMetaObject::invokeMethod(m_engine, &SyncEngine::stop, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_engine = nullptr; // deleted by the thread's finished signal
}

void SyncEngineRunner::onStatus(bool online, qint64 pending, const QDateTime &lastSyncUtc, const QString &)
{
    if (pending >= 0)
        m_status.setPendingCount(pending);
    if (lastSyncUtc.isValid())
        m_status.setLastSyncUtc(lastSyncUtc);
    m_status.setState(online ? SyncStatus::State::Online : SyncStatus::State::Offline);
}

} // namespace nexus
