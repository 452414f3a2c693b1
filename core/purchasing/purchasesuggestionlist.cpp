// PurchaseSuggestionList: plain statements over purchase_suggestions.
#include "purchasing/purchasesuggestionlist.h"

#include "inventory/stockactor.h"
#include "store/database.h"

namespace nexus {

Status PurchaseSuggestionList::add(const PurchaseNeed &need, const QString &atUtc)
{
    if (need.partId <= 0 || need.quantity <= Quantity() || need.warehouseId.isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("A purchase suggestion names its part, warehouse and quantity"), {},
            QStringLiteral("part_id"));
    Result<QSqlQuery> inserted = m_db.exec(
        QStringLiteral("INSERT INTO purchase_suggestions(id, part_id, sku, description, warehouse_id, quantity, "
                       "order_id, line_id, reason, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { need.id, need.partId, notNull(need.sku), notNull(need.description), need.warehouseId,
            need.quantity.thousandths(), notNull(need.orderId), notNull(need.lineId), notNull(need.reason),
            notNull(need.createdBy), atUtc });
    if (!inserted)
        return std::unexpected(inserted.error());
    return {};
}

Result<std::vector<PurchaseSuggestion>> PurchaseSuggestionList::open() const
{
    Result<QSqlQuery> rows = m_db.exec(
        QStringLiteral("SELECT id, part_id, sku, description, quantity, warehouse_id, reason FROM purchase_suggestions "
                       "WHERE purchase_order_id IS NULL AND cancelled_at IS NULL ORDER BY created_at, id"));
    if (!rows)
        return std::unexpected(rows.error());
    std::vector<PurchaseSuggestion> list;
    while (rows->next()) {
        PurchaseSuggestion s;
        s.id = rows->value(0).toString();
        s.partId = rows->value(1).toLongLong();
        s.sku = rows->value(2).toString();
        s.description = rows->value(3).toString();
        s.quantity = Quantity(rows->value(4).toLongLong());
        s.warehouseId = rows->value(5).toString();
        s.reason = rows->value(6).toString();
        list.push_back(std::move(s));
    }
    return list;
}

Status PurchaseSuggestionList::markOrdered(const QString &suggestionId, const QString &purchaseOrderId)
{
    Result<QSqlQuery> done = m_db.exec(
        QStringLiteral("UPDATE purchase_suggestions SET purchase_order_id = ? WHERE id = ? AND purchase_order_id IS "
                       "NULL AND cancelled_at IS NULL"),
        { purchaseOrderId, suggestionId });
    if (!done)
        return std::unexpected(done.error());
    return {};
}

Status PurchaseSuggestionList::withdraw(const QString &suggestionId, const QString &atUtc)
{
    Result<QSqlQuery> done = m_db.exec(
        QStringLiteral("UPDATE purchase_suggestions SET cancelled_at = ? WHERE id = ? AND purchase_order_id IS NULL "
                       "AND cancelled_at IS NULL"),
        { atUtc, suggestionId });
    if (!done)
        return std::unexpected(done.error());
    return {};
}

} // namespace nexus
