// VIN rules of ISO 3779 and 49 CFR 565 (check digit, model-year code).
#include "vehicles/vin.h"

#include <array>

namespace nexus {

namespace {

constexpr std::array<int, 17> kWeights { 8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2 };
// The 30 model-year codes in order from 1980 (and again from 2010).
constexpr char kYearCodes[] = "ABCDEFGHJKLMNPRSTVWXY123456789";
constexpr int kFirstYear = 1980;

// Transliteration value of an allowed character, -1 for I, O, Q and anything else.
int vinValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    switch (u) {
    case u'A':
    case u'J':
        return 1;
    case u'B':
    case u'K':
    case u'S':
        return 2;
    case u'C':
    case u'L':
    case u'T':
        return 3;
    case u'D':
    case u'M':
    case u'U':
        return 4;
    case u'E':
    case u'N':
    case u'V':
        return 5;
    case u'F':
    case u'W':
        return 6;
    case u'G':
    case u'P':
    case u'X':
        return 7;
    case u'H':
    case u'Y':
        return 8;
    case u'R':
    case u'Z':
        return 9;
    default:
        return -1;
    }
}

VinCheck invalid(VinCheck check, const char *text, QStringList args)
{
    check.valid = false;
    check.reason = Error(ErrorCode::InvalidInput, text, std::move(args), QStringLiteral("vin"));
    return check;
}

} // namespace

QString normalizeVin(const QString &vin)
{
    QString out;
    out.reserve(vin.size());
    for (const QChar c : vin)
        if (!c.isSpace() && c != QLatin1Char('-'))
            out.append(c.toUpper());
    return out;
}

QChar vinCheckDigit(const QString &vin)
{
    if (vin.size() != 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const int value = vinValue(vin.at(i));
        if (value < 0)
            return {};
        sum += value * kWeights[static_cast<std::size_t>(i)];
    }
    const int remainder = sum % 11;
    return remainder == 10 ? QLatin1Char('X') : QChar(u'0' + remainder);
}

QChar vinModelYearCode(int year)
{
    if (year < kFirstYear || year >= kFirstYear + 60)
        return {};
    return QLatin1Char(kYearCodes[(year - kFirstYear) % 30]);
}

QList<int> vinModelYears(QChar code)
{
    for (int i = 0; i < 30; ++i)
        if (code == QLatin1Char(kYearCodes[i]))
            return { kFirstYear + i, kFirstYear + 30 + i };
    return {};
}

Status checkVinCharacters(const QString &s)
{
    if (s.size() != 17)
        return fail(ErrorCode::InvalidInput, NX_ERR("A VIN has 17 characters; \"%1\" has %2"),
            { s, QString::number(s.size()) }, QStringLiteral("vin"));
    for (int i = 0; i < 17; ++i) {
        const QChar c = s.at(i);
        if (vinValue(c) < 0)
            return fail(ErrorCode::InvalidInput,
                c == QLatin1Char('I') || c == QLatin1Char('O') || c == QLatin1Char('Q')
                    ? NX_ERR("VIN \"%1\" has \"%2\" at position %3: VINs never use I, O or Q")
                    : NX_ERR("VIN \"%1\" has \"%2\" at position %3: only digits and letters are allowed"),
                { s, QString(c), QString::number(i + 1) }, QStringLiteral("vin"));
    }
    return {};
}

VinCheck checkVin(const QString &vin)
{
    VinCheck check;
    check.normalized = normalizeVin(vin);
    const QString &s = check.normalized;
    if (Status structure = checkVinCharacters(s); !structure) {
        check.reason = structure.error();
        return check;
    }
    check.modelYears = vinModelYears(s.at(9));
    if (check.modelYears.isEmpty())
        return invalid(check, NX_ERR("VIN \"%1\" has \"%2\" at position 10, which is not a model-year code"),
            { s, QString(s.at(9)) });
    const QChar expected = vinCheckDigit(s);
    if (s.at(8) != expected)
        return invalid(check, NX_ERR("The check digit of VIN \"%1\" (position 9) is wrong (expected %2)"),
            { s, QString(expected) });
    check.valid = true;
    return check;
}

} // namespace nexus
