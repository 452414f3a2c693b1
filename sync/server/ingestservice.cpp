// IngestService: the batch transaction, per-mutation savepoints, idempotency, quarantine and the contiguous ack.
#include "server/ingestservice.h"

#include "common/clock.h"
#include "protocol/logging.h"
#include "server/isotime.h"
#include "server/salecompletedhandler.h"
#include "server/salewriter.h"
#include "store/database.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QJsonDocument>

#include <utility>

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
    m_pending = {};
    m_applied.clear();
    m_warehouseBranches.clear();
    m_priceVersions.clear();
}

MutationContext IngestService::contextFor(const DeviceContext &device, const QString &now, const QString &mutationId)
{
    return MutationContext { m_db, device, now, mutationId, [this](qint64 partId) { return priceVersion(partId); },
        [this](const QString &warehouseId) { return warehouseBranch(warehouseId); }, m_statements };
}

Status IngestService::readApplied(const wire::PushRequest &request)
{
    QVariantList ids;
    for (const wire::PushMutation &mutation : request.mutations)
        if (!mutation.mutationId.isEmpty())
            ids.append(mutation.mutationId);
    Result<QList<QVariantList>> found = m_statements.rowsWhereIn(
        QStringLiteral("SELECT mutation_id, request_hash, status FROM applied_mutations WHERE mutation_id IN"), {}, ids);
    if (!found)
        return std::unexpected(found.error());
    for (const QVariantList &row : std::as_const(*found))
        m_applied.insert(row.at(0).toString(), Applied { row.at(1).toString(), row.at(2).toString() });
    return {};
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
        const MutationContext context = contextFor(device, now, mutation.mutationId);
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

bool IngestService::takeSale(const DeviceContext &device, const wire::PushMutation &mutation, const QString &now)
{
    static const QString saleType = QStringLiteral("sale.completed");
    if (mutation.type != saleType || mutation.seq <= 0 || mutation.mutationId.isEmpty() || !mutation.problem.isEmpty()
        || m_applied.contains(mutation.mutationId) || m_pending.mutationIds.contains(mutation.mutationId)
        || m_pending.seqs.contains(mutation.seq))
        return false;
    const MutationHandler *handler = m_handlers.find(saleType);
    if (!handler || !handler->supportsSchema(mutation.schemaVersion))
        return false;
    // The warehouses it names are looked up now, after every mutation before it that is not a waiting sale was
    // applied: a sale changes no warehouse, so the one-by-one path would find the same.
    Result<CompletedSale> sale
        = SaleCompletedHandler::read(contextFor(device, now, mutation.mutationId), mutation.schemaVersion,
            mutation.payload);
    if (!sale || sale->storeCredit) // quarantined (or the error met again) by ingestOne; credit is written alone
        return false;
    m_pending.mutations.push_back(&mutation);
    m_pending.sales.push_back(std::move(*sale));
    m_pending.mutationIds.insert(mutation.mutationId);
    m_pending.seqs.insert(mutation.seq);
    return true;
}

Result<bool> IngestService::writeSales(
    const DeviceContext &device, const QString &now, const PendingSales &pending, const QStringList &hashes)
{
    Result<QList<QJsonObject>> results = writeCompletedSales(contextFor(device, now, {}), pending.sales);
    if (!results)
        return std::unexpected(results.error());
    QVariantList applied;
    QVariantList seqs;
    for (std::size_t i = 0; i < pending.mutations.size(); ++i) {
        const wire::PushMutation &mutation = *pending.mutations[i];
        applied << mutation.mutationId << device.deviceId << mutation.seq << mutation.type
                << hashes.at(static_cast<qsizetype>(i)) << QStringLiteral("applied")
                << compact(results->at(static_cast<qsizetype>(i))) << now;
        seqs << device.deviceId << mutation.seq << mutation.mutationId;
    }
    static const QStringList appliedColumns { QStringLiteral("mutation_id"), QStringLiteral("device_id"),
        QStringLiteral("seq"), QStringLiteral("type"), QStringLiteral("request_hash"), QStringLiteral("status"),
        QStringLiteral("result"), QStringLiteral("applied_at") };
    if (Result<QList<QVariantList>> recorded
        = m_statements.insertRows(QStringLiteral("applied_mutations"), appliedColumns, applied);
        !recorded)
        return std::unexpected(recorded.error());
    static const QStringList seqColumns { QStringLiteral("device_id"), QStringLiteral("seq"),
        QStringLiteral("mutation_id") };
    Result<QList<QVariantList>> marked = m_statements.insertRows(QStringLiteral("device_seqs"), seqColumns, seqs,
        QStringLiteral("ON CONFLICT(device_id, seq) DO NOTHING RETURNING seq"));
    if (!marked)
        return std::unexpected(marked.error());
    return marked->size() == static_cast<qsizetype>(pending.mutations.size());
}

Status IngestService::flushSales(const DeviceContext &device, const QString &now, wire::PushResponse &response)
{
    const PendingSales pending = std::exchange(m_pending, {});
    if (pending.mutations.size() > 1) {
        QStringList hashes;
        for (const wire::PushMutation *mutation : pending.mutations)
            hashes.append(mutation->requestHash());
        if (Status status = m_statements.control(QStringLiteral("SAVEPOINT sales")); !status)
            return status;
        Result<bool> written = writeSales(device, now, pending, hashes);
        if (written && *written) {
            if (Status status = m_statements.control(QStringLiteral("RELEASE sales")); !status)
                return status;
            for (std::size_t i = 0; i < pending.mutations.size(); ++i) {
                const wire::PushMutation &mutation = *pending.mutations[i];
                m_applied.insert(
                    mutation.mutationId, Applied { hashes.at(static_cast<qsizetype>(i)), QStringLiteral("applied") });
                response.results.append(resultOf(mutation, wire::pushstatus::kApplied));
            }
            return {};
        }
        qCInfo(lcServerApi).noquote() << pending.mutations.size() << "sales of device" << device.deviceId
                                      << "are applied one by one:"
                                      << (written ? QStringLiteral("a seq is taken") : written.error().logMessage());
        for (const QString &undo : { QStringLiteral("ROLLBACK TO sales"), QStringLiteral("RELEASE sales") })
            if (Status status = m_statements.control(undo); !status)
                return status;
    }
    for (const wire::PushMutation *mutation : pending.mutations) {
        Result<wire::PushResult> result = ingestOne(device, *mutation, now);
        if (!result)
            return std::unexpected(result.error());
        response.results.append(*result);
    }
    return {};
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
    const auto aborted = [&device](const Error &error) {
        qCWarning(lcServerApi) << "push of device" << device.deviceId << "aborted:" << error.logMessage();
        return std::unexpected(error);
    };
    for (const wire::PushMutation &mutation : request.mutations) {
        if (takeSale(device, mutation, now))
            continue;
        if (Status flushed = flushSales(device, now, response); !flushed)
            return aborted(flushed.error());
        Result<wire::PushResult> result = ingestOne(device, mutation, now);
        if (!result)
            return aborted(result.error());
        response.results.append(*result);
    }
    if (Status flushed = flushSales(device, now, response); !flushed)
        return aborted(flushed.error());
    Result<qint64> acked = advanceCursor(device.deviceId, now);
    if (!acked)
        return std::unexpected(acked.error());
    if (Status status = transaction.commit(); !status)
        return std::unexpected(status.error());
    response.ackedSeq = *acked;
    return response;
}

} // namespace nexus
