// What the UI shows of sync: online/offline, pending changes, last successful contact, and how fresh each pulled
// bucket is (other branches' stock, prices "as of"). Updated by the sync side.
#pragma once

#include <QDateTime>
#include <QMap>
#include <QObject>

namespace nexus {

class SyncStatus final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncStatus)

public:
    enum class State {
        NotEnrolled, // this device has no server yet
        Connecting,  // enrolled, first contact not made yet
        Online,      // the last contact with the server succeeded
        Offline,     // the last contact failed; the counter keeps working
    };
    Q_ENUM(State)

    explicit SyncStatus(QObject *parent = nullptr) : QObject(parent) {}

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] qint64 pendingCount() const { return m_pending; }
    [[nodiscard]] QDateTime lastSyncUtc() const { return m_lastSync; }
    [[nodiscard]] QString serverUrl() const { return m_serverUrl; }
    // bucket ("stock", "prices", …) → UTC of its last pull whose checkpoint matched; absent: never verified.
    [[nodiscard]] QMap<QString, QDateTime> pulledAt() const { return m_pulledAt; }
    // The server refused this nexus.db as a copy of another till with the same identity: it keeps selling, but sends
    // nothing until it is enrolled again (restart, new code from head office).
    [[nodiscard]] bool refusedAsCopy() const { return m_refusedAsCopy; }
    // This computer's clock minus the server's, in seconds (0 until known). Sales keep the local time either way.
    [[nodiscard]] qint64 clockSkewSeconds() const { return m_clockSkew; }

    void setState(State state);
    void setPendingCount(qint64 pending);
    void setLastSyncUtc(const QDateTime &when);
    void setServerUrl(const QString &url);
    void setPulledAt(const QMap<QString, QDateTime> &pulledAt);
    void setRefusedAsCopy(bool refused);
    void setClockSkewSeconds(qint64 seconds);

Q_SIGNALS:
    void changed();

private:
    State m_state = State::NotEnrolled;
    qint64 m_pending = 0;
    QDateTime m_lastSync;
    QString m_serverUrl;
    QMap<QString, QDateTime> m_pulledAt;
    bool m_refusedAsCopy = false;
    qint64 m_clockSkew = 0;
};

} // namespace nexus
