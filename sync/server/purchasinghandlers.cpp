// The purchasing handlers: parse with core's payload readers, check with core's rules, then portable SQL
// (SQLite and PostgreSQL).
#include "server/purchasinghandlers.h"

#include "purchasing/purchasepayload.h"
#include "purchasing/suppliervalidation.h"
#include "store/database.h"

namespace nexus {

namespace {

// A problem of the payload is a malformed fact here: quarantined, never a reason to hold the batch.
Error asInvalid(const Error &error)
{
    return Error(ErrorCode::InvalidInput, error.sourceText(), error.args(),
        error.field().isEmpty() ? QStringLiteral("payload") : QStringLiteral("payload.") + error.field());
}

QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value);
}

Status ownBranch(const MutationContext &context, const QString &branchId)
{
    if (branchId != context.device.branchId)
        return std::unexpected(Error(ErrorCode::InvalidInput,
            NX_ERR("The fact belongs to branch %1, not to this device's branch"), { branchId },
            QStringLiteral("payload.branch_id")));
    return {};
}

Status ownWarehouse(const MutationContext &context, const QString &warehouseId, const QString &field)
{
    Result<QString> branch = context.warehouseBranch(warehouseId);
    if (!branch)
        return std::unexpected(branch.error());
    if (*branch != context.device.branchId)
        return std::unexpected(Error(ErrorCode::InvalidInput,
            NX_ERR("The warehouse %1 is not a warehouse of this device's branch"), { warehouseId }, field));
    return {};
}

Status run(Database &db, const QString &sql, const QVariantList &values)
{
    Result<QSqlQuery> done = db.exec(sql, values);
    if (!done)
        return std::unexpected(done.error());
    return {};
}

class PurchasingHandler : public MutationHandler
{
public:
    [[nodiscard]] bool supportsSchema(int schemaVersion) const override { return schemaVersion == kPurchasingSchema; }
};

class SupplierSavedHandler final : public PurchasingHandler
{
public:
    [[nodiscard]] QString type() const override { return QLatin1String(kSupplierSaved); }

    [[nodiscard]] Result<QJsonObject> apply(const MutationContext &context, int, const QJsonObject &payload) override
    {
        Result<Supplier> parsed = supplierFromPayload(payload);
        if (!parsed)
            return std::unexpected(asInvalid(parsed.error()));
        Result<Supplier> valid = validateSupplier(*parsed);
        if (!valid)
            return std::unexpected(asInvalid(valid.error()));
        const Supplier &s = *valid;
        if (Status ok = run(context.db,
                QStringLiteral("INSERT INTO suppliers(id, name, rfc, contact_name, phone, email, credit_days, currency, "
                               "lead_time_days, active, updated_at, branch_id, received_at) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                               "name = excluded.name, rfc = excluded.rfc, contact_name = excluded.contact_name, "
                               "phone = excluded.phone, email = excluded.email, credit_days = excluded.credit_days, "
                               "currency = excluded.currency, lead_time_days = excluded.lead_time_days, "
                               "active = excluded.active, updated_at = excluded.updated_at, "
                               "branch_id = excluded.branch_id, received_at = excluded.received_at "
                               "WHERE suppliers.updated_at <= excluded.updated_at"),
                { s.id, s.name, text(s.rfc), text(s.contactName), text(s.phone), text(s.email), s.creditDays,
                    currencyCode(s.currency), s.leadTimeDays, s.active ? 1 : 0, s.updatedAtUtc,
                    context.device.branchId, context.nowUtc });
            !ok)
            return std::unexpected(ok.error());
        Result<QVariant> stored
            = context.db.scalar(QStringLiteral("SELECT updated_at FROM suppliers WHERE id = ?"), { s.id });
        if (!stored)
            return std::unexpected(stored.error());
        const bool applied = stored->toString() == s.updatedAtUtc;
        if (applied) {
            if (Status ok = run(context.db, QStringLiteral("DELETE FROM supplier_parts WHERE supplier_id = ?"), { s.id });
                !ok)
                return std::unexpected(ok.error());
            for (const SupplierPart &p : s.parts)
                if (Status ok = run(context.db,
                        QStringLiteral("INSERT INTO supplier_parts(supplier_id, part_id, sku, description, "
                                       "supplier_sku, last_cost_cents, preferred) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                        { s.id, p.partId, p.sku, text(p.description), text(p.supplierSku), p.lastCostCents,
                            p.preferred ? 1 : 0 });
                    !ok)
                    return std::unexpected(ok.error());
        }
        return QJsonObject { { QStringLiteral("supplier_id"), s.id }, { QStringLiteral("applied"), applied } };
    }
};

class PurchaseOrderSavedHandler final : public PurchasingHandler
{
public:
    [[nodiscard]] QString type() const override { return QLatin1String(kPurchaseOrderSaved); }

