// The purchasing facts as JSON (outbox payloads) and back (the server's handlers): supplier.saved,
// purchase_order.saved, purchase.received, supplier.payment. Parsing names the first missing or mistyped field
// ("lines[2].quantity").
#pragma once

#include <QJsonObject>

#include "common/error.h"
#include "purchasing/purchaseorder.h"
#include "purchasing/supplier.h"

namespace nexus {

struct SupplierPayment
{
    QString id;
    QString supplierId;
    qint64 amountCents = 0; // MXN, > 0
    QString method; // transfer, cash, check
    QString reference;
    QString paidBy;
    QString paidAtUtc;
};

[[nodiscard]] QJsonObject supplierPayload(const Supplier &supplier);
[[nodiscard]] Result<Supplier> supplierFromPayload(const QJsonObject &payload);

// The whole order (header and lines) as of this version; receipts travel on their own.
[[nodiscard]] QJsonObject purchaseOrderPayload(const PurchaseOrder &order);
[[nodiscard]] Result<PurchaseOrder> purchaseOrderFromPayload(const QJsonObject &payload);

// A receipt with the order's branch, folio and its status after the receipt.
[[nodiscard]] QJsonObject purchaseReceiptPayload(const PurchaseOrder &order, const PurchaseReceipt &receipt);
struct ReceivedFact
{
    QString branchId;
    QString folio;
    PurchaseOrderStatus statusAfter = PurchaseOrderStatus::PartiallyReceived;
    PurchaseReceipt receipt;
};
[[nodiscard]] Result<ReceivedFact> purchaseReceiptFromPayload(const QJsonObject &payload);

[[nodiscard]] QJsonObject supplierPaymentPayload(const SupplierPayment &payment, const QString &branchId);
[[nodiscard]] Result<SupplierPayment> supplierPaymentFromPayload(const QJsonObject &payload);

} // namespace nexus
