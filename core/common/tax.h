// IVA per line with the SAT's rounding: prices are tax-included, base and tax are derived per line, then summed.
#pragma once

#include <QString>

#include <QtGlobal>
#include <vector>

#include "common/money.h"
#include "common/quantity.h"

namespace nexus {

// IVA as the SAT writes it (TasaOCuota with six decimals), kept as parts per million.
class TaxRate final
{
public:
    enum class Kind { Iva16, IvaBorder8, IvaZero, Exempt };

    constexpr TaxRate() = default;
    [[nodiscard]] static constexpr TaxRate iva16() { return TaxRate(Kind::Iva16); }
    [[nodiscard]] static constexpr TaxRate ivaBorder8() { return TaxRate(Kind::IvaBorder8); }
    [[nodiscard]] static constexpr TaxRate ivaZero() { return TaxRate(Kind::IvaZero); }
    [[nodiscard]] static constexpr TaxRate exempt() { return TaxRate(Kind::Exempt); }
    [[nodiscard]] static Result<TaxRate> fromCode(const QString &code); // "iva16", "iva8", "iva0", "exento"

    [[nodiscard]] constexpr Kind kind() const { return m_kind; }
    [[nodiscard]] constexpr qint64 ppm() const
    {
        switch (m_kind) {
        case Kind::Iva16:
            return 160'000;
        case Kind::IvaBorder8:
            return 80'000;
        case Kind::IvaZero:
        case Kind::Exempt:
            return 0;
        }
        return 0;
    }
    [[nodiscard]] QString code() const;
    // "0.160000": the CFDI TasaOCuota attribute.
    [[nodiscard]] QString satRate() const;
    constexpr bool operator==(const TaxRate &) const = default;

private:
    constexpr explicit TaxRate(Kind kind) : m_kind(kind) {}
    Kind m_kind = Kind::Iva16;
};

// One line's amounts after discount: base + tax == gross to the centavo.
struct LineAmounts
{
    Money gross; // what the customer pays for the line, tax included
    Money base;  // CFDI Importe − Descuento, the Traslado's Base
    Money tax;   // the Traslado's Importe
};

// Splits a tax-included amount: base = round(gross / (1 + rate)), tax = gross − base.
// |tax − base × rate| ≤ 1 centavo, inside the SAT's limits for the Traslado's Importe.
[[nodiscard]] LineAmounts splitTaxIncluded(Money gross, TaxRate rate);

// A counter line: unit price tax-included × quantity − discount (tax-included), then split.
[[nodiscard]] LineAmounts lineAmounts(Money unitPriceTaxIncluded, Quantity quantity, Money discount, TaxRate rate);

// Totals of several lines: sums of the per-line figures (never recomputed from the total).
[[nodiscard]] LineAmounts sumLines(const std::vector<LineAmounts> &lines, Currency currency = Currency::MXN);

} // namespace nexus
