// Parsing of the counter's typed shortcuts.
#include "sales/counterinput.h"

#include <QLocale>
#include <QRegularExpression>

namespace nexus {

Result<CounterEntry> parseCounterEntry(const QString &input)
{
    static const QRegularExpression prefix(
        QStringLiteral("^\\s*([0-9]+(?:[.,][0-9]+)?)\\s*\\*\\s*(.*)$"), QRegularExpression::DotMatchesEverythingOption);
    CounterEntry entry;
    const QRegularExpressionMatch match = prefix.match(input);
    if (!match.hasMatch()) {
        entry.text = input.trimmed();
        return entry;
    }
    QString number = match.captured(1);
    number.replace(QLatin1Char(','), QLatin1Char('.'));
    Result<Quantity> quantity = Quantity::parse(number);
    if (!quantity)
        return std::unexpected(quantity.error());
    if (quantity->thousandths() <= 0)
        return fail(
            ErrorCode::InvalidInput, NX_ERR("The quantity must be greater than zero"), {}, QStringLiteral("quantity"));
    entry.quantity = *quantity;
    entry.hasQuantity = true;
    entry.text = match.captured(2).trimmed();
    return entry;
}

Result<qint64> parsePercentPpm(const QString &text, const QString &field)
{
    QString clean = text.trimmed();
    if (clean.endsWith(QLatin1Char('%')))
        clean.chop(1);
    clean = clean.trimmed();
    clean.replace(QLatin1Char(','), QLatin1Char('.'));
    if (clean.isEmpty())
        return qint64(0);
    static const QRegularExpression shape(QStringLiteral("^([0-9]{1,3})(?:\\.([0-9]{1,4}))?$"));
    const QRegularExpressionMatch match = shape.match(clean);
    if (!match.hasMatch())
        return fail(
            ErrorCode::InvalidInput, NX_ERR("Write the discount as a percentage, such as 10 or 12.5"), {}, field);
    const qint64 whole = match.captured(1).toLongLong();
    const QString decimals = match.captured(2).leftJustified(4, QLatin1Char('0'));
    const qint64 ppm = whole * 10'000 + decimals.toLongLong();
    if (ppm > 1'000'000)
        return fail(ErrorCode::InvalidInput, NX_ERR("A discount must be between 0 % and 100 %"), {}, field);
    return ppm;
}

QString formatPercentPpm(qint64 ppm)
{
    if (ppm == 0)
        return {};
    QString number = QLocale().toString(ppm / 10'000);
    QString decimals = QStringLiteral("%1").arg(ppm % 10'000, 4, 10, QLatin1Char('0'));
    while (decimals.endsWith(QLatin1Char('0')))
        decimals.chop(1);
    if (!decimals.isEmpty())
        number += QLocale().decimalPoint() + decimals;
    return number + QStringLiteral(" %");
}

} // namespace nexus
