// Purchasing SQL: one statement per table touched; orders are read whole (lines, receipts) as the screens need them.
#include "purchasing/purchasingstore.h"

#include "store/database.h"

#include <QSqlQuery>

namespace nexus {

namespace {

QVariant nullable(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

// A null QString binds NULL: NOT NULL text columns get '' instead.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value);
}

} // namespace

Status PurchasingStore::upsertSupplier(const Supplier &s, const QString &userId)
{
    Result<QSqlQuery> saved = m_db.exec(
        QStringLiteral("INSERT INTO suppliers(id, name, rfc, contact_name, phone, email, credit_days, currency, "
                       "lead_time_days, active, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT(id) DO UPDATE SET name = excluded.name, rfc = excluded.rfc, "
                       "contact_name = excluded.contact_name, phone = excluded.phone, email = excluded.email, "
                       "credit_days = excluded.credit_days, currency = excluded.currency, "
                       "lead_time_days = excluded.lead_time_days, active = excluded.active, "
                       "updated_by = excluded.updated_by, updated_at = excluded.updated_at"),
        { s.id, s.name, text(s.rfc), text(s.contactName), text(s.phone), text(s.email), s.creditDays, currencyCode(s.currency),
            s.leadTimeDays, s.active ? 1 : 0, text(userId), s.updatedAtUtc });
    if (!saved)
        return std::unexpected(saved.error());
    if (Result<QSqlQuery> cleared
        = m_db.exec(QStringLiteral("DELETE FROM supplier_parts WHERE supplier_id = ?"), { s.id });
        !cleared)
        return std::unexpected(cleared.error());
    for (const SupplierPart &p : s.parts) {
        if (p.preferred) {
            // One preferred supplier per part: this one takes it over.
            if (Result<QSqlQuery> others = m_db.exec(
                    QStringLiteral("UPDATE supplier_parts SET preferred = 0 WHERE part_id = ? AND supplier_id <> ?"),
                    { p.partId, s.id });
                !others)
                return std::unexpected(others.error());
        }
        Result<QSqlQuery> part = m_db.exec(
            QStringLiteral("INSERT INTO supplier_parts(supplier_id, part_id, sku, description, supplier_sku, "
                           "last_cost_cents, preferred) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            { s.id, p.partId, p.sku, text(p.description), text(p.supplierSku), p.lastCostCents, p.preferred ? 1 : 0 });
        if (!part)
            return std::unexpected(part.error());
    }
    return {};
}

Result<std::optional<Supplier>> PurchasingStore::supplier(const QString &id) const
{
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral("SELECT id, name, rfc, contact_name, phone, email, credit_days, currency, lead_time_days, "
                       "active, updated_at FROM suppliers WHERE id = ?"),
        { id });
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<Supplier>();
    Supplier s;
    s.id = q->value(0).toString();
    s.name = q->value(1).toString();
    s.rfc = q->value(2).toString();
    s.contactName = q->value(3).toString();
    s.phone = q->value(4).toString();
    s.email = q->value(5).toString();
    s.creditDays = q->value(6).toInt();
    s.currency = currencyFromCode(q->value(7).toString()).value_or(Currency::MXN);
    s.leadTimeDays = q->value(8).toInt();
    s.active = q->value(9).toInt() == 1;
    s.updatedAtUtc = q->value(10).toString();
    Result<QSqlQuery> parts = m_db.exec(
        QStringLiteral("SELECT part_id, sku, description, supplier_sku, last_cost_cents, preferred FROM "
                       "supplier_parts WHERE supplier_id = ? ORDER BY sku"),
        { id });
    if (!parts)
        return std::unexpected(parts.error());
    while (parts->next())
        s.parts.push_back(SupplierPart { parts->value(0).toLongLong(), parts->value(1).toString(),
            parts->value(2).toString(), parts->value(3).toString(), parts->value(4).toLongLong(),
            parts->value(5).toInt() == 1 });
    return std::optional<Supplier>(std::move(s));
}

Result<std::vector<Supplier>> PurchasingStore::suppliers(bool includeInactive) const
{
    Result<QSqlQuery> q = m_db.exec(includeInactive
            ? QStringLiteral("SELECT id FROM suppliers ORDER BY name")
            : QStringLiteral("SELECT id FROM suppliers WHERE active = 1 ORDER BY name"));
    if (!q)
        return std::unexpected(q.error());
    QStringList ids;
    while (q->next())
        ids << q->value(0).toString();
    std::vector<Supplier> list;
    for (const QString &id : ids) {
        Result<std::optional<Supplier>> s = supplier(id);
        if (!s)
            return std::unexpected(s.error());
        if (*s)
            list.push_back(std::move(**s));
    }
    return list;
}

Result<std::optional<QString>> PurchasingStore::preferredSupplier(qint64 partId) const
{
    Result<QVariant> id = m_db.scalar(
        QStringLiteral("SELECT sp.supplier_id FROM supplier_parts sp JOIN suppliers s ON s.id = sp.supplier_id "
                       "WHERE sp.part_id = ? AND s.active = 1 ORDER BY sp.preferred DESC, "
                       "(SELECT max(r.received_at) FROM purchase_receipts r JOIN purchase_receipt_lines l "
                       "ON l.receipt_id = r.id WHERE r.supplier_id = sp.supplier_id AND l.part_id = sp.part_id) DESC, "
                       "s.name LIMIT 1"),
        { partId });
    if (!id)
        return std::unexpected(id.error());
    if (!id->isValid() || id->isNull())
        return std::optional<QString>();
    return std::optional<QString>(id->toString());
}

Status PurchasingStore::setLastCost(const QString &supplierId, const PurchaseOrderLine &line, qint64 unitCostCents)
{
    Result<QSqlQuery> done = m_db.exec(
        QStringLiteral("INSERT INTO supplier_parts(supplier_id, part_id, sku, description, supplier_sku, "
                       "last_cost_cents, preferred) VALUES (?, ?, ?, ?, ?, ?, 0) ON CONFLICT(supplier_id, part_id) "
                       "DO UPDATE SET last_cost_cents = excluded.last_cost_cents"),
        { supplierId, line.partId, line.sku, text(line.description), text(line.supplierSku), unitCostCents });
    if (!done)
        return std::unexpected(done.error());
    return {};
}

Status PurchasingStore::writeOrder(const PurchaseOrder &o)
{
    Result<QSqlQuery> header = m_db.exec(
        QStringLiteral("INSERT INTO purchase_orders(id, folio, supplier_id, branch_id, warehouse_id, currency, "
                       "exchange_rate_micros, status, note, created_by, created_at, sent_at, closed_at, "
                       "cancelled_at, cancel_reason, version, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                       "supplier_id = excluded.supplier_id, warehouse_id = excluded.warehouse_id, "
                       "currency = excluded.currency, exchange_rate_micros = excluded.exchange_rate_micros, "
                       "status = excluded.status, note = excluded.note, sent_at = excluded.sent_at, "
                       "closed_at = excluded.closed_at, cancelled_at = excluded.cancelled_at, "
                       "cancel_reason = excluded.cancel_reason, version = excluded.version, "
                       "updated_at = excluded.updated_at"),
        { o.id, o.folio, o.supplierId, o.branchId, o.warehouseId, currencyCode(o.currency), o.exchangeRateMicros,
            purchaseOrderStatusCode(o.status), text(o.note), o.createdBy, o.createdAtUtc, nullable(o.sentAtUtc),
            nullable(o.closedAtUtc), nullable(o.cancelledAtUtc), text(o.cancelReason), o.version,
            o.cancelledAtUtc.isEmpty() ? (o.closedAtUtc.isEmpty() ? (o.sentAtUtc.isEmpty() ? o.createdAtUtc
                                                                                            : o.sentAtUtc)
                                                                  : o.closedAtUtc)
                                       : o.cancelledAtUtc });
    if (!header)
        return std::unexpected(header.error());
    if (Result<QSqlQuery> cleared
        = m_db.exec(QStringLiteral("DELETE FROM purchase_order_lines WHERE order_id = ?"), { o.id });
        !cleared)
        return std::unexpected(cleared.error());
    for (const PurchaseOrderLine &l : o.lines) {
        Result<QSqlQuery> line = m_db.exec(
            QStringLiteral("INSERT INTO purchase_order_lines(order_id, line_no, part_id, sku, barcode, supplier_sku, "
                           "description, quantity, unit_cost_cents) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { o.id, l.lineNo, l.partId, l.sku, text(l.barcode), text(l.supplierSku), text(l.description), l.quantity.thousandths(),
                l.unitCostCents });
        if (!line)
            return std::unexpected(line.error());
    }
    return {};
}

Result<std::optional<PurchaseOrder>> PurchasingStore::order(const QString &id) const
{
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral("SELECT o.id, o.folio, o.supplier_id, COALESCE(s.name, ''), o.branch_id, o.warehouse_id, "
                       "o.currency, o.exchange_rate_micros, o.status, o.note, o.created_by, o.created_at, "
                       "COALESCE(o.sent_at, ''), COALESCE(o.closed_at, ''), COALESCE(o.cancelled_at, ''), "
                       "o.cancel_reason, o.version FROM purchase_orders o LEFT JOIN suppliers s ON s.id = "
                       "o.supplier_id WHERE o.id = ?"),
        { id });
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<PurchaseOrder>();
    PurchaseOrder o;
    o.id = q->value(0).toString();
    o.folio = q->value(1).toString();
    o.supplierId = q->value(2).toString();
    o.supplierName = q->value(3).toString();
    o.branchId = q->value(4).toString();
    o.warehouseId = q->value(5).toString();
    o.currency = currencyFromCode(q->value(6).toString()).value_or(Currency::MXN);
    o.exchangeRateMicros = q->value(7).toLongLong();
    o.status = purchaseOrderStatusFromCode(q->value(8).toString()).value_or(PurchaseOrderStatus::Draft);
    o.note = q->value(9).toString();
    o.createdBy = q->value(10).toString();
    o.createdAtUtc = q->value(11).toString();
    o.sentAtUtc = q->value(12).toString();
    o.closedAtUtc = q->value(13).toString();
    o.cancelledAtUtc = q->value(14).toString();
    o.cancelReason = q->value(15).toString();
    o.version = q->value(16).toLongLong();
    Result<QSqlQuery> lines = m_db.exec(
        QStringLiteral("SELECT line_no, part_id, sku, barcode, supplier_sku, description, quantity, unit_cost_cents "
                       "FROM purchase_order_lines WHERE order_id = ? ORDER BY line_no"),
        { id });
    if (!lines)
        return std::unexpected(lines.error());
    while (lines->next())
        o.lines.push_back(PurchaseOrderLine { lines->value(0).toInt(), lines->value(1).toLongLong(),
            lines->value(2).toString(), lines->value(3).toString(), lines->value(4).toString(),
            lines->value(5).toString(), Quantity(lines->value(6).toLongLong()), lines->value(7).toLongLong() });
    Result<QSqlQuery> receipts = m_db.exec(
        QStringLiteral("SELECT r.id, r.supplier_id, r.supplier_invoice, r.received_by, r.received_at, r.note, "
                       "r.total_mxn_cents, l.line_no, l.part_id, l.warehouse_id, l.quantity, l.ordered_cost_cents, "
                       "l.unit_cost_cents, l.unit_cost_mxn_cents, l.average_cost_cents FROM purchase_receipts r "
                       "JOIN purchase_receipt_lines l ON l.receipt_id = r.id WHERE r.order_id = ? "
                       "ORDER BY r.received_at, r.id, l.line_no"),
        { id });
    if (!receipts)
        return std::unexpected(receipts.error());
    while (receipts->next()) {
        const QString receiptId = receipts->value(0).toString();
        if (o.receipts.empty() || o.receipts.back().id != receiptId)
            o.receipts.push_back(PurchaseReceipt { receiptId, id, receipts->value(1).toString(),
                receipts->value(2).toString(), receipts->value(3).toString(), receipts->value(4).toString(),
                receipts->value(5).toString(), receipts->value(6).toLongLong(), {} });
        o.receipts.back().lines.push_back(PurchaseReceiptLine { receipts->value(7).toInt(),
            receipts->value(8).toLongLong(), receipts->value(9).toString(), Quantity(receipts->value(10).toLongLong()),
            receipts->value(11).toLongLong(), receipts->value(12).toLongLong(), receipts->value(13).toLongLong(),
            receipts->value(14).toLongLong() });
    }
    return std::optional<PurchaseOrder>(std::move(o));
}

Result<std::vector<PurchaseOrder>> PurchasingStore::orders(std::optional<PurchaseOrderStatus> status) const
{
    Result<QSqlQuery> q = status
        ? m_db.exec(QStringLiteral("SELECT id FROM purchase_orders WHERE status = ? ORDER BY created_at DESC, id DESC"),
              { purchaseOrderStatusCode(*status) })
        : m_db.exec(QStringLiteral("SELECT id FROM purchase_orders ORDER BY created_at DESC, id DESC"));
    if (!q)
        return std::unexpected(q.error());
    QStringList ids;
    while (q->next())
        ids << q->value(0).toString();
    std::vector<PurchaseOrder> list;
    for (const QString &id : ids) {
        Result<std::optional<PurchaseOrder>> o = order(id);
        if (!o)
            return std::unexpected(o.error());
        if (*o)
            list.push_back(std::move(**o));
    }
    return list;
}

Status PurchasingStore::insertReceipt(const PurchaseReceipt &r)
{
    Result<QSqlQuery> header = m_db.exec(
        QStringLiteral("INSERT INTO purchase_receipts(id, order_id, supplier_id, supplier_invoice, received_by, "
                       "received_at, note, total_mxn_cents) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        { r.id, r.orderId, r.supplierId, text(r.supplierInvoice), r.receivedBy, r.receivedAtUtc, text(r.note), r.totalMxnCents });
    if (!header)
        return std::unexpected(header.error());
    for (const PurchaseReceiptLine &l : r.lines) {
        Result<QSqlQuery> line = m_db.exec(
            QStringLiteral("INSERT INTO purchase_receipt_lines(receipt_id, line_no, part_id, warehouse_id, quantity, "
                           "ordered_cost_cents, unit_cost_cents, unit_cost_mxn_cents, average_cost_cents) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { r.id, l.lineNo, l.partId, l.warehouseId, l.quantity.thousandths(), l.orderedCostCents, l.unitCostCents,
                l.unitCostMxnCents, l.averageCostCents });
        if (!line)
            return std::unexpected(line.error());
    }
    return {};
}

Result<std::optional<qint64>> PurchasingStore::averageCost(qint64 partId) const
{
    Result<QVariant> value
        = m_db.scalar(QStringLiteral("SELECT average_cost_cents FROM part_costs WHERE part_id = ?"), { partId });
    if (!value)
        return std::unexpected(value.error());
    if (!value->isValid() || value->isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(value->toLongLong());
}

Status PurchasingStore::setAverageCost(qint64 partId, qint64 cents, const QString &atUtc)
{
    Result<QSqlQuery> done = m_db.exec(
        QStringLiteral("INSERT INTO part_costs(part_id, average_cost_cents, updated_at) VALUES (?, ?, ?) "
                       "ON CONFLICT(part_id) DO UPDATE SET average_cost_cents = excluded.average_cost_cents, "
                       "updated_at = excluded.updated_at"),
        { partId, cents, atUtc });
    if (!done)
        return std::unexpected(done.error());
    return {};
}

Result<Quantity> PurchasingStore::onHand(qint64 partId, const QString &branchId) const
{
    Result<QVariant> value = m_db.scalar(
        QStringLiteral("SELECT COALESCE(sum(s.quantity), 0) FROM stock_levels s JOIN warehouses w ON w.id = "
                       "s.warehouse_id WHERE s.part_id = ? AND w.branch_id = ?"),
        { partId, branchId });
    if (!value)
        return std::unexpected(value.error());
    return Quantity(value->toLongLong());
}

Status PurchasingStore::insertPayment(const SupplierPayment &p)
{
    Result<QSqlQuery> done = m_db.exec(
        QStringLiteral("INSERT INTO supplier_payments(id, supplier_id, amount_cents, method, reference, paid_by, "
                       "paid_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        { p.id, p.supplierId, p.amountCents, p.method, text(p.reference), p.paidBy, p.paidAtUtc });
    if (!done)
        return std::unexpected(done.error());
    return {};
}

Result<std::vector<SupplierPayable>> PurchasingStore::payables() const
{
    Result<QSqlQuery> q = m_db.exec(QStringLiteral(
        "SELECT s.id, s.name, s.credit_days, "
        "COALESCE((SELECT sum(r.total_mxn_cents) FROM purchase_receipts r WHERE r.supplier_id = s.id), 0), "
        "COALESCE((SELECT sum(p.amount_cents) FROM supplier_payments p WHERE p.supplier_id = s.id), 0), "
        "COALESCE((SELECT min(r.received_at) FROM purchase_receipts r WHERE r.supplier_id = s.id), '') "
        "FROM suppliers s ORDER BY s.name"));
    if (!q)
        return std::unexpected(q.error());
    std::vector<SupplierPayable> list;
    while (q->next())
        list.push_back(SupplierPayable { q->value(0).toString(), q->value(1).toString(), q->value(2).toInt(),
            q->value(3).toLongLong(), q->value(4).toLongLong(), q->value(5).toString() });
    return list;
}

} // namespace nexus
