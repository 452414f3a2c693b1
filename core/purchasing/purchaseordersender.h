// A purchase order sent to its supplier: its PDF queued by WhatsApp (a document with a short caption) and by e-mail
// (the full order text, the PDF attached) through the notifications outbox, which sends each once when the store is
// online and retries until then. Called inside PurchasingService::markSent's transaction (its SentHook).
#pragma once

#include <QByteArray>
#include <QStringList>

#include "common/error.h"
#include "purchasing/purchaseorder.h"
#include "purchasing/supplier.h"

namespace nexus {

class NotificationService;

struct PurchaseOrderDocument
{
    QString storeName;
    QString warehouseName;
    QString pdfName; // "OC_MTY1-OC000001.pdf"
    QByteArray pdf;
};

// Where the order can go: the supplier's WhatsApp number ("+52…", '' when its phone is not a mobile number) and
// e-mail ('' when none).
struct SupplierAddresses
{
    QString whatsapp;
    QString email;
    [[nodiscard]] bool any() const { return !whatsapp.isEmpty() || !email.isEmpty(); }
};
[[nodiscard]] SupplierAddresses supplierAddresses(const Supplier &supplier);

// Queues one message per address and returns the addresses. Refused, nothing queued, when the supplier has neither
// (field "supplier") or the PDF is missing (field "pdf"). Queuing the same order again to the same address adds
// nothing: it goes once.
[[nodiscard]] Result<QStringList> queuePurchaseOrder(NotificationService &notifications, const PurchaseOrder &order,
    const Supplier &supplier, const PurchaseOrderDocument &document);

} // namespace nexus
