// The admin routes: key check, request parsing, AdminService/TenantService/AdminJobs call, JSON answer or ApiError.
#include "server/adminroutes.h"

#include "common/clock.h"
#include "common/idgenerator.h"
#include "protocol/jsonreader.h"
#include "protocol/logging.h"
#include "server/admincatalogimport.h"
#include "server/adminjobs.h"
#include "server/adminkeys.h"
#include "server/adminservice.h"
#include "server/enrollmentservice.h"
#include "server/isotime.h"
#include "server/requestbody.h"
#include "server/serverstorage.h"
#include "server/snapshotbuilder.h"
#include "server/snapshotstore.h"
#include "server/sqlitemasterstore.h"
#include "server/tenantservice.h"
#include "store/database.h"

#include <QAtomicInt>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QUrlQuery>

#include <functional>

namespace nexus {

namespace {

using wire::ApiError;

QHttpServerResponse errorResponse(const ApiError &error)
{
    return QHttpServerResponse(error.toJson(), static_cast<QHttpServerResponse::StatusCode>(error.httpStatus));
}

QHttpServerResponse errorResponse(const Error &error)
{
    return errorResponse(adminApiError(error));
}

QHttpServerResponse answer(const Result<QJsonObject> &result)
{
    if (!result)
        return errorResponse(result.error());
    return QHttpServerResponse(*result);
}

QHttpServerResponse answer(const Result<QJsonArray> &result)
{
    if (!result)
        return errorResponse(result.error());
    return QHttpServerResponse(QJsonObject { { QStringLiteral("rows"), *result } });
}

// 202 Accepted: the job runs on; poll adminpath::kJobs.
QHttpServerResponse accepted(const Result<QJsonObject> &job)
{
    if (!job)
        return errorResponse(job.error());
    return QHttpServerResponse(
        QJsonObject { { QStringLiteral("job"), *job } }, QHttpServerResponse::StatusCode::Accepted);
}

ApiError badField(const QString &field, const QString &message)
{
    return ApiError { 400, QString(wire::errorcode::kInvalidField), message, field };
}

QString queryValue(const QHttpServerRequest &request, const QString &name)
{
    return QUrlQuery(request.query()).queryItemValue(name, QUrl::FullyDecoded);
}

QString text(const QJsonObject &json, const char *key)
{
    return json.value(QLatin1String(key)).toString();
}

QJsonObject tenantJson(const TenantRecord &tenant)
{
    return QJsonObject { { QStringLiteral("id"), tenant.id }, { QStringLiteral("slug"), tenant.slug },
        { QStringLiteral("name"), tenant.name }, { QStringLiteral("created_at"), tenant.createdAt },
        { QStringLiteral("active"), tenant.active } };
}

QJsonObject keyRowJson(const AdminKeyRow &row)
{
    return QJsonObject { { QStringLiteral("id"), row.id }, { QStringLiteral("name"), row.name },
        { QStringLiteral("created_at"), row.createdAt },
        { QStringLiteral("revoked_at"), row.revokedAt.isEmpty() ? QJsonValue() : QJsonValue(row.revokedAt) } };
}

// A list as {"rows": [toJson(item)…]}, or its error.
template <typename T, typename ToJson> QHttpServerResponse answerRows(const Result<QList<T>> &items, ToJson toJson)
{
    if (!items)
        return errorResponse(items.error());
    QJsonArray rows;
    for (const T &item : *items)
        rows.append(toJson(item));
    return QHttpServerResponse(QJsonObject { { QStringLiteral("rows"), rows } });
}

// Upload ids are ours (UUIDs): nothing else may become part of a file name.
bool isUploadId(const QString &id)
{
    static const QRegularExpression shape(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return shape.match(id).hasMatch();
}

} // namespace

namespace {

// The jobs are kept in the master database; its only store is the SQL one (SQLite, or PostgreSQL through adopt()).
Database &masterDatabase(ServerStorage &storage)
{
    auto *master = dynamic_cast<SqliteMasterStore *>(&storage.master());
    if (!master)
        qFatal("the admin jobs need the SQL master store");
    return master->database();
}

} // namespace

ApiError adminApiError(const Error &error)
{
    if (error.code() == ErrorCode::Conflict)
        return error.field().isEmpty() ? ApiError::make(409, QLatin1String("conflict"), error)
                                       : ApiError::make(400, wire::errorcode::kInvalidField, error);
    return ApiError::fromError(error);
}

AdminRoutes::AdminRoutes(ServerStorage &storage, const Clock &clock, const SecretBox &secrets)
    : m_storage(storage), m_clock(clock), m_secrets(secrets), m_jobs(std::make_unique<AdminJobs>(masterDatabase(storage), clock))
{
}

AdminRoutes::~AdminRoutes() = default;

std::expected<AdminRoutes::Caller, ApiError> AdminRoutes::authenticate(const QHttpServerRequest &request)
{
    const ApiError refused { 401, QStringLiteral("invalid_admin_key"),
        QStringLiteral("The admin key is missing, wrong or revoked"), {} };
    const QByteArray header = request.value(QByteArrayLiteral("Authorization")).trimmed();
    if (!header.startsWith("Bearer "))
        return std::unexpected(refused);
    const QString key = QString::fromLatin1(header.mid(7).trimmed());
    if (key.startsWith(AdminKeys::kOperatorPrefix)) {
        std::expected<Caller, ApiError> caller = authenticateOperator(request);
        if (!caller)
            return caller;
        const QString slug = QString::fromUtf8(request.value(QByteArray(adminpath::kTenantHeader.data()))).trimmed();
        if (slug.isEmpty())
            return std::unexpected(badField(QStringLiteral("tenant"),
                QStringLiteral("The operator's key works on the tenant the request names (%1)")
                    .arg(adminpath::kTenantHeader)));
        Result<std::optional<TenantRecord>> tenant = m_storage.master().tenantBySlug(slug);
        if (!tenant)
            return std::unexpected(adminApiError(tenant.error()));
        if (!*tenant || !(*tenant)->active)
            return std::unexpected(
                badField(QStringLiteral("tenant"), QStringLiteral("There is no active tenant \"%1\"").arg(slug)));
        caller->tenant = **tenant;
        return caller;
    }
    Result<Database *> master = AdminKeys::connectionOf(m_storage.master());
    if (!master)
        return std::unexpected(adminApiError(master.error()));
    Result<std::optional<AdminKeyHolder>> holder = AdminKeys(**master).verify(key);
    if (!holder) {
        qCWarning(lcServerApi) << "admin key check failed:" << holder.error().logMessage();
        return std::unexpected(adminApiError(holder.error()));
    }
    if (!*holder)
        return std::unexpected(refused);
    Result<std::optional<TenantRecord>> tenant = m_storage.master().tenantById((*holder)->tenantId);
    if (!tenant || !*tenant || !(*tenant)->active)
        return std::unexpected(refused);
    return Caller { **tenant, (*holder)->name, false };
}

std::expected<AdminRoutes::Caller, ApiError> AdminRoutes::authenticateOperator(const QHttpServerRequest &request)
{
    const ApiError refused { 401, QStringLiteral("invalid_operator_key"),
        QStringLiteral("The operator key is missing, wrong or revoked"), {} };
    const QByteArray header = request.value(QByteArrayLiteral("Authorization")).trimmed();
    if (!header.startsWith("Bearer "))
        return std::unexpected(refused);
    Result<Database *> master = AdminKeys::connectionOf(m_storage.master());
    if (!master)
        return std::unexpected(adminApiError(master.error()));
    Result<std::optional<AdminKeyHolder>> holder
        = AdminKeys(**master).verifyOperator(QString::fromLatin1(header.mid(7).trimmed()));
    if (!holder) {
        qCWarning(lcServerApi) << "operator key check failed:" << holder.error().logMessage();
        return std::unexpected(adminApiError(holder.error()));
    }
    if (!*holder)
        return std::unexpected(refused);
    return Caller { {}, (*holder)->name, true };
}

std::expected<AdminService *, ApiError> AdminRoutes::serviceFor(const TenantRecord &tenant)
{
    auto it = m_services.find(tenant.id);
    if (it == m_services.end()) {
        Result<TenantStore *> store = m_storage.tenant(tenant);
        if (!store)
            return std::unexpected(adminApiError(store.error()));
        it = m_services
                 .emplace(tenant.id,
                     std::make_unique<AdminService>(
                         **store, m_storage.tenantDir(tenant.slug) + QStringLiteral("/catalog.db"), m_clock, m_secrets))
                 .first;
    }
    return it->second.get();
}

std::expected<QJsonObject, ApiError> AdminRoutes::body(const QHttpServerRequest &request, qsizetype maxBytes)
{
    return readJsonBody(request.body(), maxBytes);
}

QString AdminRoutes::uploadPath(const TenantRecord &tenant, const QString &id) const
{
    return m_storage.tenantDir(tenant.slug) + QStringLiteral("/uploads/") + id + QStringLiteral(".csv");
}

auto AdminRoutes::guarded(Who who, CallerHandler handler)
{
    return [this, who, handler = std::move(handler)](const QHttpServerRequest &request) {
        std::expected<Caller, ApiError> caller
            = who == Who::Operator ? authenticateOperator(request) : authenticate(request);
        if (!caller)
            return errorResponse(caller.error());
        return handler(request, *caller);
    };
}

void AdminRoutes::registerRoutes(QHttpServer &http)
{
    registerTenantRoutes(http);
    registerJobRoutes(http);
    registerOperatorRoutes(http);
}

void AdminRoutes::registerTenantRoutes(QHttpServer &http)
{
    using Handler = std::function<QHttpServerResponse(const QHttpServerRequest &, const Caller &, AdminService &)>;
    const auto withService = [this](Handler handler) {
        return this->guarded(Who::Tenant, [this, handler](const QHttpServerRequest &request, const Caller &caller) {
            std::expected<AdminService *, ApiError> service = serviceFor(caller.tenant);
            if (!service)
                return errorResponse(service.error());
            return handler(request, caller, **service);
        });
    };
    // A POST whose JSON body is handed to `handler`.
    using BodyHandler = std::function<QHttpServerResponse(const QJsonObject &, const Caller &, AdminService &)>;
    const auto posted = [this, withService](BodyHandler handler) {
        return withService(
            [this, handler](const QHttpServerRequest &request, const Caller &caller, AdminService &service) {
                std::expected<QJsonObject, ApiError> json = body(request);
                if (!json)
                    return errorResponse(json.error());
                return handler(*json, caller, service);
            });
    };

    http.route(QString(adminpath::kExceptions), QHttpServerRequest::Method::Get,
        withService([](const QHttpServerRequest &request, const Caller &, AdminService &service) {
            return answer(service.exceptions(queryValue(request, QStringLiteral("open")) == QLatin1String("1")));
        }));
    http.route(QString(adminpath::kResolve), QHttpServerRequest::Method::Post,
        posted([](const QJsonObject &json, const Caller &, AdminService &service) {
            const QJsonValue id = json.value(QStringLiteral("id"));
            if (!id.isDouble() || id.toInteger(-1) < 1)
                return errorResponse(badField(QStringLiteral("id"), QStringLiteral("id must be an exception number")));
            return answer(service.resolveException(id.toInteger(), text(json, "note")));
        }));
    http.route(QString(adminpath::kPriceSet), QHttpServerRequest::Method::Post,
        posted([](const QJsonObject &json, const Caller &, AdminService &service) {
            const QJsonValue cents = json.value(QStringLiteral("price_cents"));
            if (!cents.isDouble() || cents.toDouble() != static_cast<double>(cents.toInteger()))
                return errorResponse(badField(
                    QStringLiteral("price"), QStringLiteral("price_cents must be a whole number of centavos")));
            return answer(service.setPrice(text(json, "sku"), text(json, "list"), cents.toInteger()));
        }));
    http.route(QString(adminpath::kPriceBulk), QHttpServerRequest::Method::Post,
        posted([](const QJsonObject &json, const Caller &, AdminService &service) {
            Result<qint64> points = AdminService::parsePercent(text(json, "percent"));
            if (!points)
                return errorResponse(points.error());
            return answer(service.bulkPrice(text(json, "brand"), text(json, "category"), *points));
        }));
    using PeriodReport = Result<QJsonObject> (AdminService::*)(const QString &, const QString &, const QString &);
    const std::pair<QLatin1String, PeriodReport> periodReports[] { { adminpath::kSalesReport, &AdminService::salesReport },
        { adminpath::kMarginsReport, &AdminService::marginsReport },
        { adminpath::kExceptionsReport, &AdminService::exceptionsReport },
        { adminpath::kCfdiList, &AdminService::cfdiList } };
    for (const auto &[path, report] : periodReports)
        http.route(QString(path), QHttpServerRequest::Method::Get,
            withService([report](const QHttpServerRequest &request, const Caller &, AdminService &service) {
                return answer((service.*report)(queryValue(request, QStringLiteral("branch")),
                    queryValue(request, QStringLiteral("from")), queryValue(request, QStringLiteral("to"))));
            }));
    http.route(QString(adminpath::kStockReport), QHttpServerRequest::Method::Get,
        withService([](const QHttpServerRequest &request, const Caller &, AdminService &service) {
            return answer(service.stockReport(
                queryValue(request, QStringLiteral("branch")), queryValue(request, QStringLiteral("sku"))));
        }));
    http.route(QString(adminpath::kUsers), QHttpServerRequest::Method::Get,
        withService(
            [](const QHttpServerRequest &, const Caller &, AdminService &service) { return answer(service.users()); }));
    http.route(QString(adminpath::kUsers), QHttpServerRequest::Method::Post,
        posted([](const QJsonObject &json, const Caller &, AdminService &service) {
            return answer(service.addUser(text(json, "username"), text(json, "display_name"), text(json, "role"),
                text(json, "branch"), text(json, "password_hash"), text(json, "pin_hash")));
        }));
    http.route(QString(adminpath::kUserActive), QHttpServerRequest::Method::Post,
        posted([](const QJsonObject &json, const Caller &, AdminService &service) {
            if (!json.value(QStringLiteral("active")).isBool())
                return errorResponse(
                    badField(QStringLiteral("active"), QStringLiteral("active must be true or false")));
            return answer(service.setUserActive(text(json, "username"), json.value(QStringLiteral("active")).toBool()));
        }));
    http.route(QString(adminpath::kDevices), QHttpServerRequest::Method::Get,
        withService([this](const QHttpServerRequest &, const Caller &caller, AdminService &) {
            Result<Database *> master = AdminKeys::connectionOf(m_storage.master());
            if (!master)
                return errorResponse(master.error());
            Result<QSqlQuery> query = (*master)->exec(
                QStringLiteral("SELECT id, branch_id, name, epoch, enrolled_at, revoked_at FROM devices "
                               "WHERE tenant_id = ? ORDER BY enrolled_at, id"),
                { caller.tenant.id });
            if (!query)
                return errorResponse(query.error());
            // Branch codes are what HQ reads; the ids live in the tenant's data, not in the master database.
            QHash<QString, QString> codes;
            if (Result<TenantStore *> store = m_storage.tenant(caller.tenant); store)
                if (Result<QList<wire::BranchRow>> branches = (*store)->branches(); branches)
                    for (const wire::BranchRow &branch : *branches)
                        codes.insert(branch.id, branch.code);
            QJsonArray rows;
            while (query->next())
                rows.append(QJsonObject { { QStringLiteral("id"), query->value(0).toString() },
                    { QStringLiteral("branch_id"), query->value(1).toString() },
                    { QStringLiteral("branch"), codes.value(query->value(1).toString()) },
                    { QStringLiteral("name"), query->value(2).toString() },
                    { QStringLiteral("epoch"), query->value(3).toLongLong() },
                    { QStringLiteral("enrolled_at"), query->value(4).toString() },
                    { QStringLiteral("revoked_at"),
                        query->value(5).isNull() ? QJsonValue() : QJsonValue(query->value(5).toString()) } });
            return QHttpServerResponse(QJsonObject { { QStringLiteral("rows"), rows } });
        }));
    http.route(QString(adminpath::kDeviceRevoke), QHttpServerRequest::Method::Post,
        posted([this](const QJsonObject &json, const Caller &caller, AdminService &) {
            const QString id = text(json, "id").trimmed();
            Result<Database *> master = AdminKeys::connectionOf(m_storage.master());
            if (!master)
                return errorResponse(master.error());
            const QString now = isoUtc(m_clock.nowUtc());
            // Only this tenant's device: another tenant's id is "no such device", like an unknown one.
            Result<QSqlQuery> updated = (*master)->exec(
                QStringLiteral(
                    "UPDATE devices SET revoked_at = ? WHERE id = ? AND tenant_id = ? AND revoked_at IS NULL"),
                { now, id, caller.tenant.id });
            if (!updated)
                return errorResponse(updated.error());
            if (updated->numRowsAffected() != 1)
                return errorResponse(badField(
                    QStringLiteral("id"), QStringLiteral("There is no active device %1 in this tenant").arg(id)));
            qCInfo(lcServerApi) << "device" << id << "of" << caller.tenant.slug << "revoked by key" << caller.keyName;
            return QHttpServerResponse(
                QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("revoked_at"), now } });
        }));
    http.route(QString(adminpath::kEnrollCodes), QHttpServerRequest::Method::Post,
        posted([this](const QJsonObject &json, const Caller &caller, AdminService &) {
            qint64 ttl = EnrollmentService::kDefaultTtlSeconds;
            if (json.contains(QStringLiteral("ttl_hours"))) {
                const double hours = json.value(QStringLiteral("ttl_hours")).toDouble(-1);
                if (!(hours > 0 && hours <= 24 * 30))
                    return errorResponse(badField(
                        QStringLiteral("ttl-hours"), QStringLiteral("ttl_hours must be more than 0 and at most 720")));
                ttl = static_cast<qint64>(hours * 3600.0 + 0.5);
            }
            Result<IssuedCode> issued
                = EnrollmentService(m_storage, m_clock).issueCode(caller.tenant.slug, text(json, "branch"), ttl);
            if (!issued)
                return errorResponse(issued.error());
            return QHttpServerResponse(QJsonObject { { QStringLiteral("code"), issued->code },
                { QStringLiteral("branch"), issued->branch.code },
                { QStringLiteral("branch_name"), issued->branch.name },
                { QStringLiteral("expires_at"), isoUtc(issued->expiresAt) } });
        }));
    http.route(QString(adminpath::kBranches), QHttpServerRequest::Method::Get,
        withService([](const QHttpServerRequest &, const Caller &, AdminService &service) {
            return answer(service.branches());
        }));
    http.route(QString(adminpath::kBranches), QHttpServerRequest::Method::Post,
        posted([](const QJsonObject &json, const Caller &, AdminService &service) {
            return answer(service.addBranch(text(json, "code"), text(json, "name"), text(json, "timezone")));
        }));
    http.route(QString(adminpath::kBranchTimezone), QHttpServerRequest::Method::Post,
        posted([](const QJsonObject &json, const Caller &, AdminService &service) {
            return answer(service.setBranchTimezone(text(json, "code"), text(json, "timezone")));
        }));
    http.route(QString(adminpath::kWarehouses), QHttpServerRequest::Method::Post,
        posted([](const QJsonObject &json, const Caller &, AdminService &service) {
            return answer(service.addWarehouse(text(json, "branch"), text(json, "code"), text(json, "name")));
        }));
    http.route(QString(adminpath::kWhatsAppWebhook), QHttpServerRequest::Method::Post,
        posted([](const QJsonObject &json, const Caller &caller, AdminService &service) {
            return answer(service.setWhatsAppWebhook(
                text(json, "verify_token"), text(json, "app_secret"), caller.tenant.slug));
        }));
}

