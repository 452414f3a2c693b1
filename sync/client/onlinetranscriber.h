// Chalán's online ears: an OpenAI-compatible speech-to-text endpoint, POST {base}/v1/audio/transcriptions with the
// clip as a WAV file in multipart/form-data (file, model, language, response_format=json) and the key as a Bearer
// token; {"text": …} is the transcript, OpenAI's {"error": {message, type, code}} a Spanish error.
#pragma once

#include "assistant/speechrecognizer.h"

#include <QString>

namespace nexus {

class SecretStore;

// Blocking (curl): call recognize() off the UI thread. Errors, with an es_MX message naming the service's own:
//   ErrorCode::Network          no answer, offline, timeout, HTTP 429 (rate limit) or 5xx: try again later or offline
//   ErrorCode::Unauthenticated  HTTP 401/403, or no key: field "api_key"
//   ErrorCode::InvalidInput     HTTP 400/404/413/415/422: the request (model, URL, audio) was refused
//   ErrorCode::Protocol         an answer that is not the API's JSON
class OnlineTranscriber final : public SpeechRecognizer
{
public:
    static constexpr const char *kApiKeySecret = "transcription-api-key"; // name in the SecretStore
    static constexpr const char *kDefaultUrl = "https://api.openai.com";
    static constexpr const char *kDefaultModel = "whisper-1";

    struct Config
    {
        QString baseUrl = QString::fromLatin1(kDefaultUrl); // "https://host[:port][/prefix]"; a trailing /v1 is ok
        QString model = QString::fromLatin1(kDefaultModel);
        QString language = QStringLiteral("es");
        QString apiKey;
        QString caFile; // '' system CAs (tests: the fake's self-signed certificate)
        int connectTimeoutMs = 5000;
        int timeoutMs = 30000;
    };

    explicit OnlineTranscriber(Config config);

    // The key kept by `SecretStore::write(kApiKeySecret, …)`; empty when there is none.
    [[nodiscard]] static QString apiKeyFrom(SecretStore &secrets);
    // {base}/v1/audio/transcriptions, whatever of "/", "/v1" or "/v1/" the base ends with.
    [[nodiscard]] static QString endpoint(const QString &baseUrl);
    // Checks a base URL typed in the settings: https://host… (field "url").
    [[nodiscard]] static Status checkUrl(const QString &baseUrl);
    // The HTTP answer as a transcript or a Spanish error.
    [[nodiscard]] static Result<Transcript> parseAnswer(int httpStatus, const QByteArray &body);

    [[nodiscard]] QString name() const override { return QStringLiteral("online"); }
    [[nodiscard]] bool isAvailable() const override { return problem().isEmpty(); }
    [[nodiscard]] QString problem() const override;
    [[nodiscard]] Result<Transcript> recognize(const AudioClip &clip) override;

    [[nodiscard]] const Config &config() const { return m_config; }

private:
    Config m_config;
};

} // namespace nexus
