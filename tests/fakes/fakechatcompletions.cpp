// FakeChatCompletions: the chat-completions endpoint on Qt HttpServer, checking each request and answering the script.
#include "fakechatcompletions.h"

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
    const QJsonArray messages = body.value(QStringLiteral("messages")).toArray();
    bool userSpoke = false;
    for (const QJsonValue &value : messages) {
        const QJsonObject message = value.toObject();
        const QString role = message.value(QStringLiteral("role")).toString();
        if (!QStringList { QStringLiteral("system"), QStringLiteral("user"), QStringLiteral("assistant"),
                QStringLiteral("tool") }
                 .contains(role))
            return QStringLiteral("a message with role \"%1\"").arg(role);
        userSpoke = userSpoke
            || (role == u"user" && !message.value(QStringLiteral("content")).toString().trimmed().isEmpty());
    }
    if (!userSpoke)
        return QStringLiteral("no user message");
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
