// The close: validate the count, then in one transaction freeze the figures, number the Z, audit and queue it.
#include "cash/tillcloseservice.h"

#include "auth/auditlog.h"
#include "auth/permission.h"
#include "cash/tillledger.h"
#include "common/clock.h"
#include "common/idgenerator.h"
#include "sales/tender.h"
#include "store/database.h"
#include "store/multirowinsert.h"
#include "store/outbox.h"

#include <QJsonArray>
#include <QJsonObject>

#include <set>

namespace nexus {

namespace {

const QString kMutation = QStringLiteral("cash_session.closed");
constexpr int kSchema = 1;

Status validate(const TillCloseRequest &request)
{
    if (request.userId.isEmpty())
        return fail(ErrorCode::Unauthenticated, NX_ERR("Log in first"), {}, QStringLiteral("user_id"));
    if (Status allowed = checkPermission(request.role, Permission::OpenCashSession); !allowed)
        return allowed;
    if (request.cashSessionId.isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("Say which till to close"), {}, QStringLiteral("cash_session"));
    if (request.note.size() > TillCloseService::kMaxNoteLength)
        return fail(ErrorCode::InvalidInput, NX_ERR("The note is longer than %1 characters"),
            { QString::number(TillCloseService::kMaxNoteLength) }, QStringLiteral("note"));
    std::set<qint64> seen;
    for (const DenominationCount &count : request.pieces) {
        const QString field = QStringLiteral("pieces.%1").arg(count.denominationCents);
        if (!isMxnDenomination(count.denominationCents))
            return fail(ErrorCode::InvalidInput, NX_ERR("%1 centavos is not a peso bill or coin"),
                { QString::number(count.denominationCents) }, field);
        if (!seen.insert(count.denominationCents).second)
            return fail(ErrorCode::InvalidInput, NX_ERR("The %1 pieces are counted twice"),
                { denominationLabel(count.denominationCents) }, field);
        if (count.pieces < 0 || count.pieces > TillCloseService::kMaxPieces)
            return fail(ErrorCode::InvalidInput, NX_ERR("The number of %1 pieces must be between 0 and %2"),
                { denominationLabel(count.denominationCents), QString::number(TillCloseService::kMaxPieces) }, field);
    }
    for (const auto &[method, amount] : request.counted) {
        const QString field = QStringLiteral("counted.") + method;
        if (method == tenderCode(TenderMethod::Cash))
            return fail(ErrorCode::InvalidInput, NX_ERR("Pesos in cash are counted by bill and coin"), {}, field);
        if (!tillTenderMethods().contains(method))
            return fail(ErrorCode::InvalidInput, NX_ERR("%1 is not a payment method of the till"), { method }, field);
        if (amount.currency() != tenderCurrency(method))
            return fail(ErrorCode::InvalidInput, NX_ERR("The counted %1 must be in %2"),
                { method, currencyCode(tenderCurrency(method)) }, field);
        if (amount.isNegative())
            return fail(ErrorCode::InvalidInput, NX_ERR("A counted amount cannot be negative"), {}, field);
    }
    return {};
}

QJsonArray tendersJson(const std::vector<TenderCount> &tenders)
{
    QJsonArray array;
    for (const TenderCount &tender : tenders)
        array.append(QJsonObject { { QStringLiteral("method"), tender.method },
            { QStringLiteral("currency"), currencyCode(tender.expected.currency()) },
            { QStringLiteral("expected_cents"), tender.expected.centavos() },
            { QStringLiteral("counted_cents"), tender.counted.centavos() },
            { QStringLiteral("difference_cents"), tender.difference().centavos() },
            { QStringLiteral("flagged"), tender.flagged() } });
    return array;
}

} // namespace

TillCloseService::TillCloseService(Database &db, const Clock &clock, QString deviceId, QString branchId)
    : m_db(db), m_clock(clock), m_deviceId(std::move(deviceId)), m_branchId(std::move(branchId))
{
}

Result<TillClose> TillCloseService::close(const TillCloseRequest &request)
{
    if (Status valid = validate(request); !valid)
        return std::unexpected(valid.error());

    Transaction transaction(m_db);
    if (Status begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    TillLedger ledger(m_db);
    Result<TillFigures> figures = ledger.figures(request.cashSessionId);
    if (!figures)
        return std::unexpected(figures.error());
    if (figures->session.deviceId != m_deviceId)
        return fail(ErrorCode::InvalidInput, NX_ERR("The till %1 belongs to another computer"),
            { request.cashSessionId }, QStringLiteral("cash_session"));
    if (figures->session.closed)
        return fail(ErrorCode::Conflict, NX_ERR("The till was closed already (Z number %1)"),
            { QString::number(figures->session.zNumber.value_or(0)) }, QStringLiteral("cash_session"));

    TillClose result;
    for (qint64 denomination : mxnDenominations()) {
        DenominationCount count { denomination, 0 };
        for (const DenominationCount &given : request.pieces)
            if (given.denominationCents == denomination)
                count.pieces = given.pieces;
        result.countedCash += count.amount();
        result.pieces.push_back(count);
    }
    for (const TenderFigure &figure : figures->tenders) {
        TenderCount tender { figure.method, figure.expected, Money(0, figure.expected.currency()) };
        const auto counted = request.counted.find(figure.method);
        if (figure.method == tenderCode(TenderMethod::Cash)) {
            tender.counted = result.countedCash;
        } else if (!isCountedTender(figure.method)) {
            tender.counted = figure.expected;
        } else if (counted != request.counted.end()) {
            tender.counted = counted->second;
        } else if (!figure.expected.isZero()) {
            return fail(ErrorCode::InvalidInput, NX_ERR("Enter the counted total of %1"), { figure.method },
                QStringLiteral("counted.") + figure.method);
        }
        if (figure.method == tenderCode(TenderMethod::Cash) || !tender.expected.isZero() || !tender.counted.isZero())
            result.tenders.push_back(tender);
    }

    // After the device's last Z, or past the counter row "Z:<device>" when a restored nexus.db was moved past its
    // folio witness or the server (FolioWitness, the epoch change): a Z number is never printed twice.
    Result<QVariant> zNumber = m_db.scalar(
        QStringLiteral("SELECT max(COALESCE((SELECT MAX(z_number) FROM cash_sessions WHERE device_id = ?), 0) + 1, "
                       "COALESCE((SELECT next_number FROM folio_counters WHERE series = ?), 1))"),
        { m_deviceId, QString(QStringLiteral("Z:") + m_deviceId) });
    if (!zNumber)
        return std::unexpected(zNumber.error());
    result.zNumber = zNumber->toInt();
    result.closedAtUtc = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    const QString note = request.note.trimmed();

    Result<QSqlQuery> updated = m_db.exec(
        QStringLiteral("UPDATE cash_sessions SET status = 'closed', closed_by = ?, closed_at = ?, "
                       "counted_cash_cents = ?, z_number = ?, close_note = ? WHERE id = ? AND status = 'open'"),
        { request.userId, result.closedAtUtc, result.countedCash.centavos(), result.zNumber,
            note.isNull() ? QStringLiteral("") : note, request.cashSessionId });
    if (!updated)
        return std::unexpected(updated.error());
    QVariantList tenderRows;
    for (const TenderCount &tender : result.tenders)
        tenderRows << request.cashSessionId << tender.method << tender.expected.centavos() << tender.counted.centavos();
    if (Status ok = insertRows(m_db, QStringLiteral("cash_session_tenders"),
            { QStringLiteral("cash_session_id"), QStringLiteral("method"), QStringLiteral("expected_cents"),
                QStringLiteral("counted_cents") },
            tenderRows);
        !ok)
        return std::unexpected(ok.error());
    QVariantList pieceRows;
    QJsonArray piecesJson;
    for (const DenominationCount &count : result.pieces) {
        pieceRows << request.cashSessionId << count.denominationCents << count.pieces;
        piecesJson.append(QJsonObject { { QStringLiteral("denomination_cents"), count.denominationCents },
            { QStringLiteral("pieces"), count.pieces } });
    }
    if (Status ok = insertRows(m_db, QStringLiteral("cash_session_denominations"),
            { QStringLiteral("cash_session_id"), QStringLiteral("denomination_cents"), QStringLiteral("pieces") },
            pieceRows);
        !ok)
        return std::unexpected(ok.error());

    const Money cashDifference = result.tenders.front().difference();
    if (Status audited = AuditLog(m_db, m_clock, m_deviceId)
                             .append(request.userId, QStringLiteral("cash_session_closed"), request.cashSessionId,
                                 { { QStringLiteral("z_number"), result.zNumber },
                                     { QStringLiteral("counted_cash_cents"), result.countedCash.centavos() },
                                     { QStringLiteral("expected_cash_cents"), figures->expectedCash().centavos() },
                                     { QStringLiteral("cash_difference_cents"), cashDifference.centavos() },
                                     { QStringLiteral("flagged"), result.flagged() } });
        !audited)
        return std::unexpected(audited.error());
    const TillFigures &f = *figures;
    const QJsonObject payload { { QStringLiteral("id"), request.cashSessionId },
        { QStringLiteral("branch_id"), m_branchId }, { QStringLiteral("closed_by"), request.userId },
        { QStringLiteral("closed_at"), result.closedAtUtc }, { QStringLiteral("z_number"), result.zNumber },
        { QStringLiteral("opening_float_cents"), f.session.openingFloat.centavos() },
        { QStringLiteral("counted_cash_cents"), result.countedCash.centavos() },
        { QStringLiteral("close_note"), note.isNull() ? QStringLiteral("") : note },
        { QStringLiteral("tenders"), tendersJson(result.tenders) }, { QStringLiteral("denominations"), piecesJson },
        { QStringLiteral("sales_count"), f.salesCount }, { QStringLiteral("cancelled_count"), f.cancelledCount },
        { QStringLiteral("returns_count"), f.returnsCount }, { QStringLiteral("gross_cents"), f.gross.centavos() },
        { QStringLiteral("discount_cents"), f.discounts.centavos() }, { QStringLiteral("tax_cents"), f.tax.centavos() },
        { QStringLiteral("cash_in_cents"), f.cashIn.centavos() },
        { QStringLiteral("cash_out_cents"), f.cashOut.centavos() },
        { QStringLiteral("cash_refunds_cents"), f.cashRefunds.centavos() } };
    if (Result<qint64> queued
        = Outbox(m_db).append(IdGenerator::instance().nextString(), kMutation, kSchema, payload, result.closedAtUtc);
        !queued)
        return std::unexpected(queued.error());
    Result<TillSession> closed = ledger.session(request.cashSessionId);
    if (!closed)
        return std::unexpected(closed.error());
    if (Status committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    result.figures = std::move(*figures);
    result.figures.session = std::move(*closed);
    return result;
}

} // namespace nexus
