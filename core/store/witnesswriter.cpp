// WitnessWriter: a thread waiting for nudges, reading the marks through its own nexus.db connection.
#include "store/witnesswriter.h"

#include "common/logging.h"
#include "store/database.h"
#include "store/foliowitness.h"

#include <QThread>

#include <atomic>

namespace nexus {

namespace {
std::atomic<int> g_writers { 0 }; // distinct connection names when several counters live in one process (tests)
}

WitnessWriter::WitnessWriter(QString databasePath, std::shared_ptr<FolioWitness> witness)
    : m_path(std::move(databasePath)), m_witness(std::move(witness))
{
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("nexus-folio-witness"));
    m_thread->start(QThread::LowPriority);
}

WitnessWriter::~WitnessWriter()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread->wait();
}

void WitnessWriter::nudge()
{
    {
        const std::lock_guard lock(m_mutex);
        ++m_asked;
    }
    m_wake.notify_one();
}

void WitnessWriter::flush()
{
    std::unique_lock lock(m_mutex);
    const quint64 target = m_asked;
    m_caughtUp.wait(lock, [&] { return m_written >= target; });
}

quint64 WitnessWriter::passes() const
{
    const std::lock_guard lock(m_mutex);
    return m_passes;
}

void WitnessWriter::run()
{
    const QString connection = QStringLiteral("nexus-folio-witness-%1").arg(++g_writers);
    Result<std::unique_ptr<Database>> db = Database::open(m_path, Durability::Full, connection);
    if (!db)
        qCWarning(lcStore).noquote() << "folio witness: cannot open" << m_path << db.error().logMessage();
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stopping || m_asked > m_written; });
        if (m_asked == m_written)
            break; // stopping, nothing pending
        const quint64 target = m_asked;
        lock.unlock();
        // The sales are committed whatever happens here: a witness that cannot be raised only protects less.
        if (db) {
            if (Status recorded = m_witness->record(**db); !recorded)
                qCWarning(lcStore).noquote() << "folio witness not raised:" << recorded.error().logMessage();
        }
        lock.lock();
        m_written = target;
        ++m_passes;
        m_caughtUp.notify_all();
    }
}

} // namespace nexus
