// Claim steps: checks first, then one transaction of writes with the fact in the outbox.
#include "warranty/warrantyclaimservice.h"

#include "auth/permission.h"
#include "auth/userrepository.h"
#include "cash/cashmovementservice.h"
#include "common/clock.h"
#include "common/idgenerator.h"
#include "returns/returnservice.h"
#include "sales/checkoutservice.h"
#include "store/database.h"
#include "warranty/warrantylookup.h"
#include "warranty/warrantypayload.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace nexus {

namespace {

QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QVariant nullable(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

Status checkActor(const WarrantyActor &actor)
{
    if (actor.deviceId.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("This counter is not enrolled"), {}, QStringLiteral("device_id"));
    if (actor.folioSeries.trimmed().isEmpty())
        return fail(
            ErrorCode::InvalidInput, NX_ERR("This counter has no folio series"), {}, QStringLiteral("folio_series"));
    if (actor.userId.trimmed().isEmpty())
        return fail(ErrorCode::Unauthenticated, NX_ERR("Log in first"), {}, QStringLiteral("user_id"));
    return {};
}

Status checkText(const QString &value, qsizetype maxLength, const QString &field)
{
    if (value.simplified().size() > maxLength)
        return fail(ErrorCode::InvalidInput, NX_ERR("The text may have at most %1 characters"),
            { QString::number(maxLength) }, field);
    return {};
}

// Resolving a claim gives goods or money away: the user's role processes returns, or a manager allowed it.
Status checkAuthority(Database &db, const WarrantyActor &actor)
{
    if (roleHas(actor.role, Permission::ProcessReturn))
        return {};
    const QString approver = actor.approvedBy.trimmed();
    if (approver.isEmpty() || approver == actor.userId)
        return fail(ErrorCode::PermissionDenied, NX_ERR("A %1 may not resolve warranty claims: a manager must authorise it"),
            { roleDisplayName(actor.role) }, QStringLiteral("approved_by"));
    Result<std::optional<UserRecord>> found = UserRepository(db).findById(approver);
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value() || !(*found)->user.active || !roleHas((*found)->user.role, Permission::ProcessReturn))
        return fail(ErrorCode::PermissionDenied, NX_ERR("The user %1 may not authorise warranty claims"),
            { found->has_value() ? (*found)->user.username : approver }, QStringLiteral("approved_by"));
    return {};
}

const QString kClaimColumns = QStringLiteral(
    "w.id, w.folio, w.branch_id, w.device_id, w.sale_id, w.sale_folio, w.line_no, w.part_id, w.sku, w.description, "
    "w.warehouse_id, w.quantity, w.customer_id, COALESCE(c.name, ''), w.expires_on, w.reason, w.part_received, "
    "w.status, w.resolution, w.resolution_note, w.replacement_warehouse_id, COALESCE(w.return_id, ''), "
    "COALESCE(w.cash_movement_id, ''), w.refund_cents, w.opened_by, w.opened_at, w.resolved_by, w.resolved_at, "
    "w.closed_by, w.closed_at");

} // namespace

Result<QString> nextSeriesFolio(Database &db, const QString &series)
{
    Result<qint64> number = nextFolioNumber(db, series);
    if (!number)
        return std::unexpected(number.error());
    return series + QStringLiteral("%1").arg(*number, 6, 10, QLatin1Char('0'));
}

WarrantyClaimService::WarrantyClaimService(Database &db, const Clock &clock, QString catalogPath, QString evidenceDir)
    : m_db(db), m_clock(clock), m_catalogPath(std::move(catalogPath)), m_evidenceDir(std::move(evidenceDir))
{
}

