// The catalogue of reports and the rule of who may run which of them over what.
#include "reports/reportrequest.h"

#include "auth/permission.h"

#include <QCoreApplication>

namespace nexus {

const QList<ReportKind> &allReportKinds()
{
    static const QList<ReportKind> kinds {
        ReportKind::SalesJournal,
        ReportKind::SalesByPart,
        ReportKind::SalesByCategory,
        ReportKind::SalesByBrand,
        ReportKind::SalesByCustomer,
        ReportKind::SalesByCashier,
        ReportKind::Margins,
        ReportKind::CashSessions,
        ReportKind::CashSessionSummary,
        ReportKind::Returns,
        ReportKind::CreditAging,
        ReportKind::InventoryValuation,
        ReportKind::InventoryMovements,
        ReportKind::SlowMovers,
        ReportKind::StockOuts,
        ReportKind::AbcAnalysis,
        ReportKind::SavingsByCustomer,
    };
    return kinds;
}

QString reportCode(ReportKind kind)
{
    switch (kind) {
    case ReportKind::SalesJournal:
        return QStringLiteral("sales_journal");
    case ReportKind::SalesByPart:
        return QStringLiteral("sales_by_part");
    case ReportKind::SalesByCategory:
        return QStringLiteral("sales_by_category");
    case ReportKind::SalesByBrand:
        return QStringLiteral("sales_by_brand");
    case ReportKind::SalesByCustomer:
        return QStringLiteral("sales_by_customer");
    case ReportKind::SalesByCashier:
        return QStringLiteral("sales_by_cashier");
    case ReportKind::Margins:
        return QStringLiteral("margins");
    case ReportKind::CashSessions:
        return QStringLiteral("cash_sessions");
    case ReportKind::CashSessionSummary:
        return QStringLiteral("cash_session_summary");
    case ReportKind::Returns:
        return QStringLiteral("returns");
    case ReportKind::CreditAging:
        return QStringLiteral("credit_aging");
    case ReportKind::InventoryValuation:
        return QStringLiteral("inventory_valuation");
    case ReportKind::InventoryMovements:
        return QStringLiteral("inventory_movements");
    case ReportKind::SlowMovers:
        return QStringLiteral("slow_movers");
    case ReportKind::StockOuts:
        return QStringLiteral("stock_outs");
    case ReportKind::AbcAnalysis:
        return QStringLiteral("abc_analysis");
    case ReportKind::SavingsByCustomer:
        return QStringLiteral("savings_by_customer");
    }
    return {};
}

Result<ReportKind> reportFromCode(const QString &code)
{
    for (ReportKind kind : allReportKinds())
        if (reportCode(kind) == code)
            return kind;
    return fail(
        ErrorCode::InvalidInput, NX_ERR("There is no report called \"%1\""), { code }, QStringLiteral("report"));
}

QString reportTitle(ReportKind kind)
{
    switch (kind) {
    case ReportKind::SalesJournal:
        return QCoreApplication::translate("nexus::Report", "Sales journal");
    case ReportKind::SalesByPart:
        return QCoreApplication::translate("nexus::Report", "Sales by part");
    case ReportKind::SalesByCategory:
        return QCoreApplication::translate("nexus::Report", "Sales by category");
    case ReportKind::SalesByBrand:
        return QCoreApplication::translate("nexus::Report", "Sales by brand");
    case ReportKind::SalesByCustomer:
        return QCoreApplication::translate("nexus::Report", "Sales by customer");
    case ReportKind::SalesByCashier:
        return QCoreApplication::translate("nexus::Report", "Sales by cashier");
    case ReportKind::Margins:
        return QCoreApplication::translate("nexus::Report", "Margins by category");
    case ReportKind::CashSessions:
        return QCoreApplication::translate("nexus::Report", "Cash sessions (cortes)");
    case ReportKind::CashSessionSummary:
        return QCoreApplication::translate("nexus::Report", "Cash session summary");
    case ReportKind::Returns:
        return QCoreApplication::translate("nexus::Report", "Returns");
    case ReportKind::CreditAging:
        return QCoreApplication::translate("nexus::Report", "Credit aging");
    case ReportKind::InventoryValuation:
        return QCoreApplication::translate("nexus::Report", "Inventory valuation");
    case ReportKind::InventoryMovements:
        return QCoreApplication::translate("nexus::Report", "Inventory movements");
    case ReportKind::SlowMovers:
        return QCoreApplication::translate("nexus::Report", "Slow movers");
    case ReportKind::StockOuts:
        return QCoreApplication::translate("nexus::Report", "Stock-outs");
    case ReportKind::AbcAnalysis:
        return QCoreApplication::translate("nexus::Report", "ABC analysis");
    case ReportKind::SavingsByCustomer:
        return QCoreApplication::translate("nexus::Report", "Savings by customer (agency prices)");
    }
    return {};
}

bool reportNeedsCatalog(ReportKind kind)
{
    return kind == ReportKind::SalesByCategory || kind == ReportKind::SalesByBrand || kind == ReportKind::Margins
        || kind == ReportKind::InventoryValuation;
}

bool reportIsInventory(ReportKind kind)
{
    return kind == ReportKind::InventoryValuation || kind == ReportKind::InventoryMovements
        || kind == ReportKind::SlowMovers || kind == ReportKind::StockOuts;
}

bool reportIsSnapshot(ReportKind kind)
{
    return kind == ReportKind::CreditAging || kind == ReportKind::InventoryValuation;
}

QList<ReportKind> reportKindsFor(Role role)
{
    if (roleHas(role, Permission::ViewBranchReports) || roleHas(role, Permission::ViewAllBranches))
        return allReportKinds();
    if (roleHas(role, Permission::OpenCashSession))
        return { ReportKind::CashSessionSummary, ReportKind::SalesJournal, ReportKind::Returns,
            ReportKind::CashSessions };
    return {};
}

bool reportsNeedOwnSession(Role role)
{
    return !roleHas(role, Permission::ViewBranchReports) && !roleHas(role, Permission::ViewAllBranches)
        && roleHas(role, Permission::OpenCashSession);
}

Result<ReportRequest> scopeRequest(
    const ReportRequest &request, const ReportViewer &viewer, const QString &sessionOpenedBy)
{
    if (!request.from.isValid() || !request.to.isValid())
        return fail(ErrorCode::InvalidInput, NX_ERR("Choose the first and the last day of the report"), {},
            QStringLiteral("from"));
    if (request.to < request.from)
        return fail(ErrorCode::InvalidInput, NX_ERR("The last day is before the first day"), {}, QStringLiteral("to"));
    ReportRequest scoped = request;
    switch (viewer.role) {
    case Role::Admin:
    case Role::Hq:
        return scoped;
    case Role::Manager:
        if (Status allowed = checkPermission(viewer.role, Permission::ViewBranchReports); !allowed)
            return std::unexpected(allowed.error());
        if (!scoped.branchId.isEmpty() && scoped.branchId != viewer.branchId)
            return fail(ErrorCode::PermissionDenied, NX_ERR("A manager sees the reports of their own branch only"), {},
                QStringLiteral("branch"));
        scoped.branchId = viewer.branchId;
        return scoped;
    case Role::Cashier:
        if (Status allowed = checkPermission(viewer.role, Permission::OpenCashSession); !allowed)
            return std::unexpected(allowed.error());
        if (!reportKindsFor(viewer.role).contains(request.kind))
            return fail(ErrorCode::PermissionDenied,
                NX_ERR("A cashier may see the sales, returns and figures of their own cash session only"), {},
                QStringLiteral("report"));
        if (request.cashSessionId.isEmpty() || sessionOpenedBy != viewer.userId)
            return fail(ErrorCode::PermissionDenied, NX_ERR("A cashier may see their own cash session only"), {},
                QStringLiteral("cash_session"));
        scoped.branchId = viewer.branchId;
        return scoped;
    case Role::Mechanic:
        break;
    }
    return fail(ErrorCode::PermissionDenied, NX_ERR("Your role may not see reports"), {}, QStringLiteral("report"));
}

} // namespace nexus
