// The order's cells in a ReportTable: costs in the order's currency (text when it is not pesos, so "US$" shows).
#include "purchasing/purchaseorderpdf.h"

#include "purchasing/purchaseordermessage.h"
#include "sales/exchangerate.h"
#include "reports/reportpdf.h"

#include <QDateTime>
#include <QLocale>

namespace nexus {

Result<int> writePurchaseOrderPdf(
    const PurchaseOrder &order, const Supplier &supplier, const PurchaseOrderPdfHeader &header, const QString &path)
{
    const bool pesos = order.currency == Currency::MXN;
    const ColumnType money = pesos ? ColumnType::Money : ColumnType::Text;
    ReportTable table;
    table.title = QStringLiteral("Orden de compra %1").arg(order.folio);
    table.timeZone = QTimeZone::systemTimeZone();
    table.columns = { { QStringLiteral("line"), QStringLiteral("#"), ColumnType::Count, false },
        { QStringLiteral("supplier_sku"), QStringLiteral("Núm. proveedor"), ColumnType::Text, false },
        { QStringLiteral("sku"), QStringLiteral("Nuestro código"), ColumnType::Text, false },
        { QStringLiteral("description"), QStringLiteral("Descripción"), ColumnType::Text, false },
        { QStringLiteral("quantity"), QStringLiteral("Cantidad"), ColumnType::Quantity, true },
        { QStringLiteral("unit_cost"), QStringLiteral("Costo unit."), money, false },
        { QStringLiteral("amount"), QStringLiteral("Importe"), money, pesos } };
    const auto cell = [&](qint64 cents) -> QVariant {
        return pesos ? QVariant(cents) : QVariant(purchaseMoney(cents, order.currency));
    };
    for (const PurchaseOrderLine &line : order.lines)
        table.rows.append({ qint64(line.lineNo), line.supplierSku, line.sku, line.description,
            line.quantity.thousandths(), cell(line.unitCostCents), cell(line.amountCents()) });
    table.sumTotals();
    table.totals[3] = QStringLiteral("Total (sin IVA)");
    table.totals[1] = QVariant();
    table.totals[6] = cell(order.totalCents());
    if (!order.note.isEmpty())
        table.notes << QStringLiteral("Nota: %1").arg(order.note);
    if (!pesos)
        table.notes << QStringLiteral("Precios en %1; tipo de cambio de referencia %2 MXN por %1.")
                           .arg(currencyCode(order.currency),
                               formatExchangeRate(order.exchangeRateMicros));
    table.notes << QStringLiteral("Precios sin IVA. Favor de facturar a nombre de %1 y citar la orden %2.")
                       .arg(header.storeName, order.folio);

    const QDateTime created = QDateTime::fromString(order.createdAtUtc, Qt::ISODateWithMs).toLocalTime();
    ReportDocumentHeader head;
    head.storeName = header.storeName;
    head.fiscalLine = QStringLiteral("Proveedor: %1%2")
                          .arg(supplier.name, supplier.rfc.isEmpty() ? QString() : QStringLiteral(" · RFC ") + supplier.rfc);
    QStringList contact;
    if (!supplier.contactName.isEmpty())
        contact << QStringLiteral("Atención: %1").arg(supplier.contactName);
    if (!supplier.phone.isEmpty())
        contact << QStringLiteral("Tel. %1").arg(supplier.phone);
    if (!supplier.email.isEmpty())
        contact << supplier.email;
    head.address = contact.join(QStringLiteral(" · "));
    head.range = QStringLiteral("Fecha: %1 · Moneda: %2 · Crédito: %3 días · Entregar en: %4")
                     .arg(created.toString(QStringLiteral("dd/MM/yyyy")), currencyCode(order.currency))
                     .arg(supplier.creditDays)
                     .arg(header.warehouseName);
    head.generated = QStringLiteral("Elaboró: %1").arg(header.createdBy);
    return writeReportPdf(table, head, path);
}

} // namespace nexus
