// The purchase suggestions a service order leaves when nobody has a part it needs: kept in nexus.db until purchasing
// drafts them into a purchase order (next to the stock alerts' suggestions) or the order no longer needs them.
// Writes are called inside the caller's transaction.
#pragma once

#include <vector>

#include "common/error.h"
#include "purchasing/purchasingservice.h"

namespace nexus {

class Database;

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

class PurchaseSuggestionList final
{
public:
    explicit PurchaseSuggestionList(Database &db) : m_db(db) { }

    [[nodiscard]] Status add(const PurchaseNeed &need, const QString &atUtc);
    // Not drafted into a purchase order and not cancelled, oldest first, as suggestions (id and reason set).
    [[nodiscard]] Result<std::vector<PurchaseSuggestion>> open() const;
    // The suggestion went into the draft `purchaseOrderId`; only an open one changes.
    [[nodiscard]] Status markOrdered(const QString &suggestionId, const QString &purchaseOrderId);
    // The service order no longer needs the part: an open suggestion is withdrawn; one already ordered stays.
    [[nodiscard]] Status withdraw(const QString &suggestionId, const QString &atUtc);

private:
    Database &m_db;
};

} // namespace nexus
