// The chat-completions request, its answer and OpenAI's error object.
#include "client/llmclient.h"

#include "client/httpclient.h"
#include "client/openaiapi.h"
#include "protocol/logging.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace nexus {

QString LlmConfig::completionsUrl() const
{
    return openai::endpoint(baseUrl, u"chat/completions");
}

QByteArray LlmClient::requestBody(const QString &model, const QJsonArray &messages, const QJsonArray &tools)
{
    QJsonObject body { { QStringLiteral("model"), model }, { QStringLiteral("messages"), messages },
        { QStringLiteral("temperature"), 0 } };
    if (!tools.isEmpty()) {
        body.insert(QStringLiteral("tools"), tools);
        body.insert(QStringLiteral("tool_choice"), QStringLiteral("auto"));
    }
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

Result<LlmAnswer> LlmClient::parseAnswer(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    const QJsonArray choices = document.object().value(QStringLiteral("choices")).toArray();
    if (!document.isObject() || choices.isEmpty() || !choices.first().toObject().value(QStringLiteral("message")).isObject())
        return fail(ErrorCode::Protocol, NX_ERR("The online assistant answered something that is not a chat "
                                                "completion: %1"),
            { QString::fromUtf8(json.left(200)) });
    const QJsonObject choice = choices.first().toObject();
    const QJsonObject message = choice.value(QStringLiteral("message")).toObject();
    LlmAnswer answer;
    answer.content = message.value(QStringLiteral("content")).toString().trimmed();
    answer.finishReason = choice.value(QStringLiteral("finish_reason")).toString();
    for (const QJsonValue &value : message.value(QStringLiteral("tool_calls")).toArray()) {
        const QJsonObject call = value.toObject();
        const QJsonObject function = call.value(QStringLiteral("function")).toObject();
        // Arguments are a JSON text by the spec; some servers send the object itself.
        const QJsonValue arguments = function.value(QStringLiteral("arguments"));
        answer.toolCalls.append(LlmToolCall { call.value(QStringLiteral("id")).toString(),
            function.value(QStringLiteral("name")).toString(),
            arguments.isObject() ? QString::fromUtf8(QJsonDocument(arguments.toObject()).toJson(QJsonDocument::Compact))
                                 : arguments.toString() });
    }
    return answer;
}

Error LlmClient::errorFor(int httpStatus, const QByteArray &body)
{
    const openai::ApiError error = openai::parseError(httpStatus, body);
    const QString &code = error.code;
    const QString detail = error.message + QStringLiteral(" [") + code + QLatin1Char(']');
    const QString status = QString::number(httpStatus);
    if (httpStatus == 401 || httpStatus == 403)
        return Error(ErrorCode::Unauthenticated,
            NX_ERR("The online assistant refused the API key (HTTP %1): %2. A manager can fix it in its settings."),
            { status, detail });
    if (httpStatus == 429 && code == u"insufficient_quota")
        return Error(ErrorCode::PermissionDenied,
            NX_ERR("The online assistant's account has no credit left (HTTP %1): %2"), { status, detail });
    if (httpStatus == 429)
        return Error(ErrorCode::Network,
            NX_ERR("The online assistant is busy (HTTP %1): %2. Try again in a moment."), { status, detail });
    if (httpStatus >= 500)
        return Error(ErrorCode::Network, NX_ERR("The online assistant failed on its side (HTTP %1): %2"),
            { status, detail });
    if (httpStatus == 404)
        return Error(ErrorCode::NotFound,
            NX_ERR("The online assistant does not know that model or address (HTTP %1): %2"), { status, detail });
    return Error(ErrorCode::InvalidInput, NX_ERR("The online assistant refused the request (HTTP %1): %2"),
        { status, detail });
}

Result<LlmAnswer> LlmClient::complete(
    const QJsonArray &messages, const QJsonArray &tools, const std::atomic_bool *cancel) const
{
    if (!m_config.isConfigured())
        return fail(ErrorCode::InvalidInput, NX_ERR("The online assistant is not configured."),
            {}, QStringLiteral("url"));
    HttpClient http({ m_config.caFile, m_config.connectTimeoutMs, m_config.timeoutMs, cancel });
    const QByteArray body = requestBody(m_config.model.trimmed(), messages, tools);
    QList<QByteArray> headers { QByteArrayLiteral("Accept: application/json") };
    if (!m_config.apiKey.isEmpty())
        headers.append(QByteArrayLiteral("Authorization: Bearer ") + m_config.apiKey.toUtf8());
    Result<HttpResponse> response = http.send(m_config.completionsUrl(), &body, headers);
    if (!response)
        return fail(ErrorCode::Network, NX_ERR("The online assistant could not be reached: %1"),
            { response.error().message() });
    if (response->status / 100 != 2) {
        Error error = errorFor(response->status, response->body);
        qCInfo(lcSyncEngine) << "chat completion refused:" << error.logMessage();
        return std::unexpected(std::move(error));
    }
    return parseAnswer(response->body);
}

} // namespace nexus
