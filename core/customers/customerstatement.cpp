// Customer statement: accountmovements.h's rows with a running balance, creditaccount.h's aging, in a ReportTable.
#include "customers/customerstatement.h"

#include "customers/accountmovements.h"
#include "customers/customerrepository.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace nexus {

namespace {

// The statement's words, in the UI language.
class Text final
{
    Q_DECLARE_TR_FUNCTIONS(nexus::CustomerStatement)
};

QString money(qint64 cents)
{
    return Money(cents).format(QLocale(QLocale::Spanish, QLocale::Mexico));
}

QString conceptOf(AccountMovementKind kind)
{
    switch (kind) {
    case AccountMovementKind::Charge: return Text::tr("Credit sale");
    case AccountMovementKind::Payment: return Text::tr("Payment received");
    case AccountMovementKind::StoreCreditUsed: return Text::tr("Store credit applied to a sale");
    case AccountMovementKind::ReturnCredit: return Text::tr("Return credited");
    }
    return {};
}

// The open documents this counter has no ledger entry for: charged at another branch.
Result<std::vector<OpenDocument>> otherBranchDocuments(Database &db, const std::vector<OpenDocument> &documents)
{
    std::vector<OpenDocument> elsewhere;
    for (const OpenDocument &d : documents) {
        Result<QVariant> here
            = db.scalar(QStringLiteral("SELECT count(*) FROM customer_account_ledger WHERE id = ?"), { d.id });
        if (!here)
            return std::unexpected(here.error());
        if (here->toLongLong() == 0)
            elsewhere.push_back(d);
    }
    return elsewhere;
}

} // namespace

Result<CustomerStatement> customerStatement(
    Database &db, const QString &customerId, QDate from, QDate to, const QTimeZone &zone)
{
    if (!from.isValid() || !to.isValid() || from > to)
        return fail(ErrorCode::InvalidInput, NX_ERR("The period must start on or before the day it ends"), {},
            QStringLiteral("period"));
    Result<QVariant> name = db.scalar(QStringLiteral("SELECT name FROM customers WHERE id = ?"), { customerId });
    if (!name)
        return std::unexpected(name.error());
    if (!name->isValid())
        return fail(ErrorCode::NotFound, NX_ERR("No customer %1 on this counter"), { customerId },
            QStringLiteral("customer"));
    CustomerStatement statement;
    statement.from = from;
    statement.to = to;
    const QString fromUtc = utcDayStart(from, zone);
    const QString toUtc = utcDayStart(to.addDays(1), zone);
    Result<qint64> opening = accountBalanceBefore(db, customerId, fromUtc, AccountScope::WithStoreCredit);
    if (!opening)
        return std::unexpected(opening.error());
    Result<QList<AccountMovement>> movements
        = accountMovements(db, customerId, fromUtc, toUtc, AccountScope::WithStoreCredit);
    if (!movements)
        return std::unexpected(movements.error());

    ReportTable &t = statement.table;
    t.title = Text::tr("Statement of account: %1").arg(name->toString());
    t.timeZone = zone;
    t.columns = { { QStringLiteral("at"), Text::tr("Date"), ColumnType::DateTime, false },
        { QStringLiteral("concept"), Text::tr("Concept"), ColumnType::Text, false },
        { QStringLiteral("folio"), Text::tr("Folio"), ColumnType::Text, false },
        { QStringLiteral("charge"), Text::tr("Charges"), ColumnType::Money, true },
        { QStringLiteral("payment"), Text::tr("Payments"), ColumnType::Money, true },
        { QStringLiteral("return"), Text::tr("Returns"), ColumnType::Money, true },
        { QStringLiteral("balance"), Text::tr("Balance"), ColumnType::Money, false } };
    statement.openingBalanceCents = *opening;
    t.rows << QVariantList { fromUtc, Text::tr("Previous balance"), QString(), QVariant(), QVariant(), QVariant(), *opening };
    qint64 balance = *opening;
    for (const AccountMovement &m : *movements) {
        balance += m.amountCents;
        QVariant charge;
        QVariant payment;
        QVariant credited;
        switch (m.kind) {
        case AccountMovementKind::Charge:
        case AccountMovementKind::StoreCreditUsed:
            charge = m.amountCents;
            statement.chargesCents += m.amountCents;
            break;
        case AccountMovementKind::Payment:
            payment = -m.amountCents;
            statement.paymentsCents -= m.amountCents;
            break;
        case AccountMovementKind::ReturnCredit:
            credited = -m.amountCents;
            statement.returnsCents -= m.amountCents;
            break;
        }
        t.rows << QVariantList { m.atUtc, conceptOf(m.kind), m.folio, charge, payment, credited, balance };
    }
    statement.closingBalanceCents = balance;
    t.sumTotals();
    t.totals[t.columnIndex(QStringLiteral("balance"))] = balance;

    CustomerRepository customers(db);
    Result<CreditPosition> position = customers.creditPosition(customerId);
    if (!position)
        return std::unexpected(position.error());
    Result<std::vector<OpenDocument>> documents = customers.openDocuments(customerId);
    if (!documents)
        return std::unexpected(documents.error());
    statement.aging = ageDocuments(*documents, to);

    t.notes << Text::tr("Period: %1 to %2").arg(from.toString(QStringLiteral("dd/MM/yyyy")), to.toString(QStringLiteral("dd/MM/yyyy")));
    t.notes << Text::tr("Previous balance: %1 · Charges: %2 · Payments: %3 · Returns: %4 · Balance at closing: %5")
                   .arg(money(statement.openingBalanceCents), money(statement.chargesCents),
                       money(statement.paymentsCents), money(statement.returnsCents),
                       money(statement.closingBalanceCents));
    t.notes << Text::tr("Aging on %1: not due %2 · 1–30 days %3 · 31–60 days %4 · 61–90 days %5 · over 90 days %6")
                   .arg(to.toString(QStringLiteral("dd/MM/yyyy")), money(statement.aging[0].centavos()),
                       money(statement.aging[1].centavos()), money(statement.aging[2].centavos()),
                       money(statement.aging[3].centavos()), money(statement.aging[4].centavos()));
    t.notes << Text::tr("Credit limit %1, %2 days to pay. Head office's figures as last received: owed %3, in your favour %4.")
                   .arg(money(position->limit.centavos()))
                   .arg(position->creditDays)
                   .arg(money(position->owed.centavos()), money(position->storeCredit.centavos()));
    // Credit sales of other branches are in head office's open documents (and so in the aging above) but not in this
    // counter's ledger: name them, so the customer sees every ticket they still owe.
    Result<std::vector<OpenDocument>> elsewhere = otherBranchDocuments(db, *documents);
    if (!elsewhere)
        return std::unexpected(elsewhere.error());
    if (!elsewhere->empty())
        t.notes << Text::tr("Still owed at other branches (their sales and payments are not listed above):");
    for (const OpenDocument &d : *elsewhere)
        t.notes << Text::tr("%1 of %2, due %3: %4 pending")
                       .arg(d.folio, QDateTime::fromString(d.atUtc, Qt::ISODateWithMs).toTimeZone(zone).toString(
                                         QStringLiteral("dd/MM/yyyy")),
                           QDate::fromString(d.dueOn, Qt::ISODate).toString(QStringLiteral("dd/MM/yyyy")),
                           money(d.remaining.centavos()));
    return statement;
}

} // namespace nexus
