// A local stand-in for an OpenAI-compatible speech-to-text API on 127.0.0.1 over TLS, on its own thread (the client
// under test blocks on curl): POST /v1/audio/transcriptions with multipart/form-data (file = a WAV, model, language)
// and a Bearer key, answered {"text": …} with the transcript the test set, or OpenAI's {"error": {message, type,
// code}}. It checks the upload as the real service would (key, model, a readable WAV), can be told to fail, to answer
// garbage, to answer slowly, or to be down; it records every request.
#pragma once

#include <QByteArray>
#include <QMutex>
#include <QString>

#include <deque>
#include <memory>

#include "assistant/speechrecognizer.h"
#include "loopbackhttps.h"

class QHttpServerRequest;
class QHttpServerResponder;

namespace nexus::test {

class FakeTranscriptionApi final
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

    // Listening on 127.0.0.1; `dataDir` holds its TLS certificate (caFile(), what clients trust) and key.
    [[nodiscard]] static Result<std::unique_ptr<FakeTranscriptionApi>> start(
        const QString &dataDir, QString apiKey = QStringLiteral("sk-test-transcribe"));
    ~FakeTranscriptionApi();

    [[nodiscard]] QString baseUrl() const { return m_https.url(); } // "https://127.0.0.1:PORT"
    [[nodiscard]] const QString &caFile() const { return m_https.caFile(); }
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
    FakeTranscriptionApi(const QString &dataDir, QString apiKey);
    void answer(const QHttpServerRequest &request, QHttpServerResponder &responder);

    struct Failure
    {
        int status = 0;
        QString message;
        QString type;
        QString code;
        QByteArray garbage;
    };

    QString m_apiKey;
    mutable QMutex m_mutex;
    QString m_transcript;
    std::deque<Failure> m_failures;
    int m_delayMs = 0;
    QList<Request> m_requests;
    bool m_down = false; // set by the test's thread only
    LoopbackHttps m_https; // last: it goes down before the state its handler uses
};

} // namespace nexus::test
