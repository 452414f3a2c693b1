// One answer of the background catalogue search: the hits of one request (priced with HQ's pulled price changes), the
// branch's and the other branches' stock of those parts, or the error; tagged with the request id so the screen can drop answers that arrive after a newer keystroke.
#pragma once

#include <QString>

#include <optional>

#include "catalog/cataloghit.h"
#include "common/error.h"
#include "sales/branchstock.h"

namespace nexus {

struct SearchAnswer
{
    int requestId = 0;
    QString text; // the text that was searched
    QList<CatalogHit> hits;
    bool more = false; // further matches beyond the limit
    StockByPart stock; // the hits' balances in this branch's warehouses
    OtherBranchStockByPart otherBranches; // the hits' stock in the other branches, as of the last pull
    bool hasOtherBranches = false; // this device knows other branches (the results then show their column)
    std::optional<Error> error;
    qint64 elapsedMs = 0;
};

} // namespace nexus
