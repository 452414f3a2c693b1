// Long admin work (a catalogue snapshot build, a CSV catalogue import) on a thread of its own, polled by HQ.
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>
#include <QString>

#include <functional>
#include <map>
#include <memory>
#include <vector>

#include "common/error.h"

QT_BEGIN_NAMESPACE
class QThread;
QT_END_NAMESPACE

namespace nexus {

class Clock;

// Why jobs and not a request that blocks: nexus-server answers every request on one event loop, so a build of a
// 1.5M-part snapshot (a minute) inside a request would stall every counter's push and pull for that minute, and
// HQ's connection would sit silent past proxies' timeouts. The route answers 202 with the job at once; the work
// runs on its own thread with its own database connections; `nexus-admin` polls GET /v1/admin/jobs?id= and
// prints each new stage, so at the terminal it still reads like one command that blocks.
// Jobs live in the process that runs them (HQ polls the same server URL it started them on) and are kept an hour
// after they finish. One job at a time per tenant: a second one is refused (Conflict) naming the one running.
class AdminJobs final
{
public:
    Q_DISABLE_COPY_MOVE(AdminJobs)
    using Progress = std::function<void(const QString &stage)>;
    // Runs on the job's thread: only its own connections, never the server's. The object is the job's result.
    using Work = std::function<Result<QJsonObject>(const Progress &progress)>;

    explicit AdminJobs(const Clock &clock);
    // Waits for running jobs: a snapshot half-written is never left behind by a clean stop.
    ~AdminJobs();

    // Starts `work` for `tenantId`; the job as JSON (state "running"). Conflict while the tenant has a running job.
    [[nodiscard]] Result<QJsonObject> start(const QString &tenantId, const QString &kind, Work work);
    // {id, kind, state: running|done|failed, stage, started_at, finished_at, result, error: {code, message, field}};
    // NotFound (field "id") for an unknown job or another tenant's.
    [[nodiscard]] Result<QJsonObject> find(const QString &tenantId, const QString &id) const;
    // The tenant's jobs, newest first.
    [[nodiscard]] QJsonArray list(const QString &tenantId) const;

    static constexpr qint64 kKeepFinishedSeconds = 3600;

private:
    struct Job
    {
        QString id;
        QString tenantId;
        QString kind;
        QString state;
        QString stage;
        QString startedAt;
        QString finishedAt;
        QJsonObject result;
        QJsonObject error;
    };
    [[nodiscard]] static QJsonObject toJson(const Job &job);
    void finish(const QString &id, const Result<QJsonObject> &outcome);
    void reap(); // joins finished threads and forgets jobs finished long ago; with m_mutex held

    const Clock &m_clock;
    mutable QMutex m_mutex;
    std::map<QString, Job> m_jobs; // by id (UUID v7: time-ordered)
    std::vector<std::unique_ptr<QThread>> m_threads;
};

} // namespace nexus
