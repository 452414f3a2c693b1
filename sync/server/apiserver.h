// The HTTPS device API of nexus-server (Qt HttpServer): routes, JSON bodies, error mapping, request log.
#pragma once

#include <QHostAddress>

#include <memory>

#include "common/error.h"
#include "server/deviceauth.h"
#include "server/enrollmentservice.h"
#include "server/secretbox.h"

QT_BEGIN_NAMESPACE
class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;
QT_END_NAMESPACE

namespace nexus {

class AdminRoutes;
class Clock;
class DeviceEpochs;
class IngestRoutes;
class PullRoutes;
class ServerStorage;
class SnapshotRoutes;
class WhatsAppWebhookRoutes;
struct TlsIdentity;

class ApiServer final
{
public:
    Q_DISABLE_COPY_MOVE(ApiServer)
    static constexpr qsizetype kMaxBodyBytes = 64 * 1024; // the enrollment request is a few hundred bytes

    // tokenKey: the HMAC key of device tokens (DeviceAuth::loadOrCreateKey); empty: random for this process.
    ApiServer(ServerStorage &storage, const Clock &clock, QByteArray tokenKey = {});
    ~ApiServer();

    // Starts TLS on address:port (0: any free port) and returns the bound port.
    [[nodiscard]] Result<quint16> listen(const QHostAddress &address, quint16 port, const TlsIdentity &tls);

    // For authenticated routes: m_auth.authenticate(request) gives the DeviceContext or a 401 ApiError.
    [[nodiscard]] DeviceAuth &deviceAuth() { return m_auth; }

private:
    [[nodiscard]] QHttpServerResponse health(const QHttpServerRequest &request);
    [[nodiscard]] QHttpServerResponse enroll(const QHttpServerRequest &request);
    [[nodiscard]] QHttpServerResponse token(const QHttpServerRequest &request);

    const Clock &m_clock;
    EnrollmentService m_enrollment;
    DeviceAuth m_auth;
    SecretBox m_secrets; // the tenants' WhatsApp app secrets at rest, with a key derived from m_auth's
    std::unique_ptr<SnapshotRoutes> m_snapshotRoutes; // state down: catalogue bootstrap
    std::unique_ptr<PullRoutes> m_pullRoutes; // state down: bucket change logs
    std::unique_ptr<IngestRoutes> m_ingestRoutes; // facts up: push
    std::unique_ptr<DeviceEpochs> m_deviceEpochs; // restored/copied databases: epoch change, push lineage check
    std::unique_ptr<AdminRoutes> m_adminRoutes; // HQ: admin key routes under /v1/admin
    std::unique_ptr<WhatsAppWebhookRoutes> m_whatsAppWebhook; // Meta's delivery reports, per tenant
    std::unique_ptr<QHttpServer> m_http; // last: destroyed first, before the routes its handlers call
};

} // namespace nexus
