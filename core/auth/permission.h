// What each role may do; checked in core, never only in the UI.
#pragma once

#include <QtGlobal>

#include "auth/role.h"
#include "common/error.h"

namespace nexus {

enum class Permission {
    Sell,                 // ring up sales at the counter
    DiscountWithinLimit,  // line/ticket discount up to the cashier limit
    DiscountAboveLimit,   // bigger discounts
    ProcessReturn,
    CancelSale,
    OpenCashSession,
    CashWithdrawal,       // retiro de efectivo
    ChangePrice,
    AdjustStock,
    RequestTransfer,      // ask another branch for parts (inventory screen, or a cart line it cannot serve)
    ManageTransfers,      // ship, receive and cancel transfers between branches
    ManagePurchasing,
    ManageCustomers,
    IssueInvoices,
    WorkServiceOrders,    // mechanic: move own orders, add labor/notes
    ManageServiceOrders,  // advisor/manager: create, assign, charge
    ViewBranchReports,
    ViewAllBranches,
    ManageUsers,
    ConfigureBranch,
    SuperviseServiceOrders, // manager: cancel or reopen a service order
    CreditAboveLimit,     // charge a customer's account beyond their available credit
    AcceptRfcCheckDigit,  // save a customer whose RFC's check digit does not match (SAT-issued exceptions)
    // Ask another branch for a part an open service order of this branch lacks (TransferService::
    // requestForServiceOrderWithin): what a mechanic holds instead of RequestTransfer. It only asks: the other branch
    // still approves and ships, no stock moves, and the request names the order (see serviceorderservice.h).
    RequestTransferForServiceOrder,
};

// A cashier may give up to 10 % off without a manager.
inline constexpr qint64 kCashierDiscountLimitPpm = 100'000;

[[nodiscard]] bool roleHas(Role role, Permission permission);
[[nodiscard]] QString permissionCode(Permission permission); // stable English code for the audit log

// PermissionDenied error naming the action, or success.
[[nodiscard]] Status checkPermission(Role role, Permission permission);
// Discounts: within the limit needs DiscountWithinLimit, above it DiscountAboveLimit.
[[nodiscard]] Status checkDiscount(Role role, qint64 discountPpm);

} // namespace nexus
