// One answer of the background catalogue search: the hits of one request, the branch's stock of those parts, or the
// error; tagged with the request id so the screen can drop answers that arrive after a newer keystroke.
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
    std::optional<Error> error;
    qint64 elapsedMs = 0;
};

} // namespace nexus
