// Exchange rate parsing, formatting, conversion and its device setting.
#include "sales/exchangerate.h"

#include "store/localstore.h"

#include <QRegularExpression>

namespace nexus {

namespace {
constexpr qint64 kRateScale = 1'000'000;
constexpr qint64 kMaxRatePpm = 1000 * kRateScale;
} // namespace

Result<qint64> parseExchangeRate(const QString &text)
{
    QString clean = text.trimmed();
    if (clean.startsWith(QLatin1Char('$')))
        clean = clean.mid(1).trimmed();
    clean.replace(QLatin1Char(','), QLatin1Char('.'));
    static const QRegularExpression shape(QStringLiteral("^([0-9]{1,3})(?:\\.([0-9]{1,4}))?$"));
    const QRegularExpressionMatch match = shape.match(clean);
    if (!match.hasMatch())
        return fail(ErrorCode::InvalidInput, NX_ERR("Write the exchange rate as pesos per dollar, such as 17.25"), {},
            QStringLiteral("exchange_rate"));
    const qint64 ppm = match.captured(1).toLongLong() * kRateScale
        + match.captured(2).leftJustified(4, QLatin1Char('0')).toLongLong() * 100;
    if (ppm <= 0 || ppm >= kMaxRatePpm)
        return fail(ErrorCode::InvalidInput, NX_ERR("The exchange rate must be more than 0 and less than 1,000"), {},
            QStringLiteral("exchange_rate"));
    return ppm;
}

QString formatExchangeRate(qint64 ratePpm)
{
    const qint64 tenThousandths = divideRounded(ratePpm, 100);
    return QStringLiteral("%1.%2").arg(tenThousandths / 10'000).arg(tenThousandths % 10'000, 4, 10, QLatin1Char('0'));
}

Money usdToMxn(Money usd, qint64 ratePpm)
{
    return Money(divideRounded(usd.centavos() * ratePpm, kRateScale));
}

Result<qint64> storedUsdRate(LocalStore &store)
{
    Result<QString> value = store.setting(kUsdRateSetting);
    if (!value)
        return std::unexpected(value.error());
    bool ok = false;
    const qint64 ppm = value->toLongLong(&ok);
    return ok && ppm > 0 ? ppm : qint64(0);
}

Status storeUsdRate(LocalStore &store, qint64 ratePpm)
{
    if (ratePpm <= 0 || ratePpm >= kMaxRatePpm)
        return fail(ErrorCode::InvalidInput, NX_ERR("The exchange rate must be more than 0 and less than 1,000"), {},
            QStringLiteral("exchange_rate"));
    return store.setSetting(kUsdRateSetting, QString::number(ratePpm));
}

} // namespace nexus
