// applyPulledPurchaseSuggestion: one upsert that only moves a suggestion forward.
#include "purchasing/purchasesuggestionreplica.h"

#include "inventory/stockactor.h"
#include "store/database.h"

namespace nexus {

Status applyPulledPurchaseSuggestion(Database &db, const QJsonObject &row)
{
    const QString id = row.value(QLatin1String("id")).toString();
    const qint64 partId = row.value(QLatin1String("part_id")).toInteger();
    const qint64 quantity = row.value(QLatin1String("quantity")).toInteger();
    const QString warehouseId = row.value(QLatin1String("warehouse_id")).toString();
    const QString status = row.value(QLatin1String("status")).toString();
    if (id.isEmpty() || partId <= 0 || quantity <= 0 || warehouseId.isEmpty()
        || (status != QLatin1String("open") && status != QLatin1String("ordered")
            && status != QLatin1String("withdrawn")))
        return fail(ErrorCode::Protocol, NX_ERR("The server sent the purchase suggestion %1 incomplete"), { id },
            QStringLiteral("purchase_suggestions"));
    const bool ordered = status == QLatin1String("ordered");
    const bool withdrawn = status == QLatin1String("withdrawn");
    const QVariant orderId = ordered ? QVariant(row.value(QLatin1String("purchase_order_id")).toString()) : QVariant();
    const QString folio = ordered ? row.value(QLatin1String("purchase_order_folio")).toString() : QString();
    const QVariant withdrawnAt
        = withdrawn ? QVariant(row.value(QLatin1String("withdrawn_at")).toString()) : QVariant();
    auto text = [&row](const char *name) { return notNull(row.value(QLatin1String(name)).toString()); };
    // Ordered by the server: that draft (the winner when two devices drafted it), even over a local withdrawal still
    // on its way up (the server keeps an ordered suggestion ordered). Withdrawn by the server: only while open here.
    Result<QSqlQuery> applied = db.exec(
        QStringLiteral(
            "INSERT INTO purchase_suggestions(id, part_id, sku, description, warehouse_id, quantity, order_id, "
            "line_id, reason, created_by, created_at, purchase_order_id, purchase_order_folio, cancelled_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
            "purchase_order_id = coalesce(excluded.purchase_order_id, purchase_suggestions.purchase_order_id), "
            "purchase_order_folio = CASE WHEN excluded.purchase_order_id IS NOT NULL "
            "THEN excluded.purchase_order_folio ELSE purchase_suggestions.purchase_order_folio END, "
            "cancelled_at = CASE WHEN excluded.purchase_order_id IS NOT NULL THEN NULL "
            "WHEN purchase_suggestions.purchase_order_id IS NOT NULL THEN purchase_suggestions.cancelled_at "
            "ELSE coalesce(purchase_suggestions.cancelled_at, excluded.cancelled_at) END"),
        { id, partId, text("sku"), text("description"), warehouseId, quantity, text("order_id"), text("line_id"),
            text("reason"), text("created_by"), text("created_at"), orderId, notNull(folio), withdrawnAt });
    if (!applied)
        return std::unexpected(applied.error());
    // The order's part line, pulled before it (the service_orders bucket comes first in a pass), learns what it
    // waits for: its state names the purchase, Ctrl+R reserves it when it arrives, and taking the line off here
    // withdraws the suggestion. A line this device does not hold, or that already knows its source, is left alone.
    Result<QSqlQuery> linked = db.exec(
        QStringLiteral("INSERT INTO service_order_part_sources(line_id, order_id, kind, ref_id, created_at) "
                       "SELECT p.id, p.order_id, 'purchase', ?, ? FROM service_order_parts p "
                       "WHERE p.id = ? AND p.order_id = ? ON CONFLICT(line_id) DO NOTHING"),
        { id, text("created_at"), text("line_id"), text("order_id") });
    if (!linked)
        return std::unexpected(linked.error());
    return {};
}

} // namespace nexus
