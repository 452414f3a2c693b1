// Chalán's intents as the tools an online language model may call (OpenAI-style JSON-schema functions), and the way
// back: a tool call becomes the same Intent the rule parser produces, or is refused naming the tool or the field. The
// model never acts any other way: Assistant::run carries the intent out with the user's permissions.
#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

#include "assistant/conversationhistory.h"
#include "assistant/intent.h"
#include "common/error.h"

namespace nexus {

struct IntentVocabulary;

// One function call the model asked for: its name and its arguments as the JSON text it sent.
struct LlmToolCall
{
    QString id;
    QString name;
    QString arguments;
};

class AssistantTools final
{
    Q_DECLARE_TR_FUNCTIONS(nexus::AssistantTools)

public:
    // The `tools` array of a chat-completions request: search_parts, check_stock, add_to_cart, remove_from_cart,
    // set_quantity, service_order_status, find_customer, sales_summary_today.
    [[nodiscard]] static QJsonArray definitions();
    [[nodiscard]] static QStringList names();
    // What the model is told about the store and its limits (Spanish: the model answers in the user's language).
    [[nodiscard]] static QString systemPrompt();
    // The `messages` of a request about `text`: the system prompt, the conversation's recent turns (oldest first, as
    // user/assistant pairs), then the user's words.
    [[nodiscard]] static QJsonArray messagesFor(const QString &text, const QList<ConversationTurn> &history = {});

    // The intent `call` asks for. Refused (InvalidInput) when the tool does not exist (field "tool"), the arguments
    // are not a JSON object (field "arguments"), or a field is unknown, missing, of the wrong type, out of range or a
    // vehicle the catalogue does not know (field = that argument's name). Vehicle names are resolved through the
    // vocabulary so the catalogue's spelling reaches the search, as with the rule parser.
    [[nodiscard]] static Result<Intent> intentFor(const LlmToolCall &call, const IntentVocabulary &vocabulary);

    static constexpr int kMaxQuantity = 999;
};

} // namespace nexus
