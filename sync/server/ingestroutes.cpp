// IngestRoutes: body limits, token, device/epoch checks, tenant lookup and the JSON answer of a push.
#include "server/ingestroutes.h"

#include "protocol/apierror.h"
#include "protocol/jsonreader.h"
#include "protocol/logging.h"
#include "server/deviceauth.h"
#include "server/deviceepochs.h"
#include "server/requestbody.h"
#include "server/serverstorage.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>

namespace nexus {

namespace {

using wire::ApiError;
namespace errorcode = wire::errorcode;

JsonReply errorReply(const ApiError &error)
{
    return JsonReply { error.httpStatus, error.toJson() };
}

} // namespace

IngestRoutes::IngestRoutes(ServerStorage &storage, DeviceAuth &auth, const Clock &clock)
    : m_storage(storage), m_auth(auth), m_clock(clock)
{
}

IngestRoutes::~IngestRoutes() = default;

void IngestRoutes::registerRoutes(QHttpServer &http)
{
    http.route(QString(wire::kPushPath), QHttpServerRequest::Method::Post, [this](const QHttpServerRequest &request) {
        const JsonReply reply = push(request.value(QByteArrayLiteral("Authorization")), request.body());
        return QHttpServerResponse(reply.body, static_cast<QHttpServerResponse::StatusCode>(reply.status));
    });
}

Result<IngestService *> IngestRoutes::ingestFor(const DeviceContext &device)
{
    if (const auto it = m_ingest.find(device.tenantId); it != m_ingest.end())
        return it->second.get();
    Result<std::optional<TenantRecord>> tenant = m_storage.master().tenantById(device.tenantId);
    if (!tenant)
        return std::unexpected(tenant.error());
    if (!*tenant)
        return fail(ErrorCode::NotFound, NX_ERR("There is no tenant %1"), { device.tenantId });
    Result<TenantStore *> store = m_storage.tenant(**tenant);
    if (!store)
        return std::unexpected(store.error());
    // The catalogue stays a SQLite file in the tenant's folder whatever the backend (old-price checks).
    auto service = std::make_unique<IngestService>(
        (*store)->db(), m_clock, m_storage.tenantDir((*tenant)->slug) + QStringLiteral("/catalog.db"));
    IngestService *raw = service.get();
    m_ingest.emplace(device.tenantId, std::move(service));
    return raw;
}

JsonReply IngestRoutes::push(const QByteArray &authorization, const QByteArray &body)
{
    std::expected<DeviceContext, ApiError> device = m_auth.authenticateHeader(authorization);
    if (!device)
        return errorReply(device.error());
    std::expected<wire::PushRequest, ApiError> request = readRequestMessage<wire::PushRequest>(body, kMaxBodyBytes);
    if (!request)
        return errorReply(request.error());
    if (request->deviceId != device->deviceId)
        return errorReply(ApiError { 403, QString(errorcode::kWrongDevice),
            QStringLiteral("The token belongs to another device"), QStringLiteral("device_id") });
    if (request->epoch != device->epoch)
        return errorReply(ApiError { 409, QString(errorcode::kEpochMismatch),
            QStringLiteral("The device's epoch is %1, the push says %2").arg(device->epoch).arg(request->epoch),
            QStringLiteral("epoch") });
    if (m_epochs)
        if (std::optional<ApiError> refused = m_epochs->inspectPush(*device, *request))
            return errorReply(*refused);
    Result<IngestService *> ingest = ingestFor(*device);
    if (!ingest) {
        qCWarning(lcServerApi) << "push refused:" << ingest.error().logMessage();
        return errorReply(ApiError::fromError(ingest.error()));
    }
    Result<wire::PushResponse> response = (*ingest)->push(*device, *request);
    if (!response)
        return errorReply(ApiError { 503, QString(errorcode::kInternal),
            QStringLiteral("The push could not be stored; nothing of it was kept, retry later"), {} });
    return JsonReply { 200, response->toJson() };
}

} // namespace nexus
