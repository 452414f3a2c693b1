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
    : m_db(tenantDb), m_clock(clock), m_statements(tenantDb)
{
    if (!catalogPath.isEmpty() && QFileInfo::exists(catalogPath)) {
        static QAtomicInteger<int> counter;
        Result<std::unique_ptr<Database>> catalog = Database::open(catalogPath, Durability::Normal,
            QStringLiteral("ingest-catalog-%1").arg(counter.fetchAndAddRelaxed(1)));
        if (catalog) {
            m_catalog = std::move(*catalog);
            m_catalogStatements = std::make_unique<PreparedStatements>(*m_catalog);
        }
        else
            qCWarning(lcServerApi) << "no old-price checks:" << catalog.error().logMessage();
    }
}

IngestService::~IngestService() = default;

std::optional<qint64> IngestService::priceVersion(qint64 partId)
{
    if (!m_catalogStatements)
        return std::nullopt;
    if (const auto known = m_priceVersions.constFind(partId); known != m_priceVersions.cend())
        return *known;
    Result<QVariant> version
        = m_catalogStatements->scalar(QStringLiteral("SELECT price_version FROM parts WHERE id = ?"), { partId });
    const std::optional<qint64> current
        = version && version->isValid() ? std::optional<qint64>(version->toLongLong()) : std::nullopt;
    m_priceVersions.insert(partId, current);
    return current;
}

Result<QString> IngestService::warehouseBranch(const QString &warehouseId)
{
    if (const auto known = m_warehouseBranches.constFind(warehouseId); known != m_warehouseBranches.cend())
        return *known;
    Result<QVariant> owner
        = m_statements.scalar(QStringLiteral("SELECT branch_id FROM warehouses WHERE id = ?"), { warehouseId });
    if (!owner)
        return std::unexpected(owner.error());
    // Only a warehouse found is remembered: a later mutation of the batch may register one (a defective location).
    if (!owner->isValid())
        return QString();
    m_warehouseBranches.insert(warehouseId, owner->toString());
    return owner->toString();
}

void IngestService::forgetBatch()
{
    m_applied.clear();
    m_warehouseBranches.clear();
    m_priceVersions.clear();
}