void AdminRoutes::registerJobRoutes(QHttpServer &http)
{
    http.route(QString(adminpath::kJobs), QHttpServerRequest::Method::Get,
        guarded(Who::Tenant, [this](const QHttpServerRequest &request, const Caller &caller) {
            const QString id = queryValue(request, QStringLiteral("id"));
            if (id.isEmpty()) {
                Result<QJsonArray> rows = m_jobs->list(caller.tenant.id);
                if (!rows)
                    return errorResponse(rows.error());
                return QHttpServerResponse(QJsonObject { { QStringLiteral("rows"), *rows } });
            }
            return answer(m_jobs->find(caller.tenant.id, id));
        }));

    http.route(QString(adminpath::kSnapshotCurrent), QHttpServerRequest::Method::Get,
        guarded(Who::Tenant, [this](const QHttpServerRequest &, const Caller &caller) {
            Result<std::optional<wire::SnapshotManifest>> current
                = SnapshotStore(m_storage.tenantDir(caller.tenant.slug)).current();
            if (!current)
                return errorResponse(current.error());
            if (!*current)
                return errorResponse(ApiError { 404, QString(wire::errorcode::kNotFound),
                    QStringLiteral("Tenant %1 has no snapshot yet").arg(caller.tenant.slug), {} });
            return QHttpServerResponse((*current)->toJson());
        }));

    http.route(QString(adminpath::kSnapshotBuild), QHttpServerRequest::Method::Post,
        guarded(Who::Tenant, [this](const QHttpServerRequest &, const Caller &caller) {
            // Opened (and migrated) here, on the server's thread, as the local command does before it copies.
            if (Result<TenantStore *> opened = m_storage.tenant(caller.tenant); !opened)
                return errorResponse(opened.error());
            const QString tenantDir = m_storage.tenantDir(caller.tenant.slug);
            const Clock &clock = m_clock;
            qCInfo(lcServerApi) << "snapshot build of" << caller.tenant.slug << "asked by key" << caller.keyName;
            return accepted(m_jobs->start(caller.tenant.id, QStringLiteral("snapshot build"),
                [tenantDir, &clock](const AdminJobs::Progress &progress) -> Result<QJsonObject> {
                    QElapsedTimer timer;
                    timer.start();
                    Result<wire::SnapshotManifest> manifest = SnapshotBuilder(tenantDir, clock).build(progress);
                    if (!manifest)
                        return std::unexpected(manifest.error());
                    QJsonObject result = manifest->toJson();
                    result.insert(QStringLiteral("seconds"), static_cast<double>(timer.elapsed()) / 1000.0);
                    return result;
                }));
        }));

    http.route(QString(adminpath::kUploads), QHttpServerRequest::Method::Post,
        guarded(Who::Tenant, [this](const QHttpServerRequest &, const Caller &caller) {
            const QString dir = m_storage.tenantDir(caller.tenant.slug) + QStringLiteral("/uploads");
            if (!QDir().mkpath(dir))
                return errorResponse(Error(ErrorCode::Io, NX_ERR("Cannot create the folder %1"), { dir }));
            // Uploads nobody imported within a day are abandoned: they go when the next one starts.
            const QDateTime dayAgo = m_clock.nowUtc().addDays(-1);
            for (const QFileInfo &old : QDir(dir).entryInfoList({ QStringLiteral("*.csv") }, QDir::Files))
                if (old.lastModified().toUTC() < dayAgo)
                    QFile::remove(old.absoluteFilePath());
            const QString id = IdGenerator::instance().nextString();
            QFile file(uploadPath(caller.tenant, id));
            if (!file.open(QIODevice::WriteOnly))
                return errorResponse(
                    Error(ErrorCode::Io, NX_ERR("Cannot write %1: %2"), { file.fileName(), file.errorString() }));
            return QHttpServerResponse(
                QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("chunk_bytes"), kUploadChunkBytes },
                    { QStringLiteral("max_bytes"), kMaxUploadBytes } });
        }));

    http.route(QString(adminpath::kUploadAppend), QHttpServerRequest::Method::Post,
        guarded(Who::Tenant, [this](const QHttpServerRequest &request, const Caller &caller) {
            std::expected<QJsonObject, ApiError> json = body(request, kUploadChunkBytes * 2);
            if (!json)
                return errorResponse(json.error());
            const QString id = text(*json, "id");
            if (!isUploadId(id) || !QFileInfo::exists(uploadPath(caller.tenant, id)))
                return errorResponse(
                    badField(QStringLiteral("upload"), QStringLiteral("There is no upload %1").arg(id)));
            const QByteArray data = QByteArray::fromBase64(
                text(*json, "data").toLatin1(), QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
            if (data.isEmpty() || data.size() > kUploadChunkBytes)
                return errorResponse(badField(QStringLiteral("data"),
                    QStringLiteral("A chunk is 1 to %1 bytes of base64 data").arg(kUploadChunkBytes)));
            QFile file(uploadPath(caller.tenant, id));
            // The offset makes a repeated chunk (its answer was lost) harmless: it is refused with the size so far.
            const qint64 offset = json->value(QStringLiteral("offset")).toInteger(-1);
            if (offset != file.size())
                return errorResponse(ApiError { 409, QStringLiteral("conflict"),
                    QStringLiteral("The upload has %1 bytes, not %2: send from there").arg(file.size()).arg(offset),
                    QStringLiteral("offset") });
            if (file.size() + data.size() > kMaxUploadBytes)
                return errorResponse(ApiError { 413, QString(wire::errorcode::kPayloadTooLarge),
                    QStringLiteral("An upload is at most %1 bytes").arg(kMaxUploadBytes), QStringLiteral("csv") });
            if (!file.open(QIODevice::Append) || file.write(data) != data.size() || !file.flush())
                return errorResponse(
                    Error(ErrorCode::Io, NX_ERR("Cannot write %1: %2"), { file.fileName(), file.errorString() }));
            return QHttpServerResponse(
                QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("size"), file.size() } });
        }));

    http.route(QString(adminpath::kCatalogImport), QHttpServerRequest::Method::Post,
        guarded(Who::Tenant, [this](const QHttpServerRequest &request, const Caller &caller) {
            std::expected<QJsonObject, ApiError> json = body(request);
            if (!json)
                return errorResponse(json.error());
            const QString id = text(*json, "upload");
            const QString path = uploadPath(caller.tenant, id);
            if (!isUploadId(id) || !QFileInfo::exists(path))
                return errorResponse(
                    badField(QStringLiteral("upload"), QStringLiteral("There is no upload %1").arg(id)));
            const QString sha256 = text(*json, "sha256").toLower();
            const QString catalogPath = m_storage.tenantDir(caller.tenant.slug) + QStringLiteral("/catalog.db");
            if (!QFileInfo::exists(catalogPath))
                return errorResponse(
                    Error(ErrorCode::NotFound, NX_ERR("The tenant has no catalogue yet (%1)"), { catalogPath }));
            const bool skipRejected = json->value(QStringLiteral("skip_rejected")).toBool();
            const bool dryRun = json->value(QStringLiteral("dry_run")).toBool();
            qCInfo(lcServerApi) << "catalogue import into" << caller.tenant.slug << "asked by key" << caller.keyName
                                << (dryRun ? "(dry run)" : "");
            return accepted(m_jobs->start(caller.tenant.id, QStringLiteral("catalog import"),
                [path, sha256, catalogPath, skipRejected, dryRun](
                    const AdminJobs::Progress &progress) -> Result<QJsonObject> {
                    // The upload is used once, whatever happens: a new import uploads again.
                    const auto removeUpload = qScopeGuard([&path] { QFile::remove(path); });
                    progress(QStringLiteral("checking the upload"));
                    QFile file(path);
                    if (!file.open(QIODevice::ReadOnly))
                        return fail(ErrorCode::Io, NX_ERR("Cannot read %1: %2"), { path, file.errorString() });
                    const QByteArray bytes = file.readAll();
                    const QString digest
                        = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
                    if (digest != sha256)
                        return fail(ErrorCode::InvalidInput,
                            NX_ERR("The uploaded file (%1 bytes) does not match the checksum it was sent with: "
                                   "nothing was imported, send it again"),
                            { QString::number(bytes.size()) }, QStringLiteral("csv"));
                    progress(dryRun ? QStringLiteral("checking the rows (dry run)")
                                    : QStringLiteral("checking and importing the rows"));
                    static QAtomicInt counter;
                    Result<std::unique_ptr<Database>> catalog = Database::open(catalogPath, Durability::Normal,
                        QStringLiteral("admin-import-%1").arg(counter.fetchAndAddRelaxed(1)));
                    if (!catalog)
                        return std::unexpected(catalog.error());
                    Result<CatalogImportReport> report = CatalogCsvImport::run(**catalog, bytes, skipRejected, dryRun);
                    if (!report)
                        return std::unexpected(report.error());
                    QJsonObject result = CatalogCsvImport::toJson(*report);
                    result.insert(QStringLiteral("skip_rejected"), skipRejected);
                    result.insert(QStringLiteral("dry_run"), dryRun);
                    return result;
                }));
        }));
}

