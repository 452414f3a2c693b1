// DeviceEpochs: the epoch change (master device_epochs + devices.epoch, tenant exception and cursor), the push's
// lineage check against device_seqs and the clock checks.
#include "server/deviceepochs.h"

#include "common/clock.h"
#include "protocol/jsonreader.h"
#include "protocol/logging.h"
#include "server/deviceauth.h"
#include "server/enrollmentservice.h"
#include "server/isotime.h"
#include "server/mutationhandler.h"
#include "server/requestbody.h"
#include "server/serverstorage.h"
#include "server/sqlitemasterstore.h"
#include "store/database.h"

#include <QHash>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>

#include <algorithm>
#include <cstdlib>
#include <limits>

namespace nexus {

namespace {

using wire::ApiError;
namespace errorcode = wire::errorcode;

JsonReply errorReply(const ApiError &error)
{
    return JsonReply { error.httpStatus, error.toJson() };
}

ApiError unavailable(const Error &error)
{
    qCWarning(lcServerApi) << "device epoch:" << error.logMessage();
    return ApiError { 503, QString(errorcode::kInternal),
        QStringLiteral("The device's epoch could not be read or changed; nothing was changed, retry later"), {} };
}

// The device-clock field of each fact the ingest knows; other types carry no time worth checking.
QLatin1String timeFieldOf(const QString &type)
{
    if (type == QLatin1String("sale.completed"))
        return QLatin1String("sold_at");
    if (type == QLatin1String("sale.returned"))
        return QLatin1String("returned_at");
    if (type == QLatin1String("cash_session.opened"))
        return QLatin1String("opened_at");
    if (type == QLatin1String("cash_session.closed"))
        return QLatin1String("closed_at");
    if (type == QLatin1String("cash.moved"))
        return QLatin1String("at");
    return QLatin1String();
}

} // namespace

DeviceEpochs::DeviceEpochs(ServerStorage &storage, DeviceAuth &auth, const Clock &clock)
    : m_storage(storage), m_auth(auth), m_clock(clock)
{
}

DeviceEpochs::~DeviceEpochs() = default;

void DeviceEpochs::registerRoutes(QHttpServer &http)
{
    http.route(QString(wire::kEpochPath), QHttpServerRequest::Method::Post, [this](const QHttpServerRequest &request) {
        const JsonReply reply = changeEpoch(request.value(QByteArrayLiteral("Authorization")), request.body());
        return QHttpServerResponse(reply.body, static_cast<QHttpServerResponse::StatusCode>(reply.status));
    });
}

Result<Database *> DeviceEpochs::masterDb()
{
    auto *master = dynamic_cast<SqliteMasterStore *>(&m_storage.master());
    if (!master)
        return fail(ErrorCode::Internal, NX_ERR("This server storage keeps no device epochs"), {});
    return &master->database();
}

Result<Database *> DeviceEpochs::tenantDb(const DeviceContext &device)
{
    if (const auto it = m_tenants.find(device.tenantId); it != m_tenants.end())
        return it->second;
    Result<std::optional<TenantRecord>> tenant = m_storage.master().tenantById(device.tenantId);
    if (!tenant)
        return std::unexpected(tenant.error());
    if (!*tenant)
        return fail(ErrorCode::NotFound, NX_ERR("There is no tenant %1"), { device.tenantId });
    Result<TenantStore *> store = m_storage.tenant(**tenant);
    if (!store)
        return std::unexpected(store.error());
    Database *db = &(*store)->db();
    m_tenants.emplace(device.tenantId, db);
    return db;
}

JsonReply DeviceEpochs::changeEpoch(const QByteArray &authorization, const QByteArray &body)
{
    // The previous secret is accepted here only: a device that lost the answer holding its new secret asks again.
    std::expected<DeviceContext, ApiError> device = m_auth.authenticateHeader(authorization, true);
    if (!device)
        return errorReply(device.error());
    std::expected<wire::EpochRequest, ApiError> request = readRequestMessage<wire::EpochRequest>(body, kMaxBodyBytes);
    if (!request)
        return errorReply(request.error());
    if (request->deviceId != device->deviceId)
        return errorReply(ApiError { 403, QString(errorcode::kWrongDevice),
            QStringLiteral("The token belongs to another device"), QStringLiteral("device_id") });
    Result<Database *> master = masterDb();
    if (!master)
        return errorReply(unavailable(master.error()));
    Result<Database *> tenant = tenantDb(*device);
    if (!tenant)
        return errorReply(unavailable(tenant.error()));

    Result<Outcome> outcome = decide(**master, **tenant, *device, *request);
    if (!outcome && outcome.error().code() == ErrorCode::Unauthenticated)
        return errorReply(ApiError { 401, QString(errorcode::kInvalidCredentials), outcome.error().message(),
            outcome.error().field() });
    if (!outcome)
        return errorReply(outcome.error().code() == ErrorCode::InvalidInput ? ApiError::fromError(outcome.error())
                                                                            : unavailable(outcome.error()));
    if (outcome->cloned)
        return errorReply(ApiError { 409, QString(errorcode::kDeviceCloned),
            QStringLiteral("This device moved to epoch %1 from another copy of its database; this copy (epoch %2) may "
                           "not push until it is enrolled again")
                .arg(outcome->epoch)
                .arg(request->fromEpoch),
            QStringLiteral("from_epoch") });
    // Repeated requests settle the cursor again: a crash after the master commit must not leave it behind.
    if (Status settled = settleCursor(**tenant, device->deviceId, outcome->seqFloor); !settled)
        return errorReply(unavailable(settled.error()));
    Result<QMap<QString, qint64>> folios = this->folios(**tenant, device->deviceId, request->folioSeries);
    if (!folios)
        return errorReply(unavailable(folios.error()));
    return JsonReply { 200, wire::EpochResponse { outcome->epoch, outcome->seqFloor, *folios, outcome->secret }.toJson() };
}

Result<DeviceEpochs::Outcome> DeviceEpochs::decide(
    Database &master, Database &tenant, const DeviceContext &device, const wire::EpochRequest &request)
{
    const QString now = isoUtc(m_clock.nowUtc());
    // Read before the master transaction: the tenant is another database (file or schema).
    Result<QVariant> held = tenant.scalar(
        QStringLiteral("SELECT CAST(coalesce(max(seq), 0) AS BIGINT) FROM device_seqs WHERE device_id = ?"),
        { device.deviceId });
    if (!held)
        return std::unexpected(held.error());
    const qint64 serverSeq = held->toLongLong();

    Transaction transaction(master);
    if (Status begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    Result<QSqlQuery> earlier = master.exec(
        QStringLiteral("SELECT outcome, to_epoch, seq_floor, issued_secret FROM device_epochs WHERE device_id = ? AND "
                       "rekey_id = ?"),
        { device.deviceId, request.rekeyId });
    if (!earlier)
        return std::unexpected(earlier.error());
    if (earlier->next()) {
        // The device lost the first answer: the same answer again, nothing changes twice.
        const Outcome first { earlier->value(0).toString() == QLatin1String("refused_clone"), earlier->value(1).toInt(),
            earlier->value(2).toLongLong(), earlier->value(3).toString() };
        earlier->finish();
        if (Status committed = transaction.commit(); !committed)
            return std::unexpected(committed.error());
        return first;
    }
    earlier->finish();
    Result<QVariant> current
        = master.scalar(QStringLiteral("SELECT epoch FROM devices WHERE id = ? AND revoked_at IS NULL"), { device.deviceId });
    if (!current)
        return std::unexpected(current.error());
    if (!current->isValid())
        return fail(ErrorCode::InvalidInput, NX_ERR("The device %1 is not enrolled"), { device.deviceId },
            QStringLiteral("device_id"));
    const int epoch = current->toInt();
    if (request.fromEpoch > epoch)
        return fail(ErrorCode::InvalidInput, NX_ERR("The epoch %1 is newer than the device's epoch %2 at the server"),
            { QString::number(request.fromEpoch), QString::number(epoch) }, QStringLiteral("from_epoch"));

    const bool cloned = request.fromEpoch < epoch;
    // The old secret repeats its change (above) or learns its database is a copy; it starts no change of its own.
    if (device.previousSecret && !cloned)
        return fail(ErrorCode::Unauthenticated,
            NX_ERR("This device's secret was replaced by its last epoch change; use the new one"), {},
            QStringLiteral("device_secret"));
    const Outcome outcome { cloned, cloned ? epoch : epoch + 1, cloned ? 0 : std::max(serverSeq, request.lastSeq),
        cloned ? QString() : EnrollmentService::newDeviceSecret() };
    if (!cloned) {
        // The old secret is kept one change back: only to repeat this change or to be told it is a copy.
        Result<QSqlQuery> moved = master.exec(
            QStringLiteral("UPDATE devices SET epoch = ?, previous_secret_hash = secret_hash, secret_hash = ? WHERE id = ? "
                           "AND epoch = ?"),
            { outcome.epoch, EnrollmentService::hashSecret(outcome.secret), device.deviceId, epoch });
        if (!moved)
            return std::unexpected(moved.error());
    }
    Result<QSqlQuery> audited = master.exec(
        QStringLiteral("INSERT INTO device_epochs(device_id, rekey_id, outcome, reason, from_epoch, to_epoch, seq_floor, "
                       "client_seq, server_seq, machine, created_at, issued_secret) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?)"),
        { device.deviceId, request.rekeyId, cloned ? QStringLiteral("refused_clone") : QStringLiteral("rekeyed"),
            request.reason, request.fromEpoch, outcome.epoch, outcome.seqFloor, request.lastSeq, serverSeq,
            request.machine.isNull() ? QStringLiteral("") : request.machine, now,
            cloned ? QVariant(QMetaType::fromType<QString>()) : QVariant(outcome.secret) });
    if (!audited)
        return std::unexpected(audited.error());
    if (Status committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());

    // Head office's queue. The master row above is the audit; if this insert fails the change still stands.
    const QJsonObject details { { QStringLiteral("device_id"), device.deviceId },
        { QStringLiteral("branch_id"), device.branchId }, { QStringLiteral("rekey_id"), request.rekeyId },
        { QStringLiteral("reason"), request.reason }, { QStringLiteral("from_epoch"), request.fromEpoch },
        { QStringLiteral("to_epoch"), outcome.epoch }, { QStringLiteral("seq_floor"), outcome.seqFloor },
        { QStringLiteral("client_seq"), request.lastSeq }, { QStringLiteral("server_seq"), serverSeq },
        { QStringLiteral("machine"), request.machine } };
    if (Status opened = openException(tenant, cloned ? QStringLiteral("device_cloned") : QStringLiteral("device_rekeyed"),
            device.deviceId, details, now);
        !opened)
        qCWarning(lcServerApi) << "device epoch exception not recorded:" << opened.error().logMessage();
    qCWarning(lcServerApi).noquote() << (cloned ? "refused a copy of device" : "new epoch for device") << device.deviceId
                                     << "from epoch" << request.fromEpoch << "to" << outcome.epoch << "reason"
                                     << request.reason << "floor" << outcome.seqFloor << "server seq" << serverSeq
                                     << "device seq" << request.lastSeq << "machine" << request.machine;
    return outcome;
}

Status DeviceEpochs::settleCursor(Database &tenant, const QString &deviceId, qint64 seqFloor)
{
    if (seqFloor <= 0)
        return {};
    // Seqs at or below the floor are settled: the ones no copy will ever send must not hold the ack back.
    Result<QSqlQuery> settled = tenant.exec(
        QStringLiteral("INSERT INTO device_cursors(device_id, acked_seq, updated_at) VALUES (?, ?, ?) "
                       "ON CONFLICT(device_id) DO UPDATE SET acked_seq = excluded.acked_seq, "
                       "updated_at = excluded.updated_at WHERE device_cursors.acked_seq < excluded.acked_seq"),
        { deviceId, seqFloor, isoUtc(m_clock.nowUtc()) });
    if (!settled)
        return std::unexpected(settled.error());
    return {};
}

Result<QMap<QString, qint64>> DeviceEpochs::folios(Database &tenant, const QString &deviceId, const QStringList &series)
{
    // A restored counter's folio counters went back too: it must not print ticket numbers head office already has.
    QMap<QString, qint64> highest;
    for (const QString &name : series) {
        const QList<std::pair<QString, QString>> sources { { QStringLiteral("sales"), name + QStringLiteral("-%") },
            { QStringLiteral("returns"), name + QStringLiteral("%") } };
        for (const auto &[table, pattern] : sources) {
            Result<QVariant> top = tenant.scalar(
                QStringLiteral("SELECT max(folio) FROM %1 WHERE device_id = ? AND folio LIKE ?").arg(table),
                { deviceId, pattern });
            if (!top)
                return std::unexpected(top.error());
            const std::optional<wire::FolioNumber> folio = wire::FolioNumber::parse(top->toString());
            if (folio && folio->series == name)
                highest[name] = std::max(highest.value(name), folio->number);
        }
    }
    // The Z number went back with the restored database too: the client's till close numbers past this one.
    Result<QVariant> z = tenant.scalar(
        QStringLiteral("SELECT CAST(coalesce(max(z_number), 0) AS BIGINT) FROM cash_sessions WHERE device_id = ?"),
        { deviceId });
    if (!z)
        return std::unexpected(z.error());
    if (z->toLongLong() > 0)
        highest.insert(QStringLiteral("Z:") + deviceId, z->toLongLong());
    return highest;
}

std::optional<ApiError> DeviceEpochs::inspectPush(const DeviceContext &device, const wire::PushRequest &request)
{
    Result<Database *> tenant = tenantDb(device);
    if (!tenant) {
        qCWarning(lcServerApi) << "push not inspected:" << tenant.error().logMessage();
        return std::nullopt; // the ingest reports the same problem
    }
    if (std::optional<ApiError> refused = checkLineage(**tenant, device, request))
        return refused;
    checkClock(**tenant, device, request);
    return std::nullopt;
}

std::optional<ApiError> DeviceEpochs::checkLineage(
    Database &tenant, const DeviceContext &device, const wire::PushRequest &request)
{
    QHash<qint64, QString> sent;
    qint64 low = std::numeric_limits<qint64>::max();
    qint64 high = 0;
    for (const wire::PushMutation &mutation : request.mutations) {
        if (mutation.seq <= 0 || mutation.mutationId.isEmpty())
            continue; // the ingest quarantines or rejects it
        sent.insert(mutation.seq, mutation.mutationId);
        low = std::min(low, mutation.seq);
        high = std::max(high, mutation.seq);
    }
    if (sent.isEmpty())
        return std::nullopt;
    Result<QSqlQuery> held = tenant.exec(
        QStringLiteral("SELECT seq, mutation_id FROM device_seqs WHERE device_id = ? AND seq BETWEEN ? AND ?"),
        { device.deviceId, low, high });
    if (!held) {
        qCWarning(lcServerApi) << "lineage not checked:" << held.error().logMessage();
        return std::nullopt; // the ingest still records a seq reuse as an exception
    }
    while (held->next()) {
        const qint64 seq = held->value(0).toLongLong();
        const auto it = sent.constFind(seq);
        if (it == sent.constEnd() || *it == held->value(1).toString())
            continue;
        const QString owner = held->value(1).toString();
        held->finish();
        qCWarning(lcServerApi).noquote() << "push of device" << device.deviceId << "epoch" << device.epoch
                                         << "refused: seq" << seq << "is" << owner << "at the server, not" << *it;
        return ApiError { 409, QString(errorcode::kLineageDiverged),
            QStringLiteral("Seq %1 of this device is another mutation at the server: this database was restored from a "
                           "backup or copied; ask %2 for a new epoch")
                .arg(seq)
                .arg(wire::kEpochPath),
            QStringLiteral("mutations") };
    }
    return std::nullopt;
}

void DeviceEpochs::checkClock(Database &tenant, const DeviceContext &device, const wire::PushRequest &request)
{
    const QDateTime now = m_clock.nowUtc();
    QJsonObject problem;
    if (request.clockSkewSeconds && std::abs(*request.clockSkewSeconds) > kMaxClockSkewSeconds)
        problem = QJsonObject { { QStringLiteral("source"), QStringLiteral("device_clock") },
            { QStringLiteral("skew_seconds"), *request.clockSkewSeconds } };
    for (qsizetype i = 0; problem.isEmpty() && i < request.mutations.size(); ++i) {
        const wire::PushMutation &mutation = request.mutations.at(i);
        const QLatin1String field = timeFieldOf(mutation.type);
        if (field.isEmpty())
            continue;
        const QString value = mutation.payload.value(field).toString();
        const QDateTime at = QDateTime::fromString(value, Qt::ISODateWithMs);
        if (!at.isValid())
            continue; // the handler says what is wrong with it
        const qint64 skew = now.secsTo(at);
        if (skew > kMaxClockSkewSeconds || skew < -kMaxFactAgeDays * 86400)
            problem = QJsonObject { { QStringLiteral("source"), QStringLiteral("fact_time") },
                { QStringLiteral("mutation_id"), mutation.mutationId }, { QStringLiteral("type"), mutation.type },
                { QStringLiteral("field"), QString(field) }, { QStringLiteral("device_time"), value },
                { QStringLiteral("skew_seconds"), skew } };
    }
    if (problem.isEmpty())
        return;
    // One open exception per device: a skewed clock stamps every fact, head office needs to hear it once.
    Result<QVariant> open = tenant.scalar(
        QStringLiteral("SELECT count(*) FROM exceptions WHERE kind = 'clock_skew' AND ref = ? AND resolved_at IS NULL"),
        { device.deviceId });
    if (!open || open->toLongLong() > 0)
        return;
    problem.insert(QStringLiteral("device_id"), device.deviceId);
    problem.insert(QStringLiteral("branch_id"), device.branchId);
    problem.insert(QStringLiteral("server_time"), isoUtc(now));
    if (Status opened = openException(tenant, QStringLiteral("clock_skew"), device.deviceId, problem, isoUtc(now)); !opened)
        qCWarning(lcServerApi) << "clock_skew exception not recorded:" << opened.error().logMessage();
    else
        qCWarning(lcServerApi).noquote() << "device" << device.deviceId << "clock is off by"
                                         << problem.value(QStringLiteral("skew_seconds")).toInteger() << "s ("
                                         << problem.value(QStringLiteral("source")).toString() << ")";
}

} // namespace nexus
