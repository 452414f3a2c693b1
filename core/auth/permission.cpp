// The role → permission table: one place for every "may this role do that" rule.
#include "auth/permission.h"

#include <QCoreApplication>

namespace nexus {

bool roleHas(Role role, Permission permission)
{
    switch (role) {
    case Role::Admin:
        return true;
    case Role::Hq: // head office looks at every branch and runs the catalogue; it does not work a counter
        switch (permission) {
        case Permission::ViewBranchReports:
        case Permission::ViewAllBranches:
        case Permission::ChangePrice:
        case Permission::ManagePurchasing:
        case Permission::ManageCustomers:
        case Permission::ManageUsers:
        case Permission::IssueInvoices:
            return true;
        default:
            return false;
        }
    case Role::Manager:
        return permission != Permission::ViewAllBranches && permission != Permission::ManageUsers;
    case Role::Cashier:
        switch (permission) {
        case Permission::Sell:
        case Permission::DiscountWithinLimit:
        case Permission::OpenCashSession:
        case Permission::RequestTransfer:
        case Permission::RequestTransferForServiceOrder:
        case Permission::ManageCustomers:
        case Permission::IssueInvoices:
        case Permission::ManageServiceOrders:
            return true;
        default:
            return false;
        }
    case Role::Mechanic:
        return permission == Permission::WorkServiceOrders || permission == Permission::RequestTransferForServiceOrder;
    }
    return false;
}

QString permissionCode(Permission permission)
{
    switch (permission) {
    case Permission::Sell:
        return QStringLiteral("sell");
    case Permission::DiscountWithinLimit:
        return QStringLiteral("discount_within_limit");
    case Permission::DiscountAboveLimit:
        return QStringLiteral("discount_above_limit");
    case Permission::ProcessReturn:
        return QStringLiteral("process_return");
    case Permission::CancelSale:
        return QStringLiteral("cancel_sale");
    case Permission::OpenCashSession:
        return QStringLiteral("open_cash_session");
    case Permission::CashWithdrawal:
        return QStringLiteral("cash_withdrawal");
    case Permission::ChangePrice:
        return QStringLiteral("change_price");
    case Permission::AdjustStock:
        return QStringLiteral("adjust_stock");
    case Permission::RequestTransfer:
        return QStringLiteral("request_transfer");
    case Permission::ManageTransfers:
        return QStringLiteral("manage_transfers");
    case Permission::ManagePurchasing:
        return QStringLiteral("manage_purchasing");
    case Permission::ManageCustomers:
        return QStringLiteral("manage_customers");
    case Permission::IssueInvoices:
        return QStringLiteral("issue_invoices");
    case Permission::WorkServiceOrders:
        return QStringLiteral("work_service_orders");
    case Permission::ManageServiceOrders:
        return QStringLiteral("manage_service_orders");
    case Permission::ViewBranchReports:
        return QStringLiteral("view_branch_reports");
    case Permission::ViewAllBranches:
        return QStringLiteral("view_all_branches");
    case Permission::ManageUsers:
        return QStringLiteral("manage_users");
    case Permission::ConfigureBranch:
        return QStringLiteral("configure_branch");
    case Permission::SuperviseServiceOrders:
        return QStringLiteral("supervise_service_orders");
    case Permission::CreditAboveLimit:
        return QStringLiteral("credit_above_limit");
    case Permission::AcceptRfcCheckDigit:
        return QStringLiteral("accept_rfc_check_digit");
    case Permission::RequestTransferForServiceOrder:
        return QStringLiteral("request_transfer_for_service_order");
    }
    return {};
}

Status checkPermission(Role role, Permission permission)
{
    if (roleHas(role, permission))
        return {};
    return fail(ErrorCode::PermissionDenied, NX_ERR("A %1 may not do this (%2): a manager must authorise it"),
                {roleDisplayName(role), permissionCode(permission)});
}

Status checkDiscount(Role role, qint64 discountPpm)
{
    if (discountPpm < 0 || discountPpm > 1'000'000)
        return fail(ErrorCode::InvalidInput, NX_ERR("A discount must be between 0 % and 100 %"), {},
                    QStringLiteral("discount"));
    return checkPermission(role, discountPpm <= kCashierDiscountLimitPpm ? Permission::DiscountWithinLimit
                                                                         : Permission::DiscountAboveLimit);
}

} // namespace nexus
