// The statement (estado de cuenta) of an ordinary credit customer for a period of days: the opening balance, every
// credit sale, abono, saldo a favor used and return credited in the period with the running balance, the closing
// balance, and the open documents aged on the period's last day. A report table, written as PDF by the report layout.
#pragma once

#include <QDate>
#include <QTimeZone>

#include <array>

#include "common/error.h"
#include "common/money.h"
#include "customers/creditaccount.h"
#include "reports/reporttable.h"

namespace nexus {

class Database;

struct CustomerStatement
{
    ReportTable table; // date, concept, folio, charge, payment, return, balance
    QDate from;
    QDate to;
    qint64 openingBalanceCents = 0; // owed before `from` (− saldo a favor)
    qint64 chargesCents = 0; // credit sales and saldo a favor they used
    qint64 paymentsCents = 0; // abonos (positive)
    qint64 returnsCents = 0; // store credit returns gave (positive)
    qint64 closingBalanceCents = 0; // opening + charges − payments − returns
    std::array<Money, kAgingBuckets> aging {}; // the open documents on `to` (ageDocuments)
};

// [from, to] are days in `zone`; from ≤ to ("period") and a customer of this counter ("customer") or nothing is
// produced. Balances and movements are from this counter's ledgers; notes give head office's figures as last pulled
// and the tickets still owed at other branches (head office's open documents, which the aging counts). Sales and
// abonos at other branches are not listed: the counter only has their open documents.
[[nodiscard]] Result<CustomerStatement> customerStatement(
    Database &db, const QString &customerId, QDate from, QDate to, const QTimeZone &zone);

} // namespace nexus
