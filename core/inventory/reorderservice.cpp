// Reorder levels and alerts: plain reads over stock_alert_levels ⋈ stock_levels of this branch's warehouses.
#include "inventory/reorderservice.h"

#include "auth/permission.h"
#include "common/clock.h"
#include "common/idgenerator.h"
#include "inventory/stockactor.h"
#include "store/database.h"

namespace nexus {

namespace {

// Up to whole pieces (thousandths).
qint64 wholeUp(qint64 thousandths)
{
    return thousandths <= 0 ? 0 : (thousandths + Quantity::kScale - 1) / Quantity::kScale * Quantity::kScale;
}

qint64 target(qint64 reorderPoint, qint64 maximum)
{
    return maximum > reorderPoint ? maximum : 2 * reorderPoint;
}

} // namespace

ReorderService::ReorderService(Database &db, const Clock &clock, QString branchId)
    : m_db(db), m_clock(clock), m_branchId(std::move(branchId))
{
}

Status ReorderService::setLevel(const ReorderLevel &level, const QString &userId, Role role)
{
    if (userId.trimmed().isEmpty())
        return fail(ErrorCode::Unauthenticated, NX_ERR("Log in first"), {}, QStringLiteral("user_id"));
    if (!roleHas(role, Permission::AdjustStock) && !roleHas(role, Permission::ManagePurchasing))
        return checkPermission(role, Permission::AdjustStock);
    if (level.partId <= 0)
        return fail(ErrorCode::InvalidInput, NX_ERR("Choose the part"), {}, QStringLiteral("part_id"));
    if (level.minimum < Quantity())
        return fail(ErrorCode::InvalidInput, NX_ERR("The minimum cannot be negative"), {}, QStringLiteral("minimum"));
    if (level.reorderPoint < level.minimum)
        return fail(ErrorCode::InvalidInput, NX_ERR("The reorder point cannot be below the minimum"), {},
            QStringLiteral("reorder_point"));
    if (level.maximum != Quantity() && level.maximum < level.reorderPoint)
        return fail(ErrorCode::InvalidInput, NX_ERR("The maximum cannot be below the reorder point"), {},
            QStringLiteral("maximum"));
    if (Status ok = checkOwnWarehouse(m_db, m_branchId, level.warehouseId); !ok)
        return ok;
    Result<QSqlQuery> saved = m_db.exec(
        QStringLiteral("INSERT INTO stock_alert_levels(part_id, warehouse_id, sku, description, reorder_point, minimum, "
                       "maximum, suggested, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT(part_id, warehouse_id) DO UPDATE SET sku = excluded.sku, description = "
                       "excluded.description, reorder_point = excluded.reorder_point, minimum = excluded.minimum, "
                       "maximum = excluded.maximum, suggested = excluded.suggested, updated_by = excluded.updated_by, "
                       "updated_at = excluded.updated_at"),
        { level.partId, level.warehouseId, notNull(level.sku.trimmed()), notNull(level.description.trimmed()),
            level.reorderPoint.thousandths(), level.minimum.thousandths(), level.maximum.thousandths(),
            level.suggested ? 1 : 0, userId, m_clock.nowUtc().toString(Qt::ISODateWithMs) });
    if (!saved)
        return std::unexpected(saved.error());
    return {};
}

Result<ReorderSuggestion> ReorderService::suggest(
    qint64 partId, const QString &warehouseId, int weeks, int leadDays) const
{
    if (weeks < 1 || weeks > 52)
        return fail(ErrorCode::InvalidInput, NX_ERR("Use the sales of 1 to 52 weeks"), {}, QStringLiteral("weeks"));
    if (leadDays > 365)
        return fail(ErrorCode::InvalidInput, NX_ERR("The lead time is at most 365 days"), {},
            QStringLiteral("lead_days"));
    ReorderSuggestion s;
    s.weeks = weeks;
    s.leadDays = leadDays;
    if (leadDays < 0) {
        Result<QVariant> lead = m_db.scalar(
            QStringLiteral("SELECT s.lead_time_days FROM supplier_parts p JOIN suppliers s ON s.id = p.supplier_id "
                           "WHERE p.part_id = ? AND s.active = 1 ORDER BY p.preferred DESC, s.lead_time_days LIMIT 1"),
            { partId });
        if (!lead)
            return std::unexpected(lead.error());
        s.leadDays = lead->isValid() && lead->toInt() > 0 ? lead->toInt() : kDefaultLeadDays;
    }
    const QString since = m_clock.nowUtc().addDays(-7 * weeks).toString(Qt::ISODateWithMs);
    Result<QVariant> sold = m_db.scalar(
        QStringLiteral("SELECT -coalesce(sum(quantity), 0) FROM stock_movements WHERE part_id = ? AND warehouse_id = ? "
                       "AND kind IN ('sale', 'return') AND at >= ?"),
        { partId, warehouseId, since });
    if (!sold)
        return std::unexpected(sold.error());
    s.sold = Quantity(qMax<qint64>(0, sold->toLongLong()));
    const qint64 days = 7 * qint64(weeks);
    // Thousandths × days / days keeps the arithmetic in integers.
    const qint64 duringLead = s.sold.thousandths() * s.leadDays;
    s.minimum = Quantity(wholeUp(duringLead / (2 * days)));
    s.reorderPoint = Quantity(s.minimum.thousandths() + wholeUp((duringLead + days - 1) / days));
    s.maximum = Quantity(s.reorderPoint.thousandths() + wholeUp((s.sold.thousandths() * kCoverDays + days - 1) / days));
    return s;
}

Result<std::vector<ReorderLevel>> ReorderService::levels() const
{
    Result<QSqlQuery> rows = m_db.exec(
        QStringLiteral("SELECT l.part_id, l.warehouse_id, l.sku, l.description, l.minimum, l.reorder_point, l.maximum, "
                       "l.suggested FROM stock_alert_levels l JOIN warehouses w ON w.id = l.warehouse_id "
                       "WHERE w.branch_id = ? ORDER BY l.sku, l.part_id, l.warehouse_id"),
        { m_branchId });
    if (!rows)
        return std::unexpected(rows.error());
    std::vector<ReorderLevel> list;
    while (rows->next())
        list.push_back({ rows->value(0).toLongLong(), rows->value(1).toString(), rows->value(2).toString(),
            rows->value(3).toString(), Quantity(rows->value(4).toLongLong()), Quantity(rows->value(5).toLongLong()),
            Quantity(rows->value(6).toLongLong()), rows->value(7).toBool() });
    return list;
}

Result<AlertScan> ReorderService::scan()
{
    const QString now = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    AlertScan result;
    Transaction transaction(m_db);
    if (Status begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    // Stock above the point again (or the point taken away): resolved.
    Result<QSqlQuery> resolved = m_db.exec(
        QStringLiteral("UPDATE stock_alerts SET resolved_at = ? WHERE resolved_at IS NULL AND warehouse_id IN "
                       "(SELECT id FROM warehouses WHERE branch_id = ?) AND NOT EXISTS (SELECT 1 FROM "
                       "stock_alert_levels l LEFT JOIN stock_levels s ON s.part_id = l.part_id AND s.warehouse_id = "
                       "l.warehouse_id WHERE l.part_id = stock_alerts.part_id AND l.warehouse_id = "
                       "stock_alerts.warehouse_id AND l.reorder_point > 0 AND coalesce(s.quantity, 0) <= "
                       "l.reorder_point)"),
        { now, m_branchId });
    if (!resolved)
        return std::unexpected(resolved.error());
    result.resolved = resolved->numRowsAffected();
    resolved->finish();
    Result<QSqlQuery> low = m_db.exec(
        QStringLiteral("SELECT l.part_id, l.warehouse_id, coalesce(s.quantity, 0), l.reorder_point FROM "
                       "stock_alert_levels l JOIN warehouses w ON w.id = l.warehouse_id LEFT JOIN stock_levels s ON "
                       "s.part_id = l.part_id AND s.warehouse_id = l.warehouse_id WHERE w.branch_id = ? AND "
                       "l.reorder_point > 0 AND coalesce(s.quantity, 0) <= l.reorder_point AND NOT EXISTS (SELECT 1 "
                       "FROM stock_alerts a WHERE a.part_id = l.part_id AND a.warehouse_id = l.warehouse_id AND "
                       "a.resolved_at IS NULL)"),
        { m_branchId });
    if (!low)
        return std::unexpected(low.error());
    QList<QVariantList> raise;
    while (low->next())
        raise << QVariantList { IdGenerator::instance().nextString(), low->value(0), low->value(1), low->value(2),
            low->value(3), now };
    low->finish();
    for (const QVariantList &row : raise)
        if (Result<QSqlQuery> inserted
            = m_db.exec(QStringLiteral("INSERT INTO stock_alerts(id, part_id, warehouse_id, stock, reorder_point, "
                                       "raised_at) VALUES (?, ?, ?, ?, ?, ?)"),
                row);
            !inserted)
            return std::unexpected(inserted.error());
    result.raised = int(raise.size());
    Result<QVariant> open = m_db.scalar(
        QStringLiteral("SELECT count(*) FROM stock_alerts a JOIN warehouses w ON w.id = a.warehouse_id WHERE "
                       "w.branch_id = ? AND a.resolved_at IS NULL"),
        { m_branchId });
    if (!open)
        return std::unexpected(open.error());
    result.open = open->toInt();
    if (Status committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return result;
}

Result<std::vector<StockAlert>> ReorderService::alerts(bool includeResolved) const
{
    Result<QSqlQuery> rows = m_db.exec(
        QStringLiteral("SELECT a.id, a.part_id, a.warehouse_id, coalesce(l.sku, ''), coalesce(l.description, ''), "
                       "coalesce(s.quantity, 0), coalesce(l.reorder_point, a.reorder_point), coalesce(l.maximum, 0), "
                       "a.raised_at, coalesce(a.acknowledged_by, ''), coalesce(a.acknowledged_at, ''), "
                       "coalesce(a.resolved_at, '') FROM stock_alerts a JOIN warehouses w ON w.id = a.warehouse_id "
                       "LEFT JOIN stock_alert_levels l ON l.part_id = a.part_id AND l.warehouse_id = a.warehouse_id "
                       "LEFT JOIN stock_levels s ON s.part_id = a.part_id AND s.warehouse_id = a.warehouse_id "
                       "WHERE w.branch_id = ? AND (? OR a.resolved_at IS NULL) "
                       "ORDER BY a.resolved_at IS NOT NULL, a.acknowledged_at IS NOT NULL, l.sku, a.raised_at DESC"),
        { m_branchId, includeResolved ? 1 : 0 });
    if (!rows)
        return std::unexpected(rows.error());
    std::vector<StockAlert> list;
    while (rows->next()) {
        StockAlert a;
        a.id = rows->value(0).toString();
        a.partId = rows->value(1).toLongLong();
        a.warehouseId = rows->value(2).toString();
        a.sku = rows->value(3).toString();
        a.description = rows->value(4).toString();
        a.stock = Quantity(rows->value(5).toLongLong());
        a.reorderPoint = Quantity(rows->value(6).toLongLong());
        a.maximum = Quantity(rows->value(7).toLongLong());
        a.raisedAtUtc = rows->value(8).toString();
        a.acknowledgedBy = rows->value(9).toString();
        a.acknowledgedAtUtc = rows->value(10).toString();
        a.resolvedAtUtc = rows->value(11).toString();
        a.toOrder = a.resolvedAtUtc.isEmpty()
            ? Quantity(qMax<qint64>(0, target(a.reorderPoint.thousandths(), a.maximum.thousandths())
                                           - qMax<qint64>(0, a.stock.thousandths())))
            : Quantity();
        list.push_back(std::move(a));
    }
    return list;
}

Status ReorderService::acknowledge(const QString &alertId, const QString &userId)
{
    if (userId.trimmed().isEmpty())
        return fail(ErrorCode::Unauthenticated, NX_ERR("Log in first"), {}, QStringLiteral("user_id"));
    Result<QSqlQuery> done = m_db.exec(
        QStringLiteral("UPDATE stock_alerts SET acknowledged_by = ?, acknowledged_at = ? WHERE id = ? AND "
                       "acknowledged_at IS NULL AND resolved_at IS NULL"),
        { userId, m_clock.nowUtc().toString(Qt::ISODateWithMs), alertId });
    if (!done)
        return std::unexpected(done.error());
    if (done->numRowsAffected() == 0)
        return fail(ErrorCode::NotFound, NX_ERR("There is no open, unacknowledged alert %1"), { alertId },
            QStringLiteral("alert_id"));
    return {};
}

} // namespace nexus
