// The worker half of ServerMonitor: lives on the monitor's thread, owns its timer, asks GET /v1/health.
#pragma once

#include <QDateTime>
#include <QObject>

#include <atomic>

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

namespace nexus {

class HealthProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthProbe)

public:
    HealthProbe(QString serverUrl, QString caFile, int intervalMs, const std::atomic_bool &cancel);
    ~HealthProbe() override;

    // Called on the worker thread (queued): creates the timer there and probes at once.
    Q_INVOKABLE void start();
    Q_INVOKABLE void probeNow();

Q_SIGNALS:
    // online: the server answered {"status":"ok"}; detail: why not, for the log.
    void probed(bool online, const QDateTime &whenUtc, const QString &detail);

private:
    QString m_url;
    QString m_caFile;
    int m_intervalMs;
    const std::atomic_bool &m_cancel;
    QTimer *m_timer = nullptr; // child: created, fired and destroyed on the worker thread
};

} // namespace nexus
