// The supplier's addresses checked first, so the manager hears exactly why an order cannot be sent.
#include "purchasing/purchaseordersender.h"

#include "notifications/notificationservice.h"
#include "purchasing/purchaseordermessage.h"

namespace nexus {

SupplierAddresses supplierAddresses(const Supplier &supplier)
{
    return { NotificationService::whatsappNumber(supplier.phone), supplier.email.trimmed() };
}

Result<QStringList> queuePurchaseOrder(NotificationService &notifications, const PurchaseOrder &order,
    const Supplier &supplier, const PurchaseOrderDocument &document)
{
    const SupplierAddresses to = supplierAddresses(supplier);
    if (!to.any())
        return fail(ErrorCode::InvalidInput,
            NX_ERR("%1 has no mobile number or e-mail to send the order to: add them in its card"), { supplier.name },
            QStringLiteral("supplier"));
    if (document.pdf.isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("The PDF of the purchase order %1 could not be written"),
            { order.folio }, QStringLiteral("pdf"));
    const PurchaseOrderMessage text = purchaseOrderMessage(order, supplier, document.storeName, document.warehouseName);
    NotificationMessage message;
    message.event = NotificationEvent::PoSent;
    message.refType = QStringLiteral("purchase_order");
    message.refId = order.id;
    message.attachmentName = document.pdfName;
    message.attachment = document.pdf;
    QStringList queued;
    if (!to.whatsapp.isEmpty()) {
        // A document's caption holds 1024 characters: the lines are in the PDF.
        message.channel = NotificationChannel::WhatsApp;
        message.recipient = to.whatsapp;
        message.body = QStringLiteral("Hola %1, %2 les envía la orden de compra %3 por %4 %5 más IVA (PDF adjunto). "
                                      "Por favor confirmen existencia y fecha de entrega. Gracias.")
                           .arg(supplier.contactName.isEmpty() ? supplier.name : supplier.contactName,
                               document.storeName, order.folio, purchaseMoney(order.totalCents(), order.currency),
                               currencyCode(order.currency));
        if (Result<bool> ok = notifications.enqueueComposed(message); !ok)
            return std::unexpected(ok.error());
        queued << to.whatsapp;
    }
    if (!to.email.isEmpty()) {
        message.channel = NotificationChannel::Email;
        message.recipient = to.email;
        message.subject = text.subject;
        message.body = text.body;
        if (Result<bool> ok = notifications.enqueueComposed(message); !ok)
            return std::unexpected(ok.error());
        queued << to.email;
    }
    return queued;
}

} // namespace nexus
