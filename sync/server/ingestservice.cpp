// IngestService: the batch transaction, per-mutation savepoints, idempotency, quarantine and the contiguous ack.
#include "server/ingestservice.h"

#include "common/clock.h"
#include "protocol/logging.h"
#include "server/isotime.h"
#include "store/database.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QJsonDocument>

namespace nexus {

namespace {

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

wire::PushResult resultOf(const wire::PushMutation &mutation, QLatin1String status, QString detail = {})
{
    return wire::PushResult { mutation.mutationId, mutation.seq, QString(status), std::move(detail) };
}

} // namespace

IngestService::IngestService(Database &tenantDb, const Clock &clock, const QString &catalogPath)
    : m_db(tenantDb), m_clock(clock)
{
    if (!catalogPath.isEmpty() && QFileInfo::exists(catalogPath)) {
        static QAtomicInteger<int> counter;
        Result<std::unique_ptr<Database>> catalog = Database::open(catalogPath, Durability::Normal,
            QStringLiteral("ingest-catalog-%1").arg(counter.fetchAndAddRelaxed(1)));
        if (catalog)
            m_catalog = std::move(*catalog);
        else
            qCWarning(lcServerApi) << "no old-price checks:" << catalog.error().logMessage();
    }
}

IngestService::~IngestService() = default;

std::optional<qint64> IngestService::priceVersion(qint64 partId)
{
    if (!m_catalog)
        return std::nullopt;
    Result<QVariant> version
        = m_catalog->scalar(QStringLiteral("SELECT price_version FROM parts WHERE id = ?"), { partId });
    if (!version || !version->isValid())
        return std::nullopt;
    return version->toLongLong();
}

Result<qint64> IngestService::ackedSeq(const QString &deviceId)
{
    Result<QVariant> acked
        = m_db.scalar(QStringLiteral("SELECT acked_seq FROM device_cursors WHERE device_id = ?"), { deviceId });
    if (!acked)
        return std::unexpected(acked.error());
    return acked->isValid() ? acked->toLongLong() : 0;
}

Status IngestService::markSeq(const DeviceContext &device, const wire::PushMutation &mutation, const QString &now)
{
    Result<QSqlQuery> marked = m_db.exec(
        QStringLiteral("INSERT INTO device_seqs(device_id, seq, mutation_id) VALUES (?, ?, ?) "
                       "ON CONFLICT(device_id, seq) DO NOTHING"),
        { device.deviceId, mutation.seq, mutation.mutationId });
    if (!marked)
        return std::unexpected(marked.error());
    if (marked->numRowsAffected() == 1)
        return {};
    Result<QVariant> owner = m_db.scalar(
        QStringLiteral("SELECT mutation_id FROM device_seqs WHERE device_id = ? AND seq = ?"),
        { device.deviceId, mutation.seq });
    if (!owner)
        return std::unexpected(owner.error());
    if (owner->toString() == mutation.mutationId)
        return {};
    // Two different mutations with one seq: a restored backup or a cloned disk. Both facts are kept; HQ looks.
    return openException(m_db, QStringLiteral("seq_reuse"), mutation.mutationId,
        QJsonObject { { QStringLiteral("device_id"), device.deviceId }, { QStringLiteral("seq"), mutation.seq },
            { QStringLiteral("first_mutation_id"), owner->toString() } },
        now);
}

Status IngestService::quarantine(const DeviceContext &device, const wire::PushMutation &mutation,
    const QString &reason, const QString &now, bool recordAsApplied)
{
    Result<QSqlQuery> kept = m_db.exec(
        QStringLiteral("INSERT INTO quarantine(mutation_id, device_id, seq, reason, body, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        { mutation.mutationId, device.deviceId, mutation.seq, reason, compact(mutation.raw), now });
    if (!kept)
        return std::unexpected(kept.error());
    if (recordAsApplied) {
        const QJsonObject result { { QStringLiteral("quarantined"), reason } };
        Result<QSqlQuery> recorded = m_db.exec(
            QStringLiteral("INSERT INTO applied_mutations(mutation_id, device_id, seq, type, request_hash, status, "
                           "result, applied_at) VALUES (?, ?, ?, ?, ?, 'quarantined', ?, ?)"),
            { mutation.mutationId, device.deviceId, mutation.seq, mutation.type, mutation.requestHash(),
                compact(result), now });
        if (!recorded)
            return std::unexpected(recorded.error());
    }
    qCWarning(lcServerApi).noquote() << "quarantined mutation" << mutation.mutationId << "seq" << mutation.seq
                                     << "of device" << device.deviceId << ":" << reason;
    return {};
}

Result<wire::PushResult> IngestService::ingestOne(
    const DeviceContext &device, const wire::PushMutation &mutation, const QString &now)
{
    if (mutation.seq <= 0) // nothing to ack it by: the client must fix its outbox; keep it for HQ anyway
        return resultOf(mutation, wire::pushstatus::kRejected, mutation.problem);
    if (mutation.mutationId.isEmpty()) {
        if (Status status = quarantine(device, mutation, mutation.problem, now, false); !status)
            return std::unexpected(status.error());
        if (Status status = markSeq(device, mutation, now); !status)
            return std::unexpected(status.error());
        return resultOf(mutation, wire::pushstatus::kQuarantined, mutation.problem);
    }

    const QString hash = mutation.requestHash();
    Result<QSqlQuery> stored = m_db.exec(
        QStringLiteral("SELECT request_hash, status, result FROM applied_mutations WHERE mutation_id = ?"),
        { mutation.mutationId });
    if (!stored)
        return std::unexpected(stored.error());
    if (stored->next()) {
        const QString storedHash = stored->value(0).toString();
        const QString storedStatus = stored->value(1).toString();
        stored->finish();
        if (storedHash == hash) {
            if (Status status = markSeq(device, mutation, now); !status)
                return std::unexpected(status.error());
            return resultOf(mutation, wire::pushstatus::kReplayed, storedStatus);
        }
        const QString reason = QStringLiteral("same mutation_id, different content (hash mismatch)");
        if (Status status = openException(m_db, QStringLiteral("hash_mismatch"), mutation.mutationId,
                QJsonObject { { QStringLiteral("device_id"), device.deviceId }, { QStringLiteral("seq"), mutation.seq },
                    { QStringLiteral("stored_hash"), storedHash }, { QStringLiteral("received_hash"), hash } },
                now);
            !status)
            return std::unexpected(status.error());
        if (Status status = quarantine(device, mutation, reason, now, false); !status)
            return std::unexpected(status.error());
        if (Status status = markSeq(device, mutation, now); !status)
            return std::unexpected(status.error());
        return resultOf(mutation, wire::pushstatus::kRejected, reason);
    }
    stored->finish();

    QString problem = mutation.problem;
    MutationHandler *handler = problem.isEmpty() ? m_handlers.find(mutation.type) : nullptr;
    if (problem.isEmpty() && !handler)
        problem = QStringLiteral("unknown mutation type %1").arg(mutation.type);
    if (problem.isEmpty() && !handler->supportsSchema(mutation.schemaVersion))
        problem = QStringLiteral("schema_v %1 of %2 is not understood").arg(mutation.schemaVersion).arg(mutation.type);

    if (problem.isEmpty()) {
        if (Status status = m_db.execScript(QStringLiteral("SAVEPOINT mutation")); !status)
            return std::unexpected(status.error());
        const MutationContext context { m_db, device, now, mutation.mutationId,
            [this](qint64 partId) { return priceVersion(partId); } };
        Result<QJsonObject> applied = handler->apply(context, mutation.schemaVersion, mutation.payload);
        Status recorded;
        if (applied) {
            Result<QSqlQuery> row = m_db.exec(
                QStringLiteral("INSERT INTO applied_mutations(mutation_id, device_id, seq, type, request_hash, status, "
                               "result, applied_at) VALUES (?, ?, ?, ?, ?, 'applied', ?, ?)"),
                { mutation.mutationId, device.deviceId, mutation.seq, mutation.type, hash, compact(*applied), now });
            if (!row)
                recorded = std::unexpected(row.error());
        }
        if (applied && recorded) {
            if (Status status = m_db.execScript(QStringLiteral("RELEASE mutation")); !status)
                return std::unexpected(status.error());
            if (Status status = markSeq(device, mutation, now); !status)
                return std::unexpected(status.error());
            return resultOf(mutation, wire::pushstatus::kApplied);
        }
        // Undo whatever the handler wrote before it found the problem; the savepoint keeps the rest of the batch.
        if (Status status = m_db.execScript(QStringLiteral("ROLLBACK TO mutation; RELEASE mutation")); !status)
            return std::unexpected(status.error());
        const Error &error = applied ? recorded.error() : applied.error();
        // A constraint the data breaks is a property of this mutation, not of the server: retrying cannot help,
        // so it is quarantined like a malformed one instead of blocking the device's queue for ever.
        // SQLite says "... constraint failed", PostgreSQL "... violates ... constraint".
        const bool constraint = error.code() == ErrorCode::Storage
            && (error.logMessage().contains(QLatin1String("constraint failed"), Qt::CaseInsensitive)
                || error.logMessage().contains(QLatin1String("violates"), Qt::CaseInsensitive));
        if (error.code() != ErrorCode::InvalidInput && !constraint)
            return std::unexpected(error);
        problem = error.logMessage();
    }
    if (Status status = quarantine(device, mutation, problem, now, true); !status)
        return std::unexpected(status.error());
    if (Status status = openException(m_db, QStringLiteral("quarantined"), mutation.mutationId,
            QJsonObject { { QStringLiteral("device_id"), device.deviceId }, { QStringLiteral("seq"), mutation.seq },
                { QStringLiteral("reason"), problem } },
            now);
        !status)
        return std::unexpected(status.error());
    if (Status status = markSeq(device, mutation, now); !status)
        return std::unexpected(status.error());
    return resultOf(mutation, wire::pushstatus::kQuarantined, problem);
}

Result<qint64> IngestService::advanceCursor(const QString &deviceId, const QString &now)
{
    Result<qint64> acked = ackedSeq(deviceId);
    if (!acked)
        return acked;
    qint64 cursor = *acked;
    for (;;) {
        Result<QSqlQuery> next = m_db.exec(
            QStringLiteral("SELECT seq FROM device_seqs WHERE device_id = ? AND seq > ? ORDER BY seq LIMIT 512"),
            { deviceId, cursor });
        if (!next)
            return std::unexpected(next.error());
        const qint64 before = cursor;
        while (next->next() && next->value(0).toLongLong() == cursor + 1)
            ++cursor;
        next->finish();
        if (cursor == before || cursor - before < 512)
            break;
    }
    if (cursor != *acked || cursor == 0) {
        Result<QSqlQuery> saved = m_db.exec(
            QStringLiteral("INSERT INTO device_cursors(device_id, acked_seq, updated_at) VALUES (?, ?, ?) "
                           "ON CONFLICT(device_id) DO UPDATE SET acked_seq = excluded.acked_seq, "
                           "updated_at = excluded.updated_at"),
            { deviceId, cursor, now });
        if (!saved)
            return std::unexpected(saved.error());
    }
    return cursor;
}

Result<wire::PushResponse> IngestService::push(const DeviceContext &device, const wire::PushRequest &request)
{
    const QString now = isoUtc(m_clock.nowUtc());
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return std::unexpected(status.error());
    wire::PushResponse response;
    for (const wire::PushMutation &mutation : request.mutations) {
        Result<wire::PushResult> result = ingestOne(device, mutation, now);
        if (!result) {
            qCWarning(lcServerApi) << "push of device" << device.deviceId << "aborted:" << result.error().logMessage();
            return std::unexpected(result.error());
        }
        response.results.append(*result);
    }
    Result<qint64> acked = advanceCursor(device.deviceId, now);
    if (!acked)
        return std::unexpected(acked.error());
    if (Status status = transaction.commit(); !status)
        return std::unexpected(status.error());
    response.ackedSeq = *acked;
    return response;
}

} // namespace nexus
