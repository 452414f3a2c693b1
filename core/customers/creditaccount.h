// The customer's credit account, defined once: what they owe on account, the store credit (saldo a favor) returns
// gave them, what they may still charge, how a store-credit tender splits between the two, who must authorise a
// charge above the available amount, and how an abono pays the oldest documents first.
#pragma once

#include <QDate>
#include <QString>

#include <array>
#include <vector>

#include "auth/role.h"
#include "common/error.h"
#include "common/money.h"

namespace nexus {

struct CreditPosition
{
    Money limit; // the customer's credit limit (0: no credit account)
    int creditDays = 0; // terms: days to pay a charge
    Money owed; // balance on account: charges − abonos (negative when they paid ahead)
    Money storeCredit; // saldo a favor: + returns refunded as store credit, − store credit used

    // available = limit − owed + store credit. Negative when the account is over its limit.
    [[nodiscard]] Money available() const { return limit - owed + storeCredit; }
};

// How a store-credit tender of `amount` is taken: the saldo a favor first (it is the customer's money), the rest
// charged to the account.
struct CreditCharge
{
    Money fromStoreCredit;
    Money onAccount;
};

[[nodiscard]] CreditCharge splitCreditTender(const CreditPosition &position, Money amount);

// A charge of `amount` within the available amount is allowed to anyone who may sell; above it the cashier's role
// must have Permission::CreditAboveLimit, or a manager must have authorised it (`authorizedBy` not empty).
// PermissionDenied (field "store_credit") names the available amount.
[[nodiscard]] Status checkCreditCharge(
    const CreditPosition &position, Money amount, Role cashierRole, const QString &authorizedBy);

// The day a credit sale falls due: the sale's day plus the customer's terms.
[[nodiscard]] QDate creditDueDate(const QDate &soldOn, int creditDays);

// A charge not yet fully paid.
struct OpenDocument
{
    QString id; // the account ledger entry of the charge
    QString folio; // the sale's ticket
    QString atUtc; // when it was charged: the order "oldest first" follows (at, id)
    QString dueOn; // YYYY-MM-DD
    Money remaining;
};

struct PaymentApplication
{
    QString documentId;
    QString folio;
    Money amount;
};

struct AppliedPayment
{
    std::vector<PaymentApplication> applications; // oldest document first
    Money unapplied; // paid beyond every open document: stays on the account as a credit balance
};

// Applies an abono of `amount` to `documents`, oldest first (by at, then id), each up to what it still owes.
[[nodiscard]] AppliedPayment applyOldestFirst(std::vector<OpenDocument> documents, Money amount);

// What the open documents still owe by how late they are on `asOf`: not due yet, 1–30, 31–60, 61–90 and over 90 days
// past their due day (a document without a due day counts as not due). The credit aging report and the customer's
// statement both age this way.
inline constexpr int kAgingBuckets = 5;
[[nodiscard]] std::array<Money, kAgingBuckets> ageDocuments(const std::vector<OpenDocument> &documents, QDate asOf);

} // namespace nexus
