// ServerMonitor: owns the worker thread and applies probe results to SyncStatus on its own thread.
#include "client/servermonitor.h"

#include "client/healthprobe.h"
#include "client/syncstatus.h"
#include "protocol/logging.h"

namespace nexus {

ServerMonitor::ServerMonitor(SyncStatus &status, QString serverUrl, QString caFile, int intervalMs, QObject *parent)
    : QObject(parent),
      m_status(status),
      m_url(std::move(serverUrl)),
      m_caFile(std::move(caFile)),
      m_intervalMs(std::max(intervalMs, 100))
{
    m_thread.setObjectName(QStringLiteral("nexus-server-monitor"));
    m_status.setServerUrl(m_url);
}

ServerMonitor::~ServerMonitor()
{
    stop();
}

void ServerMonitor::start()
{
    if (m_thread.isRunning())
        return;
    m_cancel = false;
    if (m_status.state() == SyncStatus::State::NotEnrolled)
        m_status.setState(SyncStatus::State::Connecting);
    m_probe = new HealthProbe(m_url, m_caFile, m_intervalMs, m_cancel);
    m_probe->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_probe, &QObject::deleteLater);
    connect(m_probe, &HealthProbe::probed, this, &ServerMonitor::onProbed); // queued: different threads
    m_thread.start();
    QMetaObject::invokeMethod(m_probe, &HealthProbe::start, Qt::QueuedConnection);
}

void ServerMonitor::stop()
{
    if (!m_thread.isRunning())
        return;
    m_cancel = true;
    m_thread.quit();
    m_thread.wait();
    m_probe = nullptr;
}

void ServerMonitor::checkNow()
{
    if (m_probe && m_thread.isRunning())
        QMetaObject::invokeMethod(m_probe, &HealthProbe::probeNow, Qt::QueuedConnection);
}

void ServerMonitor::onProbed(bool online, const QDateTime &whenUtc, const QString &detail)
{
    if (m_cancel.load())
        return; // a result that raced stop(): the caller no longer wants updates
    if (online != m_lastOnline || m_status.state() == SyncStatus::State::Connecting) {
        if (online)
            qCInfo(lcSyncEngine).noquote() << "server" << m_url << "is reachable";
        else
            qCInfo(lcSyncEngine).noquote() << "server" << m_url << "is unreachable:" << detail;
    }
    m_lastOnline = online;
    if (online)
        m_status.setLastSyncUtc(whenUtc);
    m_status.setState(online ? SyncStatus::State::Online : SyncStatus::State::Offline);
    Q_EMIT checked(online, detail);
}

} // namespace nexus
