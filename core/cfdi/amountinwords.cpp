// Spanish number words with the apocope the amount needs ("VEINTIÚN PESOS", "UN MILLÓN DE PESOS").
#include "cfdi/amountinwords.h"

#include <QStringList>

#include <array>
#include <cstdlib>

namespace nexus {

namespace {

// 0–29 have their own words in Spanish; "UN" (not "UNO") because the words always precede a noun here.
constexpr std::array<const char *, 30> kUnits { "", "UN", "DOS", "TRES", "CUATRO", "CINCO", "SEIS", "SIETE", "OCHO",
    "NUEVE", "DIEZ", "ONCE", "DOCE", "TRECE", "CATORCE", "QUINCE", "DIECISÉIS", "DIECISIETE", "DIECIOCHO", "DIECINUEVE",
    "VEINTE", "VEINTIÚN", "VEINTIDÓS", "VEINTITRÉS", "VEINTICUATRO", "VEINTICINCO", "VEINTISÉIS", "VEINTISIETE",
    "VEINTIOCHO", "VEINTINUEVE" };
constexpr std::array<const char *, 10> kTens { "", "", "", "TREINTA", "CUARENTA", "CINCUENTA", "SESENTA", "SETENTA",
    "OCHENTA", "NOVENTA" };
constexpr std::array<const char *, 10> kHundreds { "", "CIENTO", "DOSCIENTOS", "TRESCIENTOS", "CUATROCIENTOS",
    "QUINIENTOS", "SEISCIENTOS", "SETECIENTOS", "OCHOCIENTOS", "NOVECIENTOS" };

constexpr qint64 kMillion = 1'000'000;
constexpr qint64 kBillion = kMillion * kMillion; // billón: a million millions

QString word(const char *text)
{
    return QString::fromUtf8(text);
}

// 1–999.
QString belowThousand(qint64 n)
{
    if (n == 100)
        return QStringLiteral("CIEN");
    QStringList words;
    if (n >= 100)
        words.append(word(kHundreds[std::size_t(n / 100)]));
    const qint64 rest = n % 100;
    if (rest >= 30)
        words.append(rest % 10 == 0
                ? word(kTens[std::size_t(rest / 10)])
                : word(kTens[std::size_t(rest / 10)]) + QStringLiteral(" Y ") + word(kUnits[std::size_t(rest % 10)]));
    else if (rest > 0)
        words.append(word(kUnits[std::size_t(rest)]));
    return words.join(u' ');
}

// 1–999 999: "MIL", not "UN MIL".
QString belowMillion(qint64 n)
{
    QStringList words;
    const qint64 thousands = n / 1000;
    if (thousands == 1)
        words.append(QStringLiteral("MIL"));
    else if (thousands > 1)
        words.append(belowThousand(thousands) + QStringLiteral(" MIL"));
    if (n % 1000 > 0)
        words.append(belowThousand(n % 1000));
    return words.join(u' ');
}

} // namespace

QString numberInWords(qint64 value)
{
    value = std::llabs(value);
    if (value == 0)
        return QStringLiteral("CERO");
    QStringList words;
    const qint64 billions = value / kBillion;
    const qint64 millions = value % kBillion / kMillion;
    const qint64 rest = value % kMillion;
    if (billions == 1)
        words.append(QStringLiteral("UN BILLÓN"));
    else if (billions > 1)
        words.append(belowMillion(billions) + QStringLiteral(" BILLONES"));
    if (millions == 1)
        words.append(QStringLiteral("UN MILLÓN"));
    else if (millions > 1)
        words.append(belowMillion(millions) + QStringLiteral(" MILLONES"));
    if (rest > 0)
        words.append(belowMillion(rest));
    return words.join(u' ');
}

QString amountInWords(Money amount)
{
    const qint64 centavos = std::llabs(amount.centavos());
    const qint64 units = centavos / 100;
    const bool usd = amount.currency() == Currency::USD;
    QString text = numberInWords(units);
    if (units > 0 && units % kMillion == 0)
        text += QStringLiteral(" DE"); // "UN MILLÓN DE PESOS"
    if (units == 1)
        text += usd ? QStringLiteral(" DÓLAR") : QStringLiteral(" PESO");
    else
        text += usd ? QStringLiteral(" DÓLARES") : QStringLiteral(" PESOS");
    text += u' ' + QStringLiteral("%1/100").arg(centavos % 100, 2, 10, QLatin1Char('0'))
        + (usd ? QStringLiteral(" USD") : QStringLiteral(" M.N."));
    return text;
}

} // namespace nexus
