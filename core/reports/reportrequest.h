// Which report, over which days, with which filters, and who asks for it (the role decides what they may see).
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>

#include "auth/role.h"
#include "common/error.h"

namespace nexus {

enum class ReportKind {
    SalesJournal,
    SalesByPart,
    SalesByCategory,
    SalesByBrand,
    SalesByCustomer,
    SalesByCashier,
    Margins,
    CashSessions,
    CashSessionSummary,
    Returns,
    CreditAging,
    InventoryValuation,
    InventoryMovements,
    SlowMovers,
    StockOuts,
    AbcAnalysis,
    SavingsByCustomer,
};

[[nodiscard]] const QList<ReportKind> &allReportKinds(); // in picker order
[[nodiscard]] QString reportCode(ReportKind kind); // "sales_journal", "margins"… (CLI, file names)
[[nodiscard]] Result<ReportKind> reportFromCode(const QString &code);
[[nodiscard]] QString reportTitle(ReportKind kind); // translated
// Reports that read catalog.db (categories, brands, costs of the stock).
[[nodiscard]] bool reportNeedsCatalog(ReportKind kind);
// Reports of the stock (the warehouse filter applies).
[[nodiscard]] bool reportIsInventory(ReportKind kind);
// Reports that read the state now rather than a range of days (the range's last day is the "as of").
[[nodiscard]] bool reportIsSnapshot(ReportKind kind);

struct ReportRequest
{
    ReportKind kind = ReportKind::SalesJournal;
    QDate from; // first local day, inclusive
    QDate to; // last local day, inclusive
    QTimeZone timeZone = QTimeZone::systemTimeZone(); // where the days start and end
    // Filters; empty: all.
    QString branchId; // managers: their own branch (empty means it); admin/HQ: any
    QString cashierId;
    QString customerId;
    QString paymentMethod; // sales journal: tickets paid (partly) with it
    QString warehouseId; // inventory reports
    QString cashSessionId; // cashiers must name one of their own
};

// Who is asking: the logged-in user.
struct ReportViewer
{
    QString userId;
    Role role = Role::Cashier;
    QString branchId; // empty: every branch (admin, HQ)
};

// The reports a role may run, in picker order: one who works a till without branch reports (a cashier) runs those of
// their own cash sessions; a mechanic none.
[[nodiscard]] QList<ReportKind> reportKindsFor(Role role);
// A cashier's reports always name one of their own cash sessions (scopeRequest refuses them without one).
[[nodiscard]] bool reportsNeedOwnSession(Role role);

// The request as this viewer may run it (branch filled in for a manager), or PermissionDenied naming the field.
// Cashiers: only their own cash session (reportKindsFor: journal, returns, cash session reports); managers: their branch;
// admin and HQ: every branch; mechanics: none.
[[nodiscard]] Result<ReportRequest> scopeRequest(
    const ReportRequest &request, const ReportViewer &viewer, const QString &sessionOpenedBy);

} // namespace nexus
