// CSV export of a report (see reportcsv.h for the rules).
#include "reports/reportcsv.h"

#include <QSaveFile>

namespace nexus {

QString csvField(const QString &value, bool isText)
{
    QString field = value;
    if (isText && !field.isEmpty()
        && (field.front() == QLatin1Char('=') || field.front() == QLatin1Char('+') || field.front() == QLatin1Char('-')
            || field.front() == QLatin1Char('@')))
        field.prepend(QLatin1Char('\''));
    const bool quote = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"'))
        || field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'))
        || (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()));
    if (!quote)
        return field;
    field.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + field + QLatin1Char('"');
}

QByteArray reportCsv(const ReportTable &table)
{
    QString out;
    auto line = [&out, &table](const QVariantList &cells, bool header) {
        QStringList fields;
        for (int c = 0; c < table.columns.size(); ++c) {
            const ReportColumn &column = table.columns.at(c);
            if (header)
                fields << csvField(column.title, true);
            else
                fields << csvField(plainCell(column, cells.value(c), table.timeZone), column.type == ColumnType::Text);
        }
        out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    line({}, true);
    for (const QVariantList &row : table.rows)
        line(row, false);
    if (!table.totals.isEmpty())
        line(table.totals, false);
    return QByteArrayLiteral("\xEF\xBB\xBF") + out.toUtf8();
}

Status writeReportCsv(const ReportTable &table, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(reportCsv(table)) < 0 || !file.commit())
        return fail(
            ErrorCode::Io, NX_ERR("Could not write %1: %2"), { path, file.errorString() }, QStringLiteral("file"));
    return {};
}

} // namespace nexus
