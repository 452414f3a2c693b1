// IVA rates and per-line tax splitting.
#include "common/tax.h"

namespace nexus {

Result<TaxRate> TaxRate::fromCode(const QString &code)
{
    if (code == QLatin1String("iva16"))
        return iva16();
    if (code == QLatin1String("iva8"))
        return ivaBorder8();
    if (code == QLatin1String("iva0"))
        return ivaZero();
    if (code == QLatin1String("exento"))
        return exempt();
    return fail(ErrorCode::InvalidInput, NX_ERR("Unknown tax \"%1\": use iva16, iva8, iva0 or exento"), {code},
                QStringLiteral("tax"));
}

QString TaxRate::code() const
{
    switch (m_kind) {
    case Kind::Iva16:
        return QStringLiteral("iva16");
    case Kind::IvaBorder8:
        return QStringLiteral("iva8");
    case Kind::IvaZero:
        return QStringLiteral("iva0");
    case Kind::Exempt:
        return QStringLiteral("exento");
    }
    return {};
}

QString TaxRate::satRate() const
{
    return QStringLiteral("0.%1").arg(ppm(), 6, 10, QLatin1Char('0'));
}

LineAmounts splitTaxIncluded(Money gross, TaxRate rate)
{
    const Money base(divideRounded(gross.centavos() * 1'000'000, 1'000'000 + rate.ppm()), gross.currency());
    return {gross, base, gross - base};
}

LineAmounts lineAmounts(Money unitPriceTaxIncluded, Quantity quantity, Money discount, TaxRate rate)
{
    return splitTaxIncluded(unitPriceTaxIncluded.times(quantity.thousandths()) - discount, rate);
}

LineAmounts sumLines(const std::vector<LineAmounts> &lines, Currency currency)
{
    LineAmounts total{Money::zero(currency), Money::zero(currency), Money::zero(currency)};
    for (const LineAmounts &line : lines) {
        total.gross += line.gross;
        total.base += line.base;
        total.tax += line.tax;
    }
    return total;
}

} // namespace nexus
