// Return slip layout: branch, folio and ticket, the pieces with their refund, totals, refund method, signature.
#include "returns/returnslip.h"

#include "store/database.h"

#include <QDateTime>

namespace nexus {

QString ReturnSlip::refundMethodName(RefundMethod method)
{
    switch (method) {
    case RefundMethod::Cash:
        return tr("Cash");
    case RefundMethod::CardReversal:
        return tr("Card reversal");
    case RefundMethod::StoreCredit:
        return tr("Store credit");
    }
    return {};
}

Result<ReturnSlipHeader> ReturnSlip::header(Database &db, const ReturnRecord &record)
{
    ReturnSlipHeader header;
    Result<QSqlQuery> branch
        = db.exec(QStringLiteral("SELECT name, rfc, address FROM branches WHERE id = ?"), { record.branchId });
    if (!branch)
        return std::unexpected(branch.error());
    if (branch->next()) {
        header.branchName = branch->value(0).toString();
        header.branchRfc = branch->value(1).toString();
        header.branchAddress = branch->value(2).toString();
    }
    Result<QSqlQuery> people = db.exec(QStringLiteral("SELECT id, display_name FROM users WHERE id IN (?, ?)"),
        { record.cashierId, record.approvedBy });
    if (!people)
        return std::unexpected(people.error());
    while (people->next()) {
        if (people->value(0).toString() == record.cashierId)
            header.cashierName = people->value(1).toString();
        if (people->value(0).toString() == record.approvedBy)
            header.approverName = people->value(1).toString();
    }
    return header;
}

ReceiptDocument ReturnSlip::build(const ReturnRecord &record, const ReturnSlipHeader &header)
{
    ReceiptDocument slip;
    if (!header.branchName.isEmpty())
        slip.text(header.branchName, ReceiptAlign::Center, true);
    if (!header.branchRfc.isEmpty())
        slip.text(tr("RFC %1").arg(header.branchRfc), ReceiptAlign::Center);
    if (!header.branchAddress.isEmpty())
        slip.text(header.branchAddress, ReceiptAlign::Center);
    slip.feed();
    slip.text(tr("RETURN"), ReceiptAlign::Center, true, true);
    slip.columns(tr("Folio"), record.folio, true);
    slip.columns(tr("Original ticket"), record.saleFolio);
    const QDateTime at = QDateTime::fromString(record.returnedAtUtc, Qt::ISODateWithMs).toLocalTime();
    slip.columns(tr("Date"), at.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    if (!header.cashierName.isEmpty())
        slip.columns(tr("Cashier"), header.cashierName);
    if (!header.approverName.isEmpty() && record.approvedBy != record.cashierId)
        slip.columns(tr("Authorised by"), header.approverName);
    slip.separator();
    for (const ReturnRecordLine &line : record.lines) {
        slip.text(line.destination == ReturnDestination::Defective ? tr("%1 (to defective)").arg(line.description)
                                                                   : line.description);
        slip.columns(QStringLiteral("%1 x %2").arg(line.quantity.toString(), line.sku), line.amounts.gross.format());
    }
    slip.separator();
    slip.columns(tr("Subtotal"), record.totals.base.format());
    slip.columns(tr("VAT"), record.totals.tax.format());
    slip.columns(tr("REFUND"), record.totals.gross.format(), true, true);
    if (record.pointsBack > 0) {
        slip.columns(tr("Back as %n loyalty point(s)", nullptr, int(record.pointsBack)), record.pointsValue.format());
        slip.columns(tr("Rest"), record.moneyRefund().format());
    }
    slip.columns(tr("Refunded as"), refundMethodName(record.refundMethod));
    if (!record.refundReference.isEmpty())
        slip.columns(tr("Reference"), record.refundReference);
    if (record.refundMethod == RefundMethod::StoreCredit)
        slip.columns(tr("Customer"), record.customerId);
    slip.text(tr("Reason: %1").arg(record.reason));
    slip.feed();
    slip.barcode(record.folio.toUtf8());
    slip.feed(2);
    slip.text(QString(24, QLatin1Char('_')), ReceiptAlign::Center);
    slip.text(tr("Customer's signature"), ReceiptAlign::Center);
    slip.feed(2);
    slip.separator();
    slip.kickDrawer(record.refundMethod == RefundMethod::Cash);
    return slip;
}

} // namespace nexus
