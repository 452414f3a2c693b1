// A defective piece sent back to its supplier (RMA): sent → credited (with the credit) | rejected.
#pragma once

#include <QString>

#include "common/error.h"
#include "common/money.h"
#include "common/quantity.h"

namespace nexus {

enum class RmaStatus { Sent, Credited, Rejected };

[[nodiscard]] QString rmaStatusCode(RmaStatus status); // sent | credited | rejected
[[nodiscard]] Result<RmaStatus> rmaStatusFromCode(const QString &code);
[[nodiscard]] QString rmaStatusTitle(RmaStatus status); // translated

struct Rma
{
    QString id;
    QString folio; // "MTZ1-R000001"
    QString claimId;
    QString claimFolio;
    QString branchId;
    qint64 partId = 0;
    QString sku;
    QString description;
    QString warehouseId; // the defective location it left
    Quantity quantity;
    QString supplierId; // a suppliers row when purchasing has one
    QString supplierName;
    QString reference;
    RmaStatus status = RmaStatus::Sent;
    Money credit;
    QString note;
    QString sentBy;
    QString sentAtUtc;
    QString settledBy;
    QString settledAtUtc;
};

} // namespace nexus
