// HQ's admin API under /v1/admin/…: authenticated by a tenant's admin key (AdminKeys), thin over AdminService.
#pragma once

#include <QString>

#include <expected>
#include <map>
#include <memory>

#include "protocol/apierror.h"

QT_BEGIN_NAMESPACE
class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;
class QJsonObject;
QT_END_NAMESPACE

namespace nexus {

class AdminService;
class Clock;
class ServerStorage;
struct TenantRecord;

// Paths; every answer is JSON, errors as wire::ApiError ({"error": {code, message, field}}).
namespace adminpath {
inline constexpr QLatin1String kExceptions { "/v1/admin/exceptions" }; // GET ?open=1
inline constexpr QLatin1String kResolve { "/v1/admin/exceptions/resolve" }; // POST {id, note}
inline constexpr QLatin1String kPriceSet { "/v1/admin/prices/set" }; // POST {sku, list, price_cents}
inline constexpr QLatin1String kPriceBulk { "/v1/admin/prices/bulk" }; // POST {brand | category, percent}
inline constexpr QLatin1String kSalesReport { "/v1/admin/reports/sales" }; // GET ?branch&from&to
inline constexpr QLatin1String kStockReport { "/v1/admin/reports/stock" }; // GET ?branch[&sku]
inline constexpr QLatin1String kDevices { "/v1/admin/devices" }; // GET
inline constexpr QLatin1String kUsers {
    "/v1/admin/users"
}; // GET; POST {username, display_name, role, branch, password_hash, pin_hash}
inline constexpr QLatin1String kUserActive { "/v1/admin/users/active" }; // POST {username, active}
inline constexpr QLatin1String kDeviceRevoke { "/v1/admin/devices/revoke" }; // POST {id}
inline constexpr QLatin1String kEnrollCodes { "/v1/admin/enroll-codes" }; // POST {branch, ttl_hours}
inline constexpr QLatin1String kBranches { "/v1/admin/branches" }; // GET; POST {code, name}
inline constexpr QLatin1String kWarehouses { "/v1/admin/warehouses" }; // POST {branch, code, name}
} // namespace adminpath

class AdminRoutes final
{
public:
    Q_DISABLE_COPY_MOVE(AdminRoutes)
    static constexpr qsizetype kMaxBodyBytes = 64 * 1024;

    AdminRoutes(ServerStorage &storage, const Clock &clock);
    ~AdminRoutes();

    void registerRoutes(QHttpServer &http);

private:
    // "Authorization: Bearer nxa_…" → the key's tenant, or 401 invalid_admin_key (same answer for every failure).
    [[nodiscard]] std::expected<TenantRecord, wire::ApiError> authenticate(const QHttpServerRequest &request);
    [[nodiscard]] std::expected<AdminService *, wire::ApiError> serviceFor(const TenantRecord &tenant);
    [[nodiscard]] std::expected<QJsonObject, wire::ApiError> body(const QHttpServerRequest &request);

    ServerStorage &m_storage;
    const Clock &m_clock;
    std::map<QString, std::unique_ptr<AdminService>> m_services; // by tenant id
};

} // namespace nexus
