// SyncStatus setters: emit changed() only on a real change.
#include "client/syncstatus.h"

namespace nexus {

void SyncStatus::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT changed();
}

void SyncStatus::setPendingCount(qint64 pending)
{
    if (m_pending == pending)
        return;
    m_pending = pending;
    Q_EMIT changed();
}

void SyncStatus::setLastSyncUtc(const QDateTime &when)
{
    if (m_lastSync == when)
        return;
    m_lastSync = when;
    Q_EMIT changed();
}

void SyncStatus::setServerUrl(const QString &url)
{
    if (m_serverUrl == url)
        return;
    m_serverUrl = url;
    Q_EMIT changed();
}

void SyncStatus::setPulledAt(const QMap<QString, QDateTime> &pulledAt)
{
    if (m_pulledAt == pulledAt)
        return;
    m_pulledAt = pulledAt;
    Q_EMIT changed();
}

void SyncStatus::setRefusedAsCopy(bool refused)
{
    if (m_refusedAsCopy == refused)
        return;
    m_refusedAsCopy = refused;
    Q_EMIT changed();
}

void SyncStatus::setClockSkewSeconds(qint64 seconds)
{
    if (m_clockSkew == seconds)
        return;
    m_clockSkew = seconds;
    Q_EMIT changed();
}

} // namespace nexus
