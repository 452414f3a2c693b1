// Savings: the lines in scope with what was returned of each, summed per customer in C++ with lineSavings.
#include "sales/savings.h"

#include "store/database.h"

#include <QHash>

#include <algorithm>

namespace nexus {

Money lineSavings(Money retailUnit, qint64 quantityThousandths, Money paid)
{
    if (retailUnit.centavos() <= 0 || quantityThousandths <= 0)
        return Money();
    const Money saved = retailUnit.times(quantityThousandths) - paid;
    return saved.isNegative() ? Money() : saved;
}

Result<QList<CustomerSavings>> savingsByCustomer(Database &db, const SavingsScope &scope)
{
    Result<QSqlQuery> rows = db.exec(
        QStringLiteral("SELECT l.retail_price_cents, l.quantity, l.base_cents + l.tax_cents, "
                       "coalesce(sum(rl.quantity), 0), coalesce(sum(rl.total_cents), 0), "
                       "coalesce(s.customer_id, ''), coalesce(c.name, ''), s.id "
                       "FROM sale_lines l JOIN sales s ON s.id = l.sale_id "
                       "LEFT JOIN customers c ON c.id = s.customer_id "
                       "LEFT JOIN returns r ON r.sale_id = l.sale_id "
                       "LEFT JOIN return_lines rl ON rl.return_id = r.id AND rl.sale_line_no = l.line_no "
                       "WHERE s.status = 'completed' AND l.part_id > 0 "
                       "AND (coalesce(?, '') = '' OR s.id = ?) AND (coalesce(?, '') = '' OR s.customer_id = ?) "
                       "AND (coalesce(?, '') = '' OR s.sold_at >= ?) AND (coalesce(?, '') = '' OR s.sold_at < ?) "
                       "AND (coalesce(?, '') = '' OR s.branch_id = ?) "
                       "GROUP BY l.sale_id, l.line_no ORDER BY s.id"),
        { scope.saleId, scope.saleId, scope.customerId, scope.customerId, scope.fromUtc, scope.fromUtc,
            scope.toUtc, scope.toUtc, scope.branchId, scope.branchId });
    if (!rows)
        return std::unexpected(rows.error());
    QHash<QString, CustomerSavings> byCustomer;
    QHash<QString, Money> byTicket; // sale id → saved
    QHash<QString, QString> ticketCustomer;
    while (rows->next()) {
        const Money saved = lineSavings(Money(rows->value(0).toLongLong()),
            rows->value(1).toLongLong() - rows->value(3).toLongLong(),
            Money(rows->value(2).toLongLong() - rows->value(4).toLongLong()));
        const QString customerId = rows->value(5).toString();
        CustomerSavings &customer = byCustomer[customerId];
        customer.customerId = customerId;
        customer.name = rows->value(6).toString();
        customer.saved += saved;
        byTicket[rows->value(7).toString()] += saved;
        ticketCustomer.insert(rows->value(7).toString(), customerId);
    }
    for (auto it = byTicket.cbegin(); it != byTicket.cend(); ++it)
        if (it.value().centavos() > 0)
            ++byCustomer[ticketCustomer.value(it.key())].tickets;
    QList<CustomerSavings> list = byCustomer.values();
    std::sort(list.begin(), list.end(), [](const CustomerSavings &a, const CustomerSavings &b) {
        return a.saved != b.saved ? a.saved > b.saved : a.name < b.name;
    });
    return list;
}

Result<Money> savingsDelivered(Database &db, const SavingsScope &scope)
{
    Result<QList<CustomerSavings>> customers = savingsByCustomer(db, scope);
    if (!customers)
        return std::unexpected(customers.error());
    Money total;
    for (const CustomerSavings &customer : *customers)
        total += customer.saved;
    return total;
}

} // namespace nexus
