// A local stand-in for an OpenAI-compatible speech-to-text API on 127.0.0.1 over TLS, on its own thread (the client
// under test blocks on curl): POST /v1/audio/transcriptions with multipart/form-data (file = a WAV, model, language)
// and a Bearer key, answered {"text": …} with the transcript the test set, or OpenAI's {"error": {message, type,
// code}}. It checks the upload as the real service would (key, model, a readable WAV), can be told to fail, to answer
// garbage, to answer slowly, or to be down; it records every request.
#pragma once

#include <QByteArray>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QThread>

#include <deque>
#include <memory>

#include "assistant/speechrecognizer.h"

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;

namespace nexus {
struct TlsIdentity;
}

namespace nexus::test {

class FakeTranscriptionApi final : public QObject
{
public:
    Q_DISABLE_COPY_MOVE(FakeTranscriptionApi)

    struct Request
    {
        QByteArray authorization;
        QByteArray model;
        QByteArray language;
        QByteArray responseFormat;
        QByteArray fileName;
        QByteArray fileType;
        AudioClip clip; // the uploaded WAV read back (empty when it was not a WAV)
    };

    // `tls`: its certificate is what clients trust (TlsIdentity::loadOrCreate of a temporary folder).
    FakeTranscriptionApi(const TlsIdentity &tls, QString apiKey = QStringLiteral("sk-test-transcribe"));
    ~FakeTranscriptionApi() override;

    [[nodiscard]] QString baseUrl() const; // "https://127.0.0.1:PORT"
    [[nodiscard]] const QString &apiKey() const { return m_apiKey; }

    // What the next successful requests transcribe to.
    void setTranscript(const QString &text);
    // The next request answers this HTTP status with OpenAI's error object.
    void failNext(int httpStatus, const QString &message, const QString &type, const QString &code);
    // The next request answers 200 with a body that is not the API's JSON.
    void answerGarbageNext(const QByteArray &body);
    // Every answer waits this long first.
    void setDelayMs(int ms);
    // Down: nothing listens on the port (connection refused), as when the line is cut.
    void setDown(bool down);

    [[nodiscard]] QList<Request> requests() const;

private:
    void start(const TlsIdentity &tls);
    QHttpServerResponse answer(const QHttpServerRequest &request);

    struct Failure
    {
        int status = 0;
        QString message;
        QString type;
        QString code;
        QByteArray garbage;
    };

    QThread m_thread;
    std::unique_ptr<QHttpServer> m_http;
    quint16 m_port = 0;
    QString m_apiKey;
    mutable QMutex m_mutex;
    QString m_transcript;
    std::deque<Failure> m_failures;
    int m_delayMs = 0;
    QList<Request> m_requests;
};

} // namespace nexus::test
