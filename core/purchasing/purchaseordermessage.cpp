// The supplier's text of a purchase order.
#include "purchasing/purchaseordermessage.h"
#include "sales/exchangerate.h"

#include <QLocale>

namespace nexus {

QString purchaseMoney(qint64 cents, Currency currency)
{
    return Money(cents, currency).format(QLocale(QLocale::Spanish, QLocale::Mexico));
}

QString purchaseMoneyBoth(qint64 cents, Currency currency, qint64 exchangeRateMicros)
{
    if (currency == Currency::MXN || exchangeRateMicros <= 0)
        return purchaseMoney(cents, currency);
    return QStringLiteral("%1 (≈ %2 MXN)")
        .arg(purchaseMoney(cents, currency), purchaseMoney(toMxnCents(cents, exchangeRateMicros), Currency::MXN));
}

PurchaseOrderMessage purchaseOrderMessage(
    const PurchaseOrder &order, const Supplier &supplier, const QString &storeName, const QString &warehouseName)
{
    PurchaseOrderMessage message;
    message.subject = QStringLiteral("Orden de compra %1 — %2").arg(order.folio, storeName);
    QStringList lines;
    lines << QStringLiteral("Hola %1:").arg(supplier.contactName.isEmpty() ? supplier.name : supplier.contactName)
          << QString()
          << QStringLiteral("%1 les envía la orden de compra %2 (PDF adjunto):").arg(storeName, order.folio)
          << QString();
    for (const PurchaseOrderLine &line : order.lines) {
        const QString code = line.supplierSku.isEmpty() ? line.sku
                                                        : QStringLiteral("%1 (nuestro %2)").arg(line.supplierSku, line.sku);
        lines << QStringLiteral("• %1 × %2 %3 a %4 c/u = %5")
                     .arg(line.quantity.toString(), code, line.description,
                         purchaseMoney(line.unitCostCents, order.currency),
                         purchaseMoney(line.amountCents(), order.currency));
    }
    lines << QString() << QStringLiteral("Total: %1 %2 más IVA")
                              .arg(purchaseMoney(order.totalCents(), order.currency), currencyCode(order.currency));
    if (order.currency != Currency::MXN)
        lines << QStringLiteral("Tipo de cambio de referencia: %1 MXN por %2")
                     .arg(formatExchangeRate(order.exchangeRateMicros),
                         currencyCode(order.currency));
    lines << QStringLiteral("Entregar en: %1, %2").arg(storeName, warehouseName);
    if (supplier.creditDays > 0)
        lines << QStringLiteral("Condiciones: crédito a %1 días").arg(supplier.creditDays);
    if (!order.note.isEmpty())
        lines << QStringLiteral("Nota: %1").arg(order.note);
    lines << QString() << QStringLiteral("Por favor confirmen existencia y fecha de entrega. Gracias.");
    message.body = lines.join(QLatin1Char('\n'));
    return message;
}

} // namespace nexus
