// WalCheckpointer: a timer on its own thread running PRAGMA wal_checkpoint(PASSIVE) on its own connection.
#include "store/walcheckpointer.h"

#include "common/logging.h"
#include "store/database.h"

#include <QTimer>

namespace nexus {

namespace {

class CheckpointContext final : public QObject
{
public:
    QTimer timer;
    std::unique_ptr<Database> db; // opened on the worker thread, closed there
};

} // namespace

WalCheckpointer::WalCheckpointer(QString databasePath, int intervalMs, QObject *parent)
    : QObject(parent), m_path(std::move(databasePath)), m_intervalMs(intervalMs)
{
    m_thread.setObjectName(QStringLiteral("nexus-checkpoint"));
}

WalCheckpointer::~WalCheckpointer()
{
    stop();
}

void WalCheckpointer::start()
{
    if (m_thread.isRunning())
        return;
    auto context = std::make_unique<CheckpointContext>();
    context->timer.setInterval(m_intervalMs);
    context->moveToThread(&m_thread);
    context->timer.moveToThread(&m_thread);
    CheckpointContext *raw = context.get();
    m_context = std::move(context);
    m_thread.start(QThread::LowPriority);
    QMetaObject::invokeMethod(raw, [this, raw] {
        connect(&raw->timer, &QTimer::timeout, raw, [this] { runPass(); });
        raw->timer.start();
    });
}

void WalCheckpointer::stop()
{
    if (!m_thread.isRunning())
        return;
    auto *context = static_cast<CheckpointContext *>(m_context.get());
    QMetaObject::invokeMethod(
        context,
        [context] {
            context->timer.stop();
            context->db.reset();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_context.reset();
}

void WalCheckpointer::runPass()
{
    auto *context = static_cast<CheckpointContext *>(m_context.get());
    if (!context->db) {
        Result<std::unique_ptr<Database>> opened
            = Database::open(m_path, Durability::Full, QStringLiteral("nexus-wal-checkpoint"));
        if (!opened) {
            qCWarning(lcStore) << "WAL checkpointer cannot open the database:" << opened.error().logMessage();
            return; // the counter's own safety-net checkpoint still bounds the WAL; retried next tick
        }
        context->db = std::move(*opened);
    }
    // PASSIVE: copies what no reader still needs, never waits for the counter's write lock nor blocks it. Columns:
    // busy, frames in the WAL, frames copied into the database so far.
    Result<QSqlQuery> result = context->db->exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
    if (!result || !result->next()) {
        if (!result)
            qCWarning(lcStore) << "WAL checkpoint failed:" << result.error().logMessage();
        ++m_passes;
        return;
    }
    m_walFrames = result->value(1).toLongLong();
    m_copiedFrames = result->value(2).toLongLong();
    ++m_passes;
}

} // namespace nexus
