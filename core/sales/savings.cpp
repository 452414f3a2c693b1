// Savings: the lines in scope with what was returned of each, summed in C++ with lineSavings.
#include "sales/savings.h"

#include "store/database.h"

namespace nexus {

Money lineSavings(Money retailUnit, qint64 quantityThousandths, Money paid)
{
    if (retailUnit.centavos() <= 0 || quantityThousandths <= 0)
        return Money();
    const Money saved = retailUnit.times(quantityThousandths) - paid;
    return saved.isNegative() ? Money() : saved;
}

Result<Money> savingsDelivered(Database &db, const SavingsScope &scope)
{
    Result<QSqlQuery> rows = db.exec(
        QStringLiteral("SELECT l.retail_price_cents, l.quantity, l.base_cents + l.tax_cents, "
                       "coalesce(sum(rl.quantity), 0), coalesce(sum(rl.total_cents), 0) "
                       "FROM sale_lines l JOIN sales s ON s.id = l.sale_id "
                       "LEFT JOIN returns r ON r.sale_id = l.sale_id "
                       "LEFT JOIN return_lines rl ON rl.return_id = r.id AND rl.sale_line_no = l.line_no "
                       "WHERE s.status = 'completed' AND l.part_id > 0 "
                       "AND (coalesce(?, '') = '' OR s.id = ?) AND (coalesce(?, '') = '' OR s.customer_id = ?) "
                       "AND (coalesce(?, '') = '' OR s.sold_at >= ?) AND (coalesce(?, '') = '' OR s.sold_at < ?) "
                       "AND (coalesce(?, '') = '' OR s.branch_id = ?) "
                       "GROUP BY l.sale_id, l.line_no"),
        { scope.saleId, scope.saleId, scope.customerId, scope.customerId, scope.fromUtc, scope.fromUtc,
            scope.toUtc, scope.toUtc, scope.branchId, scope.branchId });
    if (!rows)
        return std::unexpected(rows.error());
    Money total;
    while (rows->next())
        total += lineSavings(Money(rows->value(0).toLongLong()),
            rows->value(1).toLongLong() - rows->value(3).toLongLong(),
            Money(rows->value(2).toLongLong() - rows->value(4).toLongLong()));
    return total;
}

} // namespace nexus
