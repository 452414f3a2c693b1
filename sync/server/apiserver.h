// The HTTPS device API of nexus-server (Qt HttpServer): routes, JSON bodies, error mapping, request log.
#pragma once

#include <QHostAddress>

#include <memory>

#include "common/error.h"
#include "server/enrollmentservice.h"

QT_BEGIN_NAMESPACE
class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;
QT_END_NAMESPACE

namespace nexus {

class Clock;
class ServerStorage;
struct TlsIdentity;

class ApiServer final
{
public:
    Q_DISABLE_COPY_MOVE(ApiServer)
    static constexpr qsizetype kMaxBodyBytes = 64 * 1024; // the enrollment request is a few hundred bytes

    ApiServer(ServerStorage &storage, const Clock &clock);
    ~ApiServer();

    // Starts TLS on address:port (0: any free port) and returns the bound port.
    [[nodiscard]] Result<quint16> listen(const QHostAddress &address, quint16 port, const TlsIdentity &tls);

private:
    [[nodiscard]] QHttpServerResponse health(const QHttpServerRequest &request);
    [[nodiscard]] QHttpServerResponse enroll(const QHttpServerRequest &request);

    const Clock &m_clock;
    EnrollmentService m_enrollment;
    std::unique_ptr<QHttpServer> m_http;
};

} // namespace nexus
