// JSON of the purchasing facts: field names are the columns' names.
#include "purchasing/purchasepayload.h"

#include "purchasing/purchasesuggestionfact.h"

#include <QJsonArray>

namespace nexus {

namespace {

// Reads fields and keeps the first problem; later reads return empty values.
class Reader final
{
public:
    Reader(const QJsonObject &object, QString path) : m_object(object), m_path(std::move(path)) {}

    QString text(const char *name, bool required = true)
    {
        const QJsonValue value = m_object.value(QLatin1String(name));
        if (value.isString() && (!required || !value.toString().isEmpty()))
            return value.toString();
        if (!required && value.isUndefined())
            return QString(QLatin1String(""));
        problem(name);
        return {};
    }
    qint64 integer(const char *name)
    {
        const QJsonValue value = m_object.value(QLatin1String(name));
        if (value.isDouble())
            return value.toInteger();
        problem(name);
        return 0;
    }
    bool flag(const char *name)
    {
        const QJsonValue value = m_object.value(QLatin1String(name));
        if (value.isBool())
            return value.toBool();
        problem(name);
        return false;
    }
    QJsonArray array(const char *name)
    {
        const QJsonValue value = m_object.value(QLatin1String(name));
        if (value.isArray())
            return value.toArray();
        problem(name);
        return {};
    }
    Reader at(const char *name, qsizetype index, const QJsonArray &array)
    {
        const QString path = field(name) + QStringLiteral("[%1]").arg(index);
        if (!array.at(index).isObject() && !m_error)
            m_error = Error(ErrorCode::InvalidInput, NX_ERR("%1 is missing or has the wrong type"), { path }, path);
        return Reader(array.at(index).toObject(), path);
    }
    void adopt(const Reader &inner)
    {
        if (!m_error && inner.m_error)
            m_error = inner.m_error;
    }
    [[nodiscard]] const std::optional<Error> &error() const { return m_error; }

private:
    QString field(const char *name) const
    {
        return m_path.isEmpty() ? QString(QLatin1String(name)) : QString(m_path + QLatin1Char('.') + QLatin1String(name));
    }
    void problem(const char *name)
    {
        if (!m_error)
            m_error = Error(
                ErrorCode::InvalidInput, NX_ERR("%1 is missing or has the wrong type"), { field(name) }, field(name));
    }

