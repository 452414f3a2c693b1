// A local stand-in for the WhatsApp Business Cloud API on 127.0.0.1 over TLS, on its own thread (the client under
// test blocks): records every POST /{version}/{phone-number-id}/messages and every media upload
// (POST /{version}/{phone-number-id}/media, multipart/form-data with messaging_product, type and file, answered
// {"id": media id}), answers like Meta, can fail or go down. A message whose document names a media id that was
// never uploaded is refused as Meta does (#131053).
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

#include <algorithm>

#include "multipartparts.h"
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

    struct Upload
    {
        QByteArray authorization;
        QString phoneNumberId;
        QByteArray messagingProduct;
        QByteArray type;
        QByteArray fileName;
        QByteArray fileType;
        QByteArray bytes;
        QString mediaId;
    };

    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QList<Upload> uploads() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_uploads;
    }
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
        m_http->route(QStringLiteral("/v21.0/<arg>/media"), QHttpServerRequest::Method::Post,
            [this](const QString &phoneNumberId, const QHttpServerRequest &request) {
                return media(phoneNumberId, request);
            });
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setLocalCertificate(tls.certificate);
        ssl.setPrivateKey(tls.key);
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_http->sslSetup(ssl);
        m_port = m_http->listen(QHostAddress::LocalHost, 0);
    }

    static QHttpServerResponse metaError(int code, const QString &message, QHttpServerResponse::StatusCode status)
    {
        return QHttpServerResponse(QJsonObject { { QStringLiteral("error"),
                                       QJsonObject { { QStringLiteral("message"), message },
                                           { QStringLiteral("type"), QStringLiteral("OAuthException") },
                                           { QStringLiteral("code"), code },
                                           { QStringLiteral("fbtrace_id"), QStringLiteral("Med1a") } } } },
            status);
    }

    // multipart/form-data: the parts by their field name, with the file's name and type.
    QHttpServerResponse media(const QString &phoneNumberId, const QHttpServerRequest &request)
    {
        const QMutexLocker lock(&m_mutex);
        const QByteArray contentType = request.value("Content-Type");
        const qsizetype at = contentType.indexOf("boundary=");
        if (!contentType.startsWith("multipart/form-data") || at < 0)
            return metaError(100, QStringLiteral("(#100) Param file must be a file upload"),
                QHttpServerResponse::StatusCode::BadRequest);
        Upload upload { request.value("Authorization"), phoneNumberId, {}, {}, {}, {}, {}, {} };
        for (const MultipartPart &part : multipartParts(contentType, request.body())) {
            if (part.name == "messaging_product")
                upload.messagingProduct = part.bytes;
            else if (part.name == "type")
                upload.type = part.bytes;
            else if (part.name == "file") {
                upload.fileName = part.fileName;
                upload.fileType = part.contentType;
                upload.bytes = part.bytes;
            }
        }
        if (upload.messagingProduct != "whatsapp" || upload.bytes.isEmpty() || upload.type.isEmpty())
            return metaError(100, QStringLiteral("(#100) The parameter messaging_product, type and file are required."),
                QHttpServerResponse::StatusCode::BadRequest);
        upload.mediaId = QStringLiteral("%1").arg(9000000001LL + m_uploads.size());
        m_uploads.append(upload);
        return QHttpServerResponse(QJsonObject { { QStringLiteral("id"), upload.mediaId } });
    }

    // The media id a message sends as its document (a document message or a template's header), '' for none.
    static QString documentId(const QJsonObject &body)
    {
        if (body.contains(QStringLiteral("document")))
            return body.value(QStringLiteral("document")).toObject().value(QStringLiteral("id")).toString();
        for (const QJsonValue &c : body.value(QStringLiteral("template")).toObject().value(QStringLiteral("components")).toArray())
            for (const QJsonValue &p : c.toObject().value(QStringLiteral("parameters")).toArray())
                if (p.toObject().value(QStringLiteral("type")).toString() == QLatin1String("document"))
                    return p.toObject().value(QStringLiteral("document")).toObject().value(QStringLiteral("id")).toString();
        return {};
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
        const QString document = documentId(body);
        if (body.value(QStringLiteral("type")).toString() == QLatin1String("document") || !document.isEmpty()) {
            const bool known = std::any_of(m_uploads.cbegin(), m_uploads.cend(),
                [&document](const Upload &u) { return u.mediaId == document; });
            if (!known)
                return metaError(131053, QStringLiteral("(#131053) Media upload error"),
                    QHttpServerResponse::StatusCode::BadRequest);
        }
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
    QList<Upload> m_uploads;
};

} // namespace nexus::test
