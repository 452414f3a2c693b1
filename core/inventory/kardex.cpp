// Kardex: one indexed read of the part's movements (stock_movements_part) with their references, balances from the
// stock_levels summary walked backwards.
#include "inventory/kardex.h"

#include "store/database.h"

#include <QHash>

namespace nexus {

Result<std::vector<KardexEntry>> Kardex::history(qint64 partId, const QStringList &warehouseIds, int limit) const
{
    std::vector<KardexEntry> entries;
    if (warehouseIds.isEmpty())
        return entries;
    QString marks;
    QVariantList values { partId };
    for (const QString &id : warehouseIds) {
        marks += marks.isEmpty() ? QStringLiteral("?") : QStringLiteral(", ?");
        values << id;
    }
    QHash<QString, qint64> running;
    Result<QSqlQuery> levels = m_db.exec(
        QStringLiteral("SELECT warehouse_id, quantity FROM stock_levels WHERE part_id = ? AND warehouse_id IN (%1)")
            .arg(marks),
        values);
    if (!levels)
        return std::unexpected(levels.error());
    while (levels->next())
        running.insert(levels->value(0).toString(), levels->value(1).toLongLong());
    levels->finish();

    // A transfer movement's id is "<shipment or receipt id>:<line no>" (TransferService): the receipt line, with its
    // reason, is found by primary key.
    values << qMax(1, limit);
    Result<QSqlQuery> rows = m_db.exec(
        QStringLiteral(
            "SELECT m.id, m.at, m.warehouse_id, m.kind, m.quantity, m.user_id, coalesce(u.display_name, ''), "
            "m.ref_type, m.ref_id, "
            "CASE m.ref_type WHEN 'sale' THEN (SELECT folio FROM sales WHERE id = m.ref_id) "
            "WHEN 'return' THEN (SELECT folio FROM returns WHERE id = m.ref_id) "
            "WHEN 'transfer' THEN t.folio "
            "WHEN 'adjustment' THEN (SELECT folio FROM stock_adjustments WHERE id = m.ref_id) "
            "WHEN 'count' THEN (SELECT folio FROM stock_counts WHERE id = m.ref_id) END, "
            "CASE m.ref_type WHEN 'return' THEN (SELECT reason FROM returns WHERE id = m.ref_id) "
            "WHEN 'transfer' THEN (SELECT rl.reason FROM transfer_receipt_lines rl "
            "WHERE rl.receipt_id = substr(m.id, 1, instr(m.id, ':') - 1) "
            "AND rl.line_no = CAST(substr(m.id, instr(m.id, ':') + 1) AS INTEGER)) "
            "WHEN 'adjustment' THEN (SELECT reason FROM stock_adjustments WHERE id = m.ref_id) END, "
            "coalesce(b.name, CASE m.kind WHEN 'transfer_out' THEN t.to_branch_id ELSE t.from_branch_id END, ''), "
            "CASE m.ref_type WHEN 'adjustment' THEN (SELECT note FROM stock_adjustments WHERE id = m.ref_id) "
            "WHEN 'count' THEN (SELECT note FROM stock_counts WHERE id = m.ref_id) END, "
            "(SELECT coalesce(au.display_name, a.who) FROM (SELECT CASE m.ref_type "
            "WHEN 'adjustment' THEN (SELECT authorized_by FROM stock_adjustments WHERE id = m.ref_id) "
            "WHEN 'count' THEN (SELECT authorized_by FROM stock_counts WHERE id = m.ref_id) END AS who) a "
            "LEFT JOIN users au ON au.id = a.who WHERE a.who <> '') "
            "FROM stock_movements m LEFT JOIN users u ON u.id = m.user_id "
            "LEFT JOIN transfers t ON m.ref_type = 'transfer' AND t.id = m.ref_id "
            "LEFT JOIN remote_branches b ON b.id = CASE m.kind WHEN 'transfer_out' THEN t.to_branch_id "
            "ELSE t.from_branch_id END "
            "WHERE m.part_id = ? AND m.warehouse_id IN (%1) ORDER BY m.at DESC, m.id DESC LIMIT ?")
            .arg(marks),
        values);
    if (!rows)
        return std::unexpected(rows.error());
    while (rows->next()) {
        KardexEntry entry;
        entry.movementId = rows->value(0).toString();
        entry.atUtc = rows->value(1).toString();
        entry.warehouseId = rows->value(2).toString();
        entry.kind = rows->value(3).toString();
        entry.quantity = Quantity(rows->value(4).toLongLong());
        entry.userId = rows->value(5).toString();
        entry.userName = rows->value(6).toString();
        entry.refType = rows->value(7).toString();
        entry.refId = rows->value(8).toString();
        entry.reference = rows->value(9).toString();
        entry.reason = rows->value(10).toString();
        entry.otherBranchName = rows->value(11).toString();
        entry.note = rows->value(12).toString();
        entry.authorizedByName = rows->value(13).toString();
        qint64 &balance = running[entry.warehouseId];
        entry.balance = Quantity(balance);
        balance -= entry.quantity.thousandths();
        entries.push_back(std::move(entry));
    }
    return entries;
}

} // namespace nexus
