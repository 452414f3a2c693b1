// Polls the server's health off the UI thread and keeps SyncStatus online/offline with the last contact time.
#pragma once

#include <QDateTime>
#include <QObject>
#include <QThread>

#include <atomic>

namespace nexus {

class HealthProbe;
class SyncStatus;

// Create it on the UI thread once the device is enrolled:
//   auto *monitor = new ServerMonitor(status, serverUrl, caFile, 15000, window);
//   monitor->start();
// The requests run on the monitor's own thread; SyncStatus is only ever touched on this object's thread.
class ServerMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerMonitor)

public:
    static constexpr int kDefaultIntervalMs = 15000;

    ServerMonitor(SyncStatus &status, QString serverUrl, QString caFile, int intervalMs = kDefaultIntervalMs,
        QObject *parent = nullptr);
    ~ServerMonitor() override; // stops and joins the thread

    void start(); // first probe at once, then every intervalMs; NotEnrolled becomes Connecting until it answers
    void stop(); // cancels a request in flight and waits for the thread (at most about a second)
    void checkNow(); // an extra probe as soon as the worker is free (e.g. after a failed sale upload)
    [[nodiscard]] bool isRunning() const { return m_thread.isRunning(); }

Q_SIGNALS:
    // After SyncStatus was updated; detail says why the server is considered offline.
    void checked(bool online, const QString &detail);

private:
    void onProbed(bool online, const QDateTime &whenUtc, const QString &detail);

    SyncStatus &m_status;
    QString m_url;
    QString m_caFile;
    int m_intervalMs;
    std::atomic_bool m_cancel { false };
    QThread m_thread;
    HealthProbe *m_probe = nullptr; // lives on m_thread, deleted when it finishes
    bool m_lastOnline = false;
};

} // namespace nexus
