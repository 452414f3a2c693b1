// Routes of the device API and their JSON answers; handlers stay thin and call the services.
#include "server/apiserver.h"

#include "common/clock.h"
#include "protocol/apierror.h"
#include "protocol/endpoints.h"
#include "protocol/enrollmessages.h"
#include "protocol/jsonreader.h"
#include "protocol/logging.h"
#include "protocol/pushmessages.h"
#include "protocol/tokenmessages.h"
#include "server/adminroutes.h"
#include "server/deviceepochs.h"
#include "server/ingestroutes.h"
#include "server/isotime.h"
#include "server/pullroutes.h"
#include "server/requestbody.h"
#include "server/snapshotroutes.h"
#include "server/tlsidentity.h"
#include "server/whatsappwebhookroutes.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QSslConfiguration>
#include <QTcpServer>

#ifndef NEXUS_VERSION_STRING
#define NEXUS_VERSION_STRING "0.0.0"
#endif

namespace nexus {

namespace {

using wire::ApiError;
namespace errorcode = wire::errorcode;

QHttpServerResponse::StatusCode toStatus(int status)
{
    return static_cast<QHttpServerResponse::StatusCode>(status);
}

QHttpServerResponse errorResponse(const ApiError &error)
{
    return QHttpServerResponse(error.toJson(), toStatus(error.httpStatus));
}

QString methodName(const QHttpServerRequest &request)
{
    return QString::fromLatin1(
        QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(static_cast<int>(request.method())))
        .toUpper();
}

bool isKnownPath(const QString &path)
{
    return path == wire::kHealthPath || path == wire::kEnrollPath || path == wire::kTokenPath || path == wire::kPushPath;
}

} // namespace

ApiServer::ApiServer(ServerStorage &storage, const Clock &clock, QByteArray tokenKey)
    : m_clock(clock), m_enrollment(storage, clock), m_auth(storage, clock, std::move(tokenKey)),
      m_secrets(m_auth.deriveKey("nexus-server/secret-box/v1")), m_http(std::make_unique<QHttpServer>())
{
    m_http->route(QString(wire::kHealthPath), QHttpServerRequest::Method::Get,
        [this](const QHttpServerRequest &request) { return health(request); });
    m_http->route(QString(wire::kEnrollPath), QHttpServerRequest::Method::Post,
        [this](const QHttpServerRequest &request) { return enroll(request); });
    m_http->route(QString(wire::kTokenPath), QHttpServerRequest::Method::Post,
        [this](const QHttpServerRequest &request) { return token(request); });
    m_snapshotRoutes = std::make_unique<SnapshotRoutes>(storage, m_auth);
    m_snapshotRoutes->registerRoutes(*m_http);
    m_pullRoutes = std::make_unique<PullRoutes>(storage, m_auth, clock);
    m_pullRoutes->registerRoutes(*m_http);
    m_ingestRoutes = std::make_unique<IngestRoutes>(storage, m_auth, clock);
    m_ingestRoutes->registerRoutes(*m_http);
    m_deviceEpochs = std::make_unique<DeviceEpochs>(storage, m_auth, clock);
    m_deviceEpochs->registerRoutes(*m_http);
    m_ingestRoutes->setEpochs(m_deviceEpochs.get());
    m_adminRoutes = std::make_unique<AdminRoutes>(storage, clock, m_secrets);
    m_adminRoutes->registerRoutes(*m_http);
    m_whatsAppWebhook = std::make_unique<WhatsAppWebhookRoutes>(storage, clock, m_secrets);
    m_whatsAppWebhook->registerRoutes(*m_http);
    m_whatsAppWebhook->sealClearSecrets(); // rows written before the secrets were sealed

    m_http->setMissingHandler([](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        const QString path = request.url().path();
        const bool knownPath = isKnownPath(path);
        const ApiError error = knownPath
            ? ApiError { 405, QString(errorcode::kMethodNotAllowed),
                  QStringLiteral("%1 does not accept %2").arg(path, methodName(request)), {} }
            : ApiError { 404, QString(errorcode::kNotFound), QStringLiteral("There is no endpoint %1").arg(path), {} };
        qCInfo(lcServerApi).noquote() << request.remoteAddress().toString() << methodName(request) << path
                                      << error.httpStatus;
        responder.write(QJsonDocument(error.toJson()).toJson(QJsonDocument::Compact),
            QByteArrayLiteral("application/json"), toStatus(error.httpStatus));
    });

    m_http->afterRequest([](QHttpServerResponse &&response, const QHttpServerRequest &request) {
        // Answers carry device secrets and live state: nothing may cache them.
        response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
        // Every counter polls health every few seconds: those successes only appear with debug logging on.
        const bool routine
            = request.url().path() == wire::kHealthPath && response.statusCode() == QHttpServerResponse::StatusCode::Ok;
        if (routine)
            qCDebug(lcServerApi).noquote()
                << request.remoteAddress().toString() << methodName(request) << request.url().path() << 200;
        else
            qCInfo(lcServerApi).noquote() << request.remoteAddress().toString() << methodName(request)
                                          << request.url().path() << static_cast<int>(response.statusCode());
        return std::move(response);
    });
}

ApiServer::~ApiServer() = default;

Result<quint16> ApiServer::listen(const QHostAddress &address, quint16 port, const TlsIdentity &tls)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(tls.certificate);
    configuration.setPrivateKey(tls.key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // devices authenticate in HTTP, not with client certs
    m_http->sslSetup(configuration);
    const quint16 bound = m_http->listen(address, port);
    if (bound == 0) {
        // QHttpServer does not say why; ask a plain QTcpServer for the reason (port in use, not permitted…).
        QTcpServer probe;
        const QString reason = probe.listen(address, port) ? QStringLiteral("unknown error") : probe.errorString();
        return fail(ErrorCode::Io, NX_ERR("Cannot listen on %1 port %2: %3"),
            { address.toString(), QString::number(port), reason }, QStringLiteral("listen"));
    }
    return bound;
}

QHttpServerResponse ApiServer::health(const QHttpServerRequest &)
{
    const wire::HealthResponse health { QStringLiteral("ok"), QStringLiteral(NEXUS_VERSION_STRING),
        isoUtc(m_clock.nowUtc()) };
    return QHttpServerResponse(health.toJson());
}

QHttpServerResponse ApiServer::enroll(const QHttpServerRequest &request)
{
    std::expected<wire::EnrollRequest, ApiError> enrollRequest
        = readRequestMessage<wire::EnrollRequest>(request.body(), kMaxBodyBytes);
    if (!enrollRequest)
        return errorResponse(enrollRequest.error());
    std::expected<wire::EnrollResponse, ApiError> enrolled = m_enrollment.enroll(*enrollRequest);
    if (!enrolled) {
        qCInfo(lcServerApi).noquote() << "enrollment refused:" << enrolled.error().code << enrolled.error().message;
        return errorResponse(enrolled.error());
    }
    return QHttpServerResponse(enrolled->toJson());
}

QHttpServerResponse ApiServer::token(const QHttpServerRequest &request)
{
    std::expected<wire::TokenRequest, ApiError> tokenRequest
        = readRequestMessage<wire::TokenRequest>(request.body(), kMaxBodyBytes);
    if (!tokenRequest)
        return errorResponse(tokenRequest.error());
    std::expected<wire::TokenResponse, ApiError> issued = m_auth.issueToken(*tokenRequest);
    if (!issued)
        return errorResponse(issued.error());
    return QHttpServerResponse(issued->toJson());
}

} // namespace nexus
