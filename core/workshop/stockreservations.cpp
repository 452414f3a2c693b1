// The stock_reservations summary: upserts and reads.
#include "workshop/stockreservations.h"

#include "store/database.h"

namespace nexus {

Status StockReservations::change(qint64 partId, const QString &warehouseId, Quantity delta)
{
    // Giving back updates the row in place: an upsert would first check its negative VALUES row against the CHECK.
    Result<QSqlQuery> query = delta.thousandths() >= 0
        ? m_db.exec(QStringLiteral("INSERT INTO stock_reservations(part_id, warehouse_id, quantity) VALUES (?, ?, ?) "
                                   "ON CONFLICT(part_id, warehouse_id) DO UPDATE SET quantity = quantity + "
                                   "excluded.quantity"),
            { partId, warehouseId, delta.thousandths() })
        : m_db.exec(QStringLiteral("UPDATE stock_reservations SET quantity = quantity + ? "
                                   "WHERE part_id = ? AND warehouse_id = ?"),
            { delta.thousandths(), partId, warehouseId });
    if (!query)
        return std::unexpected(query.error());
    if (delta.thousandths() < 0 && query->numRowsAffected() != 1)
        return fail(ErrorCode::Internal, NX_ERR("Nothing was reserved of part %1 in warehouse %2"),
            { QString::number(partId), warehouseId });
    return {};
}

Result<StockAvailability> StockReservations::of(qint64 partId, const QString &warehouseId) const
{
    Result<QSqlQuery> query = m_db.exec(
        QStringLiteral(
            "SELECT coalesce((SELECT quantity FROM stock_levels WHERE part_id = ? AND warehouse_id = ?), 0), "
            "coalesce((SELECT quantity FROM stock_reservations WHERE part_id = ? AND warehouse_id = ?), 0)"),
        { partId, warehouseId, partId, warehouseId });
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return StockAvailability {};
    return StockAvailability { Quantity(query->value(0).toLongLong()), Quantity(query->value(1).toLongLong()) };
}

Result<QHash<qint64, QHash<QString, Quantity>>> StockReservations::reserved(
    const QList<qint64> &partIds, const QStringList &warehouseIds) const
{
    QHash<qint64, QHash<QString, Quantity>> result;
    if (partIds.isEmpty() || warehouseIds.isEmpty())
        return result;
    QStringList marks;
    QVariantList values;
    for (qint64 id : partIds) {
        marks << QStringLiteral("?");
        values << id;
    }
    const QString parts = marks.join(QStringLiteral(", "));
    marks.clear();
    for (const QString &id : warehouseIds) {
        marks << QStringLiteral("?");
        values << id;
    }
    Result<QSqlQuery> query
        = m_db.exec(QStringLiteral("SELECT part_id, warehouse_id, quantity FROM stock_reservations "
                                   "WHERE quantity > 0 AND part_id IN (%1) AND warehouse_id IN (%2)")
                        .arg(parts, marks.join(QStringLiteral(", "))),
            values);
    if (!query)
        return std::unexpected(query.error());
    while (query->next())
        result[query->value(0).toLongLong()].insert(query->value(1).toString(), Quantity(query->value(2).toLongLong()));
    return result;
}

} // namespace nexus
