// Runs the NotificationDispatcher on its own thread with its own nexus.db connection: at start it recovers rows an
// earlier process left 'sending', then every interval (and on nudge()) it sends what is due. Channels are
// configured in the settings table (notify_whatsapp_*, notify_smtp_*) with their secrets in the SecretStore
// ("whatsapp-token", "smtp-password"); an unconfigured channel keeps its messages queued.
#pragma once

#include <QObject>
#include <QThread>

namespace nexus {

class NotificationDispatchWorker;

class NotificationDispatchRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationDispatchRunner)
public:
    NotificationDispatchRunner(QString databasePath, int intervalMs = 15000, QObject *parent = nullptr);
    ~NotificationDispatchRunner() override;

    void start();
    void stop();
    void nudge(); // queued to the worker: send what is due now
    [[nodiscard]] bool isRunning() const { return m_thread.isRunning(); }

Q_SIGNALS:
    // On the caller's thread after each pass: how many went out, were postponed, failed.
    void passFinished(int sent, int retried, int failed);

private:
    QString m_databasePath;
    int m_intervalMs;
    QThread m_thread;
    NotificationDispatchWorker *m_worker = nullptr; // lives on m_thread
};

} // namespace nexus
