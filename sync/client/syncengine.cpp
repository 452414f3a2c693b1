// SyncEngine: the push pass (outbox → /v1/sync/push → acked_at), the pulls, scheduling, back-off and status signals.
#include "client/syncengine.h"

#include "client/pullclient.h"
#include "client/transport.h"
#include "client/transportsession.h"
#include "common/clock.h"
#include "protocol/apierror.h"
#include "protocol/jsonreader.h"
#include "protocol/logging.h"
#include "protocol/pushmessages.h"
#include "store/localstore.h"
#include "store/outbox.h"

#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

namespace nexus {

SyncEngine::SyncEngine(Config config, std::unique_ptr<Transport> transport, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_transport(std::move(transport)),
      m_random(m_config.seed != 0 ? m_config.seed : std::random_device {}())
{
    m_config.batchSize = std::clamp(m_config.batchSize, 1, wire::PushRequest::kMaxBatch);
    m_session = std::make_unique<TransportSession>(*m_transport, m_config.deviceId, m_config.deviceSecret);
}

SyncEngine::~SyncEngine() = default;

Status SyncEngine::openStore()
{
    if (m_store)
        return {};
    Result<std::unique_ptr<LocalStore>> store = LocalStore::open(m_config.databasePath, m_config.connectionName);
    if (!store)
        return std::unexpected(store.error());
    m_store = std::move(*store);
    return {};
}

void SyncEngine::closeStore()
{
    m_store.reset();
}

Result<qint64> SyncEngine::pendingCount()
{
    if (Status opened = openStore(); !opened)
        return std::unexpected(opened.error());
    return Outbox(m_store->db()).pendingCount();
}

int SyncEngine::backoffMs(int failures)
{
    const int shift = std::clamp(failures - 1, 0, 20);
    const qint64 base = std::min<qint64>(qint64(m_config.minBackoffMs) << shift, m_config.maxBackoffMs);
    // Jitter spreads the retries of many counters after an outage, so the server is not hit all at once.
    std::uniform_real_distribution<double> jitter(0.5, 1.0);
    return static_cast<int>(static_cast<double>(base) * jitter(m_random));
}

Result<SyncEngine::PassResult> SyncEngine::pushPending()
{
    if (Status opened = openStore(); !opened)
        return std::unexpected(opened.error());
    Outbox outbox(m_store->db());
    PassResult pass;
    qint64 lastAcked = -1;
    for (;;) {
        Result<QList<OutboxEntry>> entries = outbox.pending(m_config.batchSize);
        if (!entries)
            return std::unexpected(entries.error());
        if (entries->isEmpty())
            break;
        wire::PushRequest request;
        request.deviceId = m_config.deviceId;
        request.epoch = m_config.epoch;
        for (const OutboxEntry &entry : *entries)
            request.mutations.append(wire::PushMutation { entry.mutationId, entry.seq, entry.schemaVersion, entry.type,
                entry.payload, {}, {} });
        Result<HttpResponse> reply = m_session->post(
            QString(wire::kPushPath), QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact));
        if (!reply)
            return std::unexpected(reply.error());
        pass.pushed += request.mutations.size();
        if (reply->status != 200) {
            const wire::ApiError error = wire::ApiError::fromBody(reply->status, reply->body);
            if (reply->status == 401)
                return fail(ErrorCode::Unauthenticated, NX_ERR("The server refused this device's token: %1"),
                    { error.message });
            return fail(reply->status >= 500 ? ErrorCode::Network : ErrorCode::Protocol,
                NX_ERR("The server did not take the changes (HTTP %1 %2: %3)"),
                { QString::number(reply->status), error.code, error.message });
        }
        Result<QJsonObject> json = wire::parseJsonObject(reply->body, QStringLiteral("push response"));
        Result<wire::PushResponse> response
            = json ? wire::PushResponse::fromJson(*json) : Result<wire::PushResponse>(std::unexpected(json.error()));
        if (!response)
            return fail(ErrorCode::Protocol, NX_ERR("The push answer is not understood: %1"),
                { response.error().message() });
        for (const wire::PushResult &result : response->results)
            if (result.status != wire::pushstatus::kApplied && result.status != wire::pushstatus::kReplayed)
                qCWarning(lcSyncEngine).noquote() << "mutation" << result.mutationId << "seq" << result.seq
                                                  << result.status << result.detail;
        // Mark only what the server acknowledged contiguously; rows past a gap go again in the next batch.
        Result<qint64> marked = outbox.markAcked(
            response->ackedSeq, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        if (!marked)
            return std::unexpected(marked.error());
        pass.acked += *marked;
        pass.ackedSeq = response->ackedSeq;
        if (response->ackedSeq < entries->first().seq || response->ackedSeq == lastAcked) {
            // The server holds the ack below what we sent (a gap it has not seen): no point resending now.
            qCInfo(lcSyncEngine) << "server holds the ack at" << response->ackedSeq << "below seq"
                                 << entries->first().seq;
            break;
        }
        lastAcked = response->ackedSeq;
    }
    Result<qint64> left = outbox.pendingCount();
    if (!left)
        return std::unexpected(left.error());
    pass.pending = *left;
    return pass;
}

Result<SyncEngine::PullPassResult> SyncEngine::pullBuckets()
{
    if (Status opened = openStore(); !opened)
        return std::unexpected(opened.error());
    PullClient puller(m_store->db(), *m_session, Clock::system());
    PullPassResult result;
    for (const QString &bucket : std::as_const(m_config.pullBuckets)) {
        Result<PullOutcome> outcome = puller.pull(bucket, m_config.pullLimit);
        if (outcome) {
            result.rows += outcome->rows;
            result.pulled.append(bucket);
            if (outcome->rows > 0)
                result.changed.append(bucket);
            continue;
        }
        const ErrorCode code = outcome.error().code();
        if (code == ErrorCode::Network || code == ErrorCode::Unauthenticated)
            return std::unexpected(outcome.error());
        // One bucket the server cannot serve (an older server, a log it keeps resetting) must not keep the others
        // from arriving; it is tried again on the next pass.
        qCWarning(lcSyncEngine).noquote() << "pull" << bucket << "failed:" << outcome.error().logMessage();
        result.failed.append(bucket);
        if (result.detail.isEmpty())
            result.detail = outcome.error().message();
    }
    return result;
}

Result<SyncEngine::PassResult> SyncEngine::syncOnce()
{
    m_changed.clear();
    Result<PassResult> pushed = pushPending();
    if (!pushed)
        return pushed;
    Result<PullPassResult> pulled = pullBuckets();
    if (!pulled)
        return std::unexpected(pulled.error());
    m_pullProblem = pulled->detail;
    m_changed = pulled->changed;
    if (pulled->rows > 0)
        qCInfo(lcSyncEngine) << "pulled" << pulled->rows << "rows of" << pulled->pulled;
    return pushed;
}

Result<QVariantMap> SyncEngine::verifiedAt()
{
    if (Status opened = openStore(); !opened)
        return std::unexpected(opened.error());
    Result<QSqlQuery> query = m_store->db().exec(
        QStringLiteral("SELECT bucket, verified_at FROM pull_state WHERE verified_at IS NOT NULL"));
    if (!query)
        return std::unexpected(query.error());
    QVariantMap verified;
    while (query->next())
        verified.insert(query->value(0).toString(),
            QDateTime::fromString(query->value(1).toString(), Qt::ISODateWithMs).toUTC());
    return verified;
}

void SyncEngine::start()
{
    m_stopped = false;
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, &SyncEngine::runPass);
    }
    m_timer->start(0);
}

