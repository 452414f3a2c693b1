// The savings-by-customer report: what each customer saved against agency prices over the request's days, by the
// one rule of sales/savings.h (walk-in tickets together), the most saved first; CSV and PDF like every report.
#pragma once

#include <QString>

#include <utility>

#include "common/error.h"
#include "reports/reportrequest.h"
#include "reports/reporttable.h"

namespace nexus {

class Database;

// `range`: the request's days as UTC [from, to) (ReportService::utcRange).
[[nodiscard]] Result<ReportTable> savingsReport(
    Database &db, const ReportRequest &request, const std::pair<QString, QString> &range);

} // namespace nexus
