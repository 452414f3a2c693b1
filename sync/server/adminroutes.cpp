// The admin routes: key check, request parsing, AdminService call, JSON answer or ApiError.
#include "server/adminroutes.h"

#include "common/clock.h"
#include "protocol/jsonreader.h"
#include "protocol/logging.h"
#include "server/adminkeys.h"
#include "server/adminservice.h"
#include "server/enrollmentservice.h"
#include "server/isotime.h"
#include "server/serverstorage.h"
#include "store/database.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

#include <functional>

namespace nexus {

namespace {

using wire::ApiError;

QHttpServerResponse errorResponse(const ApiError &error)
{
    return QHttpServerResponse(error.toJson(), static_cast<QHttpServerResponse::StatusCode>(error.httpStatus));
}

QHttpServerResponse answer(const Result<QJsonObject> &result)
{
    if (!result)
        return errorResponse(ApiError::fromError(result.error()));
    return QHttpServerResponse(*result);
}

QHttpServerResponse answer(const Result<QJsonArray> &result)
{
    if (!result)
        return errorResponse(ApiError::fromError(result.error()));
    return QHttpServerResponse(QJsonObject { { QStringLiteral("rows"), *result } });
}

ApiError badField(const QString &field, const QString &message)
{
    return ApiError { 400, QString(wire::errorcode::kInvalidField), message, field };
}

QString queryValue(const QHttpServerRequest &request, const QString &name)
{
    return QUrlQuery(request.query()).queryItemValue(name, QUrl::FullyDecoded);
}

} // namespace

AdminRoutes::AdminRoutes(ServerStorage &storage, const Clock &clock) : m_storage(storage), m_clock(clock)
{
}

AdminRoutes::~AdminRoutes() = default;

std::expected<TenantRecord, ApiError> AdminRoutes::authenticate(const QHttpServerRequest &request)
{
    const ApiError refused { 401, QStringLiteral("invalid_admin_key"),
        QStringLiteral("The admin key is missing, wrong or revoked"), {} };
    const QByteArray header = request.value(QByteArrayLiteral("Authorization")).trimmed();
    if (!header.startsWith("Bearer "))
        return std::unexpected(refused);
    Result<Database *> master = AdminKeys::connectionOf(m_storage.master());
    if (!master)
        return std::unexpected(ApiError::fromError(master.error()));
    Result<std::optional<AdminKeyHolder>> holder
        = AdminKeys(**master).verify(QString::fromLatin1(header.mid(7).trimmed()));
    if (!holder) {
        qCWarning(lcServerApi) << "admin key check failed:" << holder.error().logMessage();
        return std::unexpected(ApiError::fromError(holder.error()));
    }
    if (!*holder)
        return std::unexpected(refused);
    Result<std::optional<TenantRecord>> tenant = m_storage.master().tenantById((*holder)->tenantId);
    if (!tenant || !*tenant || !(*tenant)->active)
        return std::unexpected(refused);
    return **tenant;
}

std::expected<AdminService *, ApiError> AdminRoutes::serviceFor(const TenantRecord &tenant)
{
    auto it = m_services.find(tenant.id);
    if (it == m_services.end()) {
        Result<TenantStore *> store = m_storage.tenant(tenant);
        if (!store)
            return std::unexpected(ApiError::fromError(store.error()));
        it = m_services
                 .emplace(tenant.id,
                     std::make_unique<AdminService>(
                         **store, m_storage.tenantDir(tenant.slug) + QStringLiteral("/catalog.db"), m_clock))
                 .first;
    }
    return it->second.get();
}

std::expected<QJsonObject, ApiError> AdminRoutes::body(const QHttpServerRequest &request)
{
    const QByteArray bytes = request.body();
    if (bytes.size() > kMaxBodyBytes)
        return std::unexpected(ApiError { 413, QString(wire::errorcode::kPayloadTooLarge),
            QStringLiteral("The request body is larger than %1 bytes").arg(kMaxBodyBytes), QStringLiteral("body") });
    Result<QJsonObject> json = wire::parseJsonObject(bytes, QStringLiteral("request body"));
    if (!json)
        return std::unexpected(ApiError::make(400, wire::errorcode::kInvalidJson, json.error()));
    return *json;
}

void AdminRoutes::registerRoutes(QHttpServer &http)
{
    using Handler
        = std::function<QHttpServerResponse(const QHttpServerRequest &, const TenantRecord &, AdminService &)>;
    const auto guarded = [this](Handler handler) {
        return [this, handler](const QHttpServerRequest &request) {
            std::expected<TenantRecord, ApiError> tenant = authenticate(request);
            if (!tenant)
                return errorResponse(tenant.error());
            std::expected<AdminService *, ApiError> service = serviceFor(*tenant);
            if (!service)
                return errorResponse(service.error());
            return handler(request, *tenant, **service);
        };
    };

    http.route(QString(adminpath::kExceptions), QHttpServerRequest::Method::Get,
        guarded([](const QHttpServerRequest &request, const TenantRecord &, AdminService &service) {
            return answer(service.exceptions(queryValue(request, QStringLiteral("open")) == QLatin1String("1")));
        }));
    http.route(QString(adminpath::kResolve), QHttpServerRequest::Method::Post,
        guarded([this](const QHttpServerRequest &request, const TenantRecord &, AdminService &service) {
            std::expected<QJsonObject, ApiError> json = body(request);
            if (!json)
                return errorResponse(json.error());
            const QJsonValue id = json->value(QStringLiteral("id"));
            if (!id.isDouble() || id.toInteger(-1) < 1)
                return errorResponse(badField(QStringLiteral("id"), QStringLiteral("id must be an exception number")));
            return answer(service.resolveException(id.toInteger(), json->value(QStringLiteral("note")).toString()));
        }));
    http.route(QString(adminpath::kPriceSet), QHttpServerRequest::Method::Post,
        guarded([this](const QHttpServerRequest &request, const TenantRecord &, AdminService &service) {
            std::expected<QJsonObject, ApiError> json = body(request);
            if (!json)
                return errorResponse(json.error());
            const QJsonValue cents = json->value(QStringLiteral("price_cents"));
            if (!cents.isDouble() || cents.toDouble() != static_cast<double>(cents.toInteger()))
                return errorResponse(badField(
                    QStringLiteral("price"), QStringLiteral("price_cents must be a whole number of centavos")));
            return answer(service.setPrice(json->value(QStringLiteral("sku")).toString(),
                json->value(QStringLiteral("list")).toString(), cents.toInteger()));
        }));
    http.route(QString(adminpath::kPriceBulk), QHttpServerRequest::Method::Post,
        guarded([this](const QHttpServerRequest &request, const TenantRecord &, AdminService &service) {
            std::expected<QJsonObject, ApiError> json = body(request);
            if (!json)
                return errorResponse(json.error());
            Result<qint64> points = AdminService::parsePercent(json->value(QStringLiteral("percent")).toString());
            if (!points)
                return errorResponse(ApiError::fromError(points.error()));
            return answer(service.bulkPrice(json->value(QStringLiteral("brand")).toString(),
                json->value(QStringLiteral("category")).toString(), *points));
        }));
    http.route(QString(adminpath::kSalesReport), QHttpServerRequest::Method::Get,
        guarded([](const QHttpServerRequest &request, const TenantRecord &, AdminService &service) {
            return answer(service.salesReport(queryValue(request, QStringLiteral("branch")),
                queryValue(request, QStringLiteral("from")), queryValue(request, QStringLiteral("to"))));
        }));
    http.route(QString(adminpath::kStockReport), QHttpServerRequest::Method::Get,
        guarded([](const QHttpServerRequest &request, const TenantRecord &, AdminService &service) {
            return answer(service.stockReport(
                queryValue(request, QStringLiteral("branch")), queryValue(request, QStringLiteral("sku"))));
        }));
    http.route(QString(adminpath::kUsers), QHttpServerRequest::Method::Get,
        guarded([](const QHttpServerRequest &, const TenantRecord &, AdminService &service) {
            return answer(service.users());
        }));
    http.route(QString(adminpath::kDevices), QHttpServerRequest::Method::Get,
        guarded([this](const QHttpServerRequest &, const TenantRecord &tenant, AdminService &) {
            Result<Database *> master = AdminKeys::connectionOf(m_storage.master());
            if (!master)
                return errorResponse(ApiError::fromError(master.error()));
            Result<QSqlQuery> query = (*master)->exec(
                QStringLiteral("SELECT id, branch_id, name, epoch, enrolled_at, revoked_at FROM devices "
                               "WHERE tenant_id = ? ORDER BY enrolled_at, id"),
                { tenant.id });
            if (!query)
                return errorResponse(ApiError::fromError(query.error()));
            // Branch codes are what HQ reads; the ids live in the tenant's data, not in the master database.
            QHash<QString, QString> codes;
            if (Result<TenantStore *> store = m_storage.tenant(tenant); store)
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
        guarded([this](const QHttpServerRequest &request, const TenantRecord &tenant, AdminService &) {
            std::expected<QJsonObject, ApiError> json = body(request);
            if (!json)
                return errorResponse(json.error());
            const QString id = json->value(QStringLiteral("id")).toString().trimmed();
            Result<Database *> master = AdminKeys::connectionOf(m_storage.master());
            if (!master)
                return errorResponse(ApiError::fromError(master.error()));
            const QString now = isoUtc(m_clock.nowUtc());
            // Only this tenant's device: another tenant's id is "no such device", like an unknown one.
            Result<QSqlQuery> updated = (*master)->exec(
                QStringLiteral(
                    "UPDATE devices SET revoked_at = ? WHERE id = ? AND tenant_id = ? AND revoked_at IS NULL"),
                { now, id, tenant.id });
            if (!updated)
                return errorResponse(ApiError::fromError(updated.error()));
            if (updated->numRowsAffected() != 1)
                return errorResponse(badField(
                    QStringLiteral("id"), QStringLiteral("There is no active device %1 in this tenant").arg(id)));
            qCInfo(lcServerApi) << "device" << id << "of" << tenant.slug << "revoked by admin key";
            return QHttpServerResponse(
                QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("revoked_at"), now } });
        }));
    http.route(QString(adminpath::kEnrollCodes), QHttpServerRequest::Method::Post,
        guarded([this](const QHttpServerRequest &request, const TenantRecord &tenant, AdminService &) {
            std::expected<QJsonObject, ApiError> json = body(request);
            if (!json)
                return errorResponse(json.error());
            qint64 ttl = EnrollmentService::kDefaultTtlSeconds;
            if (json->contains(QStringLiteral("ttl_hours"))) {
                const double hours = json->value(QStringLiteral("ttl_hours")).toDouble(-1);
                if (!(hours > 0 && hours <= 24 * 30))
                    return errorResponse(badField(
                        QStringLiteral("ttl-hours"), QStringLiteral("ttl_hours must be more than 0 and at most 720")));
                ttl = static_cast<qint64>(hours * 3600.0 + 0.5);
            }
            Result<IssuedCode> issued
                = EnrollmentService(m_storage, m_clock)
                      .issueCode(tenant.slug, json->value(QStringLiteral("branch")).toString(), ttl);
            if (!issued)
                return errorResponse(ApiError::fromError(issued.error()));
            return QHttpServerResponse(QJsonObject { { QStringLiteral("code"), issued->code },
                { QStringLiteral("branch"), issued->branch.code },
                { QStringLiteral("branch_name"), issued->branch.name },
                { QStringLiteral("expires_at"), isoUtc(issued->expiresAt) } });
        }));
    http.route(QString(adminpath::kBranches), QHttpServerRequest::Method::Get,
        guarded([](const QHttpServerRequest &, const TenantRecord &, AdminService &service) {
            return answer(service.branches());
        }));
    http.route(QString(adminpath::kBranches), QHttpServerRequest::Method::Post,
        guarded([this](const QHttpServerRequest &request, const TenantRecord &, AdminService &service) {
            std::expected<QJsonObject, ApiError> json = body(request);
            if (!json)
                return errorResponse(json.error());
            return answer(service.addBranch(
                json->value(QStringLiteral("code")).toString(), json->value(QStringLiteral("name")).toString()));
        }));
    http.route(QString(adminpath::kWarehouses), QHttpServerRequest::Method::Post,
        guarded([this](const QHttpServerRequest &request, const TenantRecord &, AdminService &service) {
            std::expected<QJsonObject, ApiError> json = body(request);
            if (!json)
                return errorResponse(json.error());
            return answer(service.addWarehouse(json->value(QStringLiteral("branch")).toString(),
                json->value(QStringLiteral("code")).toString(), json->value(QStringLiteral("name")).toString()));
        }));

    http.route(QString(adminpath::kUsers), QHttpServerRequest::Method::Post,
        guarded([this](const QHttpServerRequest &request, const TenantRecord &, AdminService &service) {
            std::expected<QJsonObject, ApiError> json = body(request);
            if (!json)
                return errorResponse(json.error());
            const auto text = [&json](const char *key) { return json->value(QLatin1String(key)).toString(); };
            return answer(service.addUser(text("username"), text("display_name"), text("role"), text("branch"),
                text("password_hash"), text("pin_hash")));
        }));
    http.route(QString(adminpath::kUserActive), QHttpServerRequest::Method::Post,
        guarded([this](const QHttpServerRequest &request, const TenantRecord &, AdminService &service) {
            std::expected<QJsonObject, ApiError> json = body(request);
            if (!json)
                return errorResponse(json.error());
            if (!json->value(QStringLiteral("active")).isBool())
                return errorResponse(
                    badField(QStringLiteral("active"), QStringLiteral("active must be true or false")));
            return answer(service.setUserActive(
                json->value(QStringLiteral("username")).toString(), json->value(QStringLiteral("active")).toBool()));
        }));
}

} // namespace nexus
