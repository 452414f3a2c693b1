// Serialises a return for the outbox; integers only (centavos, thousandths), never floating point.
#include "returns/returnpayload.h"

#include <QJsonArray>

namespace nexus {

QJsonObject returnPayload(const ReturnRecord &record)
{
    QJsonArray lines;
    for (const ReturnRecordLine &line : record.lines)
        lines.append(QJsonObject { { QStringLiteral("line_no"), line.lineNo },
            { QStringLiteral("sale_line_no"), line.saleLineNo }, { QStringLiteral("part_id"), line.partId },
            { QStringLiteral("sku"), line.sku }, { QStringLiteral("quantity"), line.quantity.thousandths() },
            { QStringLiteral("base_cents"), line.amounts.base.centavos() },
            { QStringLiteral("tax_cents"), line.amounts.tax.centavos() },
            { QStringLiteral("total_cents"), line.amounts.gross.centavos() },
            { QStringLiteral("destination"), returnDestinationCode(line.destination) },
            { QStringLiteral("sale_warehouse_id"), line.saleWarehouseId },
            { QStringLiteral("warehouse_id"), line.warehouseId } });
    return QJsonObject { { QStringLiteral("id"), record.id }, { QStringLiteral("folio"), record.folio },
        { QStringLiteral("sale_id"), record.saleId }, { QStringLiteral("sale_folio"), record.saleFolio },
        { QStringLiteral("branch_id"), record.branchId }, { QStringLiteral("device_id"), record.deviceId },
        { QStringLiteral("cash_session_id"), record.cashSessionId }, { QStringLiteral("cashier_id"), record.cashierId },
        { QStringLiteral("approved_by"), record.approvedBy }, { QStringLiteral("reason"), record.reason },
        { QStringLiteral("refund_method"), refundMethodCode(record.refundMethod) },
        { QStringLiteral("refund_reference"), record.refundReference },
        { QStringLiteral("customer_id"), record.customerId }, { QStringLiteral("currency"), QStringLiteral("MXN") },
        { QStringLiteral("subtotal_cents"), record.totals.base.centavos() },
        { QStringLiteral("tax_cents"), record.totals.tax.centavos() },
        { QStringLiteral("total_cents"), record.totals.gross.centavos() },
        { QStringLiteral("points_cents"), record.pointsValue.centavos() },
        { QStringLiteral("returned_at"), record.returnedAtUtc }, { QStringLiteral("lines"), lines } };
}

} // namespace nexus
