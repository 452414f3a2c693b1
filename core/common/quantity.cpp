// Quantity parsing and formatting.
#include "common/quantity.h"

#include <QRegularExpression>

namespace nexus {

Result<Quantity> Quantity::parse(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\s*(-)?(\d{1,12})(?:\.(\d{1,3}))?\s*$)"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return fail(ErrorCode::InvalidInput, NX_ERR("\"%1\" is not a quantity (at most three decimals)"), {text},
                    QStringLiteral("quantity"));
    QString fraction = match.captured(3);
    while (fraction.size() < 3)
        fraction.append(QLatin1Char('0'));
    qint64 value = match.captured(2).toLongLong() * kScale + fraction.toLongLong();
    return Quantity(match.captured(1).isEmpty() ? value : -value);
}

QString Quantity::toString() const
{
    const qint64 magnitude = m_thousandths < 0 ? -m_thousandths : m_thousandths;
    QString text = QString::number(magnitude / kScale);
    if (const qint64 fraction = magnitude % kScale; fraction != 0) {
        QString digits = QStringLiteral("%1").arg(fraction, 3, 10, QLatin1Char('0'));
        while (digits.endsWith(QLatin1Char('0')))
            digits.chop(1);
        text += QLatin1Char('.') + digits;
    }
    return m_thousandths < 0 ? QLatin1Char('-') + text : text;
}

} // namespace nexus
