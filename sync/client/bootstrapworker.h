// Runs the catalogue bootstrap (SnapshotBootstrap) on its own thread for the UI: progress and result as signals.
#pragma once

#include <QObject>
#include <QPointer>

#include <atomic>

#include "client/snapshotbootstrap.h"

QT_BEGIN_NAMESPACE
class QThread;
QT_END_NAMESPACE

namespace nexus {

class BootstrapWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BootstrapWorker)

public:
    // options.cancel is set by the worker (its own flag).
    explicit BootstrapWorker(SnapshotBootstrapOptions options, QObject *parent = nullptr);
    // Cancels a running download (it resumes next time) and waits for the thread.
    ~BootstrapWorker() override;

    // True when DATA/catalog.db is missing: the counter cannot search until the bootstrap ran.
    [[nodiscard]] static bool catalogMissing(const QString &dataDir);

    void start(); // no-op while running
    void cancel();
    [[nodiscard]] bool isRunning() const;

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    // ok: the catalogue is current (installed now, already there, or staged for the next start); else the
    // reason, translated, for people.
    void finished(bool ok, const QString &message, const nexus::SnapshotBootstrapResult &result);

private:
    SnapshotBootstrapOptions m_options;
    std::atomic_bool m_cancel { false };
    QPointer<QThread> m_thread;
};

} // namespace nexus

Q_DECLARE_METATYPE(nexus::SnapshotBootstrapResult)
