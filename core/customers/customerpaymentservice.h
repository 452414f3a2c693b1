// Abonos at the counter: a customer pays against their credit account in cash, by card (credit or debit, with the
// authorisation) or by transfer (with the tracking number). One transaction writes the payment on the account
// (applied to the oldest unpaid charges first, as the server will) with its tender and till, cash into the open till
// as a cash-in (so the X and Z reports expect it in the drawer; card and transfer abonos are expected under their
// tender from the account's rows), the facts that take them to the server and the recibos de pago with the tender's
// c_FormaPago.
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

#include "auth/role.h"
#include "common/error.h"
#include "common/money.h"
#include "customers/creditaccount.h"
#include "sales/tender.h"

namespace nexus {

class Clock;
class Database;

struct CustomerPaymentContext
{
    QString deviceId;
    QString branchId;
    QString folioSeries; // the counter's series: abonos are "<series>-A000001"
    QString userId;
    Role role = Role::Cashier;
};

struct CustomerPaymentReceipt
{
    QString id;
    QString folio;
    QString customerId;
    QString customerName;
    Money amount;
    AppliedPayment applied; // the documents it paid, oldest first, as this counter knows them
    Money owedBefore;
    Money owedAfter;
    TenderMethod method = TenderMethod::Cash;
    QString reference; // card authorisation / transfer tracking number
    QString cashSessionId;
    QString atUtc;
    qint64 outboxSeq = 0;
    QStringList paymentComplementIds; // the recibos de pago (CFDI P) queued for PPD invoices of the tickets it paid
};

class CustomerPaymentService final
{
public:
    CustomerPaymentService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) { }

    // Refused, nothing written: an amount not above zero ("amount"), more than the customer owes ("amount", naming
    // it), an unknown customer ("customer"), no open till ("cash_session"), a role that may not sell.
    [[nodiscard]] Result<CustomerPaymentReceipt> recordCash(
        const QString &customerId, Money amount, const CustomerPaymentContext &context);
    // Any tender an abono takes: Cash, CardCredit, CardDebit or Transfer (`tender.tendered` is the amount, in MXN).
    // Also refused: another method ("method"), a card or transfer without its reference ("reference").
    [[nodiscard]] Result<CustomerPaymentReceipt> record(
        const QString &customerId, const Tender &tender, const CustomerPaymentContext &context);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace nexus
