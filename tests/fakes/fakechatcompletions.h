// A local fake of an OpenAI-compatible chat-completions API (POST /v1/chat/completions) for tests, over loopback HTTPS
// on its own thread (the client under test blocks on curl). It checks every request as the real service would care:
// the Bearer key, the model, tools that are JSON-schema functions, and the messages as Chalán must send them: the
// system prompt first, then the conversation's recent turns as user/assistant pairs with text in each, ending with
// the user's question, within ConversationHistory's bounds (turns and characters). A request that fails a check is
// answered with OpenAI's error object and recorded as a problem. Answers are scripted per test: tool calls, plain
// content, an HTTP error, a slow answer; it can go down.
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <deque>
#include <memory>

#include "common/error.h"
#include "loopbackhttps.h"

class QHttpServerRequest;
class QHttpServerResponder;

namespace nexus::test {

class FakeChatCompletions final
{
public:
    Q_DISABLE_COPY_MOVE(FakeChatCompletions)

    struct Options
    {
        QString dataDir; // its TLS certificate and key are made here (cert.pem is what clients trust)
        QString apiKey = QStringLiteral("sk-test-chalan");
        QString model = QStringLiteral("gpt-test-mini");
    };
    struct ToolCall
    {
        QString name;
        QString arguments; // the JSON text the model sends
    };

    [[nodiscard]] static Result<std::unique_ptr<FakeChatCompletions>> start(Options options);
    ~FakeChatCompletions();

    [[nodiscard]] QString url() const { return m_https.url(); } // "https://127.0.0.1:PORT"
    [[nodiscard]] QString caFile() const { return m_https.caFile(); }
    [[nodiscard]] const Options &options() const { return m_options; }

    // The next answers, in order (one per request); with none scripted a request gets a 500.
    void answerToolCalls(const QList<ToolCall> &calls, const QString &content = {});
    void answerContent(const QString &content);
    // OpenAI's {"error": {"message", "type", "code"}} with that status.
    void answerError(int httpStatus, const QString &message, const QString &type, const QString &code);
    // The next scripted answer waits this long first (a client timeout).
    void delayNext(int ms);

    void goDown() { m_https.goDown(); }
    [[nodiscard]] Status comeUp() { return m_https.listen(); }

    [[nodiscard]] int requests() const;
    [[nodiscard]] QJsonObject lastRequest() const;
    // The last request's messages after the system prompt, as "role: content" (the history, then the question).
    [[nodiscard]] QStringList lastConversation() const;
    // Requests that failed a check ("no Bearer key", "model …", "no tools"…): empty when every request was right.
    [[nodiscard]] QStringList problems() const;
    [[nodiscard]] bool waitUntilIdle(int timeoutMs) const { return m_https.waitUntilIdle(timeoutMs); }

private:
    struct Script
    {
        int status = 200;
        QJsonObject body;
        int delayMs = 0;
    };

    explicit FakeChatCompletions(Options options);
    void handle(const QHttpServerRequest &request, QHttpServerResponder &responder);
    // Empty: the request is what the API expects.
    [[nodiscard]] QString check(const QHttpServerRequest &request, const QJsonObject &body) const;
    void push(Script script);

    Options m_options;

    mutable QMutex m_mutex;
    std::deque<Script> m_scripts;
    int m_nextDelayMs = 0;
    int m_requests = 0;
    QJsonObject m_lastRequest;
    QStringList m_problems;
    LoopbackHttps m_https; // last: it goes down before the state its handler uses
};

} // namespace nexus::test
