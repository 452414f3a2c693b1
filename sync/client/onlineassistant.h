// Chalán's online fallback: when the rule engine did not understand a sentence and an online model is configured,
// the model is asked on a worker thread with our intents as its only tools. Its tool calls become the same Intents the
// rule parser produces (AssistantTools) and are carried out by the same Assistant, with the user's permissions, on
// the caller's thread; an unknown tool or bad arguments are refused and nothing is done. The Assistant's own reply
// (its text and cards) is shown directly — no second round to the model: the figures come from the local replica and
// the model is not given the chance to restate prices or stock in its own words, and the counter waits one request,
// not two. Unreachable, refused or too slow: the rule engine's answer with the reason, and after a failure to reach
// it the model is left alone for a while so the counter never waits on a dead line.
#pragma once

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

#include "assistant/assistantreply.h"
#include "assistant/conversationhistory.h"
#include "client/llmclient.h"

namespace nexus {

class Assistant;
class LocalStore;

class OnlineAssistant final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OnlineAssistant)

public:
    static constexpr int kOfflineCooldownMs = 60 * 1000;
    static constexpr int kMaxToolCalls = 4;
    static constexpr int kMaxContentChars = 1200;

    // `store`: the settings are read from it on this thread; `dataDir`: the SecretStore's folder, whose key is read
    // on the worker (the keychain may take seconds).
    OnlineAssistant(LocalStore &store, QString dataDir, QObject *parent = nullptr);
    ~OnlineAssistant() override;

    // The rule engine did not understand, a model is configured, none is being asked and the line was not found down
    // moments ago. False: the rule engine's reply stands alone and no request is made.
    [[nodiscard]] bool wants(const AssistantReply &ruleReply) const;
    [[nodiscard]] bool isBusy() const { return m_worker != nullptr; }
    [[nodiscard]] LlmConfig config() const;

    // Asks the model about `text`, after the conversation's recent turns (`history`, so a follow-up can be read);
    // `done` gets the reply to show on this object's thread (not called when `context` is gone by then). `assistant`
    // carries out tool calls and must outlive `context`.
    void ask(const QString &text, const ConversationHistory &history, const AssistantReply &ruleReply,
        Assistant &assistant, QObject *context, std::function<void(const AssistantReply &)> done);

    // How long the model is left alone after it could not be reached (tests: 0).
    void setOfflineCooldownMs(int ms) { m_cooldownMs = ms; }
    // How long an answer may take (LlmConfig::timeoutMs by default).
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    // What a model's answer becomes: tool calls carried out by `assistant` (all refused when one is invalid), or its
    // words; `ruleReply` gives the suggestions when nothing was done.
    [[nodiscard]] static AssistantReply replyFor(
        const LlmAnswer &answer, const AssistantReply &ruleReply, Assistant &assistant);
    // The rule engine's reply with why the online model could not help.
    [[nodiscard]] static AssistantReply fallbackFor(const Error &error, const AssistantReply &ruleReply);

Q_SIGNALS:
    void busyChanged(bool busy);
    // Every reply handed to a `done`, for whoever shows the state (tests, the status line).
    void answered(const nexus::AssistantReply &reply);

private:
    void finish(const Result<LlmAnswer> &answer);

    LocalStore &m_store;
    QString m_dataDir;
    int m_cooldownMs = kOfflineCooldownMs;
    int m_timeoutMs = LlmConfig().timeoutMs;
    QDeadlineTimer m_offlineUntil;
    QThread *m_worker = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    // The request being answered.
    AssistantReply m_ruleReply;
    Assistant *m_assistant = nullptr;
    QPointer<QObject> m_context;
    std::function<void(const AssistantReply &)> m_done;
};

} // namespace nexus
