// A customer's account as this counter's ledgers record it, row by row: credit sales charged to the account and
// abonos (customer_account_ledger), and — for the customer's statement — the saldo a favor a credit sale used and
// the store credit a return gave back (store_credit_ledger). Each row carries its signed effect on what the customer
// owes, so a statement's balance runs by adding them; the fleet statement and the customer statement both read them.
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>

#include "common/error.h"

namespace nexus {

class Database;

enum class AccountMovementKind {
    Charge, // a credit sale charged to the account (+)
    Payment, // an abono (−)
    StoreCreditUsed, // saldo a favor a credit sale took (+: the customer has that much less in their favour)
    ReturnCredit, // store credit a return gave back (−)
};

struct AccountMovement
{
    AccountMovementKind kind = AccountMovementKind::Charge;
    QString atUtc;
    qint64 amountCents = 0; // signed effect on the balance owed
    QString folio; // the sale's, the abono's or the return's
    QString refType; // sale | payment | return
    QString refId;
};

// The instant `day` starts in `zone`, as the ledgers store times (UTC ISO-8601): statements' day boundaries.
[[nodiscard]] QString utcDayStart(QDate day, const QTimeZone &zone);

// Which ledgers: the account alone (a fleet's statement) or with the saldo a favor (the customer's statement).
enum class AccountScope { AccountOnly, WithStoreCredit };

// The balance the movements before `beforeUtc` add up to.
[[nodiscard]] Result<qint64> accountBalanceBefore(
    Database &db, const QString &customerId, const QString &beforeUtc, AccountScope scope);
// The movements in [fromUtc, toUtc), by time.
[[nodiscard]] Result<QList<AccountMovement>> accountMovements(
    Database &db, const QString &customerId, const QString &fromUtc, const QString &toUtc, AccountScope scope);

} // namespace nexus
