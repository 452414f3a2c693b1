// AdminJobs: a QThread per job, its state behind a mutex while it runs, every change stored in master admin_jobs from
// the server's thread, a heartbeat so a job whose process died reads as interrupted.
#include "server/adminjobs.h"

#include "common/clock.h"
#include "common/idgenerator.h"
#include "protocol/apierror.h"
#include "protocol/logging.h"
#include "server/adminroutes.h"
#include "server/isotime.h"
#include "store/database.h"

#include <QJsonDocument>
#include <QMutexLocker>
#include <QObject>
#include <QThread>
#include <QTimer>

namespace nexus {

namespace {

const QString kRunning = QStringLiteral("running");

QString compact(const QJsonObject &object)
{
    return object.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonValue parsed(const QVariant &text)
{
    if (text.isNull() || text.toString().isEmpty())
        return QJsonValue();
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

const QString kColumns = QStringLiteral("id, kind, state, stage, started_at, finished_at, result, error");

QJsonObject rowToJson(const QSqlQuery &row)
{
    return QJsonObject { { QStringLiteral("id"), row.value(0).toString() }, { QStringLiteral("kind"), row.value(1).toString() },
        { QStringLiteral("state"), row.value(2).toString() }, { QStringLiteral("stage"), row.value(3).toString() },
        { QStringLiteral("started_at"), row.value(4).toString() },
        { QStringLiteral("finished_at"), row.value(5).isNull() ? QJsonValue() : QJsonValue(row.value(5).toString()) },
        { QStringLiteral("result"), parsed(row.value(6)) }, { QStringLiteral("error"), parsed(row.value(7)) } };
}

} // namespace

AdminJobs::AdminJobs(Database &master, const Clock &clock)
    : m_master(master), m_clock(clock), m_owner(IdGenerator::instance().nextString()),
      m_context(std::make_unique<QObject>())
{
    m_heartbeat = new QTimer(m_context.get());
    m_heartbeat->setInterval(kHeartbeatMs);
    QObject::connect(m_heartbeat, &QTimer::timeout, m_context.get(), [this] {
        if (Status flushed = flush(); !flushed)
            qCWarning(lcServerApi) << "admin jobs not stored:" << flushed.error().logMessage();
    });
    m_heartbeat->start();
    // Jobs of a process that stopped long ago end as interrupted at once; finished ones past keeping are forgotten.
    if (Status interrupted = interruptAbandoned(); !interrupted)
        qCWarning(lcServerApi) << "admin jobs of stopped servers not closed:" << interrupted.error().logMessage();
    if (Result<QSqlQuery> forgotten = m_master.exec(QStringLiteral("DELETE FROM admin_jobs WHERE state <> ? AND "
                                                                   "finished_at < ?"),
            { kRunning, isoUtc(m_clock.nowUtc().addDays(-kKeepDays)) });
        !forgotten)
        qCWarning(lcServerApi) << "old admin jobs not forgotten:" << forgotten.error().logMessage();
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
    m_context.reset(); // no queued flush runs after this
    if (Status flushed = flush(); !flushed)
        qCWarning(lcServerApi) << "admin jobs not stored at stop:" << flushed.error().logMessage();
}

void AdminJobs::flushLater()
{
    QMutexLocker lock(&m_mutex);
    if (!m_context)
        return;
    QMetaObject::invokeMethod(
        m_context.get(),
        [this] {
            if (Status flushed = flush(); !flushed)
                qCWarning(lcServerApi) << "admin jobs not stored:" << flushed.error().logMessage();
        },
        Qt::QueuedConnection);
}

Status AdminJobs::flush()
{
    std::vector<Job> changed;
    {
        QMutexLocker lock(&m_mutex);
        std::erase_if(m_threads, [](const std::unique_ptr<QThread> &thread) {
            if (!thread->isFinished())
                return false;
            thread->wait();
            return true;
        });
        for (auto &[id, job] : m_jobs)
            if (job.dirty || job.state == kRunning) {
                changed.push_back(job);
                job.dirty = false;
            }
    }
    const QString now = isoUtc(m_clock.nowUtc());
    for (const Job &job : changed) {
        Result<QSqlQuery> stored = m_master.exec(
            QStringLiteral("UPDATE admin_jobs SET state = ?, stage = ?, finished_at = ?, result = ?, error = ?, "
                           "heartbeat_at = ? WHERE id = ? AND owner = ?"),
            { job.state, job.stage, textOrNull(job.finishedAt), textOrNull(compact(job.result)),
                textOrNull(compact(job.error)), now, job.id, m_owner });
        if (!stored) {
            QMutexLocker lock(&m_mutex);
            if (auto it = m_jobs.find(job.id); it != m_jobs.end())
                it->second.dirty = true; // stored on the next beat
            return std::unexpected(stored.error());
        }
    }
    // Stored and over: the row answers for it from now on.
    QMutexLocker lock(&m_mutex);
    std::erase_if(m_jobs, [](const auto &entry) { return entry.second.state != kRunning && !entry.second.dirty; });
    return {};
}

Status AdminJobs::interruptAbandoned()
{
    const QString now = isoUtc(m_clock.nowUtc());
    const QJsonObject error { { QStringLiteral("code"), QStringLiteral("interrupted") },
        { QStringLiteral("message"),
            QStringLiteral("The server running this job stopped before it finished; nothing of it was published. "
                           "Start it again") } };
    Result<QSqlQuery> interrupted = m_master.exec(
        QStringLiteral("UPDATE admin_jobs SET state = 'interrupted', finished_at = ?, error = ? WHERE state = ? AND "
                       "owner <> ? AND heartbeat_at < ?"),
        { now, compact(error), kRunning, m_owner, isoUtc(m_clock.nowUtc().addSecs(-kStaleSeconds)) });
    if (!interrupted)
        return std::unexpected(interrupted.error());
    if (interrupted->numRowsAffected() > 0)
        qCWarning(lcServerApi) << interrupted->numRowsAffected() << "admin job(s) of a stopped server marked interrupted";
    return {};
}

Result<QJsonObject> AdminJobs::start(const QString &tenantId, const QString &kind, Work work)
{
    if (Status flushed = flush(); !flushed)
        return std::unexpected(flushed.error());
    if (Status interrupted = interruptAbandoned(); !interrupted)
        return std::unexpected(interrupted.error());
    Job job { IdGenerator::instance().nextString(), tenantId, kind, kRunning, QStringLiteral("queued"),
        isoUtc(m_clock.nowUtc()), {}, {}, {}, false };
    {
        // The check and the insert in one transaction: two server processes never both start one for a tenant.
        Transaction transaction(m_master);
        if (Status begun = transaction.begin(); !begun)
            return std::unexpected(begun.error());
        Result<QSqlQuery> running = m_master.exec(
            QStringLiteral("SELECT id, kind FROM admin_jobs WHERE tenant_id = ? AND state = ? ORDER BY id LIMIT 1"),
            { tenantId, kRunning });
        if (!running)
            return std::unexpected(running.error());
        if (running->next())
            return fail(ErrorCode::Conflict, NX_ERR("Job %1 (%2) of this tenant is still running; wait for it"),
                { running->value(0).toString(), running->value(1).toString() });
        running->finish();
        Result<QSqlQuery> inserted = m_master.exec(
            QStringLiteral("INSERT INTO admin_jobs(id, tenant_id, kind, state, stage, started_at, owner, heartbeat_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            { job.id, tenantId, kind, job.state, job.stage, job.startedAt, m_owner, job.startedAt });
        if (!inserted)
            return std::unexpected(inserted.error());
        if (Status committed = transaction.commit(); !committed)
            return std::unexpected(committed.error());
    }
    QMutexLocker lock(&m_mutex);
    const QString id = job.id;
    m_jobs.emplace(id, job);
    std::unique_ptr<QThread> thread(QThread::create([this, id, work = std::move(work)]() {
        const Progress progress = [this, id](const QString &stage) {
            {
                QMutexLocker stageLock(&m_mutex);
                if (auto it = m_jobs.find(id); it != m_jobs.end()) {
                    it->second.stage = stage;
                    it->second.dirty = true;
                }
            }
            flushLater();
        };
        const Result<QJsonObject> outcome = work(progress);
        finish(id, outcome);
    }));
    thread->setObjectName(QStringLiteral("admin-job"));
    thread->start();
    m_threads.push_back(std::move(thread));
    qCInfo(lcServerApi) << "admin job" << id << kind << "started for tenant" << tenantId;
    return QJsonObject { { QStringLiteral("id"), job.id }, { QStringLiteral("kind"), job.kind },
        { QStringLiteral("state"), job.state }, { QStringLiteral("stage"), job.stage },
        { QStringLiteral("started_at"), job.startedAt }, { QStringLiteral("finished_at"), QJsonValue() },
        { QStringLiteral("result"), QJsonValue() }, { QStringLiteral("error"), QJsonValue() } };
}

void AdminJobs::finish(const QString &id, const Result<QJsonObject> &outcome)
{
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_jobs.find(id);
        if (it == m_jobs.end())
            return;
        Job &job = it->second;
        job.finishedAt = isoUtc(m_clock.nowUtc());
        job.dirty = true;
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
    flushLater();
}

Result<QJsonObject> AdminJobs::find(const QString &tenantId, const QString &id)
{
    if (Status flushed = flush(); !flushed)
        return std::unexpected(flushed.error());
    if (Status interrupted = interruptAbandoned(); !interrupted)
        return std::unexpected(interrupted.error());
    Result<QSqlQuery> row = m_master.exec(
        QStringLiteral("SELECT %1 FROM admin_jobs WHERE id = ? AND tenant_id = ?").arg(kColumns), { id.trimmed(), tenantId });
    if (!row)
        return std::unexpected(row.error());
    // Another tenant's job is "no such job", like an unknown id.
    if (!row->next())
        return fail(ErrorCode::NotFound, NX_ERR("There is no job %1 on this server"), { id }, QStringLiteral("id"));
    return rowToJson(*row);
}

Result<QJsonArray> AdminJobs::list(const QString &tenantId)
{
    if (Status flushed = flush(); !flushed)
        return std::unexpected(flushed.error());
    if (Status interrupted = interruptAbandoned(); !interrupted)
        return std::unexpected(interrupted.error());
    Result<QSqlQuery> rows = m_master.exec(
        QStringLiteral("SELECT %1 FROM admin_jobs WHERE tenant_id = ? ORDER BY started_at DESC, id DESC LIMIT ?")
            .arg(kColumns),
        { tenantId, kListLimit });
    if (!rows)
        return std::unexpected(rows.error());
    QJsonArray jobs;
    while (rows->next())
        jobs.append(rowToJson(*rows));
    return jobs;
}

} // namespace nexus
