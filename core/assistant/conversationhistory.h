// The recent turns of one Chalán conversation, as the online model is shown them so that a follow-up ("¿y en la
// bodega 2?") can be read against the question before it. Bounded by turns and by characters, oldest dropped first;
// it holds only what the user typed or said and what Chalán showed (the reply's sentence and the names on its cards:
// a part's SKU and name, an order's folio and vehicle, a customer's name only — never their phone or RFC, nor a key).
#pragma once

#include <QList>
#include <QString>

namespace nexus {

struct AssistantReply;

struct ConversationTurn
{
    QString user; // the question as asked
    QString assistant; // what Chalán showed in answer
};

class ConversationHistory final
{
public:
    static constexpr int kMaxTurns = 6;
    static constexpr int kMaxChars = 4000; // over every kept turn, both sides
    static constexpr int kMaxMessageChars = 800; // one question or answer (a list of cards can be long): cut with "…"

    // Keeps `question` and the answer shown for it; the oldest turns go when a bound is passed.
    void add(const QString &question, const AssistantReply &reply);
    void clear() { m_turns.clear(); }
    [[nodiscard]] bool isEmpty() const { return m_turns.isEmpty(); }
    // Oldest first.
    [[nodiscard]] const QList<ConversationTurn> &turns() const { return m_turns; }

    // What the model is told Chalán answered: the sentence, then one line per card.
    [[nodiscard]] static QString shown(const AssistantReply &reply);

private:
    QList<ConversationTurn> m_turns;
};

} // namespace nexus
