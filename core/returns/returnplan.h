// Checks the lines of a return against the ticket and prices them: the one computation the dialog's live total and
// the return service share, so what the screen shows is what gets refunded.
#pragma once

#include <vector>

#include "common/error.h"
#include "returns/returnablesale.h"
#include "returns/returnrecord.h"
#include "returns/returnrequest.h"

namespace nexus {

// Errors name the field: "lines" (none), "lines[i].sale_line_no" (unknown or repeated line),
// "lines[i].quantity" (not positive, more than is still returnable). Lines come back numbered 1…n in request
// order, each with its refund, its sold-from warehouse and the warehouse it goes back to.
[[nodiscard]] Result<std::vector<ReturnRecordLine>> planReturnLines(
    const ReturnableSale &sale, const std::vector<ReturnLineRequest> &lines);

// What a refund of `gross` gives back as the loyalty points the ticket was paid with: points first (whole points, at
// most what the ticket's points tenders still have unreturned), the rest by the refund method.
struct RefundPoints
{
    qint64 points = 0;
    Money value; // what those points are worth (≤ gross)
};
[[nodiscard]] RefundPoints refundPoints(const ReturnableSale &sale, Money gross);

} // namespace nexus
