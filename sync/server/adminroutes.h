// HQ's admin API: /v1/admin/… for one tenant (its admin key, or the operator's key naming it) and /v1/operator/…
// for the server operator (tenants and their admin keys); thin over AdminService, TenantService and AdminJobs.
#pragma once

#include <QString>

#include <expected>
#include <functional>
#include <map>
#include <memory>

#include "common/error.h"
#include "protocol/apierror.h"
#include "server/serverrecords.h"

QT_BEGIN_NAMESPACE
class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;
class QJsonObject;
QT_END_NAMESPACE

namespace nexus {

class AdminJobs;
class AdminService;
class Clock;
class SecretBox;
class ServerStorage;

// Paths; every answer is JSON, errors as wire::ApiError ({"error": {code, message, field}}).
namespace adminpath {
inline constexpr QLatin1String kExceptions { "/v1/admin/exceptions" }; // GET ?open=1
inline constexpr QLatin1String kResolve { "/v1/admin/exceptions/resolve" }; // POST {id, note}
inline constexpr QLatin1String kPriceSet { "/v1/admin/prices/set" }; // POST {sku, list, price_cents}
inline constexpr QLatin1String kPriceBulk { "/v1/admin/prices/bulk" }; // POST {brand | category, percent}
inline constexpr QLatin1String kSalesReport { "/v1/admin/reports/sales" }; // GET [?branch]&from&to
inline constexpr QLatin1String kMarginsReport { "/v1/admin/reports/margins" }; // GET [?branch]&from&to
inline constexpr QLatin1String kExceptionsReport { "/v1/admin/reports/exceptions" }; // GET [?branch]&from&to
inline constexpr QLatin1String kStockReport { "/v1/admin/reports/stock" }; // GET ?branch[&sku]
inline constexpr QLatin1String kCfdiList { "/v1/admin/cfdis" }; // GET [?branch]&from&to
inline constexpr QLatin1String kDevices { "/v1/admin/devices" }; // GET
// GET; POST {username, display_name, role, branch, password_hash, pin_hash}
inline constexpr QLatin1String kUsers { "/v1/admin/users" };
inline constexpr QLatin1String kUserActive { "/v1/admin/users/active" }; // POST {username, active}
inline constexpr QLatin1String kDeviceRevoke { "/v1/admin/devices/revoke" }; // POST {id}
inline constexpr QLatin1String kEnrollCodes { "/v1/admin/enroll-codes" }; // POST {branch, ttl_hours}
inline constexpr QLatin1String kBranches { "/v1/admin/branches" }; // GET; POST {code, name, timezone}
inline constexpr QLatin1String kBranchTimezone { "/v1/admin/branches/timezone" }; // POST {code, timezone}
inline constexpr QLatin1String kWarehouses { "/v1/admin/warehouses" }; // POST {branch, code, name}
// POST {verify_token, app_secret} → {path}: Meta's WhatsApp status webhook for the tenant (whatsappwebhookroutes.h)
inline constexpr QLatin1String kWhatsAppWebhook { "/v1/admin/whatsapp/webhook" };
// Long work: 202 {job}; then GET kJobs?id= until its state is done or failed.
inline constexpr QLatin1String kSnapshotBuild { "/v1/admin/snapshots/build" }; // POST {}
inline constexpr QLatin1String kSnapshotCurrent { "/v1/admin/snapshots/current" }; // GET: the manifest
inline constexpr QLatin1String kUploads { "/v1/admin/uploads" }; // POST {} → {id, chunk_bytes}
inline constexpr QLatin1String kUploadAppend { "/v1/admin/uploads/append" }; // POST {id, offset, data: base64}
// POST {upload, sha256, skip_rejected, dry_run}
inline constexpr QLatin1String kCatalogImport { "/v1/admin/catalog/import" };
inline constexpr QLatin1String kJobs { "/v1/admin/jobs" }; // GET ?id= → the job; GET → {rows}
// The server operator's routes (operator key only).
inline constexpr QLatin1String kOperatorTenants { "/v1/operator/tenants" }; // GET; POST {slug, name}
inline constexpr QLatin1String kOperatorAdminKeys { "/v1/operator/admin-keys" }; // GET ?tenant; POST {tenant, name}
inline constexpr QLatin1String kOperatorAdminKeyRevoke { "/v1/operator/admin-keys/revoke" }; // POST {tenant, id}
// With an operator key on a /v1/admin route: the slug of the tenant to work on.
inline constexpr QLatin1String kTenantHeader { "X-Nexus-Tenant" };
} // namespace adminpath

// Core errors as admin API answers: like ApiError::fromError, and a Conflict naming a field (a slug taken) is bad
// input (400, the field), one naming none (a job running) is 409.
[[nodiscard]] wire::ApiError adminApiError(const Error &error);

class AdminRoutes final
{
public:
    Q_DISABLE_COPY_MOVE(AdminRoutes)
    static constexpr qsizetype kMaxBodyBytes = 64 * 1024;
    // A CSV travels in chunks of this many bytes (base64 in JSON), up to kMaxUploadBytes in all.
    static constexpr qsizetype kUploadChunkBytes = 4 * 1024 * 1024;
    static constexpr qint64 kMaxUploadBytes = qint64(2) * 1024 * 1024 * 1024;

    AdminRoutes(ServerStorage &storage, const Clock &clock, const SecretBox &secrets);
    ~AdminRoutes();

    void registerRoutes(QHttpServer &http);

    // Who called: the tenant a request works on and the key that let it in (for the log).
    struct Caller
    {
        TenantRecord tenant; // empty id on the operator routes
        QString keyName;
        bool operatorKey = false;
    };

private:
    // "Authorization: Bearer nxa_…" → the key's tenant; "Bearer nxo_…" + X-Nexus-Tenant → that tenant; else
    // 401 invalid_admin_key (same answer for every failure).
    [[nodiscard]] std::expected<Caller, wire::ApiError> authenticate(const QHttpServerRequest &request);
    // "Authorization: Bearer nxo_…" only.
    [[nodiscard]] std::expected<Caller, wire::ApiError> authenticateOperator(const QHttpServerRequest &request);
    enum class Who {
        Tenant, // authenticate()
        Operator, // authenticateOperator()
    };
    using CallerHandler = std::function<QHttpServerResponse(const QHttpServerRequest &, const Caller &)>;
    // The handler of a route, run only for a caller `who` lets in (else the refusal is the answer).
    [[nodiscard]] auto guarded(Who who, CallerHandler handler);
    [[nodiscard]] std::expected<AdminService *, wire::ApiError> serviceFor(const TenantRecord &tenant);
    [[nodiscard]] std::expected<QJsonObject, wire::ApiError> body(
        const QHttpServerRequest &request, qsizetype maxBytes = kMaxBodyBytes);
    [[nodiscard]] QString uploadPath(const TenantRecord &tenant, const QString &id) const;

    void registerTenantRoutes(QHttpServer &http);
    void registerJobRoutes(QHttpServer &http);
    void registerOperatorRoutes(QHttpServer &http);

    ServerStorage &m_storage;
    const Clock &m_clock;
    const SecretBox &m_secrets;
    std::map<QString, std::unique_ptr<AdminService>> m_services; // by tenant id
    std::unique_ptr<AdminJobs> m_jobs; // last, so destroyed first: it waits for running jobs
};

} // namespace nexus
