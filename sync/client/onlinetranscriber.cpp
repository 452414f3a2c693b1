// OnlineTranscriber: the multipart upload over HttpClient and the answer (or OpenAI's error object) read back.
#include "client/onlinetranscriber.h"

#include "assistant/wavfile.h"
#include "client/httpclient.h"
#include "client/multipartform.h"
#include "client/openaiapi.h"
#include "client/secretstore.h"
#include "protocol/logging.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace nexus {

OnlineTranscriber::OnlineTranscriber(Config config) : m_config(std::move(config))
{
}

QString OnlineTranscriber::apiKeyFrom(SecretStore &secrets)
{
    const Result<QByteArray> key = secrets.read(QLatin1String(kApiKeySecret));
    return key ? QString::fromUtf8(*key).trimmed() : QString();
}

QString OnlineTranscriber::endpoint(const QString &baseUrl)
{
    return openai::endpoint(baseUrl, u"audio/transcriptions");
}

Status OnlineTranscriber::checkUrl(const QString &baseUrl)
{
    const QUrl url(baseUrl.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty() || url.hasQuery())
        return fail(ErrorCode::InvalidInput,
            NX_ERR("The transcription service address must be an https:// address, e.g. https://api.openai.com"), {},
            QStringLiteral("url"));
    return {};
}

QString OnlineTranscriber::problem() const
{
    if (m_config.baseUrl.trimmed().isEmpty() || !checkUrl(m_config.baseUrl))
        return QCoreApplication::translate(Error::kContext,
            NX_ERR("Online transcription has no valid service address: set it in the voice settings"));
    if (m_config.model.trimmed().isEmpty())
        return QCoreApplication::translate(
            Error::kContext, NX_ERR("Online transcription has no model: set it in the voice settings"));
    if (m_config.apiKey.trimmed().isEmpty())
        return QCoreApplication::translate(
            Error::kContext, NX_ERR("Online transcription has no API key: enter it in the voice settings"));
    return {};
}

Result<Transcript> OnlineTranscriber::parseAnswer(int httpStatus, const QByteArray &body)
{
    if (httpStatus == 200) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        const QJsonValue text = document.object().value(QLatin1String("text"));
        if (parseError.error != QJsonParseError::NoError || !document.isObject() || !text.isString())
            return fail(ErrorCode::Protocol,
                NX_ERR("The transcription service answered something that is not a transcript: %1"),
                { QString::fromUtf8(body.left(200)).simplified() }, QStringLiteral("transcription"));
        return Transcript { text.toString().simplified(), 0, QStringLiteral("online") };
    }
    const openai::ApiError error = openai::parseError(httpStatus, body);
    if (httpStatus == 401 || httpStatus == 403)
        return fail(ErrorCode::Unauthenticated,
            NX_ERR("The transcription service did not accept the API key (%1). Check the key in the voice settings."),
            { error.message }, QStringLiteral("api_key"));
    if (httpStatus == 429 && error.code == QLatin1String("insufficient_quota"))
        return fail(ErrorCode::Network,
            NX_ERR("The transcription service account has run out of credit (%1); the offline engine listens "
                   "meanwhile"),
            { error.message }, QStringLiteral("transcription"));
    if (httpStatus == 429)
        return fail(ErrorCode::Network,
            NX_ERR("The transcription service is receiving too many requests (%1); try again in a moment"),
            { error.message }, QStringLiteral("transcription"));
    if (httpStatus >= 500)
        return fail(ErrorCode::Network, NX_ERR("The transcription service is failing (HTTP %1): %2"),
            { QString::number(httpStatus), error.message }, QStringLiteral("transcription"));
    if (httpStatus == 400 || httpStatus == 404 || httpStatus == 413 || httpStatus == 415 || httpStatus == 422)
        return fail(ErrorCode::InvalidInput,
            NX_ERR("The transcription service refused the recording (HTTP %1, %2): %3. Check the address and the "
                   "model in the voice settings."),
            { QString::number(httpStatus), error.code, error.message }, QStringLiteral("transcription"));
    return fail(ErrorCode::Protocol, NX_ERR("The transcription service answered HTTP %1: %2"),
        { QString::number(httpStatus), error.message }, QStringLiteral("transcription"));
}

Result<Transcript> OnlineTranscriber::recognize(const AudioClip &clip)
{
    if (const QString why = problem(); !why.isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("Online transcription is not set up: %1"), { why },
            m_config.apiKey.trimmed().isEmpty() ? QStringLiteral("api_key") : QStringLiteral("url"));
    if (clip.samples() == 0)
        return Transcript { {}, 0, name() }; // nothing was said: no request
    MultipartForm form;
    form.addFile("file", QStringLiteral("chalan.wav"), "audio/wav", toWav(clip));
    form.addField("model", m_config.model.trimmed().toUtf8());
    form.addField("language", m_config.language.toUtf8());
    form.addField("response_format", "json");
    const HttpClient http({ m_config.caFile, m_config.connectTimeoutMs, m_config.timeoutMs, nullptr });
    const QString url = endpoint(m_config.baseUrl);
    const Result<HttpResponse> response = http.sendBody(url, form.body(), form.contentType(),
        { "Authorization: Bearer " + m_config.apiKey.trimmed().toUtf8() });
    if (!response)
        return fail(ErrorCode::Network, NX_ERR("Cannot reach the transcription service: %1"),
            { response.error().message() }, QStringLiteral("transcription"));
    qCDebug(lcSyncEngine) << "transcription" << url << response->status << clip.seconds() << "s";
    return parseAnswer(response->status, response->body);
}

} // namespace nexus
