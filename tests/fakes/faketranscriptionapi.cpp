// FakeTranscriptionApi: the upload checked part by part, the answer chosen by what the test set.
#include "faketranscriptionapi.h"

#include "assistant/wavfile.h"
#include "multipartparts.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

namespace nexus::test {

namespace {

QJsonObject apiError(const QString &message, const QString &type, const QString &code)
{
    return QJsonObject { { QStringLiteral("error"),
        QJsonObject { { QStringLiteral("message"), message }, { QStringLiteral("type"), type },
            { QStringLiteral("param"), QJsonValue::Null },
            { QStringLiteral("code"), code.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(code) } } } };
}

void reply(QHttpServerResponder &responder, int status, const QJsonObject &body)
{
    responder.write(QJsonDocument(body).toJson(QJsonDocument::Compact), QByteArrayLiteral("application/json"),
        static_cast<QHttpServerResponder::StatusCode>(status));
}

} // namespace

FakeTranscriptionApi::FakeTranscriptionApi(const QString &dataDir, QString apiKey)
    : m_apiKey(std::move(apiKey)), m_https(dataDir, QStringLiteral("fake transcription API"),
                                       [this](const QHttpServerRequest &request, QHttpServerResponder &responder) {
                                           answer(request, responder);
                                       })
{
}

Result<std::unique_ptr<FakeTranscriptionApi>> FakeTranscriptionApi::start(const QString &dataDir, QString apiKey)
{
    std::unique_ptr<FakeTranscriptionApi> fake(new FakeTranscriptionApi(dataDir, std::move(apiKey)));
    if (Status listening = fake->m_https.listen(); !listening)
        return std::unexpected(listening.error());
    return fake;
}

FakeTranscriptionApi::~FakeTranscriptionApi()
{
    m_https.goDown();
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
    if (down == m_down)
        return;
    m_down = down;
    if (down)
        m_https.goDown();
    else
        (void)m_https.listen();
}

QList<FakeTranscriptionApi::Request> FakeTranscriptionApi::requests() const
{
    const QMutexLocker lock(&m_mutex);
    return m_requests;
}

void FakeTranscriptionApi::answer(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    if (request.url().path() != QLatin1String("/v1/audio/transcriptions")
        || request.method() != QHttpServerRequest::Method::Post)
        return reply(responder, 404, apiError(QStringLiteral("Not found"), QStringLiteral("invalid_request_error"), {}));
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
        return reply(responder, 401,
            apiError(QStringLiteral("Incorrect API key provided."), QStringLiteral("invalid_request_error"),
                QStringLiteral("invalid_api_key")));
    if (!m_failures.empty()) {
        const Failure failure = m_failures.front();
        m_failures.pop_front();
        if (!failure.garbage.isNull())
            return responder.write(failure.garbage, QByteArrayLiteral("text/html"));
        return reply(responder, failure.status, apiError(failure.message, failure.type, failure.code));
    }
    if (seen.model.isEmpty())
        return reply(responder, 400,
            apiError(QStringLiteral("you must provide a model parameter"), QStringLiteral("invalid_request_error"), {}));
    if (seen.fileName.isEmpty() || seen.clip.samples() == 0)
        return reply(responder, 400,
            apiError(QStringLiteral("Invalid file format. Supported formats: ['flac', 'mp3', 'wav', …]"),
                QStringLiteral("invalid_request_error"), {}));
    reply(responder, 200, QJsonObject { { QStringLiteral("text"), m_transcript } });
}

} // namespace nexus::test
