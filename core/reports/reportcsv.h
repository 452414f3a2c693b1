// A report as CSV for Excel: UTF-8 with a BOM (so accents survive), RFC 4180 quoting, CRLF, the totals row last.
#pragma once

#include <QByteArray>

#include "common/error.h"
#include "reports/reporttable.h"

class QIODevice;

namespace nexus {

// One field: quoted when it holds a comma, quote, line break or edge spaces (quotes doubled); text that Excel would
// read as a formula (= + - @ at the start) gets a leading apostrophe.
[[nodiscard]] QString csvField(const QString &value, bool isText);
[[nodiscard]] QByteArray reportCsv(const ReportTable &table);
[[nodiscard]] Status writeReportCsv(const ReportTable &table, const QString &path);

} // namespace nexus
