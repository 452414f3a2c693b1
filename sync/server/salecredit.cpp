// recordSaleCredit: the split (the counter's, or the server's for old schemas), the two ledgers, the limit check.
#include "server/salecredit.h"

#include "customers/creditaccount.h"
#include "protocol/jsonreader.h"
#include "server/mutationhandler.h"
#include "store/database.h"

#include <QJsonArray>

namespace nexus {

Result<QStringList> recordSaleCredit(const MutationContext &context, int schemaVersion, const QJsonObject &payload)
{
    Money tendered;
    for (const QJsonValue &payment : payload.value(QLatin1String("payments")).toArray())
        if (payment.toObject().value(QLatin1String("method")).toString() == QLatin1String("store_credit"))
            tendered += Money(payment.toObject().value(QLatin1String("amount_cents")).toInteger());
    if (tendered.isZero())
        return QStringList();
    const QString saleId = payload.value(QLatin1String("id")).toString();
    const QString customerId = payload.value(QLatin1String("customer_id")).toString();
    const QString soldAt = payload.value(QLatin1String("sold_at")).toString();
    const QJsonObject details { { QStringLiteral("customer_id"), customerId },
        { QStringLiteral("amount_cents"), tendered.centavos() } };
    if (customerId.isEmpty()) {
        if (Status opened
            = openException(context.db, QStringLiteral("credit_without_customer"), saleId, details, context.nowUtc);
            !opened)
            return std::unexpected(opened.error());
        return QStringList { QStringLiteral("credit_without_customer") };
    }

    Result<QSqlQuery> customer = context.db.exec(
        QStringLiteral("SELECT credit_limit_cents, credit_days, balance_cents, store_credit_cents FROM customers "
                       "WHERE id = ?"),
        { customerId });
    if (!customer)
        return std::unexpected(customer.error());
    const bool known = customer->next();
    const CreditPosition before { Money(known ? customer->value(0).toLongLong() : 0),
        known ? customer->value(1).toInt() : 0, Money(known ? customer->value(2).toLongLong() : 0),
        Money(known ? customer->value(3).toLongLong() : 0) };

    CreditCharge split;
    QString dueOn;
    QString authorizedBy;
    if (schemaVersion >= 3) {
        wire::JsonReader sale(payload, QStringLiteral("payload"));
        wire::JsonReader credit(sale.object(QLatin1String("customer_credit")), sale.pathOf(QLatin1String("customer_credit")));
        if (sale.error())
            return std::unexpected(*sale.error());
        split.fromStoreCredit = Money(credit.integer(QLatin1String("store_credit_cents")));
        split.onAccount = Money(credit.integer(QLatin1String("account_cents")));
        dueOn = credit.optionalString(QLatin1String("due_on"));
        authorizedBy = credit.optionalString(QLatin1String("authorized_by"));
        if (credit.error())
            return std::unexpected(*credit.error());
        if (split.fromStoreCredit.isNegative() || split.onAccount.isNegative()
            || split.fromStoreCredit + split.onAccount != tendered)
            return fail(ErrorCode::InvalidInput,
                NX_ERR("The store credit used and the charge on account do not add up to the store-credit payments "
                       "(%1)"),
                { tendered.toPlainString() }, QStringLiteral("payload.customer_credit"));
    } else {
        split = splitCreditTender(before, tendered);
    }
    if (dueOn.isEmpty())
        dueOn = creditDueDate(QDateTime::fromString(soldAt, Qt::ISODateWithMs).date(), before.creditDays)
                    .toString(Qt::ISODate);

    if (split.fromStoreCredit > Money()) {
        Result<QSqlQuery> used = context.db.exec(
            QStringLiteral("INSERT INTO store_credit_ledger(id, customer_id, branch_id, amount_cents, ref_type, ref_id, "
                           "at) VALUES (?, ?, ?, ?, 'sale', ?, ?)"),
            { QString(saleId + QStringLiteral(":store_credit")), customerId, context.device.branchId,
                -split.fromStoreCredit.centavos(), saleId, soldAt });
        if (!used)
            return std::unexpected(used.error());
    }
    if (split.onAccount > Money()) {
        Result<QSqlQuery> charged = context.db.exec(
            QStringLiteral("INSERT INTO customer_account_ledger(id, customer_id, branch_id, device_id, kind, "
                           "amount_cents, ref_type, ref_id, folio, due_on, authorized_by, at, received_at) "
                           "VALUES (?, ?, ?, ?, 'charge', ?, 'sale', ?, ?, ?, ?, ?, ?)"),
            { QString(saleId + QStringLiteral(":account")), customerId, context.device.branchId,
                context.device.deviceId, split.onAccount.centavos(), saleId,
                payload.value(QLatin1String("folio")).toString(), dueOn,
                authorizedBy.isEmpty() ? QVariant() : QVariant(authorizedBy), soldAt, context.nowUtc });
        if (!charged)
            return std::unexpected(charged.error());
    }

    QStringList opened;
    QString kind;
    if (!known)
        kind = QStringLiteral("unknown_customer");
    else if (authorizedBy.isEmpty() && tendered > before.available())
        kind = QStringLiteral("credit_over_limit"); // the counter's view of the account was behind the server's
    if (!kind.isEmpty()) {
        QJsonObject more = details;
        more.insert(QStringLiteral("available_cents"), before.available().centavos());
        if (Status exception = openException(context.db, kind, saleId, more, context.nowUtc); !exception)
            return std::unexpected(exception.error());
        opened << kind;
    }
    return opened;
}

} // namespace nexus
