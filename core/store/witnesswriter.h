// Raises the folio witness (store/foliowitness.h) on its own thread and connection, so that no sale waits for it:
// writing the witness is a second file replaced and fsync'd per sale, and inside the commit it had doubled the
// checkout's wall time on a busy disk (`nexus-bench checkout --witness on|off`).
#pragma once

#include <QString>

#include <condition_variable>
#include <memory>
#include <mutex>

class QThread;

namespace nexus {

class FolioWitness;

// nudge() after each commit of the counter's connection returns at once; the thread reads what nexus.db has handed
// out through its own connection (it sees every commit made before the nudge) and raises the file. Nudges that come
// while it writes are folded into one more pass. Destroying it writes what is still pending, then stops.
class WitnessWriter final
{
public:
    WitnessWriter(QString databasePath, std::shared_ptr<FolioWitness> witness);
    ~WitnessWriter();
    WitnessWriter(const WitnessWriter &) = delete;
    WitnessWriter &operator=(const WitnessWriter &) = delete;

    void nudge();
    // Returns once every commit nudged before the call is in the witness file (or failed to be, logged).
    void flush();
    // Passes that read nexus.db (any thread): fewer than nudges when commits came faster than the disk.
    [[nodiscard]] quint64 passes() const;

private:
    void run(); // on m_thread

    QString m_path;
    std::shared_ptr<FolioWitness> m_witness;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_caughtUp;
    quint64 m_asked = 0;   // nudges so far
    quint64 m_written = 0; // the nudge count the last finished pass covered
    quint64 m_passes = 0;
    bool m_stopping = false;
    std::unique_ptr<QThread> m_thread;
};

} // namespace nexus
