// FakeChatCompletions: the chat-completions endpoint on Qt HttpServer, checking each request and answering the script.
#include "fakechatcompletions.h"

#include "assistant/conversationhistory.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>

namespace nexus::test {

namespace {

QJsonObject openAiError(const QString &message, const QString &type, const QString &code)
{
    return { { QStringLiteral("error"),
        QJsonObject { { QStringLiteral("message"), message }, { QStringLiteral("type"), type },
            { QStringLiteral("param"), QJsonValue::Null },
            { QStringLiteral("code"), code.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(code) } } } };
}

QJsonObject completion(const QString &model, const QJsonObject &message, const QString &finishReason)
{
    return { { QStringLiteral("id"), QStringLiteral("chatcmpl-fake") },
        { QStringLiteral("object"), QStringLiteral("chat.completion") }, { QStringLiteral("created"), 1767225600 },
        { QStringLiteral("model"), model },
        { QStringLiteral("choices"),
            QJsonArray { QJsonObject { { QStringLiteral("index"), 0 }, { QStringLiteral("message"), message },
                { QStringLiteral("finish_reason"), finishReason } } } },
        { QStringLiteral("usage"),
            QJsonObject { { QStringLiteral("prompt_tokens"), 10 }, { QStringLiteral("completion_tokens"), 5 },
                { QStringLiteral("total_tokens"), 15 } } } };
}

} // namespace

FakeChatCompletions::FakeChatCompletions(Options options)
    : m_options(std::move(options)), m_https(m_options.dataDir, QStringLiteral("fake chat completions"),
                                         [this](const QHttpServerRequest &request, QHttpServerResponder &responder) {
                                             handle(request, responder);
                                         })
{
}

Result<std::unique_ptr<FakeChatCompletions>> FakeChatCompletions::start(Options options)
{
    std::unique_ptr<FakeChatCompletions> fake(new FakeChatCompletions(std::move(options)));
    if (Status listening = fake->m_https.listen(); !listening)
        return std::unexpected(listening.error());
    return fake;
}

FakeChatCompletions::~FakeChatCompletions()
{
    m_https.goDown();
}

void FakeChatCompletions::push(Script script)
{
    QMutexLocker lock(&m_mutex);
    script.delayMs = m_nextDelayMs;
    m_nextDelayMs = 0;
    m_scripts.push_back(std::move(script));
}

void FakeChatCompletions::answerToolCalls(const QList<ToolCall> &calls, const QString &content)
{
    QJsonArray toolCalls;
    int index = 0;
    for (const ToolCall &call : calls)
        toolCalls.append(QJsonObject { { QStringLiteral("id"), QStringLiteral("call_%1").arg(++index) },
            { QStringLiteral("type"), QStringLiteral("function") },
            { QStringLiteral("function"),
                QJsonObject { { QStringLiteral("name"), call.name }, { QStringLiteral("arguments"), call.arguments } } } });
    const QJsonObject message { { QStringLiteral("role"), QStringLiteral("assistant") },
        { QStringLiteral("content"), content.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(content) },
        { QStringLiteral("tool_calls"), toolCalls } };
    push(Script { 200, completion(m_options.model, message, QStringLiteral("tool_calls")), 0 });
}

void FakeChatCompletions::answerContent(const QString &content)
{
    const QJsonObject message { { QStringLiteral("role"), QStringLiteral("assistant") },
        { QStringLiteral("content"), content } };
    push(Script { 200, completion(m_options.model, message, QStringLiteral("stop")), 0 });
}

void FakeChatCompletions::answerError(int httpStatus, const QString &message, const QString &type, const QString &code)
{
    push(Script { httpStatus, openAiError(message, type, code), 0 });
}

void FakeChatCompletions::delayNext(int ms)
{
    QMutexLocker lock(&m_mutex);
    m_nextDelayMs = ms;
}

int FakeChatCompletions::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

QJsonObject FakeChatCompletions::lastRequest() const
{
    QMutexLocker lock(&m_mutex);
    return m_lastRequest;
}

QStringList FakeChatCompletions::lastConversation() const
{
    QMutexLocker lock(&m_mutex);
    QStringList conversation;
    const QJsonArray messages = m_lastRequest.value(QStringLiteral("messages")).toArray();
    for (qsizetype i = 1; i < messages.size(); ++i) {
        const QJsonObject message = messages.at(i).toObject();
        conversation.append(message.value(QStringLiteral("role")).toString() + QStringLiteral(": ")
            + message.value(QStringLiteral("content")).toString());
    }
    return conversation;
}

QStringList FakeChatCompletions::problems() const
{
    QMutexLocker lock(&m_mutex);
    return m_problems;
}

QString FakeChatCompletions::check(const QHttpServerRequest &request, const QJsonObject &body) const
{
    if (request.method() != QHttpServerRequest::Method::Post || request.url().path() != u"/v1/chat/completions")
        return QStringLiteral("not POST /v1/chat/completions: ") + request.url().path();
    if (request.value(QByteArrayLiteral("Authorization")) != "Bearer " + m_options.apiKey.toUtf8())
        return QStringLiteral("no Bearer key or the wrong one");
    if (body.isEmpty())
        return QStringLiteral("the body is not a JSON object");
    if (body.value(QStringLiteral("model")).toString() != m_options.model)
        return QStringLiteral("model \"%1\", expected \"%2\"")
            .arg(body.value(QStringLiteral("model")).toString(), m_options.model);
    // system, (user, assistant)*, user: every one with text; the history within its bounds.
    const QJsonArray messages = body.value(QStringLiteral("messages")).toArray();
    if (messages.isEmpty() || messages.first().toObject().value(QStringLiteral("role")).toString() != u"system")
        return QStringLiteral("the messages do not start with the system prompt");
    qsizetype historyChars = 0;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const QJsonObject message = messages.at(i).toObject();
        const QString role = message.value(QStringLiteral("role")).toString();
        const QString expected = i == 0 ? QStringLiteral("system")
            : i % 2 == 1                ? QStringLiteral("user")
                                        : QStringLiteral("assistant");
        if (role != expected)
            return QStringLiteral("message %1 has role \"%2\", expected \"%3\"").arg(i).arg(role, expected);
        const QJsonValue content = message.value(QStringLiteral("content"));
        if (!content.isString() || content.toString().trimmed().isEmpty())
            return QStringLiteral("message %1 (%2) has no text").arg(i).arg(role);
        if (i > 0 && i < messages.size() - 1)
            historyChars += content.toString().size();
    }
    if (messages.size() % 2 != 0)
        return QStringLiteral("the messages do not end with the user's question");
    const qsizetype turns = (messages.size() - 2) / 2;
    if (turns > ConversationHistory::kMaxTurns || historyChars > ConversationHistory::kMaxChars)
        return QStringLiteral("a history of %1 turns and %2 characters: past its bounds").arg(turns).arg(historyChars);
    const QJsonArray tools = body.value(QStringLiteral("tools")).toArray();
    if (tools.isEmpty())
        return QStringLiteral("no tools");
    for (const QJsonValue &value : tools) {
        const QJsonObject tool = value.toObject();
        const QJsonObject function = tool.value(QStringLiteral("function")).toObject();
        if (tool.value(QStringLiteral("type")).toString() != u"function"
            || function.value(QStringLiteral("name")).toString().isEmpty()
            || function.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("type")).toString()
                != u"object")
            return QStringLiteral("a tool that is not a JSON-schema function");
    }
    return {};
}

void FakeChatCompletions::handle(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    Script script;
    {
        QMutexLocker lock(&m_mutex);
        ++m_requests;
        m_lastRequest = body;
        const QString problem = check(request, body);
        if (!problem.isEmpty()) {
            m_problems.append(problem);
            const bool key = problem.contains(QStringLiteral("Bearer"));
            script = Script { key ? 401 : 400,
                openAiError(problem, QStringLiteral("invalid_request_error"),
                    key ? QStringLiteral("invalid_api_key") : QString()),
                0 };
        } else if (m_scripts.empty()) {
            script = Script { 500, openAiError(QStringLiteral("nothing scripted"), QStringLiteral("server_error"), {}),
                0 };
        } else {
            script = m_scripts.front();
            m_scripts.pop_front();
        }
    }
    if (script.delayMs > 0)
        QThread::msleep(static_cast<unsigned long>(script.delayMs));
    responder.write(QJsonDocument(script.body).toJson(QJsonDocument::Compact), QByteArrayLiteral("application/json"),
        static_cast<QHttpServerResponder::StatusCode>(script.status));
}

} // namespace nexus::test