Status IngestService::readApplied(const wire::PushRequest &request)
{
    // A fixed number of placeholders keeps one statement prepared; the last id fills the unused ones.
    constexpr qsizetype kIdsPerQuery = 64;
    static const QString sql = QStringLiteral("SELECT mutation_id, request_hash, status FROM applied_mutations "
                                              "WHERE mutation_id IN (?")
        + QStringLiteral(", ?").repeated(kIdsPerQuery - 1) + QLatin1Char(')');
    QVariantList ids;
    const auto flush = [&]() -> Status {
        if (ids.isEmpty())
            return {};
        while (ids.size() < kIdsPerQuery)
            ids.append(ids.constLast());
        Result<QList<QVariantList>> found = m_statements.rows(sql, ids);
        ids.clear();
        if (!found)
            return std::unexpected(found.error());
        for (const QVariantList &row : *found)
            m_applied.insert(row.at(0).toString(), Applied { row.at(1).toString(), row.at(2).toString() });
        return {};
    };
    for (const wire::PushMutation &mutation : request.mutations) {
        if (mutation.mutationId.isEmpty())
            continue;
        ids.append(mutation.mutationId);
        if (ids.size() == kIdsPerQuery)
            if (Status status = flush(); !status)
                return status;
    }
    return flush();
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
    Result<qint64> marked = m_statements.run(
        QStringLiteral("INSERT INTO device_seqs(device_id, seq, mutation_id) VALUES (?, ?, ?) "
                       "ON CONFLICT(device_id, seq) DO NOTHING"),
        { device.deviceId, mutation.seq, mutation.mutationId });
    if (!marked)
        return std::unexpected(marked.error());
    if (*marked == 1)
        return {};
    Result<QVariant> owner = m_statements.scalar(
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
    Result<qint64> kept = m_statements.run(
        QStringLiteral("INSERT INTO quarantine(mutation_id, device_id, seq, reason, body, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        { mutation.mutationId, device.deviceId, mutation.seq, reason, compact(mutation.raw), now });
    if (!kept)
        return std::unexpected(kept.error());
    if (recordAsApplied) {
        if (Status recorded = recordApplied(device, mutation, mutation.requestHash(), QStringLiteral("quarantined"),
                QJsonObject { { QStringLiteral("quarantined"), reason } }, now);
            !recorded)
            return recorded;
    }
    qCWarning(lcServerApi).noquote() << "quarantined mutation" << mutation.mutationId << "seq" << mutation.seq
                                     << "of device" << device.deviceId << ":" << reason;
    return {};
}

Status IngestService::recordApplied(const DeviceContext &device, const wire::PushMutation &mutation,
    const QString &hash, const QString &status, const QJsonObject &result, const QString &now)
{
    Result<qint64> recorded = m_statements.run(
        QStringLiteral("INSERT INTO applied_mutations(mutation_id, device_id, seq, type, request_hash, status, "
                       "result, applied_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        { mutation.mutationId, device.deviceId, mutation.seq, mutation.type, hash, status, compact(result), now });
    if (!recorded)
        return std::unexpected(recorded.error());
    // A second copy of the mutation later in the same batch is a replay (or a hash mismatch) like any other.
    m_applied.insert(mutation.mutationId, Applied { hash, status });
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
    if (const auto stored = m_applied.constFind(mutation.mutationId); stored != m_applied.cend()) {
        const QString storedHash = stored->hash;
        const QString storedStatus = stored->status;
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

    QString problem = mutation.problem;
    MutationHandler *handler = problem.isEmpty() ? m_handlers.find(mutation.type) : nullptr;
    if (problem.isEmpty() && !handler)
        problem = QStringLiteral("unknown mutation type %1").arg(mutation.type);
    if (problem.isEmpty() && !handler->supportsSchema(mutation.schemaVersion))
        problem = QStringLiteral("schema_v %1 of %2 is not understood").arg(mutation.schemaVersion).arg(mutation.type);

    if (problem.isEmpty()) {
        if (Status status = m_statements.control(QStringLiteral("SAVEPOINT mutation")); !status)
            return std::unexpected(status.error());
        const MutationContext context { m_db, device, now, mutation.mutationId,
            [this](qint64 partId) { return priceVersion(partId); },
            [this](const QString &warehouseId) { return warehouseBranch(warehouseId); }, m_statements };
        Result<QJsonObject> applied = handler->apply(context, mutation.schemaVersion, mutation.payload);
        Status recorded;
        if (applied)
            recorded = recordApplied(device, mutation, hash, QStringLiteral("applied"), *applied, now);
        if (applied && recorded) {
            if (Status status = m_statements.control(QStringLiteral("RELEASE mutation")); !status)
                return std::unexpected(status.error());
            if (Status status = markSeq(device, mutation, now); !status)
                return std::unexpected(status.error());
            return resultOf(mutation, wire::pushstatus::kApplied);
        }
        // Undo whatever the handler wrote before it found the problem; the savepoint keeps the rest of the batch.
        for (const QString &undo : { QStringLiteral("ROLLBACK TO mutation"), QStringLiteral("RELEASE mutation") })
            if (Status status = m_statements.control(undo); !status)
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
    Result<QVariant> stored
        = m_statements.scalar(QStringLiteral("SELECT acked_seq FROM device_cursors WHERE device_id = ?"), { deviceId });
    if (!stored)
        return std::unexpected(stored.error());
    const qint64 acked = stored->isValid() ? stored->toLongLong() : 0;
    qint64 cursor = acked;
    for (;;) {
        Result<QList<QVariantList>> next = m_statements.rows(
            QStringLiteral("SELECT seq FROM device_seqs WHERE device_id = ? AND seq > ? ORDER BY seq LIMIT 512"),
            { deviceId, cursor });
        if (!next)
            return std::unexpected(next.error());
        const qint64 before = cursor;
        for (const QVariantList &row : std::as_const(*next)) {
            if (row.at(0).toLongLong() != cursor + 1)
                break;
            ++cursor;
        }
        if (cursor == before || cursor - before < 512)
            break;
    }
    if (cursor != acked || cursor == 0) {
        Result<qint64> saved = m_statements.run(
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
    forgetBatch();
    if (Status status = m_statements.checkSession(); !status)
        return std::unexpected(status.error());
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return std::unexpected(status.error());
    // What the batch read is only true under its lock: forgotten however push() returns.
    struct ForgetBatch
    {
        IngestService &service;
        ~ForgetBatch() { service.forgetBatch(); }
    } const forget { *this };
    if (Status status = readApplied(request); !status)
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
