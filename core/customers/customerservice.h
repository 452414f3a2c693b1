// Customers at the counter: create and edit them offline (validated, duplicates refused, one transaction with the
// outbox fact that takes the change to the server), find them, and read their credit position.
#pragma once

#include <QList>
#include <QString>

#include <optional>

#include "auth/role.h"
#include "common/error.h"
#include "customers/creditaccount.h"
#include "customers/customer.h"

namespace nexus {

class Clock;
class Database;

struct CustomerContext
{
    QString deviceId;
    QString branchId;
    QString userId;
    Role role = Role::Cashier;
    // A manager accepted an RFC whose check digit does not match, after the warning (their username); without it
    // only a role with AcceptRfcCheckDigit may save one.
    QString rfcAcceptedBy;
    // A manager authorised changing the credit limit or terms (their username); without it only a role with
    // CreditAboveLimit may.
    QString creditAuthorizedBy;
};

class CustomerService final
{
public:
    static constexpr int kSearchLimit = 50;

    CustomerService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) { }

    // Validates (validateCustomer), refuses a duplicate RFC or phone (Conflict naming the other customer), then
    // writes the customer and the fact customer.created in one transaction. Nothing is written on any error.
    [[nodiscard]] Result<Customer> create(const CustomerFields &fields, const CustomerContext &context);
    // The same rules for an edit; the fact customer.updated carries the new stamp and the one the edit started from.
    // An edit that changes nothing writes nothing and returns the customer as stored.
    [[nodiscard]] Result<Customer> update(const QString &id, const CustomerFields &fields, const CustomerContext &context);

    [[nodiscard]] Result<std::optional<Customer>> find(const QString &id) const;
    [[nodiscard]] Result<QList<Customer>> search(const QString &text, int limit = kSearchLimit) const;
    [[nodiscard]] Result<CreditPosition> creditPosition(const QString &customerId) const;

private:
    [[nodiscard]] Result<Customer> save(const std::optional<Customer> &existing, const CustomerFields &fields,
        const CustomerContext &context);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace nexus
