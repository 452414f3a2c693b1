// Warranty facts as JSON.
#include "warranty/warrantypayload.h"

#include "common/idgenerator.h"
#include "store/outbox.h"

namespace nexus {

namespace {

QJsonObject envelope(const QString &eventId, const QString &branchId, const QString &userId, const QString &at)
{
    return { { QStringLiteral("event_id"), eventId }, { QStringLiteral("branch_id"), branchId },
        { QStringLiteral("user_id"), userId }, { QStringLiteral("at"), at } };
}

} // namespace

Status appendWarrantyFact(Database &db, const char *type, const QJsonObject &payload, const QString &atUtc)
{
    Result<qint64> seq = Outbox(db).append(
        IdGenerator::instance().nextString(), QLatin1String(type), kWarrantySchema, payload, atUtc);
    if (!seq)
        return std::unexpected(seq.error());
    return {};
}

QJsonObject warrantyPolicyKeyJson(WarrantyScope scope, qint64 brandId, qint64 categoryId)
{
    return { { QStringLiteral("scope"), warrantyScopeCode(scope) }, { QStringLiteral("brand_id"), brandId },
        { QStringLiteral("category_id"), categoryId } };
}

QStringList warrantymutation::all()
{
    return { QLatin1String(kClaimOpened), QLatin1String(kClaimResolved), QLatin1String(kClaimClosed),
        QLatin1String(kRmaSent), QLatin1String(kRmaSettled) };
}

QJsonArray movementsJson(const std::vector<StockMovement> &movements)
{
    QJsonArray out;
    for (const StockMovement &m : movements)
        out.append(QJsonObject { { QStringLiteral("id"), m.id }, { QStringLiteral("part_id"), m.partId },
            { QStringLiteral("warehouse_id"), m.warehouseId }, { QStringLiteral("kind"), m.kind },
            { QStringLiteral("quantity"), m.quantity.thousandths() } });
    return out;
}

QJsonObject claimOpenedPayload(const WarrantyClaim &claim, const QString &eventId)
{
    QJsonObject o = envelope(eventId, claim.branchId, claim.openedBy, claim.openedAtUtc);
    o.insert(QStringLiteral("claim_id"), claim.id);
    o.insert(QStringLiteral("folio"), claim.folio);
    o.insert(QStringLiteral("sale_id"), claim.saleId);
    o.insert(QStringLiteral("sale_folio"), claim.saleFolio);
    o.insert(QStringLiteral("line_no"), claim.lineNo);
    o.insert(QStringLiteral("part_id"), claim.partId);
    o.insert(QStringLiteral("sku"), claim.sku);
    o.insert(QStringLiteral("description"), claim.description);
    o.insert(QStringLiteral("warehouse_id"), claim.warehouseId);
    o.insert(QStringLiteral("quantity"), claim.quantity.thousandths());
    o.insert(QStringLiteral("customer_id"), claim.customerId);
    o.insert(QStringLiteral("expires_on"), claim.expiresOn.toString(Qt::ISODate));
    o.insert(QStringLiteral("reason"), claim.reason);
    o.insert(QStringLiteral("part_received"), claim.partReceived);
    o.insert(QStringLiteral("evidence_files"), int(claim.evidence.size()));
    return o;
}

QJsonObject claimResolvedPayload(
    const WarrantyClaim &claim, const QString &eventId, const std::vector<StockMovement> &movements)
{
    QJsonObject o = envelope(eventId, claim.branchId, claim.resolvedBy, claim.resolvedAtUtc);
    o.insert(QStringLiteral("claim_id"), claim.id);
    o.insert(QStringLiteral("resolution"), claim.resolution ? claimResolutionCode(*claim.resolution) : QString());
    o.insert(QStringLiteral("note"), claim.resolutionNote);
    o.insert(QStringLiteral("refund_cents"), claim.refund.centavos());
    o.insert(QStringLiteral("return_id"), claim.returnId);
    o.insert(QStringLiteral("cash_movement_id"), claim.cashMovementId);
    o.insert(QStringLiteral("movements"), movementsJson(movements));
    return o;
}

QJsonObject claimClosedPayload(const WarrantyClaim &claim, const QString &eventId)
{
    QJsonObject o = envelope(eventId, claim.branchId, claim.closedBy, claim.closedAtUtc);
    o.insert(QStringLiteral("claim_id"), claim.id);
    return o;
}

QJsonObject rmaSentPayload(const Rma &rma, const QString &eventId, const StockMovement &movement)
{
    QJsonObject o = envelope(eventId, rma.branchId, rma.sentBy, rma.sentAtUtc);
    o.insert(QStringLiteral("rma_id"), rma.id);
    o.insert(QStringLiteral("folio"), rma.folio);
    o.insert(QStringLiteral("claim_id"), rma.claimId);
    o.insert(QStringLiteral("part_id"), rma.partId);
    o.insert(QStringLiteral("sku"), rma.sku);
    o.insert(QStringLiteral("description"), rma.description);
    o.insert(QStringLiteral("warehouse_id"), rma.warehouseId);
    o.insert(QStringLiteral("quantity"), rma.quantity.thousandths());
    o.insert(QStringLiteral("supplier_id"), rma.supplierId);
    o.insert(QStringLiteral("supplier_name"), rma.supplierName);
    o.insert(QStringLiteral("reference"), rma.reference);
    o.insert(QStringLiteral("movements"), movementsJson({ movement }));
    return o;
}

QJsonObject rmaSettledPayload(const Rma &rma, const QString &eventId)
{
    QJsonObject o = envelope(eventId, rma.branchId, rma.settledBy, rma.settledAtUtc);
    o.insert(QStringLiteral("rma_id"), rma.id);
    o.insert(QStringLiteral("status"), rmaStatusCode(rma.status));
    o.insert(QStringLiteral("credit_cents"), rma.credit.centavos());
    o.insert(QStringLiteral("note"), rma.note);
    return o;
}

} // namespace nexus
