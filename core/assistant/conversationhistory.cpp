// The bounded history of a conversation and the text of an answer as the model is told it.
#include "assistant/conversationhistory.h"

#include "assistant/assistantreply.h"

namespace nexus {

namespace {

qsizetype charsOf(const ConversationTurn &turn)
{
    return turn.user.size() + turn.assistant.size();
}

QString cut(const QString &text)
{
    return text.size() <= ConversationHistory::kMaxMessageChars
        ? text
        : text.left(ConversationHistory::kMaxMessageChars - 1) + QChar(0x2026);
}

} // namespace

QString ConversationHistory::shown(const AssistantReply &reply)
{
    // A customer found is told by name only: the sentence on screen also reads out their RFC and phone, which the
    // model has no use for and a third party should not be sent.
    const bool customerFound = reply.intent.kind == IntentKind::CustomerLookup && !reply.customers.isEmpty();
    QStringList lines { customerFound ? QString() : reply.text.trimmed() };
    for (const PartCard &card : reply.parts)
        lines.append(QStringLiteral("- ") + card.sku + QStringLiteral(" · ") + card.name);
    for (const ServiceOrderCard &card : reply.orders)
        lines.append(QStringLiteral("- ") + card.folio + QStringLiteral(" · ") + card.vehicle);
    for (const Customer &customer : reply.customers)
        lines.append(QStringLiteral("- ") + customer.fields.name);
    lines.removeAll(QString());
    return cut(lines.join(QLatin1Char('\n')));
}

void ConversationHistory::add(const QString &question, const AssistantReply &reply)
{
    ConversationTurn turn { cut(question.trimmed()), shown(reply) };
    if (turn.user.isEmpty() || turn.assistant.isEmpty())
        return; // a chat message needs content on both sides
    m_turns.append(std::move(turn));
    qsizetype chars = 0;
    for (const ConversationTurn &kept : m_turns)
        chars += charsOf(kept);
    while (!m_turns.isEmpty() && (m_turns.size() > kMaxTurns || chars > kMaxChars)) {
        chars -= charsOf(m_turns.front());
        m_turns.removeFirst();
    }
}

} // namespace nexus
