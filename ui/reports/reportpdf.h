// A report as a PDF: the store's header, the title and the days, the table with its header on every page, the
// totals and notes at the end, "Página N de M" at the foot of each page.
#pragma once

#include <QString>

#include "common/error.h"
#include "reports/reporttable.h"

namespace nexus {

struct ReportDocumentHeader
{
    QString storeName; // the branch's name
    QString fiscalLine; // razón social · RFC
    QString address; // address · phone
    QString range; // "Del 2026-11-01 al 2026-11-24"
    QString generated; // "Generado el … por …"
};

// Writes the PDF at `path`; the number of pages written.
[[nodiscard]] Result<int> writeReportPdf(
    const ReportTable &table, const ReportDocumentHeader &header, const QString &path);

} // namespace nexus
