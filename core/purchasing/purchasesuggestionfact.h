// The service orders' purchase suggestions as facts (issue 9): purchase_suggestion.added when a service order leaves
// one, .ordered when purchasing drafts it into a purchase order on any device of the branch, .withdrawn when the
// order no longer needs it. Each fact carries the whole suggestion, so the server can keep it even when a fact
// arrives before the suggestion's .added (a suggestion made before these facts existed). JSON in purchasepayload.cpp
// with the other purchasing facts.
#pragma once

#include <QJsonObject>
#include <QString>

#include "common/error.h"
#include "common/quantity.h"

namespace nexus {

inline constexpr const char *kPurchaseSuggestionAdded = "purchase_suggestion.added";
inline constexpr const char *kPurchaseSuggestionOrdered = "purchase_suggestion.ordered";
inline constexpr const char *kPurchaseSuggestionWithdrawn = "purchase_suggestion.withdrawn";
inline constexpr int kPurchaseSuggestionSchema = 1;

// One suggestion as the workshop writes it.
struct PurchaseNeed
{
    QString id;
    qint64 partId = 0;
    QString sku;
    QString description;
    QString warehouseId;
    Quantity quantity;
    QString orderId; // the service order waiting for it
    QString lineId; // its part line
    QString reason; // "Service order OS-000012"
    QString createdBy;
};

// What one fact says: the suggestion, and for .ordered the draft it went into, for .ordered/.withdrawn when.
struct PurchaseSuggestionFact
{
    PurchaseNeed need;
    QString createdAtUtc;
    QString purchaseOrderId; // .ordered
    QString purchaseOrderFolio; // .ordered
    QString atUtc; // .ordered, .withdrawn
};

// `type` is one of the three kinds above: what else it needs is checked by the parser.
[[nodiscard]] QJsonObject purchaseSuggestionPayload(const PurchaseSuggestionFact &fact);
[[nodiscard]] Result<PurchaseSuggestionFact> purchaseSuggestionFromPayload(
    const QString &type, const QJsonObject &payload);

} // namespace nexus
