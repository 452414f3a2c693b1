// The return transaction, in the shape of checkout: checks, then a handful of statements, then one commit.
#include "returns/returnservice.h"

#include "auth/auditlog.h"
#include "auth/permission.h"
#include "cfdi/relatedcfdi.h"
#include "auth/userrepository.h"
#include "common/clock.h"
#include "common/idgenerator.h"
#include "customers/loyaltyledger.h"
#include "inventory/stockledger.h"
#include "returns/returnlookup.h"
#include "returns/returnpayload.h"
#include "returns/returnplan.h"
#include "store/database.h"
#include "store/foliocounter.h"
#include "store/multirowinsert.h"
#include "store/outbox.h"


namespace nexus {

namespace {

constexpr qsizetype kMaxReasonLength = 500;

// Next return folio of the device's series, on its own counter: "MTZ1-D000012".
Result<QString> nextReturnFolio(Database &db, const QString &series)
{
    return drawFolio(db, series + QStringLiteral("-D"));
}

Status insertLines(Database &db, const ReturnRecord &record)
{
    QVariantList values;
    for (const ReturnRecordLine &line : record.lines)
        values << record.id << line.lineNo << line.saleLineNo << line.partId << line.quantity.thousandths()
               << line.amounts.base.centavos() << line.amounts.tax.centavos() << line.amounts.gross.centavos()
               << returnDestinationCode(line.destination) << line.warehouseId;
    return insertRows(db, QStringLiteral("return_lines"),
        { QStringLiteral("return_id"), QStringLiteral("line_no"), QStringLiteral("sale_line_no"),
            QStringLiteral("part_id"), QStringLiteral("quantity"), QStringLiteral("base_cents"),
            QStringLiteral("tax_cents"), QStringLiteral("total_cents"), QStringLiteral("destination"),
            QStringLiteral("warehouse_id") },
        values);
}

Status checkContext(const ReturnContext &context)
{
    if (context.deviceId.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("This counter is not enrolled"), {}, QStringLiteral("device_id"));
    if (context.folioSeries.trimmed().isEmpty())
        return fail(
            ErrorCode::InvalidInput, NX_ERR("This counter has no folio series"), {}, QStringLiteral("folio_series"));
    if (context.cashierId.trimmed().isEmpty())
        return fail(ErrorCode::Unauthenticated, NX_ERR("Log in first"), {}, QStringLiteral("cashier_id"));
    return {};
}

Status checkRequest(const ReturnRequest &request)
{
    const QString reason = request.reason.simplified();
    if (reason.isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("Say why the customer returns it"), {}, QStringLiteral("reason"));
    if (reason.size() > kMaxReasonLength)
        return fail(ErrorCode::InvalidInput, NX_ERR("The reason may have at most %1 characters"),
            { QString::number(kMaxReasonLength) }, QStringLiteral("reason"));
    if (request.refundMethod == RefundMethod::CardReversal && request.refundReference.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("Type the card reversal's authorisation number"), {},
            QStringLiteral("refund_reference"));
    if (request.lines.empty())
        return fail(
            ErrorCode::InvalidInput, NX_ERR("Choose at least one piece to return"), {}, QStringLiteral("lines"));
    return {};
}

} // namespace

ReturnService::ReturnService(Database &db, const Clock &clock) : m_db(db), m_clock(clock)
{
}

Result<QString> ReturnService::approver(const ReturnContext &context) const
{
    const bool cashierMay = roleHas(context.cashierRole, Permission::ProcessReturn);
    const QString approvedBy = context.approvedBy.trimmed();
    if (approvedBy.isEmpty() || approvedBy == context.cashierId) {
        if (cashierMay)
            return context.cashierId;
        return fail(ErrorCode::PermissionDenied, NX_ERR("A %1 may not process returns: a manager must authorise it"),
            { roleDisplayName(context.cashierRole) }, QStringLiteral("approved_by"));
    }
    // The UI checked the manager's PIN; the rule that the approver's role may process returns is checked here too.
    Result<std::optional<UserRecord>> found = UserRepository(m_db).findById(approvedBy);
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value() || !(*found)->user.active || !roleHas((*found)->user.role, Permission::ProcessReturn))
        return fail(ErrorCode::PermissionDenied, NX_ERR("The user %1 may not authorise returns"),
            { found->has_value() ? (*found)->user.username : approvedBy }, QStringLiteral("approved_by"));
    return approvedBy;
}

