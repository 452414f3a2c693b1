// The online fallback's request on a worker thread and its answer carried out through the Assistant.
#include "client/onlineassistant.h"

#include "assistant/assistant.h"
#include "assistant/assistanttools.h"
#include "client/llmsettings.h"
#include "client/secretstore.h"
#include "protocol/logging.h"
#include "store/localstore.h"


namespace nexus {

namespace {

AssistantReply withSuggestions(const QString &text, const AssistantReply &ruleReply)
{
    AssistantReply reply;
    reply.intent = ruleReply.intent;
    reply.text = text;
    reply.suggestions = ruleReply.suggestions;
    return reply;
}

} // namespace

OnlineAssistant::OnlineAssistant(LocalStore &store, QString dataDir, QObject *parent)
    : QObject(parent), m_store(store), m_dataDir(std::move(dataDir))
{
}

OnlineAssistant::~OnlineAssistant()
{
    if (m_worker) {
        m_cancel->store(true);
        m_worker->wait();
        delete m_worker;
    }
}

LlmConfig OnlineAssistant::config() const
{
    return LlmSettings::load(m_store);
}

bool OnlineAssistant::wants(const AssistantReply &ruleReply) const
{
    if (ruleReply.understood || isBusy())
        return false;
    if (!m_offlineUntil.hasExpired())
        return false;
    return config().isConfigured();
}

void OnlineAssistant::ask(const QString &text, const ConversationHistory &history, const AssistantReply &ruleReply,
    Assistant &assistant, QObject *context, std::function<void(const AssistantReply &)> done)
{
    if (isBusy())
        return;
    LlmConfig settings = config();
    settings.timeoutMs = m_timeoutMs;
    m_ruleReply = ruleReply;
    m_assistant = &assistant;
    m_context = context;
    m_done = std::move(done);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const QJsonArray messages = AssistantTools::messagesFor(text, history.turns());
    m_worker = QThread::create([this, settings, messages, dataDir = m_dataDir, cancel = m_cancel]() mutable {
        SecretStore secrets(dataDir);
        settings.apiKey = LlmSettings::apiKey(secrets);
        const Result<LlmAnswer> answer = LlmClient(settings).complete(messages, AssistantTools::definitions(),
            cancel.get());
        // `this` outlives the worker (the destructor waits): it is only the queued call's receiver here.
        QMetaObject::invokeMethod(this, [this, answer] { finish(answer); }, Qt::QueuedConnection);
    });
    m_worker->setObjectName(QStringLiteral("nexus-llm"));
    m_worker->start();
    Q_EMIT busyChanged(true);
}

void OnlineAssistant::finish(const Result<LlmAnswer> &answer)
{
    m_worker->wait();
    delete m_worker;
    m_worker = nullptr;
    AssistantReply reply;
    if (!answer) {
        qCInfo(lcSyncEngine) << "online assistant:" << answer.error().logMessage();
        if (answer.error().code() == ErrorCode::Network) // down, too slow, busy: the rules alone for a while
            m_offlineUntil = QDeadlineTimer(m_cooldownMs);
        reply = fallbackFor(answer.error(), m_ruleReply);
    } else if (m_context) {
        reply = replyFor(*answer, m_ruleReply, *m_assistant);
    }
    std::function<void(const AssistantReply &)> done = std::move(m_done);
    m_done = nullptr;
    Q_EMIT busyChanged(false);
    if (m_context && done)
        done(reply);
    Q_EMIT answered(reply);
}

AssistantReply OnlineAssistant::fallbackFor(const Error &error, const AssistantReply &ruleReply)
{
    AssistantReply reply = ruleReply;
    reply.text = error.message() + QLatin1Char('\n') + ruleReply.text;
    return reply;
}

AssistantReply OnlineAssistant::replyFor(const LlmAnswer &answer, const AssistantReply &ruleReply, Assistant &assistant)
{
    if (answer.toolCalls.isEmpty()) {
        if (answer.content.isEmpty())
            return fallbackFor(Error(ErrorCode::Protocol, NX_ERR("The online assistant gave an empty answer.")),
                ruleReply);
        AssistantReply reply;
        reply.intent = ruleReply.intent;
        reply.text = answer.content.left(kMaxContentChars);
        return reply;
    }
    if (answer.toolCalls.size() > kMaxToolCalls)
        return withSuggestions(Error(ErrorCode::InvalidInput,
                                   NX_ERR("The online assistant asked for %1 actions at once (at most %2): nothing "
                                          "was done."),
                                   { QString::number(answer.toolCalls.size()), QString::number(kMaxToolCalls) },
                                   QStringLiteral("tool_calls"))
                                   .message(),
            ruleReply);
    // Every call is checked before any is carried out: one bad call and nothing is done.
    QList<Intent> intents;
    for (const LlmToolCall &call : answer.toolCalls) {
        Result<Intent> intent = AssistantTools::intentFor(call, assistant.parser().vocabulary());
        if (!intent) {
            qCInfo(lcSyncEngine) << "online assistant: refused tool call" << call.name << intent.error().logMessage();
            return withSuggestions(intent.error().message(), ruleReply);
        }
        intents.append(*intent);
    }
    AssistantReply merged;
    for (qsizetype i = 0; i < intents.size(); ++i) {
        qCInfo(lcSyncEngine) << "online assistant: tool call" << answer.toolCalls.at(i).name;
        AssistantReply one = assistant.run(intents.at(i));
        if (i == 0) {
            merged = std::move(one);
            continue;
        }
        merged.text += QLatin1Char(' ') + one.text;
        merged.parts += one.parts;
        merged.orders.insert(merged.orders.end(), one.orders.begin(), one.orders.end());
        merged.customers += one.customers;
        merged.changedCart = merged.changedCart || one.changedCart;
        merged.refused = merged.refused || one.refused;
    }
    return merged;
}

} // namespace nexus