void AdminRoutes::registerOperatorRoutes(QHttpServer &http)
{
    using Handler = std::function<QHttpServerResponse(const QHttpServerRequest &, const Caller &, Database &)>;
    const auto withMaster = [this](Handler handler) {
        return guarded(Who::Operator, [this, handler](const QHttpServerRequest &request, const Caller &caller) {
            Result<Database *> master = AdminKeys::connectionOf(m_storage.master());
            if (!master)
                return errorResponse(master.error());
            return handler(request, caller, **master);
        });
    };
    // The tenant an operator request names (query "tenant" or body field "tenant").
    const auto tenantNamed = [this](const QString &slug) -> std::expected<TenantRecord, ApiError> {
        if (slug.trimmed().isEmpty())
            return std::unexpected(badField(QStringLiteral("tenant"), QStringLiteral("Say which tenant (its slug)")));
        Result<std::optional<TenantRecord>> tenant = m_storage.master().tenantBySlug(slug.trimmed());
        if (!tenant)
            return std::unexpected(adminApiError(tenant.error()));
        if (!*tenant)
            return std::unexpected(
                badField(QStringLiteral("tenant"), QStringLiteral("There is no tenant \"%1\"").arg(slug.trimmed())));
        return **tenant;
    };

    http.route(QString(adminpath::kOperatorTenants), QHttpServerRequest::Method::Get,
        withMaster([this](const QHttpServerRequest &, const Caller &, Database &) {
            return answerRows(TenantService(m_storage, m_clock).list(), tenantJson);
        }));
    http.route(QString(adminpath::kOperatorTenants), QHttpServerRequest::Method::Post,
        withMaster([this](const QHttpServerRequest &request, const Caller &caller, Database &) {
            std::expected<QJsonObject, ApiError> json = body(request);
            if (!json)
                return errorResponse(json.error());
            // Never an import folder: that names a path on the server host, which only a local command may read.
            Result<TenantRecord> tenant
                = TenantService(m_storage, m_clock).create(text(*json, "slug"), text(*json, "name"));
            if (!tenant)
                return errorResponse(tenant.error());
            qCInfo(lcServerApi) << "tenant" << tenant->slug << "created by operator key" << caller.keyName;
            QJsonObject created = tenantJson(*tenant);
            created.insert(QStringLiteral("dir"), m_storage.tenantDir(tenant->slug));
            return QHttpServerResponse(created);
        }));
    http.route(QString(adminpath::kOperatorAdminKeys), QHttpServerRequest::Method::Get,
        withMaster([tenantNamed](const QHttpServerRequest &request, const Caller &, Database &master) {
            std::expected<TenantRecord, ApiError> tenant = tenantNamed(queryValue(request, QStringLiteral("tenant")));
            if (!tenant)
                return errorResponse(tenant.error());
            return answerRows(AdminKeys(master).list(tenant->id), keyRowJson);
        }));
    http.route(QString(adminpath::kOperatorAdminKeys), QHttpServerRequest::Method::Post,
        withMaster([this, tenantNamed](const QHttpServerRequest &request, const Caller &caller, Database &master) {
            std::expected<QJsonObject, ApiError> json = body(request);
            if (!json)
                return errorResponse(json.error());
            std::expected<TenantRecord, ApiError> tenant = tenantNamed(text(*json, "tenant"));
            if (!tenant)
                return errorResponse(tenant.error());
            Result<QString> key = AdminKeys(master).create(tenant->id, text(*json, "name"), m_clock);
            if (!key)
                return errorResponse(key.error());
            qCInfo(lcServerApi) << "admin key" << AdminKeys::hashOf(*key).left(12) << "for" << tenant->slug
                                << "issued by operator key" << caller.keyName;
            return QHttpServerResponse(QJsonObject { { QStringLiteral("key"), *key },
                { QStringLiteral("id"), AdminKeys::hashOf(*key).left(12) }, { QStringLiteral("tenant"), tenant->slug },
                { QStringLiteral("tenant_name"), tenant->name } });
        }));
    http.route(QString(adminpath::kOperatorAdminKeyRevoke), QHttpServerRequest::Method::Post,
        withMaster([this, tenantNamed](const QHttpServerRequest &request, const Caller &caller, Database &master) {
            std::expected<QJsonObject, ApiError> json = body(request);
            if (!json)
                return errorResponse(json.error());
            std::expected<TenantRecord, ApiError> tenant = tenantNamed(text(*json, "tenant"));
            if (!tenant)
                return errorResponse(tenant.error());
            const QString id = text(*json, "id").trimmed().toLower();
            if (Status revoked = AdminKeys(master).revoke(tenant->id, id, m_clock); !revoked)
                return errorResponse(revoked.error());
            qCInfo(lcServerApi) << "admin key" << id << "of" << tenant->slug << "revoked by operator key"
                                << caller.keyName;
            return QHttpServerResponse(
                QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("revoked"), true } });
        }));
}

} // namespace nexus
