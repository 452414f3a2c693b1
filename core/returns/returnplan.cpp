// Validation and pricing of return lines.
#include "returns/returnplan.h"

#include "customers/loyalty.h"
#include "returns/returnproration.h"

#include <algorithm>
#include <set>

namespace nexus {

namespace {

QString lineField(std::size_t index, const char *name)
{
    return QStringLiteral("lines[%1].%2").arg(index).arg(QLatin1String(name));
}

} // namespace

Result<std::vector<ReturnRecordLine>> planReturnLines(
    const ReturnableSale &sale, const std::vector<ReturnLineRequest> &lines)
{
    if (lines.empty())
        return fail(
            ErrorCode::InvalidInput, NX_ERR("Choose at least one piece to return"), {}, QStringLiteral("lines"));
    std::vector<ReturnRecordLine> planned;
    planned.reserve(lines.size());
    std::set<int> seen;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const ReturnLineRequest &request = lines[i];
        const ReturnableLine *sold = sale.line(request.saleLineNo);
        if (sold == nullptr)
            return fail(ErrorCode::InvalidInput, NX_ERR("The ticket %1 has no line %2"),
                { sale.folio, QString::number(request.saleLineNo) }, lineField(i, "sale_line_no"));
        if (!seen.insert(request.saleLineNo).second)
            return fail(ErrorCode::InvalidInput, NX_ERR("Line %1 of the ticket appears twice in the return"),
                { QString::number(request.saleLineNo) }, lineField(i, "sale_line_no"));
        // A workshop's labor moved no stock and cannot come back to a shelf: a complaint about the work goes back
        // to the workshop, not through a return.
        if (sold->partId == 0)
            return fail(ErrorCode::InvalidInput,
                NX_ERR("Line %1 (%2) is a service: a service is not returned, the workshop handles a complaint"),
                { QString::number(sold->lineNo), sold->description }, lineField(i, "sale_line_no"));
        if (request.quantity <= Quantity())
            return fail(ErrorCode::InvalidInput, NX_ERR("The quantity to return must be more than zero"), {},
                lineField(i, "quantity"));
        if (request.quantity > sold->returnable())
            return fail(ErrorCode::InvalidInput,
                NX_ERR("Only %1 of line %2 (%3) can still be returned: %4 sold, %5 already returned"),
                { sold->returnable().toString(), QString::number(sold->lineNo), sold->sku, sold->sold.toString(),
                    sold->returned.toString() },
                lineField(i, "quantity"));
        ReturnRecordLine line;
        line.lineNo = static_cast<int>(i) + 1;
        line.saleLineNo = sold->lineNo;
        line.partId = sold->partId;
        line.sku = sold->sku;
        line.description = sold->description;
        line.quantity = request.quantity;
        line.amounts = prorateReturn(sold->amounts, sold->sold, sold->returned, sold->refunded, request.quantity);
        line.destination = request.destination;
        line.saleWarehouseId = sold->warehouseId;
        line.warehouseId = request.destination == ReturnDestination::Defective ? defectiveWarehouseId(sold->warehouseId)
                                                                               : sold->warehouseId;
        planned.push_back(std::move(line));
    }
    return planned;
}

RefundPoints refundPoints(const ReturnableSale &sale, Money gross)
{
    const qint64 points = std::min(loyaltyPointsFor(sale.pointsReturnable()), loyaltyPointsFor(gross));
    return RefundPoints { points, loyaltyPointsWorth(points) };
}

} // namespace nexus
