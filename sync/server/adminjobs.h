// Long admin work (a catalogue snapshot build, a CSV catalogue import) on a thread of its own, polled by HQ; every
// job is kept in the master database (admin_jobs), so a server restart still answers for it.
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
class QObject;
class QThread;
class QTimer;
QT_END_NAMESPACE

namespace nexus {

class Clock;
class Database;

// Why jobs and not a request that blocks: nexus-server answers every request on one event loop, so a build of a
// 1.5M-part snapshot (a minute) inside a request would stall every counter's push and pull for that minute, and
// HQ's connection would sit silent past proxies' timeouts. The route answers 202 with the job at once; the work
// runs on its own thread with its own database connections; `nexus-admin` polls GET /v1/admin/jobs?id= and
// prints each new stage, so at the terminal it still reads like one command that blocks.
// Why the master database and not memory: a server restarted (an update, a crash, a kill) used to forget its jobs, so
// HQ's poll of a finished job got "no such job" and a job cut short looked the same as one never started. Each job is
// a row of admin_jobs; the process running it ("owner") writes its stage, its end and, while it runs, a heartbeat
// every kHeartbeatMs. A running row whose heartbeat is older than kStaleSeconds belongs to a process that is gone:
// it is reported (and stored) as "interrupted", never as running forever. Any server process sharing the master
// answers for any job. All database work happens on the server's thread (the job threads post to it).
// One job at a time per tenant: a second one is refused (Conflict) naming the one running.
class AdminJobs final
{
public:
    Q_DISABLE_COPY_MOVE(AdminJobs)
    using Progress = std::function<void(const QString &stage)>;
    // Runs on the job's thread: only its own connections, never the server's. The object is the job's result.
    using Work = std::function<Result<QJsonObject>(const Progress &progress)>;

    static constexpr int kHeartbeatMs = 5000;
    static constexpr qint64 kStaleSeconds = 20;
    static constexpr qint64 kKeepDays = 30; // finished jobs older than this are forgotten at start
    static constexpr int kListLimit = 50;

    // master: the server's own master connection (used on the thread that constructs this object).
    AdminJobs(Database &master, const Clock &clock);
    // Waits for running jobs (a snapshot half-written is never left behind by a clean stop) and stores how they ended.
    ~AdminJobs();

    // Starts `work` for `tenantId`; the job as JSON (state "running"). Conflict while the tenant has a running job.
    [[nodiscard]] Result<QJsonObject> start(const QString &tenantId, const QString &kind, Work work);
    // {id, kind, state: running|done|failed|interrupted, stage, started_at, finished_at, result,
    //  error: {code, message, field}}; NotFound (field "id") for an unknown job or another tenant's.
    [[nodiscard]] Result<QJsonObject> find(const QString &tenantId, const QString &id);
    // The tenant's latest jobs, newest first.
    [[nodiscard]] Result<QJsonArray> list(const QString &tenantId);

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
        bool dirty = false; // changed since last stored
    };
    void finish(const QString &id, const Result<QJsonObject> &outcome);
    // On the server's thread: this process's changed jobs into admin_jobs, heartbeat of the running ones; finished
    // threads joined and stored jobs forgotten from memory.
    [[nodiscard]] Status flush();
    // Running rows of processes that stopped beating: interrupted.
    [[nodiscard]] Status interruptAbandoned();
    void flushLater(); // from a job's thread

    Database &m_master;
    const Clock &m_clock;
    const QString m_owner; // this process (a new id at every start)
    mutable QMutex m_mutex;
    std::map<QString, Job> m_jobs; // this process's jobs not stored yet or still running, by id
    std::vector<std::unique_ptr<QThread>> m_threads;
    std::unique_ptr<QObject> m_context; // lives on the server's thread: job threads post flushes to it
    QTimer *m_heartbeat = nullptr; // child of m_context
};

} // namespace nexus
