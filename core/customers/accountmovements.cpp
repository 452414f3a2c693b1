// Account movements: two indexed reads by customer, merged by time.
#include "customers/accountmovements.h"

#include "store/database.h"

#include <QDateTime>

#include <algorithm>

namespace nexus {

QString utcDayStart(QDate day, const QTimeZone &zone)
{
    return QDateTime(day, QTime(0, 0), zone).toUTC().toString(Qt::ISODateWithMs);
}

Result<qint64> accountBalanceBefore(
    Database &db, const QString &customerId, const QString &beforeUtc, AccountScope scope)
{
    Result<QVariant> account = db.scalar(QStringLiteral("SELECT coalesce(sum(amount_cents), 0) FROM "
                                                        "customer_account_ledger WHERE customer_id = ? AND at < ?"),
        { customerId, beforeUtc });
    if (!account)
        return std::unexpected(account.error());
    if (scope == AccountScope::AccountOnly)
        return account->toLongLong();
    // Saldo a favor is owed to the customer: it lowers the balance.
    Result<QVariant> favour = db.scalar(QStringLiteral("SELECT coalesce(sum(amount_cents), 0) FROM "
                                                       "store_credit_ledger WHERE customer_id = ? AND at < ?"),
        { customerId, beforeUtc });
    if (!favour)
        return std::unexpected(favour.error());
    return account->toLongLong() - favour->toLongLong();
}

Result<QList<AccountMovement>> accountMovements(
    Database &db, const QString &customerId, const QString &fromUtc, const QString &toUtc, AccountScope scope)
{
    QList<AccountMovement> list;
    Result<QSqlQuery> ledger = db.exec(
        QStringLiteral("SELECT at, kind, amount_cents, folio, ref_type, ref_id FROM customer_account_ledger "
                       "WHERE customer_id = ? AND at >= ? AND at < ? ORDER BY at, id"),
        { customerId, fromUtc, toUtc });
    if (!ledger)
        return std::unexpected(ledger.error());
    while (ledger->next())
        list << AccountMovement { ledger->value(1).toString() == QLatin1String("charge") ? AccountMovementKind::Charge
                                                                                         : AccountMovementKind::Payment,
            ledger->value(0).toString(), ledger->value(2).toLongLong(), ledger->value(3).toString(),
            ledger->value(4).toString(), ledger->value(5).toString() };
    if (scope == AccountScope::WithStoreCredit) {
        Result<QSqlQuery> favour = db.exec(
            QStringLiteral("SELECT c.at, c.ref_type, c.amount_cents, coalesce(s.folio, r.folio, ''), c.ref_id "
                           "FROM store_credit_ledger c LEFT JOIN sales s ON c.ref_type = 'sale' AND s.id = c.ref_id "
                           "LEFT JOIN returns r ON c.ref_type = 'return' AND r.id = c.ref_id "
                           "WHERE c.customer_id = ? AND c.at >= ? AND c.at < ? ORDER BY c.at, c.id"),
            { customerId, fromUtc, toUtc });
        if (!favour)
            return std::unexpected(favour.error());
        while (favour->next()) {
            const qint64 amount = favour->value(2).toLongLong();
            list << AccountMovement { amount < 0 ? AccountMovementKind::StoreCreditUsed : AccountMovementKind::ReturnCredit,
                favour->value(0).toString(), -amount, favour->value(3).toString(), favour->value(1).toString(),
                favour->value(4).toString() };
        }
    }
    std::stable_sort(list.begin(), list.end(),
        [](const AccountMovement &a, const AccountMovement &b) { return a.atUtc < b.atUtc; });
    return list;
}

} // namespace nexus
