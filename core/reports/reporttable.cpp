// Report cells as people and spreadsheets read them; the totals row as sums of the rows.
#include "reports/reporttable.h"

#include "common/money.h"
#include "common/quantity.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace nexus {

int ReportTable::columnIndex(const QString &key) const
{
    for (int i = 0; i < columns.size(); ++i)
        if (columns.at(i).key == key)
            return i;
    return -1;
}

qint64 ReportTable::number(int row, const QString &key) const
{
    const int column = columnIndex(key);
    return column < 0 ? 0 : rows.at(row).value(column).toLongLong();
}

qint64 ReportTable::total(const QString &key) const
{
    const int column = columnIndex(key);
    return column < 0 ? 0 : totals.value(column).toLongLong();
}

void ReportTable::sumTotals()
{
    totals.clear();
    if (std::none_of(columns.cbegin(), columns.cend(), [](const ReportColumn &c) { return c.summed; }))
        return; // nothing adds up across the rows (a summary of sections): no totals row
    totals = QVariantList(columns.size());
    bool labelled = false;
    for (int c = 0; c < columns.size(); ++c) {
        const ReportColumn &column = columns.at(c);
        if (column.summed) {
            qint64 sum = 0;
            for (const QVariantList &row : rows)
                sum += row.value(c).toLongLong();
            totals[c] = sum;
        } else if (!labelled && column.type == ColumnType::Text) {
            totals[c] = QCoreApplication::translate("nexus::Report", "Total");
            labelled = true;
        }
    }
}

namespace {

QString localTime(const QVariant &value, const QTimeZone &zone, const QString &format)
{
    const QString text = value.toString();
    if (text.isEmpty())
        return {};
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid())
        return text;
    return at.toTimeZone(zone.isValid() ? zone : QTimeZone::systemTimeZone()).toString(format);
}

QString percent(qint64 basisPoints)
{
    const qint64 magnitude = basisPoints < 0 ? -basisPoints : basisPoints;
    return QStringLiteral("%1%2.%3")
        .arg(basisPoints < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

} // namespace

QString formatCell(const ReportColumn &column, const QVariant &value, const QTimeZone &zone, const QLocale &locale)
{
    if (!value.isValid())
        return {};
    switch (column.type) {
    case ColumnType::Text:
        return value.toString();
    case ColumnType::Money:
        return Money(value.toLongLong()).format(locale);
    case ColumnType::Quantity:
        return Quantity(value.toLongLong()).toString();
    case ColumnType::Count:
        return locale.toString(value.toLongLong());
    case ColumnType::Percent:
        return percent(value.toLongLong()) + QStringLiteral(" %");
    case ColumnType::DateTime:
        return localTime(value, zone, QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    return value.toString();
}

QString plainCell(const ReportColumn &column, const QVariant &value, const QTimeZone &zone)
{
    if (!value.isValid())
        return {};
    switch (column.type) {
    case ColumnType::Text:
        return value.toString();
    case ColumnType::Money:
        return Money(value.toLongLong()).toPlainString();
    case ColumnType::Quantity: {
        const qint64 q = value.toLongLong();
        const qint64 magnitude = q < 0 ? -q : q;
        return QStringLiteral("%1%2.%3")
            .arg(q < 0 ? QStringLiteral("-") : QString())
            .arg(magnitude / 1000)
            .arg(magnitude % 1000, 3, 10, QLatin1Char('0'));
    }
    case ColumnType::Count:
        return QString::number(value.toLongLong());
    case ColumnType::Percent:
        return percent(value.toLongLong());
    case ColumnType::DateTime:
        return localTime(value, zone, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }
    return value.toString();
}

} // namespace nexus
