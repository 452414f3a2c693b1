// The customer facts of the counters: customer.created / customer.updated (a customer's record, last writer wins by
// hybrid logical clock + device id, the loser kept in customer_conflicts) and customer.payment (an abono on the
// credit account, applied to the oldest unpaid charges first). The "customers" bucket sends the result back down.
#pragma once

#include "server/mutationhandler.h"

namespace nexus {

// One class for both record facts: an update of a customer the server does not know (its creation was
// quarantined) creates it, since the fact carries the whole record.
class CustomerSavedHandler final : public MutationHandler
{
public:
    explicit CustomerSavedHandler(bool created) : m_created(created) { }
    [[nodiscard]] QString type() const override;
    [[nodiscard]] bool supportsSchema(int schemaVersion) const override { return schemaVersion == 1; }
    // A duplicate RFC or phone of another customer (two counters offline) is kept and opens an exception
    // "duplicate_customer"; an invalid record (core validateCustomer) or another branch's fact is quarantined.
    [[nodiscard]] Result<QJsonObject> apply(
        const MutationContext &context, int schemaVersion, const QJsonObject &payload) override;

private:
    bool m_created;
};

class CustomerPaymentHandler final : public MutationHandler
{
public:
    [[nodiscard]] QString type() const override;
    [[nodiscard]] bool supportsSchema(int schemaVersion) const override { return schemaVersion == 1; }
    // Never refused for business reasons: a payment for a customer the server does not know yet is recorded and
    // opens "unknown_customer"; one beyond every unpaid charge stays on the account as a credit balance.
    [[nodiscard]] Result<QJsonObject> apply(
        const MutationContext &context, int schemaVersion, const QJsonObject &payload) override;
};

} // namespace nexus
