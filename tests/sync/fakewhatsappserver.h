// A local stand-in for the WhatsApp Business Cloud API on 127.0.0.1 over TLS, on its own thread (the client under
// test blocks): records every POST /{version}/{phone-number-id}/messages, answers like Meta, can fail or go down.
#pragma once

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QThread>

#include "server/tlsidentity.h"

namespace nexus::test {

class FakeWhatsAppServer final : public QObject
{
public:
    enum class Mode { Accept, Throttled, Reject };
    struct Received
    {
        QByteArray authorization;
        QString phoneNumberId;
        QJsonObject body;
    };

    explicit FakeWhatsAppServer(const TlsIdentity &tls)
    {
        m_thread.start();
        moveToThread(&m_thread);
        QMetaObject::invokeMethod(this, [this, tls] { start(tls); }, Qt::BlockingQueuedConnection);
    }
    ~FakeWhatsAppServer() override
    {
        QMetaObject::invokeMethod(this, [this] { m_http.reset(); moveToThread(nullptr); },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QString baseUrl() const { return QStringLiteral("https://127.0.0.1:%1").arg(m_port); }
    void setMode(Mode mode)
    {
        const QMutexLocker lock(&m_mutex);
        m_mode = mode;
    }
    // Down: nothing listens on the port (connection refused), as when the store is offline.
    void setDown(bool down)
    {
        QMetaObject::invokeMethod(this, [this, down] {
            for (QTcpServer *server : m_http->servers()) {
                if (down)
                    server->close();
                else
                    server->listen(QHostAddress::LocalHost, m_port);
            }
        }, Qt::BlockingQueuedConnection);
    }
    [[nodiscard]] QList<Received> received() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_received;
    }

private:
    void start(const TlsIdentity &tls)
    {
        m_http = std::make_unique<QHttpServer>();
        m_http->route(QStringLiteral("/v21.0/<arg>/messages"), QHttpServerRequest::Method::Post,
            [this](const QString &phoneNumberId, const QHttpServerRequest &request) {
                return answer(phoneNumberId, request);
            });
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setLocalCertificate(tls.certificate);
        ssl.setPrivateKey(tls.key);
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_http->sslSetup(ssl);
        m_port = m_http->listen(QHostAddress::LocalHost, 0);
    }

    QHttpServerResponse answer(const QString &phoneNumberId, const QHttpServerRequest &request)
    {
        const QMutexLocker lock(&m_mutex);
        const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
        m_received.append({ request.value("Authorization"), phoneNumberId, body });
        if (m_mode == Mode::Throttled)
            return QHttpServerResponse(QJsonObject { { QStringLiteral("error"),
                                           QJsonObject { { QStringLiteral("message"),
                                                             QStringLiteral("(#130429) Rate limit hit") },
                                               { QStringLiteral("type"), QStringLiteral("OAuthException") },
                                               { QStringLiteral("code"), 130429 },
                                               { QStringLiteral("fbtrace_id"), QStringLiteral("AbCdEf123") } } } },
                QHttpServerResponse::StatusCode::TooManyRequests);
        if (m_mode == Mode::Reject)
            return QHttpServerResponse(
                QJsonObject { { QStringLiteral("error"),
                    QJsonObject { { QStringLiteral("message"), QStringLiteral("(#131026) Message undeliverable") },
                        { QStringLiteral("type"), QStringLiteral("OAuthException") },
                        { QStringLiteral("code"), 131026 },
                        { QStringLiteral("error_data"),
                            QJsonObject { { QStringLiteral("messaging_product"), QStringLiteral("whatsapp") },
                                { QStringLiteral("details"), QStringLiteral("Receiver is incapable of receiving this message") } } },
                        { QStringLiteral("fbtrace_id"), QStringLiteral("XyZ987") } } } },
                QHttpServerResponse::StatusCode::BadRequest);
        const QString to = body.value(QStringLiteral("to")).toString();
        return QHttpServerResponse(QJsonObject {
            { QStringLiteral("messaging_product"), QStringLiteral("whatsapp") },
            { QStringLiteral("contacts"),
                QJsonArray { QJsonObject { { QStringLiteral("input"), to }, { QStringLiteral("wa_id"), to } } } },
            { QStringLiteral("messages"),
                QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("wamid.TEST%1").arg(m_received.size()) },
                    { QStringLiteral("message_status"), QStringLiteral("accepted") } } } } });
    }

    QThread m_thread;
    std::unique_ptr<QHttpServer> m_http;
    quint16 m_port = 0;
    mutable QMutex m_mutex;
    Mode m_mode = Mode::Accept;
    QList<Received> m_received;
};

} // namespace nexus::test
