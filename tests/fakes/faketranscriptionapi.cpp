// FakeTranscriptionApi: the upload checked part by part, the answer chosen by what the test set.
#include "faketranscriptionapi.h"

#include "assistant/wavfile.h"
#include "multipartparts.h"
#include "server/tlsidentity.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QSslConfiguration>
#include <QTcpServer>

namespace nexus::test {

namespace {

QHttpServerResponse apiError(int status, const QString &message, const QString &type, const QString &code)
{
    return QHttpServerResponse(
        QJsonObject { { QStringLiteral("error"),
            QJsonObject { { QStringLiteral("message"), message }, { QStringLiteral("type"), type },
                { QStringLiteral("param"), QJsonValue::Null },
                { QStringLiteral("code"), code.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(code) } } } },
        QHttpServerResponse::StatusCode(status));
}

} // namespace

FakeTranscriptionApi::FakeTranscriptionApi(const TlsIdentity &tls, QString apiKey) : m_apiKey(std::move(apiKey))
{
    m_thread.start();
    moveToThread(&m_thread);
    QMetaObject::invokeMethod(this, [this, tls] { start(tls); }, Qt::BlockingQueuedConnection);
}

FakeTranscriptionApi::~FakeTranscriptionApi()
{
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_http.reset();
            moveToThread(nullptr);
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void FakeTranscriptionApi::start(const TlsIdentity &tls)
{
    m_http = std::make_unique<QHttpServer>();
    m_http->route(QStringLiteral("/v1/audio/transcriptions"), QHttpServerRequest::Method::Post,
        [this](const QHttpServerRequest &request) { return answer(request); });
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setLocalCertificate(tls.certificate);
    ssl.setPrivateKey(tls.key);
    ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_http->sslSetup(ssl);
    m_port = m_http->listen(QHostAddress::LocalHost, 0);
}

QString FakeTranscriptionApi::baseUrl() const
{
    return QStringLiteral("https://127.0.0.1:%1").arg(m_port);
}

void FakeTranscriptionApi::setTranscript(const QString &text)
{
    const QMutexLocker lock(&m_mutex);
    m_transcript = text;
}

void FakeTranscriptionApi::failNext(int httpStatus, const QString &message, const QString &type, const QString &code)
{
    const QMutexLocker lock(&m_mutex);
    m_failures.push_back({ httpStatus, message, type, code, {} });
}

void FakeTranscriptionApi::answerGarbageNext(const QByteArray &body)
{
    const QMutexLocker lock(&m_mutex);
    m_failures.push_back({ 200, {}, {}, {}, body });
}

void FakeTranscriptionApi::setDelayMs(int ms)
{
    const QMutexLocker lock(&m_mutex);
    m_delayMs = ms;
}

void FakeTranscriptionApi::setDown(bool down)
{
    QMetaObject::invokeMethod(
        this,
        [this, down] {
            for (QTcpServer *server : m_http->servers()) {
                if (down)
                    server->close();
                else if (!server->isListening())
                    server->listen(QHostAddress::LocalHost, m_port);
            }
        },
        Qt::BlockingQueuedConnection);
}

QList<FakeTranscriptionApi::Request> FakeTranscriptionApi::requests() const
{
    const QMutexLocker lock(&m_mutex);
    return m_requests;
}

QHttpServerResponse FakeTranscriptionApi::answer(const QHttpServerRequest &request)
{
    int delay = 0;
    {
        const QMutexLocker lock(&m_mutex);
        delay = m_delayMs;
    }
    if (delay > 0)
        QThread::msleep(static_cast<unsigned long>(delay));
    const QMutexLocker lock(&m_mutex);
    Request seen;
    seen.authorization = request.value("Authorization");
    for (const MultipartPart &part : multipartParts(request.value("Content-Type"), request.body())) {
        if (part.name == "model")
            seen.model = part.bytes;
        else if (part.name == "language")
            seen.language = part.bytes;
        else if (part.name == "response_format")
            seen.responseFormat = part.bytes;
        else if (part.name == "file") {
            seen.fileName = part.fileName;
            seen.fileType = part.contentType;
            if (Result<AudioClip> clip = fromWav(part.bytes))
                seen.clip = std::move(*clip);
        }
    }
    m_requests.append(seen);
    if (seen.authorization != "Bearer " + m_apiKey.toUtf8())
        return apiError(401, QStringLiteral("Incorrect API key provided."), QStringLiteral("invalid_request_error"),
            QStringLiteral("invalid_api_key"));
    if (!m_failures.empty()) {
        const Failure failure = m_failures.front();
        m_failures.pop_front();
        if (!failure.garbage.isNull())
            return QHttpServerResponse("text/html", failure.garbage);
        return apiError(failure.status, failure.message, failure.type, failure.code);
    }
    if (seen.model.isEmpty())
        return apiError(400, QStringLiteral("you must provide a model parameter"),
            QStringLiteral("invalid_request_error"), {});
    if (seen.fileName.isEmpty() || seen.clip.samples() == 0)
        return apiError(400, QStringLiteral("Invalid file format. Supported formats: ['flac', 'mp3', 'wav', …]"),
            QStringLiteral("invalid_request_error"), {});
    return QHttpServerResponse(QJsonObject { { QStringLiteral("text"), m_transcript } });
}

} // namespace nexus::test
