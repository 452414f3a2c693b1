// CustomerPaymentService: checks, then folio, account entry with its tender, cash-in (cash only), facts in one transaction.
#include "customers/customerpaymentservice.h"

#include "auth/auditlog.h"
#include "auth/permission.h"
#include "cfdi/relatedcfdi.h"
#include "common/clock.h"
#include "common/idgenerator.h"
#include "customers/customerpayload.h"
#include "customers/customerrepository.h"
#include "sales/checkoutservice.h"
#include "store/database.h"
#include "store/outbox.h"

namespace nexus {

namespace {

// The abono's cash into the open till, with the same fact CashMovementService writes ("cash.moved" v1).
Status cashIn(Database &db, const CustomerPaymentReceipt &receipt, const CustomerPaymentContext &context)
{
    const QString movementId = IdGenerator::instance().nextString();
    const QString reason = QStringLiteral("Abono %1 · %2").arg(receipt.folio, receipt.customerName).left(200);
    Result<QSqlQuery> moved = db.exec(
        QStringLiteral("INSERT INTO cash_movements(id, cash_session_id, kind, amount_cents, reason, user_id, at) "
                       "VALUES (?, ?, 'in', ?, ?, ?, ?)"),
        { movementId, receipt.cashSessionId, receipt.amount.centavos(), reason, context.userId, receipt.atUtc });
    if (!moved)
        return std::unexpected(moved.error());
    const QJsonObject cashFact { { QStringLiteral("id"), movementId },
        { QStringLiteral("cash_session_id"), receipt.cashSessionId }, { QStringLiteral("branch_id"), context.branchId },
        { QStringLiteral("kind"), QStringLiteral("in") }, { QStringLiteral("amount_cents"), receipt.amount.centavos() },
        { QStringLiteral("reason"), reason }, { QStringLiteral("user_id"), context.userId },
        { QStringLiteral("authorized_by"), QJsonValue(QJsonValue::Null) }, { QStringLiteral("at"), receipt.atUtc } };
    if (Result<qint64> queued = Outbox(db).append(
            IdGenerator::instance().nextString(), QStringLiteral("cash.moved"), 1, cashFact, receipt.atUtc);
        !queued)
        return std::unexpected(queued.error());
    return {};
}

} // namespace

Result<CustomerPaymentReceipt> CustomerPaymentService::recordCash(
    const QString &customerId, Money amount, const CustomerPaymentContext &context)
{
    return record(customerId, Tender { TenderMethod::Cash, amount, 0, {} }, context);
}

Result<CustomerPaymentReceipt> CustomerPaymentService::record(
    const QString &customerId, const Tender &tender, const CustomerPaymentContext &context)
{
    const Money amount = tender.tendered;
    const bool cash = tender.method == TenderMethod::Cash;
    const QString reference = tender.reference.trimmed();
    if (Status allowed = checkPermission(context.role, Permission::Sell); !allowed)
        return std::unexpected(allowed.error());
    if (amount <= Money())
        return fail(ErrorCode::InvalidInput, NX_ERR("The amount must be greater than zero"), {},
            QStringLiteral("amount"));
    if (!cash && tender.method != TenderMethod::CardCredit && tender.method != TenderMethod::CardDebit
        && tender.method != TenderMethod::Transfer)
        return fail(ErrorCode::InvalidInput, NX_ERR("An abono is paid in pesos, by card or by transfer"), {},
            QStringLiteral("method"));
    if (!cash && reference.isEmpty())
        return fail(ErrorCode::InvalidInput,
            tender.method == TenderMethod::Transfer ? NX_ERR("Type the transfer's tracking number")
                                                    : NX_ERR("Type the card payment's authorisation number"),
            {}, QStringLiteral("reference"));
    CustomerRepository customers(m_db);
    Transaction transaction(m_db);
    if (Status begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    Result<std::optional<Customer>> customer = customers.find(customerId);
    if (!customer)
        return std::unexpected(customer.error());
    if (!*customer)
        return fail(ErrorCode::NotFound, NX_ERR("There is no customer %1 on this computer"), { customerId },
            QStringLiteral("customer"));
    Result<CreditPosition> position = customers.creditPosition(customerId);
    if (!position)
        return std::unexpected(position.error());
    if (amount > position->owed)
        return fail(ErrorCode::InvalidInput, NX_ERR("%1 owes %2 on their account: an abono cannot be more"),
            { (*customer)->fields.name, (position->owed.isNegative() ? Money() : position->owed).format() },
            QStringLiteral("amount"));
    Result<QVariant> session = m_db.scalar(
        QStringLiteral("SELECT id FROM cash_sessions WHERE device_id = ? AND status = 'open'"), { context.deviceId });
    if (!session)
        return std::unexpected(session.error());
    if (!session->isValid())
        return fail(ErrorCode::Conflict, NX_ERR("Open the till before taking an abono"), {},
            QStringLiteral("cash_session"));
    Result<std::vector<OpenDocument>> documents = customers.openDocuments(customerId);
    if (!documents)
        return std::unexpected(documents.error());

    const QString counter = context.folioSeries + QStringLiteral("-A");
    Result<qint64> number = nextFolioNumber(m_db, counter);
    if (!number)
        return std::unexpected(number.error());
    CustomerPaymentReceipt receipt;
    receipt.id = IdGenerator::instance().nextString();
    receipt.folio = counter + QStringLiteral("%1").arg(*number, 6, 10, QLatin1Char('0'));
    receipt.customerId = customerId;
    receipt.customerName = (*customer)->fields.name;
    receipt.amount = amount;
    receipt.applied = applyOldestFirst(*documents, amount);
    receipt.owedBefore = position->owed;
    receipt.owedAfter = position->owed - amount;
    receipt.method = tender.method;
    receipt.reference = reference;
    receipt.cashSessionId = session->toString();
    receipt.atUtc = m_clock.nowUtc().toString(Qt::ISODateWithMs);

    // Cash goes into the drawer like any cash-in (X/Z and head office count it); card and transfer touch no drawer.
    if (cash)
        if (Status drawn = cashIn(m_db, receipt, context); !drawn)
            return std::unexpected(drawn.error());

    const QJsonObject paymentFact { { QStringLiteral("id"), receipt.id }, { QStringLiteral("customer_id"), customerId },
        { QStringLiteral("branch_id"), context.branchId }, { QStringLiteral("folio"), receipt.folio },
        { QStringLiteral("amount_cents"), amount.centavos() }, { QStringLiteral("method"), tenderCode(tender.method) },
        { QStringLiteral("reference"), reference },
        { QStringLiteral("cash_session_id"), receipt.cashSessionId }, { QStringLiteral("cashier_id"), context.userId },
        { QStringLiteral("at"), receipt.atUtc } };
    Result<qint64> seq = Outbox(m_db).append(IdGenerator::instance().nextString(), QString(kCustomerPaymentMutation),
        kCustomerPayloadSchema, paymentFact, receipt.atUtc);
    if (!seq)
        return std::unexpected(seq.error());
    receipt.outboxSeq = *seq;
    if (Status written = customers.addAccountEntry({ receipt.id, customerId, QStringLiteral("payment"), -amount,
            QStringLiteral("payment"), receipt.id, receipt.folio, {}, {}, receipt.atUtc, *seq,
            tenderCode(tender.method), reference, receipt.cashSessionId });
        !written)
        return std::unexpected(written.error());
    // The tickets it paid that went into a PPD invoice get their recibo de pago (Pagos 2.0) in this transaction.
    AbonoForComplement abono {
        receipt.id, receipt.folio, receipt.atUtc, satPaymentForm(tender.method), context.userId, {} };
    for (const PaymentApplication &application : receipt.applied.applications)
        abono.applications.push_back({ application.folio, application.amount });
    Result<QStringList> complements = queuePaymentComplements(m_db, m_clock, abono);
    if (!complements)
        return std::unexpected(complements.error());
    receipt.paymentComplementIds = *complements;
    if (Status audited = AuditLog(m_db, m_clock, context.deviceId)
                             .append(context.userId, QStringLiteral("customer_payment"), receipt.folio,
                                 { { QStringLiteral("customer_id"), customerId },
                                     { QStringLiteral("amount_cents"), amount.centavos() },
                                     { QStringLiteral("method"), tenderCode(tender.method) } });
        !audited)
        return std::unexpected(audited.error());
    if (Status committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return receipt;
}

} // namespace nexus
