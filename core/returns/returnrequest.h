// What the counter asks for when a customer brings back all or part of a ticket, and who asks.
#pragma once

#include <QString>

#include <vector>

#include "auth/role.h"
#include "common/error.h"
#include "common/quantity.h"

namespace nexus {

// Where a returned piece goes: back on the shelf it was sold from, or to that warehouse's defective location.
enum class ReturnDestination { Stock, Defective };
// How the customer gets the money back.
enum class RefundMethod { Cash, CardReversal, StoreCredit };

[[nodiscard]] QString returnDestinationCode(ReturnDestination destination); // stock | defective
[[nodiscard]] Result<ReturnDestination> returnDestinationFromCode(const QString &code);
[[nodiscard]] QString refundMethodCode(RefundMethod method); // cash | card_reversal | store_credit
[[nodiscard]] Result<RefundMethod> refundMethodFromCode(const QString &code);

// The defective location of a warehouse: "<warehouse id>:defective". The schema has no warehouse kind, so a
// derived id is the one rule every device and the server compute alike without configuration; it is never in the
// branch's warehouses table on the counter, so it is never offered for sale.
[[nodiscard]] QString defectiveWarehouseId(const QString &warehouseId);

struct ReturnLineRequest
{
    int saleLineNo = 0; // line_no of the original ticket (1-based)
    Quantity quantity; // thousandths, > 0 and at most what is still returnable
    ReturnDestination destination = ReturnDestination::Stock;
};

struct ReturnRequest
{
    QString saleId;
    std::vector<ReturnLineRequest> lines;
    QString reason;
    RefundMethod refundMethod = RefundMethod::Cash;
    QString refundReference; // card reversal authorisation: required for CardReversal
    QString customerId; // store credit: empty means the sale's customer
};

struct ReturnContext
{
    QString deviceId;
    QString branchId;
    QString folioSeries; // the device's ticket series, e.g. "MTZ1": returns are "MTZ1-D000001"
    QString cashierId;
    Role cashierRole = Role::Cashier;
    // The user who authorised the return: empty when the cashier's own role may process returns; otherwise a
    // manager whose PIN AuthService::authorizeWithManager checked (the service checks that user's role again).
    QString approvedBy;
};

} // namespace nexus