    QJsonObject m_object;
    QString m_path;
    std::optional<Error> m_error;
};

Result<Currency> currency(const QString &code)
{
    Result<Currency> c = currencyFromCode(code);
    if (!c)
        return fail(ErrorCode::InvalidInput, NX_ERR("%1 is not a currency of purchases (MXN or USD)"), { code },
            QStringLiteral("currency"));
    return c;
}

} // namespace

QJsonObject supplierPayload(const Supplier &s)
{
    QJsonArray parts;
    for (const SupplierPart &p : s.parts)
        parts.append(QJsonObject { { QStringLiteral("part_id"), p.partId }, { QStringLiteral("sku"), p.sku },
            { QStringLiteral("description"), p.description }, { QStringLiteral("supplier_sku"), p.supplierSku },
            { QStringLiteral("last_cost_cents"), p.lastCostCents }, { QStringLiteral("preferred"), p.preferred } });
    return QJsonObject { { QStringLiteral("id"), s.id }, { QStringLiteral("name"), s.name },
        { QStringLiteral("rfc"), s.rfc }, { QStringLiteral("contact_name"), s.contactName },
        { QStringLiteral("phone"), s.phone }, { QStringLiteral("email"), s.email },
        { QStringLiteral("credit_days"), s.creditDays }, { QStringLiteral("currency"), currencyCode(s.currency) },
        { QStringLiteral("lead_time_days"), s.leadTimeDays }, { QStringLiteral("active"), s.active },
        { QStringLiteral("updated_at"), s.updatedAtUtc }, { QStringLiteral("parts"), parts } };
}

Result<Supplier> supplierFromPayload(const QJsonObject &payload)
{
    Reader r(payload, {});
    Supplier s;
    s.id = r.text("id");
    s.name = r.text("name");
    s.rfc = r.text("rfc", false);
    s.contactName = r.text("contact_name", false);
    s.phone = r.text("phone", false);
    s.email = r.text("email", false);
    s.creditDays = int(r.integer("credit_days"));
    const QString code = r.text("currency");
    s.leadTimeDays = int(r.integer("lead_time_days"));
    s.active = r.flag("active");
    s.updatedAtUtc = r.text("updated_at");
    const QJsonArray parts = r.array("parts");
    for (qsizetype i = 0; i < parts.size(); ++i) {
        Reader p = r.at("parts", i, parts);
        SupplierPart part;
        part.partId = p.integer("part_id");
        part.sku = p.text("sku");
        part.description = p.text("description", false);
        part.supplierSku = p.text("supplier_sku", false);
        part.lastCostCents = p.integer("last_cost_cents");
        part.preferred = p.flag("preferred");
        r.adopt(p);
        s.parts.push_back(part);
    }
    if (r.error())
        return std::unexpected(*r.error());
    Result<Currency> c = currency(code);
    if (!c)
        return std::unexpected(c.error());
    s.currency = *c;
    return s;
}

QJsonObject purchaseOrderPayload(const PurchaseOrder &o)
{
    QJsonArray lines;
    for (const PurchaseOrderLine &l : o.lines)
        lines.append(QJsonObject { { QStringLiteral("line_no"), l.lineNo }, { QStringLiteral("part_id"), l.partId },
            { QStringLiteral("sku"), l.sku }, { QStringLiteral("barcode"), l.barcode },
            { QStringLiteral("supplier_sku"), l.supplierSku }, { QStringLiteral("description"), l.description },
            { QStringLiteral("quantity"), l.quantity.thousandths() },
            { QStringLiteral("unit_cost_cents"), l.unitCostCents } });
    return QJsonObject { { QStringLiteral("id"), o.id }, { QStringLiteral("folio"), o.folio },
        { QStringLiteral("supplier_id"), o.supplierId }, { QStringLiteral("branch_id"), o.branchId },
        { QStringLiteral("warehouse_id"), o.warehouseId }, { QStringLiteral("currency"), currencyCode(o.currency) },
        { QStringLiteral("exchange_rate_micros"), o.exchangeRateMicros },
        { QStringLiteral("status"), purchaseOrderStatusCode(o.status) }, { QStringLiteral("note"), o.note },
        { QStringLiteral("created_by"), o.createdBy }, { QStringLiteral("created_at"), o.createdAtUtc },
        { QStringLiteral("sent_at"), o.sentAtUtc }, { QStringLiteral("closed_at"), o.closedAtUtc },
        { QStringLiteral("cancelled_at"), o.cancelledAtUtc }, { QStringLiteral("cancel_reason"), o.cancelReason },
        { QStringLiteral("version"), o.version }, { QStringLiteral("total_cents"), o.totalCents() },
        { QStringLiteral("lines"), lines } };
}

Result<PurchaseOrder> purchaseOrderFromPayload(const QJsonObject &payload)
{
    Reader r(payload, {});
    PurchaseOrder o;
    o.id = r.text("id");
    o.folio = r.text("folio");
    o.supplierId = r.text("supplier_id");
    o.branchId = r.text("branch_id");
    o.warehouseId = r.text("warehouse_id");
    const QString code = r.text("currency");
    o.exchangeRateMicros = r.integer("exchange_rate_micros");
    const QString status = r.text("status");
    o.note = r.text("note", false);
    o.createdBy = r.text("created_by");
    o.createdAtUtc = r.text("created_at");
    o.sentAtUtc = r.text("sent_at", false);
    o.closedAtUtc = r.text("closed_at", false);
    o.cancelledAtUtc = r.text("cancelled_at", false);
    o.cancelReason = r.text("cancel_reason", false);
    o.version = r.integer("version");
    const QJsonArray lines = r.array("lines");
    for (qsizetype i = 0; i < lines.size(); ++i) {
        Reader l = r.at("lines", i, lines);
        PurchaseOrderLine line;
        line.lineNo = int(l.integer("line_no"));
        line.partId = l.integer("part_id");
        line.sku = l.text("sku");
        line.barcode = l.text("barcode", false);
        line.supplierSku = l.text("supplier_sku", false);
        line.description = l.text("description", false);
        line.quantity = Quantity(l.integer("quantity"));
        line.unitCostCents = l.integer("unit_cost_cents");
        r.adopt(l);
        o.lines.push_back(line);
    }
    if (r.error())
        return std::unexpected(*r.error());
    Result<Currency> c = currency(code);
    if (!c)
        return std::unexpected(c.error());
    o.currency = *c;
    Result<PurchaseOrderStatus> s = purchaseOrderStatusFromCode(status);
    if (!s)
        return std::unexpected(s.error());
    o.status = *s;
    return o;
}

QJsonObject purchaseReceiptPayload(const PurchaseOrder &order, const PurchaseReceipt &receipt)
{
    QJsonArray lines;
    for (const PurchaseReceiptLine &l : receipt.lines)
        lines.append(QJsonObject { { QStringLiteral("line_no"), l.lineNo }, { QStringLiteral("part_id"), l.partId },
            { QStringLiteral("warehouse_id"), l.warehouseId }, { QStringLiteral("quantity"), l.quantity.thousandths() },
            { QStringLiteral("ordered_cost_cents"), l.orderedCostCents },
            { QStringLiteral("unit_cost_cents"), l.unitCostCents },
            { QStringLiteral("unit_cost_mxn_cents"), l.unitCostMxnCents },
            { QStringLiteral("average_cost_cents"), l.averageCostCents } });
    return QJsonObject { { QStringLiteral("id"), receipt.id }, { QStringLiteral("order_id"), order.id },
        { QStringLiteral("folio"), order.folio }, { QStringLiteral("branch_id"), order.branchId },
        { QStringLiteral("supplier_id"), receipt.supplierId },
        { QStringLiteral("supplier_invoice"), receipt.supplierInvoice },
        { QStringLiteral("received_by"), receipt.receivedBy }, { QStringLiteral("received_at"), receipt.receivedAtUtc },
        { QStringLiteral("note"), receipt.note }, { QStringLiteral("total_mxn_cents"), receipt.totalMxnCents },
        { QStringLiteral("status_after"), purchaseOrderStatusCode(order.status) }, { QStringLiteral("lines"), lines } };
}

Result<ReceivedFact> purchaseReceiptFromPayload(const QJsonObject &payload)
{
    Reader r(payload, {});
    ReceivedFact fact;
    PurchaseReceipt &receipt = fact.receipt;
    receipt.id = r.text("id");
    receipt.orderId = r.text("order_id");
    fact.folio = r.text("folio");
    fact.branchId = r.text("branch_id");
    receipt.supplierId = r.text("supplier_id");
    receipt.supplierInvoice = r.text("supplier_invoice", false);
    receipt.receivedBy = r.text("received_by");
    receipt.receivedAtUtc = r.text("received_at");
    receipt.note = r.text("note", false);
    receipt.totalMxnCents = r.integer("total_mxn_cents");
    const QString status = r.text("status_after");
    const QJsonArray lines = r.array("lines");
    for (qsizetype i = 0; i < lines.size(); ++i) {
        Reader l = r.at("lines", i, lines);
        PurchaseReceiptLine line;
        line.lineNo = int(l.integer("line_no"));
        line.partId = l.integer("part_id");
        line.warehouseId = l.text("warehouse_id");
        line.quantity = Quantity(l.integer("quantity"));
        line.orderedCostCents = l.integer("ordered_cost_cents");
        line.unitCostCents = l.integer("unit_cost_cents");
        line.unitCostMxnCents = l.integer("unit_cost_mxn_cents");
        line.averageCostCents = l.integer("average_cost_cents");
        r.adopt(l);
        if (!r.error() && (line.lineNo <= 0 || line.partId <= 0 || line.quantity <= Quantity()))
            return fail(ErrorCode::InvalidInput, NX_ERR("%1 needs a line, a part and a quantity above zero"),
                { QStringLiteral("lines[%1]").arg(i) }, QStringLiteral("lines[%1]").arg(i));
        receipt.lines.push_back(line);
    }
    if (r.error())
        return std::unexpected(*r.error());
    if (receipt.lines.empty())
        return fail(ErrorCode::InvalidInput, NX_ERR("A receipt needs at least one line"), {}, QStringLiteral("lines"));
    Result<PurchaseOrderStatus> s = purchaseOrderStatusFromCode(status);
    if (!s)
        return std::unexpected(s.error());
    fact.statusAfter = *s;
    return fact;
}

QJsonObject supplierPaymentPayload(const SupplierPayment &p, const QString &branchId)
{
    return QJsonObject { { QStringLiteral("id"), p.id }, { QStringLiteral("supplier_id"), p.supplierId },
        { QStringLiteral("branch_id"), branchId }, { QStringLiteral("amount_cents"), p.amountCents },
        { QStringLiteral("method"), p.method }, { QStringLiteral("reference"), p.reference },
        { QStringLiteral("paid_by"), p.paidBy }, { QStringLiteral("paid_at"), p.paidAtUtc } };
}

Result<SupplierPayment> supplierPaymentFromPayload(const QJsonObject &payload)
{
    Reader r(payload, {});
    SupplierPayment p;
    p.id = r.text("id");
    p.supplierId = r.text("supplier_id");
    p.amountCents = r.integer("amount_cents");
    p.method = r.text("method");
    p.reference = r.text("reference", false);
    p.paidBy = r.text("paid_by");
    p.paidAtUtc = r.text("paid_at");
    if (r.error())
        return std::unexpected(*r.error());
    if (p.amountCents <= 0)
        return fail(ErrorCode::InvalidInput, NX_ERR("The payment must be more than zero"), {},
            QStringLiteral("amount"));
    return p;
}

QJsonObject purchaseSuggestionPayload(const PurchaseSuggestionFact &fact)
{
    const PurchaseNeed &n = fact.need;
    QJsonObject payload { { QStringLiteral("id"), n.id }, { QStringLiteral("part_id"), n.partId },
        { QStringLiteral("sku"), n.sku }, { QStringLiteral("description"), n.description },
        { QStringLiteral("warehouse_id"), n.warehouseId }, { QStringLiteral("quantity"), n.quantity.thousandths() },
        { QStringLiteral("order_id"), n.orderId }, { QStringLiteral("line_id"), n.lineId },
        { QStringLiteral("reason"), n.reason }, { QStringLiteral("created_by"), n.createdBy },
        { QStringLiteral("created_at"), fact.createdAtUtc } };
    if (!fact.purchaseOrderId.isEmpty()) {
        payload.insert(QStringLiteral("purchase_order_id"), fact.purchaseOrderId);
        payload.insert(QStringLiteral("purchase_order_folio"), fact.purchaseOrderFolio);
    }
    if (!fact.atUtc.isEmpty())
        payload.insert(QStringLiteral("at"), fact.atUtc);
    return payload;
}

Result<PurchaseSuggestionFact> purchaseSuggestionFromPayload(const QString &type, const QJsonObject &payload)
{
    Reader r(payload, {});
    PurchaseSuggestionFact fact;
    PurchaseNeed &n = fact.need;
    n.id = r.text("id");
    n.partId = r.integer("part_id");
    n.sku = r.text("sku", false);
    n.description = r.text("description", false);
    n.warehouseId = r.text("warehouse_id");
    n.quantity = Quantity(r.integer("quantity"));
    n.orderId = r.text("order_id", false);
    n.lineId = r.text("line_id", false);
    n.reason = r.text("reason", false);
    n.createdBy = r.text("created_by", false);
    fact.createdAtUtc = r.text("created_at");
    if (type == QLatin1String(kPurchaseSuggestionOrdered)) {
        fact.purchaseOrderId = r.text("purchase_order_id");
        fact.purchaseOrderFolio = r.text("purchase_order_folio");
    }
    if (type != QLatin1String(kPurchaseSuggestionAdded))
        fact.atUtc = r.text("at");
    if (r.error())
        return std::unexpected(*r.error());
    if (n.partId <= 0 || n.quantity <= Quantity())
        return fail(ErrorCode::InvalidInput, NX_ERR("A purchase suggestion names its part and a quantity"), {},
            n.partId <= 0 ? QStringLiteral("part_id") : QStringLiteral("quantity"));
    return fact;
}

} // namespace nexus
