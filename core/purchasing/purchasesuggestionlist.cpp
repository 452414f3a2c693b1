// PurchaseSuggestionList: plain statements over purchase_suggestions, each change with its outbox fact.
#include "purchasing/purchasesuggestionlist.h"

#include "common/idgenerator.h"
#include "inventory/stockactor.h"
#include "store/database.h"
#include "store/outbox.h"

namespace nexus {

Status PurchaseSuggestionList::record(const char *type, const PurchaseSuggestionFact &fact, const QString &atUtc)
{
    Result<qint64> seq = Outbox(m_db).append(IdGenerator::instance().nextString(), QLatin1String(type),
        kPurchaseSuggestionSchema, purchaseSuggestionPayload(fact), atUtc);
    if (!seq)
        return std::unexpected(seq.error());
    return {};
}

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
    return record(kPurchaseSuggestionAdded, PurchaseSuggestionFact { need, atUtc, {}, {}, {} }, atUtc);
}

Result<std::optional<PurchaseSuggestionFact>> PurchaseSuggestionList::load(const QString &suggestionId) const
{
    Result<QSqlQuery> row = m_db.exec(
        QStringLiteral("SELECT id, part_id, sku, description, warehouse_id, quantity, order_id, line_id, reason, "
                       "created_by, created_at FROM purchase_suggestions WHERE id = ?"),
        { suggestionId });
    if (!row)
        return std::unexpected(row.error());
    if (!row->next())
        return std::optional<PurchaseSuggestionFact>();
    PurchaseSuggestionFact fact;
    PurchaseNeed &n = fact.need;
    n.id = row->value(0).toString();
    n.partId = row->value(1).toLongLong();
    n.sku = row->value(2).toString();
    n.description = row->value(3).toString();
    n.warehouseId = row->value(4).toString();
    n.quantity = Quantity(row->value(5).toLongLong());
    n.orderId = row->value(6).toString();
    n.lineId = row->value(7).toString();
    n.reason = row->value(8).toString();
    n.createdBy = row->value(9).toString();
    fact.createdAtUtc = row->value(10).toString();
    return fact;
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

Result<std::vector<SuggestionOrderedElsewhere>> PurchaseSuggestionList::orderedElsewhere() const
{
    Result<QSqlQuery> rows = m_db.exec(QStringLiteral(
        "SELECT s.sku, s.quantity, s.reason, s.purchase_order_folio FROM purchase_suggestions s "
        "WHERE s.purchase_order_id IS NOT NULL AND s.cancelled_at IS NULL "
        "AND NOT EXISTS (SELECT 1 FROM purchase_orders po WHERE po.id = s.purchase_order_id) "
        "AND NOT EXISTS (SELECT 1 FROM service_order_parts p WHERE p.id = s.line_id AND p.status <> 'requested') "
        "ORDER BY s.created_at, s.id"));
    if (!rows)
        return std::unexpected(rows.error());
    std::vector<SuggestionOrderedElsewhere> list;
    while (rows->next())
        list.push_back({ rows->value(0).toString(), Quantity(rows->value(1).toLongLong()), rows->value(2).toString(),
            rows->value(3).toString() });
    return list;
}

Status PurchaseSuggestionList::markOrdered(
    const QString &suggestionId, const QString &purchaseOrderId, const QString &folio, const QString &atUtc)
{
    Result<QSqlQuery> done = m_db.exec(
        QStringLiteral("UPDATE purchase_suggestions SET purchase_order_id = ?, purchase_order_folio = ? WHERE id = ? "
                       "AND purchase_order_id IS NULL AND cancelled_at IS NULL"),
        { purchaseOrderId, folio, suggestionId });
    if (!done)
        return std::unexpected(done.error());
    const bool changed = done->numRowsAffected() == 1;
    Result<std::optional<PurchaseSuggestionFact>> fact = load(suggestionId);
    if (!fact)
        return std::unexpected(fact.error());
    if (!*fact)
        return fail(ErrorCode::NotFound, NX_ERR("There is no purchase suggestion %1"), { suggestionId },
            QStringLiteral("suggestion"));
    if (!changed)
        return fail(ErrorCode::Conflict,
            NX_ERR("The purchase suggestion for %1 (%2) was already ordered or withdrawn: refresh the list"),
            { (*fact)->need.sku, (*fact)->need.reason }, QStringLiteral("suggestion"));
    (*fact)->purchaseOrderId = purchaseOrderId;
    (*fact)->purchaseOrderFolio = folio;
    (*fact)->atUtc = atUtc;
    return record(kPurchaseSuggestionOrdered, **fact, atUtc);
}

Status PurchaseSuggestionList::withdraw(const QString &suggestionId, const QString &atUtc)
{
    Result<QSqlQuery> done = m_db.exec(
        QStringLiteral("UPDATE purchase_suggestions SET cancelled_at = ? WHERE id = ? AND purchase_order_id IS NULL "
                       "AND cancelled_at IS NULL"),
        { atUtc, suggestionId });
    if (!done)
        return std::unexpected(done.error());
    if (done->numRowsAffected() != 1)
        return {};
    Result<std::optional<PurchaseSuggestionFact>> fact = load(suggestionId);
    if (!fact)
        return std::unexpected(fact.error());
    if (!*fact)
        return {};
    (*fact)->atUtc = atUtc;
    return record(kPurchaseSuggestionWithdrawn, **fact, atUtc);
}

} // namespace nexus