Result<QStringList> WarrantyClaimService::copyEvidence(const QString &claimId, const QStringList &files) const
{
    QStringList stored;
    if (files.isEmpty())
        return stored;
    const QString folder = QDir(m_evidenceDir).filePath(claimId);
    if (!QDir().mkpath(folder))
        return fail(ErrorCode::Io, NX_ERR("Cannot create the folder %1"), { QDir::toNativeSeparators(folder) },
            QStringLiteral("evidence"));
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QFileInfo source(files.at(i));
        const QString target = QDir(folder).filePath(
            QStringLiteral("%1-%2").arg(i + 1, 2, 10, QLatin1Char('0')).arg(source.fileName()));
        if (!QFile::copy(source.absoluteFilePath(), target)) {
            QDir(folder).removeRecursively();
            return fail(ErrorCode::Io, NX_ERR("Cannot copy %1 into the claim's folder"),
                { QDir::toNativeSeparators(source.absoluteFilePath()) }, QStringLiteral("evidence"));
        }
        stored << target;
    }
    return stored;
}

Result<WarrantyClaim> WarrantyClaimService::open(const OpenClaimRequest &request, const WarrantyActor &actor)
{
    if (Status ok = checkActor(actor); !ok)
        return std::unexpected(ok.error());
    const QString reason = request.reason.simplified();
    if (reason.isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("Say what is wrong with it"), {}, QStringLiteral("reason"));
    if (Status ok = checkText(reason, kMaxTextLength, QStringLiteral("reason")); !ok)
        return std::unexpected(ok.error());
    for (const QString &file : request.evidenceFiles)
        if (!QFileInfo(file).isFile())
            return fail(ErrorCode::InvalidInput, NX_ERR("The file %1 does not exist"),
                { QDir::toNativeSeparators(file) }, QStringLiteral("evidence"));

    WarrantyLookup lookup(m_db, m_clock, m_catalogPath);
    lookup.attachCatalog();
    Transaction transaction(m_db);
    if (Status begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    Result<Warranty> warranty = lookup.line(request.saleId, request.lineNo);
    if (!warranty)
        return std::unexpected(warranty.error());
    if (Status ok = checkCanOpen(
            warranty->period.days, warranty->expiresOn, lookup.today(), warranty->claimable(), request.quantity);
        !ok)
        return std::unexpected(ok.error());
    Result<QString> folio = nextSeriesFolio(m_db, actor.folioSeries + QStringLiteral("-G"));
    if (!folio)
        return std::unexpected(folio.error());

    WarrantyClaim claim;
    claim.id = IdGenerator::instance().nextString();
    claim.folio = *folio;
    claim.branchId = actor.branchId;
    claim.deviceId = actor.deviceId;
    claim.saleId = warranty->saleId;
    claim.saleFolio = warranty->saleFolio;
    claim.lineNo = warranty->lineNo;
    claim.partId = warranty->partId;
    claim.sku = warranty->sku;
    claim.description = warranty->description;
    claim.warehouseId = warranty->warehouseId;
    claim.quantity = request.quantity;
    claim.customerId = warranty->customerId;
    claim.customerName = warranty->customerName;
    claim.expiresOn = warranty->expiresOn;
    claim.reason = reason;
    claim.partReceived = request.partReceived && !warranty->labor();
    claim.openedBy = actor.userId;
    claim.openedAtUtc = m_clock.nowUtc().toString(Qt::ISODateWithMs);

    Result<QSqlQuery> inserted = m_db.exec(
        QStringLiteral("INSERT INTO warranty_claims(id, folio, branch_id, device_id, sale_id, sale_folio, line_no, "
                       "part_id, sku, description, warehouse_id, quantity, customer_id, expires_on, reason, "
                       "part_received, status, opened_by, opened_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?)"),
        { claim.id, claim.folio, claim.branchId, claim.deviceId, claim.saleId, claim.saleFolio, claim.lineNo,
            claim.partId, text(claim.sku), claim.description, text(claim.warehouseId), claim.quantity.thousandths(),
            text(claim.customerId), claim.expiresOn.toString(Qt::ISODate), claim.reason, claim.partReceived ? 1 : 0,
            claim.openedBy, claim.openedAtUtc });
    if (!inserted)
        return std::unexpected(inserted.error());

    Result<QStringList> stored = copyEvidence(claim.id, request.evidenceFiles);
    if (!stored)
        return std::unexpected(stored.error());
    claim.evidence = *stored;
    const auto removeCopies = [&] {
        if (!claim.evidence.isEmpty())
            QDir(QDir(m_evidenceDir).filePath(claim.id)).removeRecursively();
    };
    for (qsizetype i = 0; i < claim.evidence.size(); ++i) {
        Result<QSqlQuery> file = m_db.exec(
            QStringLiteral("INSERT INTO warranty_claim_evidence(claim_id, file_no, original_name, stored_path, "
                           "added_by, added_at) VALUES (?, ?, ?, ?, ?, ?)"),
            { claim.id, i + 1, QFileInfo(request.evidenceFiles.at(i)).fileName(), claim.evidence.at(i),
                claim.openedBy, claim.openedAtUtc });
        if (!file) {
            removeCopies();
            return std::unexpected(file.error());
        }
    }
    if (Status ok = appendWarrantyFact(m_db, warrantymutation::kClaimOpened,
            claimOpenedPayload(claim, IdGenerator::instance().nextString()), claim.openedAtUtc);
        !ok) {
        removeCopies();
        return std::unexpected(ok.error());
    }
    if (Status committed = transaction.commit(); !committed) {
        removeCopies();
        return std::unexpected(committed.error());
    }
    return claim;
}

Status WarrantyClaimService::writeResolution(const WarrantyClaim &claim, const std::vector<StockMovement> &movements)
{
    if (!movements.empty())
        if (Status posted = StockLedger(m_db).post(movements); !posted)
            return posted;
    Result<QSqlQuery> updated = m_db.exec(
        QStringLiteral("UPDATE warranty_claims SET status = 'resolved', resolution = ?, resolution_note = ?, "
                       "replacement_warehouse_id = ?, return_id = ?, cash_movement_id = ?, refund_cents = ?, "
                       "resolved_by = ?, resolved_at = ? WHERE id = ? AND status = 'open'"),
        { claimResolutionCode(*claim.resolution), text(claim.resolutionNote), text(claim.replacementWarehouseId),
            nullable(claim.returnId), nullable(claim.cashMovementId), claim.refund.centavos(), claim.resolvedBy,
            claim.resolvedAtUtc, claim.id });
    if (!updated)
        return std::unexpected(updated.error());
    if (updated->numRowsAffected() != 1)
        return fail(ErrorCode::Conflict, NX_ERR("The claim %1 is resolved already"), { claim.folio },
            QStringLiteral("status"));
    return appendWarrantyFact(m_db, warrantymutation::kClaimResolved,
        claimResolvedPayload(claim, IdGenerator::instance().nextString(), movements), claim.resolvedAtUtc);
}

Result<WarrantyClaim> WarrantyClaimService::resolve(
    const QString &claimId, const ResolveClaimRequest &request, const WarrantyActor &actor)
{
    if (Status ok = checkActor(actor); !ok)
        return std::unexpected(ok.error());
    if (Status ok = checkText(request.note, kMaxTextLength, QStringLiteral("resolution_note")); !ok)
        return std::unexpected(ok.error());
    Result<WarrantyClaim> found = claim(claimId);
    if (!found)
        return found;
    WarrantyClaim current = std::move(*found);
    if (Status ok = checkCanResolve(current, request.resolution, request.note); !ok)
        return std::unexpected(ok.error());
    if (Status ok = checkAuthority(m_db, actor); !ok)
        return std::unexpected(ok.error());

    current.status = ClaimStatus::Resolved;
    current.resolution = request.resolution;
    current.resolutionNote = request.note.simplified();
    current.resolvedBy = actor.userId;
    current.resolvedAtUtc = m_clock.nowUtc().toString(Qt::ISODateWithMs);

    if (request.resolution == ClaimResolution::Refund && !current.labor()) {
        // A part comes back through the return path: prorated amount, the till, the defective location, its fact.
        ReturnRequest refund;
        refund.saleId = current.saleId;
        refund.lines.push_back({ current.lineNo, current.quantity, ReturnDestination::Defective });
        refund.reason = QStringLiteral("Garantía %1: %2").arg(current.folio, current.reason);
        refund.refundMethod = request.refundMethod;
        refund.refundReference = request.refundReference;
        const ReturnContext context { actor.deviceId, actor.branchId, actor.folioSeries, actor.userId, actor.role,
            actor.approvedBy };
        Result<ReturnRecord> record = ReturnService(m_db, m_clock)
                                          .processReturn(refund, context, [&](const ReturnRecord &written) {
                                              current.returnId = written.id;
                                              current.refund = written.totals.gross;
                                              return writeResolution(current, {});
                                          });
        if (!record)
            return std::unexpected(record.error());
        return current;
    }
    if (request.resolution == ClaimResolution::Refund) {
        // A service never comes back to a shelf: its share of the ticket goes out of the till as cash.
        Result<QVariant> gross = m_db.scalar(
            QStringLiteral("SELECT (base_cents + tax_cents) * ? / quantity FROM sale_lines "
                           "WHERE sale_id = ? AND line_no = ? AND quantity > 0"),
            { current.quantity.thousandths(), current.saleId, current.lineNo });
        if (!gross)
            return std::unexpected(gross.error());
        CashMovementRequest cash;
        cash.kind = CashMovementKind::Out;
        cash.amount = Money(gross->toLongLong());
        cash.reason = QStringLiteral("Reembolso de garantía %1 (%2)").arg(current.folio, current.saleFolio);
        cash.userId = actor.userId;
        cash.role = actor.role;
        cash.authorizedBy = actor.approvedBy;
        Result<CashMovement> movement = CashMovementService(m_db, m_clock, actor.deviceId, actor.branchId)
                                            .record(cash, [&](const CashMovement &written) {
                                                current.cashMovementId = written.id;
                                                current.refund = written.amount;
                                                return writeResolution(current, {});
                                            });
        if (!movement)
            return std::unexpected(movement.error());
        return current;
    }

    std::vector<StockMovement> movements;
    if (request.resolution == ClaimResolution::Replace) {
        current.replacementWarehouseId = request.replacementWarehouseId.trimmed().isEmpty()
            ? current.warehouseId
            : request.replacementWarehouseId.trimmed();
        movements.push_back({ IdGenerator::instance().nextString(), current.partId, current.replacementWarehouseId,
            QStringLiteral("adjustment"), -current.quantity, QStringLiteral("warranty_claim"), current.id, actor.userId,
            current.resolvedAtUtc });
        movements.push_back({ IdGenerator::instance().nextString(), current.partId,
            defectiveWarehouseId(current.warehouseId), QStringLiteral("return"), current.quantity,
            QStringLiteral("warranty_claim"), current.id, actor.userId, current.resolvedAtUtc });
    }
    Transaction transaction(m_db);
    if (Status begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    if (Status ok = writeResolution(current, movements); !ok)
        return std::unexpected(ok.error());
    if (Status committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return current;
}

Result<WarrantyClaim> WarrantyClaimService::close(const QString &claimId, const WarrantyActor &actor)
{
    if (Status ok = checkActor(actor); !ok)
        return std::unexpected(ok.error());
    Transaction transaction(m_db);
    if (Status begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    Result<WarrantyClaim> found = claim(claimId);
    if (!found)
        return found;
    WarrantyClaim current = std::move(*found);
    if (Status ok = checkCanClose(current); !ok)
        return std::unexpected(ok.error());
    current.status = ClaimStatus::Closed;
    current.closedBy = actor.userId;
    current.closedAtUtc = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    Result<QSqlQuery> updated = m_db.exec(
        QStringLiteral("UPDATE warranty_claims SET status = 'closed', closed_by = ?, closed_at = ? WHERE id = ?"),
        { current.closedBy, current.closedAtUtc, current.id });
    if (!updated)
        return std::unexpected(updated.error());
    if (Status ok = appendWarrantyFact(m_db, warrantymutation::kClaimClosed,
            claimClosedPayload(current, IdGenerator::instance().nextString()), current.closedAtUtc);
        !ok)
        return std::unexpected(ok.error());
    if (Status committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return current;
}

Result<QList<WarrantyClaim>> WarrantyClaimService::selectClaims(
    const QString &where, const QVariantList &values, int limit) const
{
    Result<QSqlQuery> query = m_db.exec(QStringLiteral("SELECT ") + kClaimColumns
            + QStringLiteral(" FROM warranty_claims w LEFT JOIN customers c ON c.id = w.customer_id WHERE ") + where
            + QStringLiteral(" ORDER BY w.opened_at DESC LIMIT ") + QString::number(limit),
        values);
    if (!query)
        return std::unexpected(query.error());
    QList<WarrantyClaim> out;
    while (query->next()) {
        WarrantyClaim c;
        int i = 0;
        const auto next = [&] { return query->value(i++); };
        c.id = next().toString();
        c.folio = next().toString();
        c.branchId = next().toString();
        c.deviceId = next().toString();
        c.saleId = next().toString();
        c.saleFolio = next().toString();
        c.lineNo = next().toInt();
        c.partId = next().toLongLong();
        c.sku = next().toString();
        c.description = next().toString();
        c.warehouseId = next().toString();
        c.quantity = Quantity(next().toLongLong());
        c.customerId = next().toString();
        c.customerName = next().toString();
        c.expiresOn = QDate::fromString(next().toString(), Qt::ISODate);
        c.reason = next().toString();
        c.partReceived = next().toBool();
        c.status = claimStatusFromCode(next().toString()).value_or(ClaimStatus::Open);
        const QVariant resolution = next();
        if (!resolution.isNull())
            if (Result<ClaimResolution> r = claimResolutionFromCode(resolution.toString()))
                c.resolution = *r;
        c.resolutionNote = next().toString();
        c.replacementWarehouseId = next().toString();
        c.returnId = next().toString();
        c.cashMovementId = next().toString();
        c.refund = Money(next().toLongLong());
        c.openedBy = next().toString();
        c.openedAtUtc = next().toString();
        c.resolvedBy = next().toString();
        c.resolvedAtUtc = next().toString();
        c.closedBy = next().toString();
        c.closedAtUtc = next().toString();
        out.append(std::move(c));
    }
    return out;
}

Result<WarrantyClaim> WarrantyClaimService::claim(const QString &claimId) const
{
    Result<QList<WarrantyClaim>> found = selectClaims(QStringLiteral("w.id = ?"), { claimId }, 1);
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return fail(ErrorCode::NotFound, NX_ERR("There is no warranty claim %1"), { claimId }, QStringLiteral("claim"));
    WarrantyClaim out = found->first();
    Result<QSqlQuery> files = m_db.exec(
        QStringLiteral("SELECT stored_path FROM warranty_claim_evidence WHERE claim_id = ? ORDER BY file_no"),
        { claimId });
    if (!files)
        return std::unexpected(files.error());
    while (files->next())
        out.evidence << files->value(0).toString();
    return out;
}

Result<QList<WarrantyClaim>> WarrantyClaimService::claims(const QList<ClaimStatus> &statuses, int limit) const
{
    if (statuses.isEmpty())
        return selectClaims(QStringLiteral("1"), {}, limit);
    QStringList marks;
    QVariantList values;
    for (ClaimStatus status : statuses) {
        marks << QStringLiteral("?");
        values << claimStatusCode(status);
    }
    return selectClaims(QStringLiteral("w.status IN (%1)").arg(marks.join(QLatin1Char(','))), values, limit);
}

Result<QList<WarrantyClaim>> WarrantyClaimService::claimsOfSale(const QString &saleId) const
{
    return selectClaims(QStringLiteral("w.sale_id = ?"), { saleId }, 1000);
}

} // namespace nexus
