// The inventory reports over the ledgers: slow movers (stock nobody bought in the period, with its value), stock-outs
// (parts at zero or below that sold in the period, with an estimate of the sales lost while out) and the ABC
// classification of parts by net sales (A: the first 80 %, B: the next 15 %, C: the last 5 %).
#pragma once

#include "common/error.h"
#include "reports/reportcontrol.h"
#include "reports/reportrequest.h"
#include "reports/reporttable.h"

namespace nexus {

class Database;

// `partsSource`: "cat.parts" when the catalogue is attached, else an empty table with its columns (sku, name,
// cost_cents). Stock value: the branch's weighted average cost (part_costs) or else the catalogue's cost.
[[nodiscard]] Result<ReportTable> slowMoversReport(
    Database &db, const ReportRequest &request, const QString &partsSource, ReportControl *control);
[[nodiscard]] Result<ReportTable> stockOutsReport(Database &db, const ReportRequest &request, ReportControl *control);
[[nodiscard]] Result<ReportTable> abcReport(Database &db, const ReportRequest &request, ReportControl *control);

// The ABC class of a part whose sales start at `before` basis points of the total (the parts ahead of it).
[[nodiscard]] QString abcClass(qint64 before, qint64 net);

} // namespace nexus
