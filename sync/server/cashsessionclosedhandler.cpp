// CashSessionClosedHandler: checks the till, records the close, its tenders and count, and flags big differences.
#include "server/cashsessionclosedhandler.h"

#include "cash/tillfigures.h"
#include "protocol/jsonreader.h"
#include "server/cashmovedhandler.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <vector>

namespace nexus {

namespace {

struct Tender
{
    QString method;
    QString currency;
    qint64 expected = 0;
    qint64 counted = 0;
};

// The device's own summary figures, kept whole for reports (absent ones are simply not copied).
QJsonObject summaryOf(const QJsonObject &payload)
{
    QJsonObject summary;
    for (const char *key : { "opening_float_cents", "sales_count", "cancelled_count", "returns_count", "gross_cents",
             "discount_cents", "tax_cents", "cash_in_cents", "cash_out_cents", "cash_refunds_cents" }) {
        const QString name = QString::fromLatin1(key);
        if (payload.value(name).isDouble())
            summary.insert(name, payload.value(name).toInteger());
    }
    return summary;
}

} // namespace

Result<QJsonObject> CashSessionClosedHandler::apply(const MutationContext &context, int, const QJsonObject &payload)
{
    wire::JsonReader reader(payload, QStringLiteral("payload"));
    const QString id = reader.string(QLatin1String("id"));
    const QString branchId = reader.string(QLatin1String("branch_id"));
    const QString closedBy = reader.string(QLatin1String("closed_by"));
    const QString closedAt = reader.string(QLatin1String("closed_at"));
    const qint64 zNumber = reader.integer(QLatin1String("z_number"));
    const qint64 countedCash = reader.integer(QLatin1String("counted_cash_cents"));
    QString note = reader.optionalString(QLatin1String("close_note"));
    const QJsonArray tenderArray = reader.array(QLatin1String("tenders"));
    const QJsonArray pieceArray = reader.array(QLatin1String("denominations"));
    if (reader.error())
        return std::unexpected(*reader.error());
    if (note.isNull())
        note = QStringLiteral(""); // NOT NULL column
    if (branchId != context.device.branchId)
        return fail(ErrorCode::InvalidInput, NX_ERR("The till close belongs to branch %1, not to this device's"),
            { branchId }, QStringLiteral("payload.branch_id"));
    if (zNumber <= 0)
        return fail(
            ErrorCode::InvalidInput, NX_ERR("The Z number must be positive"), {}, QStringLiteral("payload.z_number"));

    std::vector<Tender> tenders;
    for (qsizetype i = 0; i < tenderArray.size(); ++i) {
        wire::JsonReader item(tenderArray.at(i).toObject(), reader.pathOf(QLatin1String("tenders"), i));
        Tender tender;
        tender.method = item.string(QLatin1String("method"));
        tender.currency = item.optionalString(QLatin1String("currency"));
        tender.expected = item.integer(QLatin1String("expected_cents"));
        tender.counted = item.integer(QLatin1String("counted_cents"));
        if (item.error())
            return std::unexpected(*item.error());
        if (!tillTenderMethods().contains(tender.method))
            return fail(ErrorCode::InvalidInput, NX_ERR("%1 is not a payment method of the till"), { tender.method },
                item.pathOf(QLatin1String("method")));
        if (tender.currency.isEmpty())
            tender.currency = currencyCode(tenderCurrency(tender.method));
        tenders.push_back(tender);
    }
    QVariantList pieceRows;
    for (qsizetype i = 0; i < pieceArray.size(); ++i) {
        wire::JsonReader item(pieceArray.at(i).toObject(), reader.pathOf(QLatin1String("denominations"), i));
        const qint64 denomination = item.integer(QLatin1String("denomination_cents"));
        const qint64 pieces = item.integer(QLatin1String("pieces"));
        if (item.error())
            return std::unexpected(*item.error());
        if (denomination <= 0 || pieces < 0)
            return fail(ErrorCode::InvalidInput, NX_ERR("A denomination and its pieces cannot be negative"), {},
                reader.pathOf(QLatin1String("denominations"), i));
        pieceRows << id << denomination << pieces;
    }

    Result<bool> closed = checkOwnTill(context, id, QStringLiteral("payload.id"));
    if (!closed)
        return std::unexpected(closed.error());
    if (*closed)
        return fail(ErrorCode::InvalidInput, NX_ERR("The till %1 was closed already under another mutation"), { id },
            QStringLiteral("payload.id"));

    Result<QSqlQuery> updated = context.db.exec(
        QStringLiteral("UPDATE cash_sessions SET closed_by = ?, closed_at = ?, counted_cash_cents = ?, z_number = ?, "
                       "close_note = ?, close_summary = ?, closed_received_at = ? WHERE id = ?"),
        { closedBy, closedAt, countedCash, zNumber, note,
            QString::fromUtf8(QJsonDocument(summaryOf(payload)).toJson(QJsonDocument::Compact)), context.nowUtc, id });
    if (!updated)
        return std::unexpected(updated.error());
    QJsonArray outOfTolerance;
    for (const Tender &tender : tenders) {
        Result<QSqlQuery> inserted = context.db.exec(
            QStringLiteral("INSERT INTO cash_session_tenders(cash_session_id, method, currency, expected_cents, "
                           "counted_cents) VALUES (?, ?, ?, ?, ?)"),
            { id, tender.method, tender.currency, tender.expected, tender.counted });
        if (!inserted)
            return std::unexpected(inserted.error());
        // The server judges the difference itself: a device's "flagged" is not trusted either way.
        const qint64 difference = tender.counted - tender.expected;
        const qint64 tolerance = cashDifferenceTolerance(tender.method).centavos();
        if ((difference < 0 ? -difference : difference) > tolerance)
            outOfTolerance.append(QJsonObject { { QStringLiteral("method"), tender.method },
                { QStringLiteral("currency"), tender.currency }, { QStringLiteral("expected_cents"), tender.expected },
                { QStringLiteral("counted_cents"), tender.counted }, { QStringLiteral("difference_cents"), difference },
                { QStringLiteral("tolerance_cents"), tolerance } });
    }
    for (qsizetype i = 0; i < pieceRows.size(); i += 3) {
        Result<QSqlQuery> inserted = context.db.exec(
            QStringLiteral("INSERT INTO cash_session_denominations(cash_session_id, denomination_cents, pieces) "
                           "VALUES (?, ?, ?)"),
            { pieceRows.at(i), pieceRows.at(i + 1), pieceRows.at(i + 2) });
        if (!inserted)
            return std::unexpected(inserted.error());
    }
    QJsonArray exceptions;
    if (!outOfTolerance.isEmpty()) {
        const QJsonObject details { { QStringLiteral("branch_id"), branchId },
            { QStringLiteral("device_id"), context.device.deviceId }, { QStringLiteral("z_number"), zNumber },
            { QStringLiteral("closed_by"), closedBy }, { QStringLiteral("closed_at"), closedAt },
            { QStringLiteral("tenders"), outOfTolerance } };
        if (Status opened = openException(context.db, QStringLiteral("cash_difference"), id, details, context.nowUtc);
            !opened)
            return std::unexpected(opened.error());
        exceptions.append(QStringLiteral("cash_difference"));
    }
    return QJsonObject { { QStringLiteral("cash_session_id"), id }, { QStringLiteral("z_number"), zNumber },
        { QStringLiteral("exceptions"), exceptions } };
}

} // namespace nexus