Result<ReturnRecord> ReturnService::processReturn(const ReturnRequest &request, const ReturnContext &context,
    const std::function<Status(const ReturnRecord &)> &inTransaction)
{
    if (Status ok = checkContext(context); !ok)
        return std::unexpected(ok.error());
    if (Status ok = checkRequest(request); !ok)
        return std::unexpected(ok.error());
    Result<QString> approvedBy = approver(context);
    if (!approvedBy)
        return std::unexpected(approvedBy.error());

    // The ticket is read inside the write transaction: what is returnable cannot change between check and write.
    Transaction transaction(m_db);
    if (Status begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    Result<ReturnableSale> sale = ReturnLookup(m_db).load(request.saleId);
    if (!sale)
        return std::unexpected(sale.error());
    if (sale->branchId != context.branchId)
        return fail(ErrorCode::InvalidInput, NX_ERR("The ticket %1 was sold at another branch"), { sale->folio },
            QStringLiteral("sale_id"));
    Result<std::vector<ReturnRecordLine>> lines = planReturnLines(*sale, request.lines);
    if (!lines)
        return std::unexpected(lines.error());
    std::vector<LineAmounts> amounts;
    for (const ReturnRecordLine &line : *lines)
        amounts.push_back(line.amounts);
    const LineAmounts totals = sumLines(amounts);

    // What the ticket paid with points comes back as points first (whole points), the rest by the refund method.
    const RefundPoints split = refundPoints(*sale, totals.gross);
    const qint64 pointsBack = split.points;
    const Money pointsValue = split.value;
    const Money moneyBack = totals.gross - pointsValue;
    QString customerId;
    switch (request.refundMethod) {
    case RefundMethod::CardReversal:
        if (moneyBack > sale->cardReversible())
            return fail(ErrorCode::InvalidInput,
                NX_ERR("At most %1 can go back to a card: that is what this ticket was paid by card"),
                { sale->cardReversible().format() }, QStringLiteral("refund_method"));
        break;
    case RefundMethod::StoreCredit:
        customerId = request.customerId.trimmed().isEmpty() ? sale->customerId : request.customerId.trimmed();
        if (customerId.isEmpty())
            return fail(ErrorCode::InvalidInput, NX_ERR("Store credit needs a customer: choose who receives it"), {},
                QStringLiteral("customer_id"));
        break;
    case RefundMethod::Cash:
        break;
    }
    Result<QVariant> session = m_db.scalar(
        QStringLiteral("SELECT id FROM cash_sessions WHERE device_id = ? AND status = 'open'"), { context.deviceId });
    if (!session)
        return std::unexpected(session.error());
    if (!session->isValid())
        return fail(
            ErrorCode::Conflict, NX_ERR("Open the till before giving a refund"), {}, QStringLiteral("cash_session"));

    // Everything checked: from here on only writes.
    Result<QString> folio = nextReturnFolio(m_db, context.folioSeries);
    if (!folio)
        return std::unexpected(folio.error());
    ReturnRecord record;
    record.id = IdGenerator::instance().nextString();
    record.folio = *folio;
    record.saleId = sale->id;
    record.saleFolio = sale->folio;
    record.branchId = context.branchId;
    record.deviceId = context.deviceId;
    record.cashSessionId = session->toString();
    record.cashierId = context.cashierId;
    record.approvedBy = *approvedBy;
    record.reason = request.reason.simplified();
    record.refundMethod = request.refundMethod;
    record.refundReference = request.refundReference.trimmed();
    record.customerId = customerId;
    record.totals = totals;
    record.pointsBack = pointsBack;
    record.pointsValue = pointsValue;
    record.returnedAtUtc = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    record.lines = std::move(*lines);

    Result<QSqlQuery> inserted = m_db.exec(
        QStringLiteral("INSERT INTO returns(id, folio, sale_id, branch_id, device_id, cash_session_id, cashier_id, "
                       "approved_by, reason, refund_method, refund_reference, customer_id, subtotal_cents, tax_cents, "
                       "total_cents, returned_at, points_cents) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { record.id, record.folio, record.saleId, record.branchId, record.deviceId, record.cashSessionId,
            record.cashierId, record.approvedBy, record.reason, refundMethodCode(record.refundMethod),
            QString(record.refundReference.isNull() ? QStringLiteral("") : record.refundReference), // NOT NULL
            customerId.isEmpty() ? QVariant() : QVariant(customerId), totals.base.centavos(), totals.tax.centavos(),
            totals.gross.centavos(), record.returnedAtUtc, pointsValue.centavos() });
    if (!inserted)
        return std::unexpected(inserted.error());
    if (Status ok = insertLines(m_db, record); !ok)
        return std::unexpected(ok.error());

    std::vector<StockMovement> movements;
    movements.reserve(record.lines.size());
    for (const ReturnRecordLine &line : record.lines)
        movements.push_back(
            { IdGenerator::instance().nextString(), line.partId, line.warehouseId, QStringLiteral("return"),
                line.quantity, QStringLiteral("return"), record.id, context.cashierId, record.returnedAtUtc });
    if (Status ok = StockLedger(m_db).post(movements); !ok)
        return std::unexpected(ok.error());

    if (request.refundMethod == RefundMethod::StoreCredit && moneyBack > Money()) {
        Result<QSqlQuery> credit = m_db.exec(
            QStringLiteral("INSERT INTO store_credit_ledger(id, customer_id, amount_cents, ref_type, ref_id, at) "
                           "VALUES (?, ?, ?, 'return', ?, ?)"),
            { IdGenerator::instance().nextString(), customerId, moneyBack.centavos(), record.id,
                record.returnedAtUtc });
        if (!credit)
            return std::unexpected(credit.error());
    }

    if (Status audited = AuditLog(m_db, m_clock, context.deviceId)
                             .append(context.cashierId, QStringLiteral("sale_returned"), record.folio,
                                 { { QStringLiteral("sale_folio"), record.saleFolio },
                                     { QStringLiteral("total_cents"), totals.gross.centavos() },
                                     { QStringLiteral("refund_method"), refundMethodCode(record.refundMethod) },
                                     { QStringLiteral("approved_by"), record.approvedBy } });
        !audited)
        return std::unexpected(audited.error());

    Result<qint64> seq = Outbox(m_db).append(IdGenerator::instance().nextString(), QLatin1String(kReturnMutation),
        kReturnSchema, returnPayload(record), record.returnedAtUtc);
    if (!seq)
        return std::unexpected(seq.error());
    record.outboxSeq = *seq;
    if (pointsBack > 0)
        if (Status ok = LoyaltyLedger(m_db).record({ IdGenerator::instance().nextString(), sale->customerId,
                record.branchId, pointsBack, pointsValue, QStringLiteral("return"), record.id, record.folio,
                record.returnedAtUtc });
            !ok)
            return std::unexpected(ok.error());
    // A ticket already invoiced (pending or stamped, on its own or in a factura global) gets its nota de crédito now,
    // in the return's own transaction: never a return without its Egreso, never two.
    Result<QStringList> creditNotes = queueCreditNotes(m_db, m_clock, record);
    if (!creditNotes)
        return std::unexpected(creditNotes.error());
    record.creditNoteIds = *creditNotes;
    if (inTransaction)
        if (Status step = inTransaction(record); !step)
            return std::unexpected(step.error());
    if (Status committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return record;
}

} // namespace nexus
