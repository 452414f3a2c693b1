// Reads of the branch's warehouses, stock_levels and the pulled remote_stock_levels for the counter; the
// default-warehouse rule.
#include "sales/branchstock.h"

#include "store/database.h"

namespace nexus {

Result<QList<BranchWarehouse>> BranchStock::warehouses(const QString &branchId) const
{
    Result<QSqlQuery> query = m_db.exec(
        QStringLiteral("SELECT id, code, name FROM warehouses WHERE branch_id = ? ORDER BY rowid"), { branchId });
    if (!query)
        return std::unexpected(query.error());
    QList<BranchWarehouse> result;
    while (query->next())
        result.append({ query->value(0).toString(), query->value(1).toString(), query->value(2).toString() });
    return result;
}

Result<StockByPart> BranchStock::levels(const QList<qint64> &partIds, const QStringList &warehouseIds) const
{
    return read(partIds, warehouseIds, false);
}

Result<StockByPart> BranchStock::available(const QList<qint64> &partIds, const QStringList &warehouseIds) const
{
    return read(partIds, warehouseIds, true);
}

Result<StockByPart> BranchStock::read(
    const QList<qint64> &partIds, const QStringList &warehouseIds, bool lessReserved) const
{
    StockByPart result;
    if (partIds.isEmpty() || warehouseIds.isEmpty())
        return result;
    QString parts;
    QString warehouses;
    QVariantList values;
    for (qint64 id : partIds) {
        parts += parts.isEmpty() ? QStringLiteral("?") : QStringLiteral(", ?");
        values << id;
    }
    for (const QString &id : warehouseIds) {
        warehouses += warehouses.isEmpty() ? QStringLiteral("?") : QStringLiteral(", ?");
        values << id;
    }
    // A reservation exists only where the part has a balance (it was reserved from available stock).
    const QString select = lessReserved
        ? QStringLiteral("SELECT s.part_id, s.warehouse_id, s.quantity - coalesce(r.quantity, 0) FROM stock_levels s "
                         "LEFT JOIN stock_reservations r ON r.part_id = s.part_id AND r.warehouse_id = s.warehouse_id "
                         "WHERE s.part_id IN (")
        : QStringLiteral("SELECT s.part_id, s.warehouse_id, s.quantity FROM stock_levels s WHERE s.part_id IN (");
    Result<QSqlQuery> query
        = m_db.exec(select + parts + QStringLiteral(") AND s.warehouse_id IN (") + warehouses + QLatin1Char(')'), values);
    if (!query)
        return std::unexpected(query.error());
    while (query->next())
        result[query->value(0).toLongLong()].insert(query->value(1).toString(), Quantity(query->value(2).toLongLong()));
    return result;
}

namespace {

QString marks(qsizetype count)
{
    QString text;
    for (qsizetype i = 0; i < count; ++i)
        text += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    return text;
}

// The branch that owns the counter's warehouses ('' when they are unknown: then no branch is excluded).
Result<QString> ownBranch(Database &db, const QStringList &ownWarehouseIds)
{
    if (ownWarehouseIds.isEmpty())
        return QString(QLatin1String(""));
    Result<QVariant> branch
        = db.scalar(QStringLiteral("SELECT branch_id FROM warehouses WHERE id = ?"), { ownWarehouseIds.first() });
    if (!branch)
        return std::unexpected(branch.error());
    return branch->isValid() ? branch->toString() : QString(QLatin1String(""));
}

} // namespace

Result<OtherBranchStockByPart> BranchStock::otherBranches(
    const QList<qint64> &partIds, const QStringList &ownWarehouseIds) const
{
    OtherBranchStockByPart result;
    if (partIds.isEmpty())
        return result;
    Result<QString> own = ownBranch(m_db, ownWarehouseIds);
    if (!own)
        return std::unexpected(own.error());
    QVariantList values;
    for (qint64 id : partIds)
        values << id;
    values << *own;
    for (const QString &id : ownWarehouseIds)
        values << id;
    // The own branch is left out twice over: by branch, and by warehouse in case a row came without its branch.
    const QString sql = QStringLiteral(
        "SELECT r.part_id, r.branch_id, coalesce(b.name, r.branch_id), sum(r.quantity), "
        "coalesce((SELECT verified_at FROM pull_state WHERE bucket = 'stock'), max(r.pulled_at)) "
        "FROM remote_stock_levels r LEFT JOIN remote_branches b ON b.id = r.branch_id "
        "WHERE r.part_id IN (%1) AND r.branch_id <> ?%2 "
        "GROUP BY r.part_id, r.branch_id ORDER BY r.part_id, 3")
                            .arg(marks(partIds.size()),
                                ownWarehouseIds.isEmpty()
                                    ? QString()
                                    : QStringLiteral(" AND r.warehouse_id NOT IN (%1)").arg(marks(ownWarehouseIds.size())));
    Result<QSqlQuery> query = m_db.exec(sql, values);
    if (!query)
        return std::unexpected(query.error());
    while (query->next()) {
        OtherBranchStock stock;
        stock.branchId = query->value(1).toString();
        stock.branchName = query->value(2).toString();
        stock.quantity = Quantity(query->value(3).toLongLong());
        stock.asOfUtc = QDateTime::fromString(query->value(4).toString(), Qt::ISODateWithMs);
        result[query->value(0).toLongLong()].append(stock);
    }
    return result;
}

Result<bool> BranchStock::hasOtherBranches(const QStringList &ownWarehouseIds) const
{
    Result<QString> own = ownBranch(m_db, ownWarehouseIds);
    if (!own)
        return std::unexpected(own.error());
    // Both sides of the own branch in the (branch_id, part_id) index: two seeks, whatever the table's size.
    Result<QVariant> any = m_db.scalar(
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM remote_branches WHERE id <> ?) "
                       "OR EXISTS (SELECT 1 FROM remote_stock_levels WHERE branch_id < ?) "
                       "OR EXISTS (SELECT 1 FROM remote_stock_levels WHERE branch_id > ?)"),
        { *own, *own, *own });
    if (!any)
        return std::unexpected(any.error());
    return any->toInt() != 0;
}

QString pickWarehouse(
    const QList<BranchWarehouse> &warehouses, const QHash<QString, Quantity> &stock, Quantity quantity)
{
    if (warehouses.isEmpty())
        return {};
    const BranchWarehouse *most = nullptr;
    for (const BranchWarehouse &warehouse : warehouses) {
        const Quantity have = stock.value(warehouse.id);
        if (have >= quantity)
            return warehouse.id;
        if (have.thousandths() > 0 && (most == nullptr || have > stock.value(most->id)))
            most = &warehouse;
    }
    return most != nullptr ? most->id : warehouses.first().id;
}

} // namespace nexus
