// Copies nexus.db's write-ahead log into the database on its own thread and connection, so that no sale's commit
// pays for it: SQLite's automatic checkpoint runs inside the commit that crosses the threshold, and that commit
// then writes and fsyncs the database file besides its own WAL frames (the tail of `nexus-bench checkout`).
#pragma once

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <memory>

namespace nexus {

// In nexus-pos, right after LocalStore::open (whose connection only checkpoints by itself past
// kCounterAutoCheckpointPages, the safety net when this thread is not running):
//     m_checkpointer = std::make_unique<WalCheckpointer>(store->db().path());
//     m_checkpointer->start();
class WalCheckpointer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WalCheckpointer)
public:
    static constexpr int kDefaultIntervalMs = 1000;

    explicit WalCheckpointer(QString databasePath, int intervalMs = kDefaultIntervalMs, QObject *parent = nullptr);
    ~WalCheckpointer() override;

    void start();
    void stop(); // joins the thread; a pass in progress finishes first (a passive checkpoint never waits for locks)
    [[nodiscard]] bool isRunning() const { return m_thread.isRunning(); }

    // What the passes did (any thread): passes run; after the last one, the frames in the WAL and how many of them
    // are in the database (equal: nothing left to copy).
    [[nodiscard]] qint64 passes() const { return m_passes; }
    [[nodiscard]] qint64 walFrames() const { return m_walFrames; }
    [[nodiscard]] qint64 copiedFrames() const { return m_copiedFrames; }

private:
    void runPass(); // on m_thread

    QString m_path;
    int m_intervalMs;
    QThread m_thread;
    std::unique_ptr<QObject> m_context; // lives on m_thread: the timer and the connection
    std::atomic<qint64> m_passes { 0 };
    std::atomic<qint64> m_walFrames { 0 };
    std::atomic<qint64> m_copiedFrames { 0 };
};

} // namespace nexus
