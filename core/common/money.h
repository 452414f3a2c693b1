// Money as an integer of centavos with its currency; never floating point.
#pragma once

#include <QLocale>
#include <QString>

#include <compare>
#include <QtGlobal>

#include "common/error.h"

namespace nexus {

enum class Currency { MXN, USD };

[[nodiscard]] QString currencyCode(Currency currency);
[[nodiscard]] Result<Currency> currencyFromCode(const QString &code);

class Money final
{
public:
    constexpr Money() = default;
    constexpr explicit Money(qint64 centavos, Currency currency = Currency::MXN)
        : m_centavos(centavos), m_currency(currency)
    {
    }

    [[nodiscard]] static constexpr Money zero(Currency currency = Currency::MXN) { return Money(0, currency); }
    // Parses "1234.5", "1,234.50", "$1,234.50", "-0.01": at most two decimals, no exponent.
    [[nodiscard]] static Result<Money> parse(const QString &text, Currency currency = Currency::MXN);

    [[nodiscard]] constexpr qint64 centavos() const { return m_centavos; }
    [[nodiscard]] constexpr Currency currency() const { return m_currency; }
    [[nodiscard]] constexpr bool isZero() const { return m_centavos == 0; }
    [[nodiscard]] constexpr bool isNegative() const { return m_centavos < 0; }

    // "$1,234.50" (MXN) or "US$1,234.50" (USD), grouping and decimal marks from the locale.
    [[nodiscard]] QString format(const QLocale &locale = QLocale()) const;
    // "1234.50": fixed two decimals, dot, no grouping; for CFDI XML, CSV and JSON.
    [[nodiscard]] QString toPlainString() const;

    // Price × quantity (thousandths), rounded half away from zero to the centavo.
    [[nodiscard]] Money times(qint64 quantityThousandths) const;
    // Multiplies by parts-per-million (tax rates, discounts), rounding half away from zero.
    [[nodiscard]] Money timesPpm(qint64 ppm) const;

    constexpr Money operator+(Money other) const { return Money(m_centavos + other.m_centavos, m_currency); }
    constexpr Money operator-(Money other) const { return Money(m_centavos - other.m_centavos, m_currency); }
    constexpr Money operator-() const { return Money(-m_centavos, m_currency); }
    constexpr Money &operator+=(Money other)
    {
        m_centavos += other.m_centavos;
        return *this;
    }
    constexpr Money &operator-=(Money other)
    {
        m_centavos -= other.m_centavos;
        return *this;
    }
    constexpr bool operator==(const Money &) const = default;
    constexpr std::strong_ordering operator<=>(const Money &other) const { return m_centavos <=> other.m_centavos; }

private:
    qint64 m_centavos = 0;
    Currency m_currency = Currency::MXN;
};

// Rounds numerator / denominator half away from zero; denominator > 0.
[[nodiscard]] constexpr qint64 divideRounded(qint64 numerator, qint64 denominator)
{
    const qint64 half = denominator / 2;
    return numerator >= 0 ? (numerator + half) / denominator : -((-numerator + half) / denominator);
}

} // namespace nexus
