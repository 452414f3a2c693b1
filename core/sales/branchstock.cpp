// Reads of the branch's warehouses and stock_levels for the counter; the default-warehouse rule.
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
    Result<QSqlQuery> query = m_db.exec(QStringLiteral("SELECT part_id, warehouse_id, quantity FROM stock_levels "
                                                       "WHERE part_id IN (")
            + parts + QStringLiteral(") AND warehouse_id IN (") + warehouses + QLatin1Char(')'),
        values);
    if (!query)
        return std::unexpected(query.error());
    while (query->next())
        result[query->value(0).toLongLong()].insert(query->value(1).toString(), Quantity(query->value(2).toLongLong()));
    return result;
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
