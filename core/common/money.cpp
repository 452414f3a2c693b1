// Money parsing, formatting and rounding arithmetic.
#include "common/money.h"

#include <QRegularExpression>

#include <cstdlib>
#include <limits>

namespace nexus {

QString currencyCode(Currency currency)
{
    return currency == Currency::USD ? QStringLiteral("USD") : QStringLiteral("MXN");
}

Result<Currency> currencyFromCode(const QString &code)
{
    if (code.compare(QLatin1String("MXN"), Qt::CaseInsensitive) == 0)
        return Currency::MXN;
    if (code.compare(QLatin1String("USD"), Qt::CaseInsensitive) == 0)
        return Currency::USD;
    return fail(ErrorCode::InvalidInput, NX_ERR("Unknown currency \"%1\": use MXN or USD"), {code},
                QStringLiteral("currency"));
}

Result<Money> Money::parse(const QString &text, Currency currency)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\s*(-)?\s*(?:US)?\$?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?\s*$)"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return fail(ErrorCode::InvalidInput, NX_ERR("\"%1\" is not an amount of money (example: 1,234.50)"), {text},
                    QStringLiteral("amount"));
    QString whole = match.captured(2);
    whole.remove(QLatin1Char(','));
    if (whole.size() > 15)
        return fail(ErrorCode::InvalidInput, NX_ERR("The amount \"%1\" is too large"), {text}, QStringLiteral("amount"));
    QString cents = match.captured(3);
    while (cents.size() < 2)
        cents.append(QLatin1Char('0'));
    qint64 value = whole.toLongLong() * 100 + cents.toLongLong();
    if (!match.captured(1).isEmpty())
        value = -value;
    return Money(value, currency);
}

QString Money::format(const QLocale &locale) const
{
    const quint64 magnitude =
        m_centavos < 0 ? static_cast<quint64>(-(m_centavos + 1)) + 1 : static_cast<quint64>(m_centavos);
    const QString digits = QString::number(magnitude / 100);
    QString grouped;
    const QString group = locale.groupSeparator();
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            grouped += group;
        grouped += digits.at(i);
    }
    const QString cents = QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    const QString symbol = m_currency == Currency::USD ? QStringLiteral("US$") : QStringLiteral("$");
    return (m_centavos < 0 ? QStringLiteral("-") : QString()) + symbol + grouped + locale.decimalPoint() + cents;
}

QString Money::toPlainString() const
{
    const quint64 magnitude =
        m_centavos < 0 ? static_cast<quint64>(-(m_centavos + 1)) + 1 : static_cast<quint64>(m_centavos);
    return (m_centavos < 0 ? QStringLiteral("-") : QString()) + QString::number(magnitude / 100) + QLatin1Char('.')
        + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

Money Money::times(qint64 quantityThousandths) const
{
    return Money(divideRounded(m_centavos * quantityThousandths, 1000), m_currency);
}

Money Money::timesPpm(qint64 ppm) const
{
    return Money(divideRounded(m_centavos * ppm, 1'000'000), m_currency);
}

} // namespace nexus
