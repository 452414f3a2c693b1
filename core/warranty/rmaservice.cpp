// RMA steps and the words of their states.
#include "warranty/rmaservice.h"

#include "common/clock.h"
#include "common/idgenerator.h"
#include "inventory/stockledger.h"
#include "returns/returnrequest.h"
#include "store/database.h"
#include "warranty/warrantypayload.h"

#include <QCoreApplication>

namespace nexus {

QString rmaStatusCode(RmaStatus status)
{
    switch (status) {
    case RmaStatus::Sent: return QStringLiteral("sent");
    case RmaStatus::Credited: return QStringLiteral("credited");
    case RmaStatus::Rejected: return QStringLiteral("rejected");
    }
    return {};
}

Result<RmaStatus> rmaStatusFromCode(const QString &code)
{
    for (RmaStatus status : { RmaStatus::Sent, RmaStatus::Credited, RmaStatus::Rejected })
        if (rmaStatusCode(status) == code)
            return status;
    return fail(ErrorCode::InvalidInput, NX_ERR("Unknown RMA status \"%1\""), { code }, QStringLiteral("status"));
}

QString rmaStatusTitle(RmaStatus status)
{
    switch (status) {
    case RmaStatus::Sent: return QCoreApplication::translate("nexus::Warranty", "Sent to supplier");
    case RmaStatus::Credited: return QCoreApplication::translate("nexus::Warranty", "Credited");
    case RmaStatus::Rejected: return QCoreApplication::translate("nexus::Warranty", "Rejected by supplier");
    }
    return {};
}

namespace {

// A text column is NOT NULL: an absent value is '' (a null QString would bind NULL).
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

} // namespace

RmaService::RmaService(Database &db, const Clock &clock) : m_db(db), m_clock(clock)
{
}

Result<Rma> RmaService::send(const SendRmaRequest &request, const WarrantyActor &actor)
{
    if (actor.userId.trimmed().isEmpty())
        return fail(ErrorCode::Unauthenticated, NX_ERR("Log in first"), {}, QStringLiteral("user_id"));
    if (actor.folioSeries.trimmed().isEmpty())
        return fail(
            ErrorCode::InvalidInput, NX_ERR("This counter has no folio series"), {}, QStringLiteral("folio_series"));
    QString supplier = request.supplierName.simplified();
    if (!request.supplierId.trimmed().isEmpty()) {
        Result<QVariant> name = m_db.scalar(
            QStringLiteral("SELECT name FROM suppliers WHERE id = ?"), { request.supplierId.trimmed() });
        if (!name)
            return std::unexpected(name.error());
        if (!name->isValid())
            return fail(ErrorCode::InvalidInput, NX_ERR("There is no supplier %1"), { request.supplierId },
                QStringLiteral("supplier_id"));
        supplier = name->toString();
    }
    if (supplier.isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("Say which supplier the piece goes back to"), {},
            QStringLiteral("supplier_name"));
    Transaction transaction(m_db);
    if (Status begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    Result<WarrantyClaim> claim = WarrantyClaimService(m_db, m_clock, {}, {}).claim(request.claimId);
    if (!claim)
        return std::unexpected(claim.error());
    const bool kept = claim->resolution == ClaimResolution::Replace || claim->resolution == ClaimResolution::Refund;
    if (claim->labor() || !kept)
        return fail(ErrorCode::InvalidInput,
            NX_ERR("Only a piece the store kept (a claim resolved by replace or refund) goes back to the supplier"),
            {}, QStringLiteral("claim"));
    Result<QVariant> existing
        = m_db.scalar(QStringLiteral("SELECT folio FROM rmas WHERE claim_id = ?"), { request.claimId });
    if (!existing)
        return std::unexpected(existing.error());
    if (existing->isValid())
        return fail(ErrorCode::Conflict, NX_ERR("The piece of this claim went back already (RMA %1)"),
            { existing->toString() }, QStringLiteral("claim"));
    Result<QString> folio = nextSeriesFolio(m_db, actor.folioSeries + QStringLiteral("-R"));
    if (!folio)
        return std::unexpected(folio.error());

    Rma rma;
    rma.id = IdGenerator::instance().nextString();
    rma.folio = *folio;
    rma.claimId = claim->id;
    rma.claimFolio = claim->folio;
    rma.branchId = actor.branchId;
    rma.partId = claim->partId;
    rma.sku = claim->sku;
    rma.description = claim->description;
    rma.warehouseId = defectiveWarehouseId(claim->warehouseId);
    rma.quantity = claim->quantity;
    rma.supplierId = request.supplierId.trimmed();
    rma.supplierName = supplier;
    rma.reference = request.reference.simplified();
    rma.note = request.note.simplified();
    rma.sentBy = actor.userId;
    rma.sentAtUtc = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    const StockMovement movement { IdGenerator::instance().nextString(), rma.partId, rma.warehouseId,
        QStringLiteral("adjustment"), -rma.quantity, QStringLiteral("rma"), rma.id, actor.userId, rma.sentAtUtc };
    if (Status posted = StockLedger(m_db).post({ movement }); !posted)
        return std::unexpected(posted.error());
    Result<QSqlQuery> inserted = m_db.exec(
        QStringLiteral("INSERT INTO rmas(id, folio, claim_id, branch_id, part_id, sku, description, warehouse_id, "
                       "quantity, supplier_id, supplier_name, reference, status, note, sent_by, sent_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'sent', ?, ?, ?)"),
        { rma.id, rma.folio, rma.claimId, rma.branchId, rma.partId, text(rma.sku), rma.description, rma.warehouseId,
            rma.quantity.thousandths(), text(rma.supplierId), rma.supplierName, text(rma.reference), text(rma.note),
            rma.sentBy, rma.sentAtUtc });
    if (!inserted)
        return std::unexpected(inserted.error());
    if (Status ok = appendWarrantyFact(m_db, warrantymutation::kRmaSent,
            rmaSentPayload(rma, IdGenerator::instance().nextString(), movement), rma.sentAtUtc);
        !ok)
        return std::unexpected(ok.error());
    if (Status committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return rma;
}

Result<Rma> RmaService::settle(
    const QString &rmaId, RmaStatus outcome, Money credit, const QString &note, const WarrantyActor &actor)
{
    if (actor.userId.trimmed().isEmpty())
        return fail(ErrorCode::Unauthenticated, NX_ERR("Log in first"), {}, QStringLiteral("user_id"));
    if (outcome == RmaStatus::Sent)
        return fail(ErrorCode::InvalidInput, NX_ERR("An RMA is settled as credited or rejected"), {},
            QStringLiteral("status"));
    if (outcome == RmaStatus::Credited && credit <= Money::zero())
        return fail(ErrorCode::InvalidInput, NX_ERR("Type the credit the supplier gave"), {},
            QStringLiteral("credit_cents"));
    if (outcome == RmaStatus::Rejected && note.simplified().isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("Say why the supplier rejected it"), {}, QStringLiteral("note"));
    Transaction transaction(m_db);
    if (Status begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    Result<Rma> found = rma(rmaId);
    if (!found)
        return found;
    if (found->status != RmaStatus::Sent)
        return fail(ErrorCode::Conflict, NX_ERR("The RMA %1 is settled already"), { found->folio },
            QStringLiteral("status"));
    Rma settled = std::move(*found);
    settled.status = outcome;
    settled.credit = outcome == RmaStatus::Credited ? credit : Money::zero();
    if (!note.simplified().isEmpty())
        settled.note = note.simplified();
    settled.settledBy = actor.userId;
    settled.settledAtUtc = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    Result<QSqlQuery> updated = m_db.exec(
        QStringLiteral("UPDATE rmas SET status = ?, credit_cents = ?, note = ?, settled_by = ?, settled_at = ? "
                       "WHERE id = ? AND status = 'sent'"),
        { rmaStatusCode(outcome), settled.credit.centavos(), text(settled.note), settled.settledBy, settled.settledAtUtc,
            settled.id });
    if (!updated)
        return std::unexpected(updated.error());
    if (Status ok = appendWarrantyFact(m_db, warrantymutation::kRmaSettled,
            rmaSettledPayload(settled, IdGenerator::instance().nextString()), settled.settledAtUtc);
        !ok)
        return std::unexpected(ok.error());
    if (Status committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return settled;
}

Result<QList<Rma>> RmaService::select(const QString &where, const QVariantList &values, int limit) const
{
    Result<QSqlQuery> query = m_db.exec(
        QStringLiteral("SELECT r.id, r.folio, r.claim_id, COALESCE(w.folio, ''), r.branch_id, r.part_id, r.sku, "
                       "r.description, r.warehouse_id, r.quantity, r.supplier_id, r.supplier_name, r.reference, "
                       "r.status, r.credit_cents, r.note, r.sent_by, r.sent_at, r.settled_by, r.settled_at "
                       "FROM rmas r LEFT JOIN warranty_claims w ON w.id = r.claim_id WHERE ")
            + where + QStringLiteral(" ORDER BY r.sent_at DESC LIMIT ") + QString::number(limit),
        values);
    if (!query)
        return std::unexpected(query.error());
    QList<Rma> out;
    while (query->next()) {
        Rma r;
        int i = 0;
        const auto next = [&] { return query->value(i++); };
        r.id = next().toString();
        r.folio = next().toString();
        r.claimId = next().toString();
        r.claimFolio = next().toString();
        r.branchId = next().toString();
        r.partId = next().toLongLong();
        r.sku = next().toString();
        r.description = next().toString();
        r.warehouseId = next().toString();
        r.quantity = Quantity(next().toLongLong());
        r.supplierId = next().toString();
        r.supplierName = next().toString();
        r.reference = next().toString();
        r.status = rmaStatusFromCode(next().toString()).value_or(RmaStatus::Sent);
        r.credit = Money(next().toLongLong());
        r.note = next().toString();
        r.sentBy = next().toString();
        r.sentAtUtc = next().toString();
        r.settledBy = next().toString();
        r.settledAtUtc = next().toString();
        out.append(std::move(r));
    }
    return out;
}

Result<QList<RmaSupplier>> RmaService::suppliersFor(qint64 partId) const
{
    Result<QSqlQuery> query = m_db.exec(
        QStringLiteral("SELECT s.id, s.name, sp.part_id IS NOT NULL FROM suppliers s LEFT JOIN supplier_parts sp "
                       "ON sp.supplier_id = s.id AND sp.part_id = ? WHERE s.active = 1 "
                       "ORDER BY sp.part_id IS NULL, COALESCE(sp.preferred, 0) DESC, s.name"),
        { partId });
    if (!query)
        return std::unexpected(query.error());
    QList<RmaSupplier> out;
    while (query->next())
        out.append({ query->value(0).toString(), query->value(1).toString(), query->value(2).toBool() });
    return out;
}

Result<Rma> RmaService::rma(const QString &rmaId) const
{
    Result<QList<Rma>> found = select(QStringLiteral("r.id = ?"), { rmaId }, 1);
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return fail(ErrorCode::NotFound, NX_ERR("There is no RMA %1"), { rmaId }, QStringLiteral("rma"));
    return found->first();
}

Result<QList<Rma>> RmaService::rmas(int limit) const
{
    return select(QStringLiteral("1"), {}, limit);
}

} // namespace nexus
