// Chalán, the counter's assistant: reads a sentence (IntentParser) and answers it from the local replica through the
// same core services and permission checks as the screens (CatalogSearch, BranchStock, the cart, ServiceOrder and
// Customer repositories, AuthService). Offline; one instance per thread (it holds that thread's connections).
#pragma once

#include <QCoreApplication>
#include <QList>

#include <memory>
#include <optional>

#include "assistant/assistantreply.h"
#include "assistant/intentparser.h"
#include "sales/branchstock.h"

namespace nexus {

class AssistantCart;
class AuthService;
class CatalogSearch;
class Clock;
class Database;

struct AssistantContext
{
    Database *nexusDb = nullptr;
    Database *catalogDb = nullptr;
    AuthService *auth = nullptr;
    const Clock *clock = nullptr;
    QList<BranchWarehouse> warehouses; // this branch's, counter first
    std::optional<qint64> priceListId; // the cart's list (none: público)
};

class Assistant final
{
    Q_DECLARE_TR_FUNCTIONS(nexus::Assistant)

public:
    Q_DISABLE_COPY_MOVE(Assistant)
    ~Assistant();

    // Loads the vocabulary (vehicles, part nouns, places) from both databases.
    [[nodiscard]] static Result<std::unique_ptr<Assistant>> create(const AssistantContext &context);

    // The ticket cart actions go to; null: "open the sale screen".
    void setCart(AssistantCart *cart) { m_cart = cart; }
    void setPriceList(std::optional<qint64> priceListId) { m_context.priceListId = priceListId; }

    [[nodiscard]] AssistantReply ask(const QString &text);
    [[nodiscard]] AssistantReply run(const Intent &intent);
    // A part card's "Agregar".
    [[nodiscard]] AssistantReply addPart(qint64 partId, Quantity quantity);

    // A new conversation (another customer, "Nueva conversación"): "agrega el primero" no longer points at the
    // results shown before.
    void forgetResults() { m_lastParts.clear(); }

    [[nodiscard]] const IntentParser &parser() const { return m_parser; }
    // Phrasings offered after "no te entendí" (Spanish: what the user says, not UI text).
    [[nodiscard]] static QStringList suggestions();

    static constexpr int kMaxCards = 5;

private:
    Assistant(const AssistantContext &context, IntentVocabulary vocabulary);

    AssistantReply searchParts(const Intent &intent);
    AssistantReply checkStock(const Intent &intent);
    AssistantReply addToCart(const Intent &intent);
    AssistantReply removeFromCart(const Intent &intent);
    AssistantReply changeQuantity(const Intent &intent);
    AssistantReply orderStatus(const Intent &intent);
    AssistantReply customerLookup(const Intent &intent);
    AssistantReply salesSummary(const Intent &intent);
    AssistantReply notUnderstood(const Intent &intent) const;

    // Catalogue hits as cards with this branch's stock; an error becomes the reply's text.
    [[nodiscard]] Result<QList<PartCard>> findParts(const Intent &intent, int limit);
    // The cart line the intent points at (-1 with the reason in `reply` when none or several).
    [[nodiscard]] int targetLine(const Intent &intent, AssistantReply &reply) const;
    [[nodiscard]] bool cartReady(AssistantReply &reply);
    [[nodiscard]] QString warehouseName(const QString &id) const;

    AssistantContext m_context;
    IntentParser m_parser;
    std::unique_ptr<CatalogSearch> m_search;
    AssistantCart *m_cart = nullptr;
    QList<PartCard> m_lastParts; // "agrega el segundo"
};

} // namespace nexus