    [[nodiscard]] Result<QJsonObject> apply(const MutationContext &context, int, const QJsonObject &payload) override
    {
        Result<PurchaseOrder> parsed = purchaseOrderFromPayload(payload);
        if (!parsed)
            return std::unexpected(asInvalid(parsed.error()));
        const PurchaseOrder &o = *parsed;
        if (Status ok = ownBranch(context, o.branchId); !ok)
            return std::unexpected(ok.error());
        if (Status ok = ownWarehouse(context, o.warehouseId, QStringLiteral("payload.warehouse_id")); !ok)
            return std::unexpected(ok.error());
        if (o.lines.empty() || o.version <= 0 || o.exchangeRateMicros <= 0)
            return std::unexpected(Error(ErrorCode::InvalidInput,
                NX_ERR("A purchase order needs lines, a version and an exchange rate"), {}, QStringLiteral("payload")));
        if (Status ok = run(context.db,
                QStringLiteral("INSERT INTO purchase_orders(id, folio, supplier_id, branch_id, warehouse_id, currency, "
                               "exchange_rate_micros, status, note, created_by, created_at, sent_at, closed_at, "
                               "cancelled_at, cancel_reason, total_cents, version, device_id, received_at) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO "
                               "UPDATE SET supplier_id = excluded.supplier_id, warehouse_id = excluded.warehouse_id, "
                               "currency = excluded.currency, exchange_rate_micros = excluded.exchange_rate_micros, "
                               "status = excluded.status, note = excluded.note, sent_at = excluded.sent_at, "
                               "closed_at = excluded.closed_at, cancelled_at = excluded.cancelled_at, "
                               "cancel_reason = excluded.cancel_reason, total_cents = excluded.total_cents, "
                               "version = excluded.version, device_id = excluded.device_id, "
                               "received_at = excluded.received_at WHERE purchase_orders.version < excluded.version"),
                { o.id, o.folio, o.supplierId, o.branchId, o.warehouseId, currencyCode(o.currency),
                    o.exchangeRateMicros, purchaseOrderStatusCode(o.status), text(o.note), o.createdBy,
                    o.createdAtUtc, text(o.sentAtUtc), text(o.closedAtUtc), text(o.cancelledAtUtc),
                    text(o.cancelReason), o.totalCents(), o.version, context.device.deviceId, context.nowUtc });
            !ok)
            return std::unexpected(ok.error());
        Result<QVariant> stored
            = context.db.scalar(QStringLiteral("SELECT version FROM purchase_orders WHERE id = ?"), { o.id });
        if (!stored)
            return std::unexpected(stored.error());
        const bool applied = stored->toLongLong() == o.version;
        if (applied) {
            if (Status ok
                = run(context.db, QStringLiteral("DELETE FROM purchase_order_lines WHERE order_id = ?"), { o.id });
                !ok)
                return std::unexpected(ok.error());
            for (const PurchaseOrderLine &l : o.lines)
                if (Status ok = run(context.db,
                        QStringLiteral("INSERT INTO purchase_order_lines(order_id, line_no, part_id, sku, supplier_sku, "
                                       "description, quantity, unit_cost_cents) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                        { o.id, l.lineNo, l.partId, l.sku, text(l.supplierSku), text(l.description),
                            l.quantity.thousandths(), l.unitCostCents });
                    !ok)
                    return std::unexpected(ok.error());
        }
        return QJsonObject { { QStringLiteral("order_id"), o.id }, { QStringLiteral("folio"), o.folio },
            { QStringLiteral("applied"), applied } };
    }
};

class PurchaseReceivedHandler final : public PurchasingHandler
{
public:
    [[nodiscard]] QString type() const override { return QLatin1String(kPurchaseReceived); }

