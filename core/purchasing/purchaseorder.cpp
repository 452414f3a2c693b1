// Purchase order figures and the status workflow.
#include "purchasing/purchaseorder.h"

#include <QCoreApplication>

#include <algorithm>

namespace nexus {

namespace {

struct StatusCode
{
    PurchaseOrderStatus status;
    const char *code;
};

constexpr StatusCode kCodes[] = {
    { PurchaseOrderStatus::Draft, "draft" },
    { PurchaseOrderStatus::Sent, "sent" },
    { PurchaseOrderStatus::PartiallyReceived, "partially_received" },
    { PurchaseOrderStatus::Received, "received" },
    { PurchaseOrderStatus::Closed, "closed" },
    { PurchaseOrderStatus::Cancelled, "cancelled" },
};

} // namespace

QString purchaseOrderStatusCode(PurchaseOrderStatus status)
{
    for (const StatusCode &c : kCodes)
        if (c.status == status)
            return QLatin1String(c.code);
    return {};
}

Result<PurchaseOrderStatus> purchaseOrderStatusFromCode(const QString &code)
{
    for (const StatusCode &c : kCodes)
        if (code == QLatin1String(c.code))
            return c.status;
    return fail(ErrorCode::InvalidInput, NX_ERR("%1 is not a purchase order status"), { code }, QStringLiteral("status"));
}

QString purchaseOrderStatusName(PurchaseOrderStatus status)
{
    switch (status) {
    case PurchaseOrderStatus::Draft:
        return QCoreApplication::translate("nexus::PurchaseOrder", "Draft");
    case PurchaseOrderStatus::Sent:
        return QCoreApplication::translate("nexus::PurchaseOrder", "Sent");
    case PurchaseOrderStatus::PartiallyReceived:
        return QCoreApplication::translate("nexus::PurchaseOrder", "Partially received");
    case PurchaseOrderStatus::Received:
        return QCoreApplication::translate("nexus::PurchaseOrder", "Received");
    case PurchaseOrderStatus::Closed:
        return QCoreApplication::translate("nexus::PurchaseOrder", "Closed");
    case PurchaseOrderStatus::Cancelled:
        return QCoreApplication::translate("nexus::PurchaseOrder", "Cancelled");
    }
    return {};
}

Status checkPurchaseOrderTransition(PurchaseOrderStatus from, PurchaseOrderStatus to)
{
    using S = PurchaseOrderStatus;
    bool allowed = false;
    switch (to) {
    case S::Sent:
        allowed = from == S::Draft;
        break;
    case S::PartiallyReceived:
        allowed = from == S::Sent || from == S::PartiallyReceived;
        break;
    case S::Received:
        allowed = from == S::Sent || from == S::PartiallyReceived;
        break;
    case S::Closed:
        allowed = from == S::Received || from == S::PartiallyReceived;
        break;
    case S::Cancelled:
        allowed = from == S::Draft || from == S::Sent;
        break;
    case S::Draft:
        allowed = false;
        break;
    }
    if (allowed)
        return {};
    return fail(ErrorCode::InvalidInput, NX_ERR("A purchase order that is \"%1\" cannot become \"%2\""),
        { purchaseOrderStatusName(from), purchaseOrderStatusName(to) }, QStringLiteral("status"));
}

qint64 PurchaseOrderLine::amountCents() const
{
    return Money(unitCostCents).times(quantity.thousandths()).centavos();
}

const PurchaseOrderLine *PurchaseOrder::line(int lineNo) const
{
    for (const PurchaseOrderLine &l : lines)
        if (l.lineNo == lineNo)
            return &l;
    return nullptr;
}

PurchaseOrderLineTotals PurchaseOrder::totals(int lineNo) const
{
    PurchaseOrderLineTotals t;
    if (const PurchaseOrderLine *l = line(lineNo))
        t.ordered = l->quantity;
    for (const PurchaseReceipt &receipt : receipts)
        for (const PurchaseReceiptLine &r : receipt.lines)
            if (r.lineNo == lineNo)
                t.received = t.received + r.quantity;
    t.pending = std::max(Quantity(), t.ordered - t.received);
    t.over = std::max(Quantity(), t.received - t.ordered);
    return t;
}

qint64 PurchaseOrder::totalCents() const
{
    qint64 total = 0;
    for (const PurchaseOrderLine &l : lines)
        total += l.amountCents();
    return total;
}

qint64 PurchaseOrder::receivedMxnCents() const
{
    qint64 total = 0;
    for (const PurchaseReceipt &receipt : receipts)
        total += receipt.totalMxnCents;
    return total;
}

int PurchaseOrder::lineForCode(const QString &code) const
{
    const QString wanted = code.trimmed();
    if (wanted.isEmpty())
        return 0;
    for (const PurchaseOrderLine &l : lines)
        if (l.sku.compare(wanted, Qt::CaseInsensitive) == 0 || (!l.barcode.isEmpty() && l.barcode == wanted)
            || (!l.supplierSku.isEmpty() && l.supplierSku.compare(wanted, Qt::CaseInsensitive) == 0))
            return l.lineNo;
    return 0;
}

PurchaseOrderStatus PurchaseOrder::statusAfterReceipts() const
{
    bool any = false;
    bool complete = true;
    for (const PurchaseOrderLine &l : lines) {
        const PurchaseOrderLineTotals t = totals(l.lineNo);
        any = any || t.received > Quantity();
        complete = complete && t.pending == Quantity();
    }
    if (!any)
        return PurchaseOrderStatus::Sent;
    return complete ? PurchaseOrderStatus::Received : PurchaseOrderStatus::PartiallyReceived;
}

qint64 toMxnCents(qint64 cents, qint64 exchangeRateMicros)
{
    return divideRounded(cents * exchangeRateMicros, kExchangeRateOne);
}

qint64 weightedAverageCost(Quantity onHand, qint64 averageCost, Quantity quantity, qint64 unitCost)
{
    const qint64 before = std::max<qint64>(0, onHand.thousandths());
    const qint64 added = quantity.thousandths();
    if (before + added <= 0)
        return unitCost;
    if (before == 0)
        return unitCost;
    return divideRounded(before * averageCost + added * unitCost, before + added);
}

} // namespace nexus
