// Runs DailyNotices on its own thread and connection while the counter is open: a check at start, then every
// interval (cheap: one settings read), so warranty_expiring and maintenance_due go out every day without anybody
// pressing F5 or F7. Started by nexus-pos next to the WAL checkpointer.
#pragma once

#include <QDate>
#include <QObject>
#include <QString>
#include <QThread>

#include <memory>

namespace nexus {

class Clock;

class DailyNoticeRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DailyNoticeRunner)
public:
    static constexpr int kDefaultIntervalMs = 5 * 60 * 1000;

    // `clock` must outlive the runner and be safe to read from its thread.
    DailyNoticeRunner(QString databasePath, QString catalogPath, const Clock &clock,
        int intervalMs = kDefaultIntervalMs, QObject *parent = nullptr);
    ~DailyNoticeRunner() override;

    void start();
    void stop(); // joins the thread; a pass in progress finishes first
    void nudge(); // check now (queued to the runner's thread)
    [[nodiscard]] bool isRunning() const { return m_thread.isRunning(); }

Q_SIGNALS:
    // After every check (on the receiver's thread): whether a pass ran, for which day, and what it queued.
    void checked(bool ran, QDate day, int warranties, int maintenance);

private:
    void check(); // on m_thread

    QString m_path;
    QString m_catalogPath;
    const Clock &m_clock;
    int m_intervalMs;
    QThread m_thread;
    std::unique_ptr<QObject> m_context; // lives on m_thread: the timer and the connection
};

} // namespace nexus
