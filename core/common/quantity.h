// Quantities as integer thousandths (1 piece = 1000; 2.5 litres = 2500).
#pragma once

#include <QString>

#include <compare>
#include <QtGlobal>

#include "common/error.h"

namespace nexus {

class Quantity final
{
public:
    static constexpr qint64 kScale = 1000;

    constexpr Quantity() = default;
    constexpr explicit Quantity(qint64 thousandths) : m_thousandths(thousandths) {}
    [[nodiscard]] static constexpr Quantity units(qint64 whole) { return Quantity(whole * kScale); }
    // Parses "2", "2.5", "0.125" (at most three decimals).
    [[nodiscard]] static Result<Quantity> parse(const QString &text);

    [[nodiscard]] constexpr qint64 thousandths() const { return m_thousandths; }
    [[nodiscard]] constexpr bool isWhole() const { return m_thousandths % kScale == 0; }
    // "2" for whole quantities, "2.5" / "0.125" otherwise (no trailing zeros).
    [[nodiscard]] QString toString() const;

    constexpr Quantity operator+(Quantity other) const { return Quantity(m_thousandths + other.m_thousandths); }
    constexpr Quantity operator-(Quantity other) const { return Quantity(m_thousandths - other.m_thousandths); }
    constexpr Quantity operator-() const { return Quantity(-m_thousandths); }
    constexpr bool operator==(const Quantity &) const = default;
    constexpr auto operator<=>(const Quantity &) const = default;

private:
    qint64 m_thousandths = 0;
};

} // namespace nexus
