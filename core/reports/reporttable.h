// What a report returns: typed columns, rows, a totals row and notes (missing cost data, what was left out).
#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QVariant>

namespace nexus {

enum class ColumnType {
    Text,
    Money, // qint64 centavos (MXN)
    Quantity, // qint64 thousandths
    Count, // qint64
    Percent, // qint64 basis points (hundredths of a percent)
    DateTime, // QString UTC ISO-8601, shown in the report's time zone
};

struct ReportColumn
{
    QString key; // stable: CSV header and JSON key
    QString title; // translated
    ColumnType type = ColumnType::Text;
    bool summed = false; // the totals row holds the sum of the rows
};

struct ReportTable
{
    QString title;
    QList<ReportColumn> columns;
    QList<QVariantList> rows;
    QVariantList totals; // one cell per column; invalid QVariant: no total
    QStringList notes; // translated remarks shown under the table and in the exports
    QTimeZone timeZone; // where DateTime cells are shown

    [[nodiscard]] int columnIndex(const QString &key) const;
    // The numeric cell as qint64 (0 for anything else).
    [[nodiscard]] qint64 number(int row, const QString &key) const;
    [[nodiscard]] qint64 total(const QString &key) const;
    // Fills `totals` with the sums of the summed columns and a "Total" label in the first text column.
    void sumTotals();
};

// A cell for people: "$1,234.50", "1.5", "12.34 %", "2026-03-14 11:32".
[[nodiscard]] QString formatCell(
    const ReportColumn &column, const QVariant &value, const QTimeZone &zone, const QLocale &locale = QLocale());
// A cell for files (CSV): "1234.50", "1.500", "12.34", "2026-03-14 11:32:05"; text as is.
[[nodiscard]] QString plainCell(const ReportColumn &column, const QVariant &value, const QTimeZone &zone);

} // namespace nexus
