// SyncEngine: the push pass (outbox → /v1/sync/push → acked_at), epoch changes, the pulls, scheduling, back-off and
// status signals.
#include "client/syncengine.h"

#include "client/enrollment.h"
#include "client/epochstate.h"
#include "client/pullclient.h"
#include "client/transport.h"
#include "client/transportsession.h"
#include "common/clock.h"
#include "common/idgenerator.h"
#include "protocol/apierror.h"
#include "protocol/epochmessages.h"
#include "protocol/jsonreader.h"
#include "protocol/logging.h"
#include "protocol/pushmessages.h"
#include "store/localstore.h"
#include "store/outbox.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QSysInfo>

#include <algorithm>

namespace nexus {

namespace {

// A pass that keeps being told its epoch is wrong right after changing it is talking to something inconsistent.
constexpr int kMaxEpochChangesPerPass = 3;

Error clonedError()
{
    return Error(ErrorCode::Conflict,
        NX_ERR("The server refused this till as a copy of another one with the same identity: its sales stay here and "
               "are not sent until it is enrolled again with a new code from head office"));
}

} // namespace

SyncEngine::SyncEngine(Config config, std::unique_ptr<Transport> transport, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_clock(m_config.clock ? *m_config.clock : Clock::system()),
      m_transport(std::move(transport)), m_random(m_config.seed != 0 ? m_config.seed : std::random_device {}())
{
    m_config.batchSize = std::clamp(m_config.batchSize, 1, wire::PushRequest::kMaxBatch);
    m_session
        = std::make_unique<TransportSession>(*m_transport, m_config.deviceId, m_config.deviceSecret, m_clock);
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

int SyncEngine::tokensFetched() const
{
    return m_session->tokensFetched();
}

std::optional<qint64> SyncEngine::clockSkewSeconds() const
{
    return m_session->clockSkewSeconds();
}

Result<bool> SyncEngine::isCloned()
{
    if (Status opened = openStore(); !opened)
        return std::unexpected(opened.error());
    Result<SyncIdentity> identity = EpochState(m_store->db(), m_clock).load(m_config.epoch);
    if (!identity)
        return std::unexpected(identity.error());
    return identity->cloned;
}

Status SyncEngine::changeEpoch(const QString &reason)
{
    EpochState epochs(m_store->db(), m_clock);
    Result<SyncIdentity> identity = epochs.load(m_config.epoch);
    if (!identity)
        return std::unexpected(identity.error());
    if (identity->changeId.isEmpty()) {
        if (Status begun = epochs.beginChange(IdGenerator::instance().nextString(), identity->epoch, reason); !begun)
            return begun;
        identity = epochs.load(m_config.epoch);
        if (!identity)
            return std::unexpected(identity.error());
    }
    Result<qint64> last = epochs.lastSeq();
    if (!last)
        return std::unexpected(last.error());
    Result<QStringList> series = epochs.folioSeries();
    if (!series)
        return std::unexpected(series.error());
    const wire::EpochRequest request { m_config.deviceId, identity->changeFromEpoch, identity->changeId,
        identity->changeReason, *last + identity->seqOffset, *series, QSysInfo::machineHostName() };
    qCWarning(lcSyncEngine).noquote() << "this nexus.db is not the one the server follows (" << identity->changeReason
                                      << "): asking for a new epoch after" << identity->changeFromEpoch;
    Result<HttpResponse> reply = m_session->post(
        QString(wire::kEpochPath), QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact));
    if (!reply)
        return std::unexpected(reply.error());
    const wire::ApiError error = wire::ApiError::fromBody(reply->status, reply->body);
    if (reply->status == 409 && error.code == wire::errorcode::kDeviceCloned) {
        qCCritical(lcSyncEngine).noquote() << "the server refused this database as a copy:" << error.message;
        if (Status blocked = epochs.markCloned(m_config.deviceId, error.message); !blocked)
            return blocked;
        return std::unexpected(clonedError());
    }
    if (reply->status == 404 || reply->status == 405)
        return fail(ErrorCode::Protocol,
            NX_ERR("The server cannot give this device a new epoch (it is older than this program); the sales wait "
                   "here"));
    if (reply->status != 200)
        return fail(reply->status >= 500 ? ErrorCode::Network : ErrorCode::Protocol,
            NX_ERR("The server did not change this device's epoch (HTTP %1 %2: %3)"),
            { QString::number(reply->status), error.code, error.message });
    Result<QJsonObject> json = wire::parseJsonObject(reply->body, QStringLiteral("epoch response"));
    Result<wire::EpochResponse> answer
        = json ? wire::EpochResponse::fromJson(*json) : Result<wire::EpochResponse>(std::unexpected(json.error()));
    if (!answer)
        return fail(ErrorCode::Protocol, NX_ERR("The epoch answer is not understood: %1"), { answer.error().message() });
    // The new secret is kept before anything else: once the change is applied this database never asks again, and the
    // old secret only asks for this same change. A crash between the two asks again and gets the same secret.
    if (!answer->deviceSecret.isEmpty()) {
        const QByteArray secret = answer->deviceSecret.toUtf8();
        if (Status kept = m_config.storeSecret ? m_config.storeSecret(secret)
                                               : saveDeviceSecret(m_config.databasePath, secret);
            !kept)
            return kept;
    }
    Result<qint64> offset = epochs.applyChange(*answer, m_config.deviceId);
    if (!offset)
        return std::unexpected(offset.error());
    if (!answer->deviceSecret.isEmpty())
        m_session->setSecret(answer->deviceSecret); // the first token with it tells the server it arrived
    m_session->resetToken(); // it carries the old epoch
    qCWarning(lcSyncEngine) << "now epoch" << answer->epoch << ": pending outbox rows go out above seq"
                            << answer->seqFloor << "(offset" << *offset << ")";
    return {};
}

Result<SyncEngine::PassResult> SyncEngine::pushPending()
{
    if (Status opened = openStore(); !opened)
        return std::unexpected(opened.error());
    Outbox outbox(m_store->db());
    EpochState epochs(m_store->db(), m_clock);
    PassResult pass;
    Result<SyncIdentity> identity = epochs.load(m_config.epoch);
    if (!identity)
        return std::unexpected(identity.error());
    if (identity->cloned)
        return std::unexpected(clonedError());
    Result<qint64> waiting = outbox.pendingCount();
    if (!waiting)
        return std::unexpected(waiting.error());
    // The token says the device's epoch at the server: a database behind it was restored or copied. Checked with
    // nothing to send too, so a copy learns what it is before it sells more; offline with nothing to send is fine.
    if (Status token = m_session->ensureToken(); !token) {
        if (*waiting == 0)
            return pass;
        return std::unexpected(token.error());
    }
    auto change = [&](const QString &reason) -> Status {
        if (++pass.epochChanges > kMaxEpochChangesPerPass)
            return fail(ErrorCode::Protocol, NX_ERR("The server keeps refusing this device's epoch (%1)"), { reason });
        if (Status changed = changeEpoch(reason); !changed)
            return changed;
        identity = epochs.load(m_config.epoch);
        if (!identity)
            return std::unexpected(identity.error());
        return {};
    };
    // A nexus.db that opened behind its folio witness changes epoch before it sends anything: the server then never
    // sees its seqs collide with the ones the lost copy sent.
    if (!identity->changeId.isEmpty() || identity->restored || m_session->serverEpoch() > identity->epoch) {
        const QString reason = !identity->changeId.isEmpty() ? identity->changeReason
            : identity->restored                             ? QString(wire::epochreason::kRestored)
                                                             : QString(wire::epochreason::kEpochMismatch);
        if (Status changed = change(reason); !changed)
            return std::unexpected(changed.error());
    }
    for (;;) {
        Result<QList<OutboxEntry>> entries = outbox.pending(m_config.batchSize);
        if (!entries)
            return std::unexpected(entries.error());
        if (entries->isEmpty())
            break;
        wire::PushRequest request;
        request.deviceId = m_config.deviceId;
        request.epoch = identity->epoch;
        request.clockSkewSeconds = m_session->clockSkewSeconds();
        QSet<QString> sent;
        for (const OutboxEntry &entry : *entries) {
            request.mutations.append(wire::PushMutation { entry.mutationId, entry.seq + identity->seqOffset,
                entry.schemaVersion, entry.type, entry.payload, {}, {} });
            sent.insert(entry.mutationId);
        }
        Result<HttpResponse> reply = m_session->post(
            QString(wire::kPushPath), QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact));
        if (!reply)
            return std::unexpected(reply.error());
        pass.pushed += request.mutations.size();
        if (reply->status != 200) {
            const wire::ApiError error = wire::ApiError::fromBody(reply->status, reply->body);
            if (reply->status == 409
                && (error.code == wire::errorcode::kEpochMismatch || error.code == wire::errorcode::kLineageDiverged)) {
                // Nothing of the batch was applied; it goes again under the new epoch.
                const QString reason = error.code == wire::errorcode::kEpochMismatch
                    ? QString(wire::epochreason::kEpochMismatch)
                    : QString(wire::epochreason::kDiverged);
                if (Status changed = change(reason); !changed)
                    return std::unexpected(changed.error());
                continue;
            }
            if (reply->status == 401 && m_session->serverEpoch() > identity->epoch) {
                // The fresh token says the device moved to a newer epoch meanwhile (and, with it, to a new secret this
                // database may not have): ask, as at the start of a pass; a copy learns here that it is one.
                if (Status changed = change(QString(wire::epochreason::kEpochMismatch)); !changed)
                    return std::unexpected(changed.error());
                continue;
            }
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
        QStringList answered;
        for (const wire::PushResult &result : response->results) {
            if (result.status != wire::pushstatus::kApplied && result.status != wire::pushstatus::kReplayed)
                qCWarning(lcSyncEngine).noquote() << "mutation" << result.mutationId << "seq" << result.seq
                                                  << result.status << result.detail;
            if (sent.contains(result.mutationId))
                answered.append(result.mutationId);
        }
        // Only what the server answered for by id: its contiguous ack covers seqs, and a seq is only this database's
        // while no restored or copied twin used it too.
        Result<qint64> marked = epochs.markAcked(answered);
        if (!marked)
            return std::unexpected(marked.error());
        pass.acked += *marked;
        pass.ackedSeq = response->ackedSeq;
        Result<qint64> last = epochs.lastSeq();
        if (!last)
            return std::unexpected(last.error());
        if (response->ackedSeq > *last + identity->seqOffset) {
            // The server holds seqs this database never handed out: it went back in time (an old backup).
            qCWarning(lcSyncEngine) << "the server acknowledges seq" << response->ackedSeq << "but this database only"
                                    << "went up to" << *last + identity->seqOffset;
            if (Status changed = change(QString(wire::epochreason::kBehind)); !changed)
                return std::unexpected(changed.error());
            continue;
        }
        // Rows another engine of this database marked meanwhile count as answered: only a batch the server said
        // nothing about ends the pass.
        if (answered.isEmpty()) {
            qCInfo(lcSyncEngine) << "the server answered for none of a batch from seq" << entries->first().seq;
            break;
        }
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
    PullClient puller(m_store->db(), *m_session, m_clock);
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
    const Result<bool> cloned = isCloned();
    Q_EMIT deviceStanding(cloned && *cloned, m_session->clockSkewSeconds().value_or(0));
    if (pass) {
        m_failures = 0;
        m_online = true;
        m_lastSync = m_clock.nowUtc();
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
    if (cloned && *cloned) {
        // Nothing to retry until the device is enrolled again (that needs a restart): only keep the status fresh.
        m_online = false;
        emitPending(pass.error().message());
        m_timer->start(m_config.idleIntervalMs);
        Q_EMIT passFinished(false);
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
