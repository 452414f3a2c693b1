// An OpenAI-compatible chat-completions client for Chalán's optional online model: POST {base}/v1/chat/completions
// with the model, the messages and our intents as tools (AssistantTools), over the curl HttpClient with a Bearer key;
// the answer's tool calls and text read back; OpenAI's error object turned into a Spanish error.
#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>

#include <atomic>

#include "assistant/assistanttools.h"
#include "common/error.h"

namespace nexus {

struct LlmConfig
{
    QString baseUrl; // "https://api.openai.com" or any compatible server ("…/v1" accepted too)
    QString model;
    QString apiKey;
    QString caFile; // '' the system CAs (tests: the fake's self-signed certificate)
    int connectTimeoutMs = 4000; // offline should answer fast: the rule engine's reply is waiting
    int timeoutMs = 20000;

    // URL and model set (the key may be empty for a local server that needs none).
    [[nodiscard]] bool isConfigured() const { return !baseUrl.trimmed().isEmpty() && !model.trimmed().isEmpty(); }
    [[nodiscard]] QString completionsUrl() const;
};

struct LlmAnswer
{
    QString content; // the model's own words (may be empty when it calls tools)
    QList<LlmToolCall> toolCalls;
    QString finishReason;
};

// One request at a time, blocking: run it on a worker thread, never on the UI thread.
//
// Errors (a Spanish message carrying the server's own message):
//   ErrorCode::Network          no answer, timeout, HTTP 429 (rate limit) or 5xx: try again later
//   ErrorCode::Unauthenticated  HTTP 401/403: the key
//   ErrorCode::PermissionDenied HTTP 429 "insufficient_quota": the account has no credit
//   ErrorCode::NotFound         HTTP 404: the model or the address
//   ErrorCode::InvalidInput     other 4xx: the server refused the request
//   ErrorCode::Protocol         an answer that is not a chat completion
class LlmClient final
{
public:
    explicit LlmClient(LlmConfig config) : m_config(std::move(config)) { }

    [[nodiscard]] Result<LlmAnswer> complete(
        const QJsonArray &messages, const QJsonArray &tools, const std::atomic_bool *cancel = nullptr) const;

    [[nodiscard]] static QByteArray requestBody(const QString &model, const QJsonArray &messages, const QJsonArray &tools);
    [[nodiscard]] static Result<LlmAnswer> parseAnswer(const QByteArray &json);
    // {"error": {"message", "type", "code"}} with its HTTP status as an Error.
    [[nodiscard]] static Error errorFor(int httpStatus, const QByteArray &body);

    [[nodiscard]] const LlmConfig &config() const { return m_config; }

private:
    LlmConfig m_config;
};

} // namespace nexus
