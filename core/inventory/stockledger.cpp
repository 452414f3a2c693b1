// Posting stock movements and reading balances.
#include "inventory/stockledger.h"

#include "store/database.h"
#include "store/domainevents.h"
#include "store/multirowinsert.h"

#include <map>

namespace nexus {

Status StockLedger::post(const std::vector<StockMovement> &movements)
{
    QVariantList rows;
    rows.reserve(static_cast<qsizetype>(movements.size()) * 9);
    // Several lines of one part from one warehouse collapse into one balance change.
    std::map<std::pair<qint64, QString>, qint64> deltas;
    for (const StockMovement &m : movements) {
        rows << m.id << m.partId << m.warehouseId << m.kind << m.quantity.thousandths() << m.refType << m.refId
             << m.userId << m.atUtc;
        deltas[{m.partId, m.warehouseId}] += m.quantity.thousandths();
    }
    if (Status inserted = insertRows(m_db, QStringLiteral("stock_movements"),
                                     {QStringLiteral("id"), QStringLiteral("part_id"), QStringLiteral("warehouse_id"),
                                      QStringLiteral("kind"), QStringLiteral("quantity"), QStringLiteral("ref_type"),
                                      QStringLiteral("ref_id"), QStringLiteral("user_id"), QStringLiteral("at")},
                                     rows);
        !inserted)
        return inserted;
    QVariantList levels;
    QVariantList changes; // for listeners (low-stock alerts), in the same transaction
    for (const auto &[key, delta] : deltas) {
        levels << key.first << key.second << delta;
        changes << QVariantMap{{QStringLiteral("part_id"), key.first}, {QStringLiteral("warehouse_id"), key.second},
                               {QStringLiteral("delta"), delta}};
    }
    if (Status updated = insertRows(m_db, QStringLiteral("stock_levels"),
                                    {QStringLiteral("part_id"), QStringLiteral("warehouse_id"),
                                     QStringLiteral("quantity")},
                                    levels,
                                    QStringLiteral("ON CONFLICT(part_id, warehouse_id) DO UPDATE SET quantity = "
                                                   "quantity + excluded.quantity"));
        !updated)
        return updated;
    if (!movements.empty())
        publishEvent(m_db, {QString::fromLatin1(domainevent::kStockChanged), movements.front().id,
                            {{QStringLiteral("changes"), changes}}});
    return {};
}

Result<Quantity> StockLedger::balance(qint64 partId, const QString &warehouseId) const
{
    Result<QVariant> value = m_db.scalar(
        QStringLiteral("SELECT quantity FROM stock_levels WHERE part_id = ? AND warehouse_id = ?"), {partId, warehouseId});
    if (!value)
        return std::unexpected(value.error());
    return Quantity(value->toLongLong());
}

} // namespace nexus