void SyncEngine::nudge()
{
    if (m_stopped)
        return;
    emitPending({});
    if (m_timer && m_failures == 0)
        m_timer->start(0);
}

void SyncEngine::stop()
{
    m_stopped = true;
    if (m_timer)
        m_timer->stop();
    closeStore();
}

void SyncEngine::emitPending(const QString &detail)
{
    Result<qint64> pending = pendingCount();
    Q_EMIT statusChanged(m_online, pending ? *pending : -1, m_lastSync, detail);
}

void SyncEngine::runPass()
{
    if (m_stopped)
        return;
    Result<PassResult> pass = syncOnce();
    if (pass) {
        m_failures = 0;
        m_online = true;
        m_lastSync = QDateTime::currentDateTimeUtc();
        Q_EMIT statusChanged(true, pass->pending, m_lastSync, m_pullProblem);
        if (Result<QVariantMap> verified = verifiedAt(); verified)
            Q_EMIT pulledAt(*verified);
        if (!m_changed.isEmpty())
            Q_EMIT stateArrived(m_changed);
        if (pass->acked > 0)
            qCInfo(lcSyncEngine) << "pushed" << pass->pushed << "acked" << pass->acked << "pending" << pass->pending;
        // Something still pending after a successful pass means the server holds the ack back: retry later.
        m_timer->start(pass->pending > 0 ? m_config.minBackoffMs : m_config.idleIntervalMs);
        Q_EMIT passFinished(true);
        return;
    }
    ++m_failures;
    m_online = false;
    const int delay = backoffMs(m_failures);
    qCInfo(lcSyncEngine).noquote() << "sync pass failed (" << m_failures << "in a row), next try in" << delay
                                   << "ms:" << pass.error().logMessage();
    emitPending(pass.error().message());
    m_timer->start(delay);
    Q_EMIT passFinished(false);
}

} // namespace nexus
