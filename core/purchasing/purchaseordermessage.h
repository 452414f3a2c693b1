// What goes to the supplier with a purchase order, in Spanish (the store's document, whatever the UI language): the
// e-mail subject and the text for the e-mail body or a WhatsApp message, and the cells of the printed order.
#pragma once

#include <QString>

#include "purchasing/purchaseorder.h"
#include "purchasing/supplier.h"

namespace nexus {

struct PurchaseOrderMessage
{
    QString subject; // "Orden de compra MTY1-OC000001 — Refaccionaria Centro"
    QString body; // greeting, the lines, the total, delivery and terms; plain text (e-mail or WhatsApp)
};

[[nodiscard]] PurchaseOrderMessage purchaseOrderMessage(
    const PurchaseOrder &order, const Supplier &supplier, const QString &storeName, const QString &warehouseName);
// "$1,234.50" for MXN, "US$1,234.50" for USD, in Mexican Spanish format.
[[nodiscard]] QString purchaseMoney(qint64 cents, Currency currency);
// A dollar amount with its pesos at the rate: "US$100.00 (≈ $1,725.00 MXN)"; pesos alone for MXN, and dollars
// alone while there is no rate.
[[nodiscard]] QString purchaseMoneyBoth(qint64 cents, Currency currency, qint64 exchangeRateMicros);

} // namespace nexus
