// BootstrapWorker: one QThread per run; signals cross to the UI thread as queued connections.
#include "client/bootstrapworker.h"

#include "protocol/logging.h"

#include <QFileInfo>
#include <QThread>

namespace nexus {

BootstrapWorker::BootstrapWorker(SnapshotBootstrapOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options))
{
    qRegisterMetaType<nexus::SnapshotBootstrapResult>();
    m_options.cancel = &m_cancel;
}

BootstrapWorker::~BootstrapWorker()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread.data();
    }
}

bool BootstrapWorker::catalogMissing(const QString &dataDir)
{
    return !QFileInfo::exists(SnapshotBootstrap::catalogPath(dataDir));
}

bool BootstrapWorker::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void BootstrapWorker::start()
{
    if (isRunning())
        return;
    if (m_thread) {
        m_thread->wait();
        delete m_thread.data();
    }
    m_cancel = false;
    m_thread = QThread::create([this] {
        SnapshotBootstrap bootstrap(m_options);
        Result<SnapshotBootstrapResult> result
            = bootstrap.run([this](qint64 done, qint64 total) { Q_EMIT progress(done, total); });
        if (!result) {
            qCWarning(lcSyncEngine) << "catalogue bootstrap:" << result.error().logMessage();
            Q_EMIT finished(false, result.error().message(), SnapshotBootstrapResult {});
            return;
        }
        Q_EMIT finished(true, QString(), *result);
    });
    m_thread->setObjectName(QStringLiteral("nexus-bootstrap"));
    m_thread->start(QThread::LowPriority);
}

void BootstrapWorker::cancel()
{
    m_cancel = true;
}

} // namespace nexus
