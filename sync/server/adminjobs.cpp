// AdminJobs: a QThread per job, state behind a mutex, finished jobs forgotten after an hour.
#include "server/adminjobs.h"

#include "common/clock.h"
#include "common/idgenerator.h"
#include "protocol/apierror.h"
#include "protocol/logging.h"
#include "server/adminroutes.h"
#include "server/isotime.h"

#include <QMutexLocker>
#include <QThread>

namespace nexus {

AdminJobs::AdminJobs(const Clock &clock) : m_clock(clock)
{
}

AdminJobs::~AdminJobs()
{
    std::vector<std::unique_ptr<QThread>> threads;
    {
        QMutexLocker lock(&m_mutex);
        threads.swap(m_threads);
    }
    for (const std::unique_ptr<QThread> &thread : threads) {
        if (thread->isRunning())
            qCInfo(lcServerApi) << "waiting for an admin job to finish before stopping";
        thread->wait();
    }
}

QJsonObject AdminJobs::toJson(const Job &job)
{
    return QJsonObject { { QStringLiteral("id"), job.id }, { QStringLiteral("kind"), job.kind },
        { QStringLiteral("state"), job.state }, { QStringLiteral("stage"), job.stage },
        { QStringLiteral("started_at"), job.startedAt },
        { QStringLiteral("finished_at"), job.finishedAt.isEmpty() ? QJsonValue() : QJsonValue(job.finishedAt) },
        { QStringLiteral("result"), job.result.isEmpty() ? QJsonValue() : QJsonValue(job.result) },
        { QStringLiteral("error"), job.error.isEmpty() ? QJsonValue() : QJsonValue(job.error) } };
}

void AdminJobs::reap()
{
    std::erase_if(m_threads, [](const std::unique_ptr<QThread> &thread) {
        if (!thread->isFinished())
            return false;
        thread->wait();
        return true;
    });
    const QString horizon = isoUtc(m_clock.nowUtc().addSecs(-kKeepFinishedSeconds));
    std::erase_if(m_jobs, [&horizon](const auto &entry) {
        return entry.second.state != QLatin1String("running") && entry.second.finishedAt < horizon;
    });
}

Result<QJsonObject> AdminJobs::start(const QString &tenantId, const QString &kind, Work work)
{
    QMutexLocker lock(&m_mutex);
    reap();
    for (const auto &[id, job] : m_jobs)
        if (job.tenantId == tenantId && job.state == QLatin1String("running"))
            return fail(ErrorCode::Conflict, NX_ERR("Job %1 (%2) of this tenant is still running; wait for it"),
                { id, job.kind });
    Job job { IdGenerator::instance().nextString(), tenantId, kind, QStringLiteral("running"), QStringLiteral("queued"),
        isoUtc(m_clock.nowUtc()), {}, {}, {} };
    const QString id = job.id;
    m_jobs.emplace(id, job);
    std::unique_ptr<QThread> thread(QThread::create([this, id, work = std::move(work)]() {
        const Progress progress = [this, id](const QString &stage) {
            QMutexLocker stageLock(&m_mutex);
            if (auto it = m_jobs.find(id); it != m_jobs.end())
                it->second.stage = stage;
        };
        const Result<QJsonObject> outcome = work(progress);
        finish(id, outcome);
    }));
    thread->setObjectName(QStringLiteral("admin-job"));
    thread->start();
    m_threads.push_back(std::move(thread));
    qCInfo(lcServerApi) << "admin job" << id << kind << "started for tenant" << tenantId;
    return toJson(job);
}

void AdminJobs::finish(const QString &id, const Result<QJsonObject> &outcome)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return;
    Job &job = it->second;
    job.finishedAt = isoUtc(m_clock.nowUtc());
    if (outcome) {
        job.state = QStringLiteral("done");
        job.stage = QStringLiteral("done");
        job.result = *outcome;
        qCInfo(lcServerApi) << "admin job" << id << job.kind << "done";
    } else {
        job.state = QStringLiteral("failed");
        const wire::ApiError error = adminApiError(outcome.error());
        job.error = error.toJson().value(QStringLiteral("error")).toObject();
        qCWarning(lcServerApi) << "admin job" << id << job.kind << "failed:" << outcome.error().logMessage();
    }
}

Result<QJsonObject> AdminJobs::find(const QString &tenantId, const QString &id) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_jobs.find(id.trimmed());
    // Another tenant's job is "no such job", like an unknown id.
    if (it == m_jobs.end() || it->second.tenantId != tenantId)
        return fail(ErrorCode::NotFound,
            NX_ERR("There is no job %1 on this server (finished over an hour ago, or the "
                   "server restarted)"),
            { id }, QStringLiteral("id"));
    return toJson(it->second);
}

QJsonArray AdminJobs::list(const QString &tenantId) const
{
    QMutexLocker lock(&m_mutex);
    QJsonArray rows;
    for (auto it = m_jobs.crbegin(); it != m_jobs.crend(); ++it)
        if (it->second.tenantId == tenantId)
            rows.append(toJson(it->second));
    return rows;
}

} // namespace nexus
