// Code page 850 both ways; the table is the IBM/Microsoft CP850 upper half (0x80–0xFF) as Unicode code points.
#include "printing/codepage850.h"

#include <array>

namespace nexus {

namespace {

// clang-format off
constexpr std::array<char16_t, 128> kUpperHalf = {
    0x00C7, 0x00FC, 0x00E9, 0x00E2, 0x00E4, 0x00E0, 0x00E5, 0x00E7, 0x00EA, 0x00EB, 0x00E8, 0x00EF, 0x00EE, 0x00EC,
    0x00C4, 0x00C5, 0x00C9, 0x00E6, 0x00C6, 0x00F4, 0x00F6, 0x00F2, 0x00FB, 0x00F9, 0x00FF, 0x00D6, 0x00DC, 0x00F8,
    0x00A3, 0x00D8, 0x00D7, 0x0192, 0x00E1, 0x00ED, 0x00F3, 0x00FA, 0x00F1, 0x00D1, 0x00AA, 0x00BA, 0x00BF, 0x00AE,
    0x00AC, 0x00BD, 0x00BC, 0x00A1, 0x00AB, 0x00BB, 0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x00C1, 0x00C2, 0x00C0,
    0x00A9, 0x2563, 0x2551, 0x2557, 0x255D, 0x00A2, 0x00A5, 0x2510, 0x2514, 0x2534, 0x252C, 0x251C, 0x2500, 0x253C,
    0x00E3, 0x00C3, 0x255A, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550, 0x256C, 0x00A4, 0x00F0, 0x00D0, 0x00CA, 0x00CB,
    0x00C8, 0x0131, 0x00CD, 0x00CE, 0x00CF, 0x2518, 0x250C, 0x2588, 0x2584, 0x00A6, 0x00CC, 0x2580, 0x00D3, 0x00DF,
    0x00D4, 0x00D2, 0x00F5, 0x00D5, 0x00B5, 0x00FE, 0x00DE, 0x00DA, 0x00DB, 0x00D9, 0x00FD, 0x00DD, 0x00AF, 0x00B4,
    0x00AD, 0x00B1, 0x2017, 0x00BE, 0x00B6, 0x00A7, 0x00F7, 0x00B8, 0x00B0, 0x00A8, 0x00B7, 0x00B9, 0x00B3, 0x00B2,
    0x25A0, 0x00A0,
};
// clang-format on

// Typographic characters a description pasted from elsewhere may carry, and what a receipt can show instead.
char asciiStandIn(char16_t c)
{
    switch (c) {
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x2032:
        return '\'';
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x2033:
        return '"';
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2212:
        return '-';
    case 0x2022:
        return '*';
    case 0x2026:
        return '.';
    default:
        return '\0';
    }
}

char encodeOne(char16_t c)
{
    if (c < 0x80)
        return c < 0x20 ? ' ' : static_cast<char>(c); // control characters would be printer commands
    for (std::size_t i = 0; i < kUpperHalf.size(); ++i) {
        if (kUpperHalf[i] == c)
            return static_cast<char>(0x80 + i);
    }
    if (const char standIn = asciiStandIn(c))
        return standIn;
    // Accented letters CP850 lacks (ő, ş, …): their base letter reads better than '?'.
    const QString decomposed = QString(QChar(c)).normalized(QString::NormalizationForm_D);
    if (!decomposed.isEmpty() && decomposed.at(0).unicode() < 0x80 && decomposed.at(0).unicode() >= 0x20)
        return static_cast<char>(decomposed.at(0).unicode());
    return '?';
}

} // namespace

QByteArray toCodePage850(QStringView text)
{
    QByteArray out;
    out.reserve(text.size());
    for (const QChar c : text)
        out.append(encodeOne(c.unicode()));
    return out;
}

QString fromCodePage850(QByteArrayView bytes)
{
    QString out;
    out.reserve(bytes.size());
    for (const char byte : bytes) {
        const auto b = static_cast<unsigned char>(byte);
        out.append(QChar(b < 0x80 ? char16_t(b) : kUpperHalf[b - 0x80]));
    }
    return out;
}

} // namespace nexus
