// A purchase order to a supplier, its receipts and the figures derived from them (received, pending and over per
// line; value in MXN), and the status workflow: draft → sent → partially received → received → closed, or cancelled.
#pragma once

#include <QString>

#include <optional>
#include <vector>

#include "common/error.h"
#include "common/money.h"
#include "common/quantity.h"

namespace nexus {

enum class PurchaseOrderStatus {
    Draft, // being written; lines may change
    Sent, // sent to the supplier (PDF, e-mail/WhatsApp text); nothing received yet
    PartiallyReceived, // some pieces arrived, some are still expected
    Received, // every line arrived in full (or more)
    Closed, // finished: nothing more is expected (a partially received order may be closed short)
    Cancelled, // withdrawn before anything arrived
};

[[nodiscard]] QString purchaseOrderStatusCode(PurchaseOrderStatus status); // draft, sent, partially_received…
[[nodiscard]] Result<PurchaseOrderStatus> purchaseOrderStatusFromCode(const QString &code);
[[nodiscard]] QString purchaseOrderStatusName(PurchaseOrderStatus status); // translated: "Borrador", "Enviada"…

// The workflow's edges, once for the counter and the server. Receipts move sent/partially received to partially
// received or received (statusAfterReceipt); close ends a received or partially received order; cancel withdraws a
// draft or sent one. Anything else: InvalidInput on field "status", naming both states.
[[nodiscard]] Status checkPurchaseOrderTransition(PurchaseOrderStatus from, PurchaseOrderStatus to);

// Outbox mutation types; schema 1 each.
inline constexpr const char *kSupplierSaved = "supplier.saved";
inline constexpr const char *kPurchaseOrderSaved = "purchase_order.saved";
inline constexpr const char *kPurchaseReceived = "purchase.received";
inline constexpr const char *kSupplierPayment = "supplier.payment";
inline constexpr int kPurchasingSchema = 1;

inline constexpr qint64 kExchangeRateOne = 1'000'000; // exchange rates are MXN per unit × 10^6

struct PurchaseOrderLine
{
    int lineNo = 0; // 1-based
    qint64 partId = 0;
    QString sku;
    QString barcode;
    QString supplierSku;
    QString description;
    Quantity quantity; // ordered
    qint64 unitCostCents = 0; // order currency, tax excluded

    [[nodiscard]] qint64 amountCents() const; // quantity × unit cost, rounded to the centavo
};

struct PurchaseReceiptLine
{
    int lineNo = 0;
    qint64 partId = 0;
    QString warehouseId;
    Quantity quantity; // received now, > 0
    qint64 orderedCostCents = 0; // the order line's unit cost
    qint64 unitCostCents = 0; // as invoiced (order currency)
    qint64 unitCostMxnCents = 0;
    qint64 averageCostCents = 0; // the branch's average after this line (MXN)

    [[nodiscard]] bool priceDiffers() const { return unitCostCents != orderedCostCents; }
};

struct PurchaseReceipt
{
    QString id;
    QString orderId;
    QString supplierId;
    QString supplierInvoice;
    QString receivedBy;
    QString receivedAtUtc;
    QString note;
    qint64 totalMxnCents = 0;
    std::vector<PurchaseReceiptLine> lines;
};

struct PurchaseOrderLineTotals
{
    Quantity ordered;
    Quantity received;
    Quantity pending; // ordered − received, never below 0
    Quantity over; // received beyond ordered (a recorded difference)
};

struct PurchaseOrder
{
    QString id;
    QString folio;
    QString supplierId;
    QString supplierName; // read with the order, not stored on it
    QString branchId;
    QString warehouseId;
    Currency currency = Currency::MXN;
    qint64 exchangeRateMicros = kExchangeRateOne;
    PurchaseOrderStatus status = PurchaseOrderStatus::Draft;
    QString note;
    QString createdBy;
    QString createdAtUtc;
    QString sentAtUtc;
    QString closedAtUtc;
    QString cancelledAtUtc;
    QString cancelReason;
    qint64 version = 1;
    std::vector<PurchaseOrderLine> lines;
    std::vector<PurchaseReceipt> receipts;

    [[nodiscard]] const PurchaseOrderLine *line(int lineNo) const;
    [[nodiscard]] PurchaseOrderLineTotals totals(int lineNo) const;
    [[nodiscard]] qint64 totalCents() const; // ordered value, order currency
    [[nodiscard]] qint64 receivedMxnCents() const; // value of every receipt, MXN
    // The line a scanned or typed code names: our SKU, the barcode or the supplier's part number (case aside); 0 if
    // none.
    [[nodiscard]] int lineForCode(const QString &code) const;
    // The status the receipts give a sent or partially received order: received when every line arrived in full.
    [[nodiscard]] PurchaseOrderStatus statusAfterReceipts() const;
};

// Unit cost in MXN centavos of a cost in the order's currency (rate × 10^6), rounded half away from zero.
[[nodiscard]] qint64 toMxnCents(qint64 cents, qint64 exchangeRateMicros);
// The weighted average cost after receiving `quantity` at `unitCost` onto `onHand` pieces at `averageCost`
// (all MXN centavos, quantities in thousandths): (onHand·avg + qty·cost) / (onHand + qty), rounded; with nothing on
// hand (or a negative balance), the new cost.
[[nodiscard]] qint64 weightedAverageCost(Quantity onHand, qint64 averageCost, Quantity quantity, qint64 unitCost);

} // namespace nexus
