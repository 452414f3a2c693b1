// The customers of nexus.db and the counter's side of their credit accounts: reads for the picker and the cart,
// local creations and edits, and the ledger entries a sale or an abono writes inside the caller's transaction.
#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <vector>

#include "common/error.h"
#include "customers/creditaccount.h"
#include "customers/customer.h"

namespace nexus {

class Database;

// A customer's entry on their credit account written at this counter.
struct AccountEntry
{
    QString id;
    QString customerId;
    QString kind; // charge | payment
    Money amount; // signed: + charge, − payment
    QString refType; // sale | payment
    QString refId;
    QString folio;
    QString dueOn; // charges: YYYY-MM-DD
    QString authorizedBy; // charges above the available credit: the manager
    QString atUtc;
    qint64 outboxSeq = 0;
    // Payments: how they were paid (tender code), the card or transfer reference, the till that took them.
    QString method;
    QString reference;
    QString cashSessionId;
};

// " <name> <rfc> <phone> <e-mail>", normalised (case and accents folded) for the accent-insensitive search.
[[nodiscard]] QString customerSearchText(const CustomerFields &fields);

class CustomerRepository final
{
public:
    explicit CustomerRepository(Database &db) : m_db(db) { }

    [[nodiscard]] Result<std::optional<Customer>> find(const QString &id) const;
    // Active customers whose name, RFC, phone or e-mail contain every word of `text` (a word of letters matches the
    // start of a word, digits match anywhere: the end of a phone number). Exact RFC or phone first, then by name.
    // An empty text lists the customers by name. A word "#tag" keeps only the customers with that tag.
    [[nodiscard]] Result<QList<Customer>> search(const QString &text, int limit) const;
    // Other active customers with this RFC (never the generic ones) or this phone: duplicates.
    [[nodiscard]] Result<QList<Customer>> withRfc(const QString &rfc, const QString &exceptId) const;
    [[nodiscard]] Result<QList<Customer>> withPhone(const QString &phone, const QString &exceptId) const;
    // The greatest edit stamp this device has stored (its own edits and the server's rows).
    [[nodiscard]] Result<QString> latestHlc() const;

    [[nodiscard]] Status insert(const Customer &customer);
    // The editable fields, the stamp and the override of an existing customer.
    [[nodiscard]] Status update(const Customer &customer);

    // The server's figures as of the last pull plus what this counter wrote since (entries whose fact the server
    // had not acknowledged when those figures came). NotFound (field "customer") for an unknown customer.
    [[nodiscard]] Result<CreditPosition> creditPosition(const QString &customerId) const;
    // Unpaid charges: the server's as of the pull and this counter's own since, with this counter's later abonos
    // applied oldest first.
    [[nodiscard]] Result<std::vector<OpenDocument>> openDocuments(const QString &customerId) const;

    [[nodiscard]] Status addAccountEntry(const AccountEntry &entry);
    // Store credit (saldo a favor) used by a sale: a − entry in store_credit_ledger.
    [[nodiscard]] Status useStoreCredit(const QString &customerId, Money amount, const QString &saleId,
        const QString &atUtc, qint64 outboxSeq);

private:
    Database &m_db;
};

} // namespace nexus
