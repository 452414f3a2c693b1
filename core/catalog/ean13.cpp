// EAN-13 check digit: weights 1,3,1,3… from the left over 12 digits; the digit brings the sum to a multiple of 10.
#include "catalog/ean13.h"

namespace nexus {

namespace {
constexpr std::uint64_t kBodyLimit = 1'000'000'000'000ULL; // 10^12

bool allDigits(QStringView text)
{
    for (const QChar c : text)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}
} // namespace

int ean13CheckDigit(std::uint64_t body)
{
    if (body >= kBodyLimit)
        return -1;
    // Rightmost body digit (position 12) has weight 3, then alternating leftwards.
    int sum = 0;
    for (int i = 0; i < 12; ++i) {
        const int digit = static_cast<int>(body % 10);
        body /= 10;
        sum += (i % 2 == 0) ? 3 * digit : digit;
    }
    return (10 - sum % 10) % 10;
}

int ean13CheckDigit(QStringView first12)
{
    if (first12.size() != 12 || !allDigits(first12))
        return -1;
    std::uint64_t body = 0;
    for (const QChar c : first12)
        body = body * 10 + static_cast<std::uint64_t>(c.unicode() - u'0');
    return ean13CheckDigit(body);
}

QString ean13WithCheckDigit(QStringView first12)
{
    const int check = ean13CheckDigit(first12);
    if (check < 0)
        return {};
    return first12.toString() + QChar(u'0' + check);
}

Status checkEan13(const QString &code)
{
    if (code.size() != 13)
        return fail(ErrorCode::InvalidInput, NX_ERR("An EAN-13 barcode has 13 digits, \"%1\" has %2"),
            { code, QString::number(code.size()) }, QStringLiteral("barcode"));
    if (!allDigits(code))
        return fail(ErrorCode::InvalidInput, NX_ERR("An EAN-13 barcode has only digits: \"%1\""), { code },
            QStringLiteral("barcode"));
    const int expected = ean13CheckDigit(QStringView(code).first(12));
    if (code.at(12) != QChar(u'0' + expected))
        return fail(ErrorCode::InvalidInput,
            NX_ERR("The check digit of barcode \"%1\" is wrong (expected %2): it was mistyped or misread"),
            { code, QString::number(expected) }, QStringLiteral("barcode"));
    return {};
}

} // namespace nexus