    [[nodiscard]] Result<QJsonObject> apply(const MutationContext &context, int, const QJsonObject &payload) override
    {
        Result<ReceivedFact> parsed = purchaseReceiptFromPayload(payload);
        if (!parsed)
            return std::unexpected(asInvalid(parsed.error()));
        const ReceivedFact &fact = *parsed;
        const PurchaseReceipt &r = fact.receipt;
        if (Status ok = ownBranch(context, fact.branchId); !ok)
            return std::unexpected(ok.error());
        for (size_t i = 0; i < r.lines.size(); ++i)
            if (Status ok = ownWarehouse(
                    context, r.lines[i].warehouseId, QStringLiteral("payload.lines[%1].warehouse_id").arg(i));
                !ok)
                return std::unexpected(ok.error());
        const QJsonObject answer { { QStringLiteral("receipt_id"), r.id }, { QStringLiteral("folio"), fact.folio } };
        // The same receipt again (replay or another mutation id): its stock already moved.
        Result<QVariant> known = context.db.scalar(QStringLiteral("SELECT 1 FROM purchase_receipts WHERE id = ?"), { r.id });
        if (!known)
            return std::unexpected(known.error());
        if (known->isValid()) {
            QJsonObject duplicate = answer;
            duplicate.insert(QStringLiteral("duplicate"), true);
            return duplicate;
        }
        if (Status ok = run(context.db,
                QStringLiteral("INSERT INTO purchase_receipts(id, order_id, folio, branch_id, supplier_id, "
                               "supplier_invoice, received_by, received_at, note, total_mxn_cents, device_id, stored_at) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                { r.id, r.orderId, fact.folio, fact.branchId, r.supplierId, text(r.supplierInvoice), r.receivedBy,
                    r.receivedAtUtc, text(r.note), r.totalMxnCents, context.device.deviceId, context.nowUtc });
            !ok)
            return std::unexpected(ok.error());
        for (const PurchaseReceiptLine &l : r.lines) {
            if (Status ok = run(context.db,
                    QStringLiteral("INSERT INTO purchase_receipt_lines(receipt_id, line_no, part_id, warehouse_id, "
                                   "quantity, ordered_cost_cents, unit_cost_cents, unit_cost_mxn_cents, "
                                   "average_cost_cents) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    { r.id, l.lineNo, l.partId, l.warehouseId, l.quantity.thousandths(), l.orderedCostCents,
                        l.unitCostCents, l.unitCostMxnCents, l.averageCostCents });
                !ok)
                return std::unexpected(ok.error());
            if (Status ok = run(context.db,
                    QStringLiteral("INSERT INTO stock_movements(id, part_id, warehouse_id, branch_id, kind, quantity, "
                                   "ref_type, ref_id, device_id, user_id, at) "
                                   "VALUES (?, ?, ?, ?, 'receipt', ?, 'purchase_order', ?, ?, ?, ?)"),
                    { QString(r.id + QLatin1Char(':') + QString::number(l.lineNo)), l.partId, l.warehouseId, fact.branchId,
                        l.quantity.thousandths(), r.orderId, context.device.deviceId, r.receivedBy, r.receivedAtUtc });
                !ok)
                return std::unexpected(ok.error());
            if (Status ok = run(context.db,
                    QStringLiteral("INSERT INTO stock_levels(part_id, warehouse_id, quantity) VALUES (?, ?, ?) "
                                   "ON CONFLICT(part_id, warehouse_id) DO UPDATE SET quantity = stock_levels.quantity + "
                                   "excluded.quantity"),
                    { l.partId, l.warehouseId, l.quantity.thousandths() });
                !ok)
                return std::unexpected(ok.error());
            if (Status ok = run(context.db,
                    QStringLiteral("INSERT INTO branch_part_costs(branch_id, part_id, average_cost_cents, updated_at) "
                                   "VALUES (?, ?, ?, ?) ON CONFLICT(branch_id, part_id) DO UPDATE SET "
                                   "average_cost_cents = excluded.average_cost_cents, updated_at = excluded.updated_at "
                                   "WHERE branch_part_costs.updated_at <= excluded.updated_at"),
                    { fact.branchId, l.partId, l.averageCostCents, r.receivedAtUtc });
                !ok)
                return std::unexpected(ok.error());
            if (Status ok = run(context.db,
                    QStringLiteral("UPDATE supplier_parts SET last_cost_cents = ? WHERE supplier_id = ? AND part_id = ?"),
                    { l.unitCostCents, r.supplierId, l.partId });
                !ok)
                return std::unexpected(ok.error());
        }
        if (Status ok = run(context.db,
                QStringLiteral("UPDATE purchase_orders SET status = ?, received_at = ? WHERE id = ? AND status IN "
                               "('sent', 'partially_received')"),
                { purchaseOrderStatusCode(fact.statusAfter), context.nowUtc, r.orderId });
            !ok)
            return std::unexpected(ok.error());
        return answer;
    }
};

class SupplierPaymentHandler final : public PurchasingHandler
{
public:
    [[nodiscard]] QString type() const override { return QLatin1String(kSupplierPayment); }

    [[nodiscard]] Result<QJsonObject> apply(const MutationContext &context, int, const QJsonObject &payload) override
    {
        Result<SupplierPayment> parsed = supplierPaymentFromPayload(payload);
        if (!parsed)
            return std::unexpected(asInvalid(parsed.error()));
        const QString branchId = payload.value(QStringLiteral("branch_id")).toString();
        if (Status ok = ownBranch(context, branchId); !ok)
            return std::unexpected(ok.error());
        const SupplierPayment &p = *parsed;
        if (Status ok = run(context.db,
                QStringLiteral("INSERT INTO supplier_payments(id, supplier_id, branch_id, amount_cents, method, "
                               "reference, paid_by, paid_at, device_id, stored_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                               "ON CONFLICT(id) DO NOTHING"),
                { p.id, p.supplierId, branchId, p.amountCents, p.method, text(p.reference), p.paidBy, p.paidAtUtc,
                    context.device.deviceId, context.nowUtc });
            !ok)
            return std::unexpected(ok.error());
        return QJsonObject { { QStringLiteral("payment_id"), p.id } };
    }
};

} // namespace

std::vector<std::unique_ptr<MutationHandler>> makePurchasingHandlers()
{
    std::vector<std::unique_ptr<MutationHandler>> handlers;
    handlers.push_back(std::make_unique<SupplierSavedHandler>());
    handlers.push_back(std::make_unique<PurchaseOrderSavedHandler>());
    handlers.push_back(std::make_unique<PurchaseReceivedHandler>());
    handlers.push_back(std::make_unique<SupplierPaymentHandler>());
    return handlers;
}

} // namespace nexus
