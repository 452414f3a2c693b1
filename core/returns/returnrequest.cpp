// Stable codes of return destinations and refund methods (stored in nexus.db and sent on the wire).
#include "returns/returnrequest.h"

namespace nexus {

QString returnDestinationCode(ReturnDestination destination)
{
    return destination == ReturnDestination::Defective ? QStringLiteral("defective") : QStringLiteral("stock");
}

Result<ReturnDestination> returnDestinationFromCode(const QString &code)
{
    if (code == QLatin1String("stock"))
        return ReturnDestination::Stock;
    if (code == QLatin1String("defective"))
        return ReturnDestination::Defective;
    return fail(
        ErrorCode::InvalidInput, NX_ERR("Unknown return destination %1"), { code }, QStringLiteral("destination"));
}

QString refundMethodCode(RefundMethod method)
{
    switch (method) {
    case RefundMethod::Cash:
        return QStringLiteral("cash");
    case RefundMethod::CardReversal:
        return QStringLiteral("card_reversal");
    case RefundMethod::StoreCredit:
        return QStringLiteral("store_credit");
    }
    return {};
}

Result<RefundMethod> refundMethodFromCode(const QString &code)
{
    for (RefundMethod method : { RefundMethod::Cash, RefundMethod::CardReversal, RefundMethod::StoreCredit })
        if (refundMethodCode(method) == code)
            return method;
    return fail(ErrorCode::InvalidInput, NX_ERR("Unknown refund method %1"), { code }, QStringLiteral("refund_method"));
}

QString defectiveWarehouseId(const QString &warehouseId)
{
    return warehouseId + QStringLiteral(":defective");
}

} // namespace nexus
