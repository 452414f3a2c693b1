// RFC validation rules of the SAT (structure, date, palabras inconvenientes, check digit).
#include "customers/rfc.h"

#include <array>

namespace nexus {

namespace {

// The SAT's table: a character's value is its index (space 37, Ñ 38).
const QString kAlphabet = QStringLiteral("0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ \u00D1");

// Four-letter words the SAT never assigns as the name part of a física (it replaces the last letter with X).
constexpr std::array<const char *, 41> kInconvenientWords { "BUEI", "BUEY", "CACA", "CACO", "CAGA", "CAGO", "CAKA",
    "CAKO", "COGE", "COJA", "COJE", "COJI", "COJO", "CULO", "FETO", "GUEY", "JOTO", "KACA", "KACO", "KAGA", "KAGO",
    "KAKA", "KOGE", "KOJO", "KULO", "MAME", "MAMO", "MEAR", "MEAS", "MEON", "MION", "MOCO", "MULA", "PEDA", "PEDO",
    "PENE", "PUTA", "PUTO", "QULO", "RATA", "RUIN" };

bool isNameChar(QChar c)
{
    return (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || c == QLatin1Char('&') || c == QChar(0x00D1);
}

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isHomoclaveChar(QChar c)
{
    return isDigit(c) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

RfcCheck invalid(RfcCheck check, const char *text, QStringList args)
{
    check.valid = false;
    check.reason = Error(ErrorCode::InvalidInput, text, std::move(args), QStringLiteral("rfc"));
    return check;
}

// YYMMDD → a date, or invalid. The century is a guess (the RFC does not say): 00–30 → 20YY, else 19YY.
QDate rfcDate(QStringView digits)
{
    const int yy = digits.first(2).toInt();
    const int mm = digits.sliced(2, 2).toInt();
    const int dd = digits.sliced(4, 2).toInt();
    return QDate(yy <= 30 ? 2000 + yy : 1900 + yy, mm, dd); // invalid for 31 April, 29 February 2023…
}

} // namespace

QString normalizeRfc(const QString &rfc)
{
    QString out;
    out.reserve(rfc.size());
    for (const QChar c : rfc) {
        if (c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('.') || c == QLatin1Char('_'))
            continue;
        out.append(c.toUpper());
    }
    return out;
}

QChar rfcCheckDigit(const QString &first12or11)
{
    if (first12or11.size() != 12 && first12or11.size() != 11)
        return {};
    const QString padded = first12or11.size() == 11 ? QLatin1Char(' ') + first12or11 : first12or11;
    int sum = 0;
    for (int i = 0; i < 12; ++i) {
        const qsizetype value = kAlphabet.indexOf(padded.at(i));
        if (value < 0 || (i > 0 && padded.at(i) == QLatin1Char(' ')))
            return {};
        sum += static_cast<int>(value) * (13 - i);
    }
    // 11 − (sum mod 11), where 11 becomes 0 and 10 becomes 'A' (the table's 10th value).
    return kAlphabet.at((11 - sum % 11) % 11);
}

RfcCheck checkRfc(const QString &rfc)
{
    RfcCheck check;
    check.normalized = normalizeRfc(rfc);
    const QString &s = check.normalized;
    if (s.isEmpty())
        return invalid(check, NX_ERR("The RFC is empty"), {});
    if (s == kGenericRfcNational || s == kGenericRfcForeign) {
        check.valid = true;
        check.kind = RfcKind::Generic;
        check.date = QDate(2001, 1, 1);
        return check;
    }
    if (s.size() != 12 && s.size() != 13)
        return invalid(check, NX_ERR("An RFC has 13 characters (persona física) or 12 (persona moral); \"%1\" has %2"),
            { s, QString::number(s.size()) });
    check.kind = s.size() == 13 ? RfcKind::Fisica : RfcKind::Moral;
    const int nameLength = s.size() == 13 ? 4 : 3;
    for (int i = 0; i < nameLength; ++i)
        if (!isNameChar(s.at(i)))
            return invalid(check, NX_ERR("The first %1 characters of RFC \"%2\" must be letters (A-Z, Ñ or &)"),
                { QString::number(nameLength), s });
    const QStringView datePart = QStringView(s).sliced(nameLength, 6);
    for (const QChar c : datePart)
        if (!isDigit(c))
            return invalid(
                check, NX_ERR("RFC \"%1\" must have a date as six digits (YYMMDD) after the name part"), { s });
    check.date = rfcDate(datePart);
    if (!check.date.isValid())
        return invalid(check, NX_ERR("The date %1 in RFC \"%2\" is not a real calendar date (YYMMDD)"),
            { datePart.toString(), s });
    if (check.kind == RfcKind::Fisica) {
        const QString word = s.first(4);
        for (const char *bad : kInconvenientWords)
            if (word == QLatin1String(bad))
                return invalid(
                    check, NX_ERR("RFC \"%1\" starts with \"%2\", which the SAT never assigns"), { s, word });
    }
    const QChar h1 = s.at(nameLength + 6);
    const QChar h2 = s.at(nameLength + 7);
    const QChar digit = s.at(nameLength + 8);
    if (!isHomoclaveChar(h1) || !isHomoclaveChar(h2))
        return invalid(check, NX_ERR("The homoclave of RFC \"%1\" must be letters or digits"), { s });
    const QChar expected = rfcCheckDigit(s.first(s.size() - 1));
    if (expected.isNull() || digit != expected) {
        check.checkDigitMismatch = !expected.isNull();
        return invalid(check, NX_ERR("The check digit of RFC \"%1\" is wrong (expected %2): it was mistyped"),
            { s, expected.isNull() ? QStringLiteral("?") : QString(expected) });
    }
    check.valid = true;
    check.reason = Error();
    return check;
}

} // namespace nexus
