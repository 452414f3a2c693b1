// Savings by customer: savingsByCustomer over the range, one row a customer.
#include "reports/savingsreport.h"

#include "reports/reportsql.h"
#include "sales/savings.h"

#include <QCoreApplication>

namespace nexus {

using reportsql::column;
using reportsql::text;

Result<ReportTable> savingsReport(Database &db, const ReportRequest &request, const std::pair<QString, QString> &range)
{
    SavingsScope scope;
    scope.customerId = request.customerId;
    scope.fromUtc = range.first;
    scope.toUtc = range.second;
    scope.branchId = request.branchId;
    Result<QList<CustomerSavings>> customers = savingsByCustomer(db, scope);
    if (!customers)
        return std::unexpected(customers.error());
    ReportTable table;
    table.columns = { text("customer", QT_TRANSLATE_NOOP("nexus::Report", "Customer")),
        column("tickets", QT_TRANSLATE_NOOP("nexus::Report", "Tickets that saved"), ColumnType::Count),
        column("saved", QT_TRANSLATE_NOOP("nexus::Report", "Saved vs. agency prices"), ColumnType::Money),
        column("average", QT_TRANSLATE_NOOP("nexus::Report", "Average per ticket"), ColumnType::Money, false) };
    for (const CustomerSavings &c : *customers) {
        if (c.saved.centavos() <= 0)
            continue;
        const QString name = c.customerId.isEmpty()
            ? QCoreApplication::translate("nexus::Report", "Walk-in customers")
            : (c.name.isEmpty() ? c.customerId : c.name);
        table.rows << QVariantList { name, qint64(c.tickets), c.saved.centavos(),
            c.tickets > 0 ? divideRounded(c.saved.centavos(), c.tickets) : 0 };
    }
    return table;
}

} // namespace nexus
