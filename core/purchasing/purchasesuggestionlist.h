// The purchase suggestions a service order leaves when nobody has a part it needs: kept in nexus.db until purchasing
// drafts them into a purchase order (next to the stock alerts' suggestions) or the order no longer needs them.
// Every change goes up as its fact (purchasesuggestionfact.h) in the same transaction, and the "purchase_suggestions"
// bucket brings the branch's list down to its other devices (purchasesuggestionreplica.h), so any of them drafts it
// and none drafts it twice. Writes are called inside the caller's transaction.
#pragma once

#include <optional>
#include <vector>

#include "common/error.h"
#include "purchasing/purchasesuggestionfact.h"
#include "purchasing/purchasingservice.h"

namespace nexus {

class Database;

// A suggestion another device of the branch drafted (its purchase order is not on this device) while its order line
// still waits: what Inventario tells purchasing here instead of offering it again.
struct SuggestionOrderedElsewhere
{
    QString sku;
    Quantity quantity;
    QString reason;
    QString purchaseOrderFolio;
};

class PurchaseSuggestionList final
{
public:
    explicit PurchaseSuggestionList(Database &db) : m_db(db) { }

    // Writes the suggestion and its purchase_suggestion.added fact.
    [[nodiscard]] Status add(const PurchaseNeed &need, const QString &atUtc);
    // Not drafted into a purchase order and not cancelled, oldest first, as suggestions (id and reason set).
    [[nodiscard]] Result<std::vector<PurchaseSuggestion>> open() const;
    // Drafted at another device (pulled) and not withdrawn, while the order line waiting for it (when this device
    // holds the order) is still requested; oldest first.
    [[nodiscard]] Result<std::vector<SuggestionOrderedElsewhere>> orderedElsewhere() const;
    // The suggestion went into the draft `purchaseOrderId` (folio `folio`), with its .ordered fact. Conflict, nothing
    // written, when it is no longer open: drafted here or at another device of the branch (pulled), or withdrawn.
    [[nodiscard]] Status markOrdered(
        const QString &suggestionId, const QString &purchaseOrderId, const QString &folio, const QString &atUtc);
    // The service order no longer needs the part: an open suggestion is withdrawn (with its .withdrawn fact); one
    // already ordered stays.
    [[nodiscard]] Status withdraw(const QString &suggestionId, const QString &atUtc);

private:
    [[nodiscard]] Result<std::optional<PurchaseSuggestionFact>> load(const QString &suggestionId) const;
    [[nodiscard]] Status record(const char *type, const PurchaseSuggestionFact &fact, const QString &atUtc);

    Database &m_db;
};

} // namespace nexus
