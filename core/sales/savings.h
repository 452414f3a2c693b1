// Savings delivered to customers against the agency's price (each part's retail_price, "precio de agencia"): per part
// line, the retail value of what the customer kept less what they paid for it, never below zero; a line without a
// retail price saves nothing; returned pieces take their share back. One rule for the counter's totals panel
// (cartsummary.h), the customer's card and the dashboard.
#pragma once

#include <QList>
#include <QString>

#include "common/error.h"
#include "common/money.h"

namespace nexus {

class Database;

// One line: retailUnit × quantity − paid (tax included), or zero when that is not positive or there is no retail price.
[[nodiscard]] Money lineSavings(Money retailUnit, qint64 quantityThousandths, Money paid);

// Which completed sales to add up; empty fields do not filter. Times are UTC ISO strings, [fromUtc, toUtc) on sold_at.
struct SavingsScope
{
    QString saleId;
    QString customerId;
    QString fromUtc;
    QString toUtc;
    QString branchId;
};

// Σ lineSavings over the part lines of the completed sales in scope, each line net of what was returned of it
// (quantity and refunded amount, whenever the return happened).
[[nodiscard]] Result<Money> savingsDelivered(Database &db, const SavingsScope &scope);

// The same sum per customer (walk-in tickets together under an empty id), most saved first, then by name.
struct CustomerSavings
{
    QString customerId;
    QString name;
    int tickets = 0; // tickets in scope that saved something
    Money saved;
};
[[nodiscard]] Result<QList<CustomerSavings>> savingsByCustomer(Database &db, const SavingsScope &scope);

} // namespace nexus
