// GET /v1/sync/pull?bucket&after&limit for enrolled devices: pages of the tenant's per-bucket change logs.
#pragma once

#include <QString>

#include <map>
#include <memory>

QT_BEGIN_NAMESPACE
class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;
QT_END_NAMESPACE

namespace nexus {

class ChangeLogReader;
class Clock;
class DeviceAuth;
class ServerStorage;
class TenantStore;
struct DeviceContext;

class PullRoutes final
{
public:
    Q_DISABLE_COPY_MOVE(PullRoutes)
    PullRoutes(ServerStorage &storage, DeviceAuth &auth, const Clock &clock);
    ~PullRoutes();

    void registerRoutes(QHttpServer &http);

private:
    [[nodiscard]] QHttpServerResponse pull(const QHttpServerRequest &request);

    ServerStorage &m_storage;
    DeviceAuth &m_auth;
    const Clock &m_clock;
    std::map<QString, std::unique_ptr<ChangeLogReader>> m_readers; // by tenant id, opened on first pull
    std::map<QString, TenantStore *> m_tenants; // by tenant id: the write connection the daily sweep uses
};

} // namespace nexus
