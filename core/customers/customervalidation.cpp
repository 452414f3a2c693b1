// Customer validation: name, RFC (structure, date, check digit), SAT codes for the RFC's kind, CP, contact, credit.
#include "customers/customervalidation.h"

#include "customers/satfiscal.h"

#include <QRegularExpression>

namespace nexus {

namespace {

Error invalid(const char *text, QStringList args, const char *field)
{
    return Error(ErrorCode::InvalidInput, text, std::move(args), QString::fromLatin1(field));
}

bool allDigits(const QString &text)
{
    for (const QChar c : text)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

QString kindName(RfcKind kind)
{
    switch (kind) {
    case RfcKind::Fisica:
        return QStringLiteral("persona física");
    case RfcKind::Moral:
        return QStringLiteral("persona moral");
    case RfcKind::Generic:
        return QStringLiteral("RFC genérico");
    }
    return {};
}

} // namespace

QString normalizePhone(const QString &phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit())
            digits.append(c);
        else if (!c.isSpace() && c != QLatin1Char('-') && c != QLatin1Char('(') && c != QLatin1Char(')')
            && c != QLatin1Char('.') && c != QLatin1Char('+'))
            return phone.trimmed(); // letters or other signs: not a phone number, leave it for the error
    }
    if (digits.size() == 12 && digits.startsWith(QLatin1String("52")))
        return digits.mid(2); // +52 country code
    if (digits.size() == 13 && digits.startsWith(QLatin1String("521")))
        return digits.mid(3); // the old +52 1 prefix of mobiles
    return digits;
}

Result<ValidatedCustomer> validateCustomer(const CustomerFields &in, bool acceptCheckDigitMismatch)
{
    ValidatedCustomer out;
    CustomerFields &f = out.fields;
    f.name = in.name.simplified();
    if (f.name.isEmpty())
        return std::unexpected(invalid(NX_ERR("Type the customer's name or business name"), {}, "name"));
    if (f.name.size() > kCustomerNameMaxLength)
        return std::unexpected(invalid(NX_ERR("The name has %1 characters; at most %2 fit on an invoice"),
            { QString::number(f.name.size()), QString::number(kCustomerNameMaxLength) }, "name"));

    f.rfc = normalizeRfc(in.rfc);
    f.fiscalRegime = in.fiscalRegime.trimmed();
    f.postalCode = in.postalCode.trimmed();
    f.cfdiUse = in.cfdiUse.trimmed().toUpper();
    const bool hasRfc = !f.rfc.isEmpty();
    if (hasRfc) {
        const RfcCheck check = checkRfc(f.rfc);
        if (!check.valid) {
            if (!check.checkDigitMismatch || !acceptCheckDigitMismatch)
                return std::unexpected(check.reason);
            out.rfcCheckDigitMismatch = true;
        }
        out.rfcKind = check.kind;
        f.rfc = check.normalized;
        if (f.fiscalRegime.isEmpty())
            return std::unexpected(
                invalid(NX_ERR("An invoice needs the customer's régimen fiscal: choose it from the list"), {},
                    "fiscal_regime"));
        if (f.postalCode.isEmpty())
            return std::unexpected(invalid(
                NX_ERR("An invoice needs the código postal of the customer's domicilio fiscal"), {}, "postal_code"));
        if (f.cfdiUse.isEmpty())
            return std::unexpected(invalid(NX_ERR("Choose the uso CFDI of the customer's invoices"), {}, "cfdi_use"));
    }
    if (!f.fiscalRegime.isEmpty()) {
        if (!isFiscalRegime(f.fiscalRegime))
            return std::unexpected(invalid(
                NX_ERR("%1 is not a régimen fiscal of the SAT catalogue (c_RegimenFiscal)"), { f.fiscalRegime },
                "fiscal_regime"));
        if (hasRfc && !fiscalRegimeAppliesTo(f.fiscalRegime, out.rfcKind))
            return std::unexpected(invalid(NX_ERR("The régimen fiscal %1 (%2) is not for a %3"),
                { f.fiscalRegime, fiscalRegimeDescription(f.fiscalRegime), kindName(out.rfcKind) }, "fiscal_regime"));
    }
    if (!f.postalCode.isEmpty() && (f.postalCode.size() != 5 || !allDigits(f.postalCode)))
        return std::unexpected(
            invalid(NX_ERR("A código postal has exactly 5 digits, not \"%1\""), { f.postalCode }, "postal_code"));
    if (!f.cfdiUse.isEmpty()) {
        if (!isCfdiUse(f.cfdiUse))
            return std::unexpected(
                invalid(NX_ERR("%1 is not an uso CFDI of the SAT catalogue (c_UsoCFDI)"), { f.cfdiUse }, "cfdi_use"));
        if (hasRfc && !cfdiUseAppliesTo(f.cfdiUse, out.rfcKind))
            return std::unexpected(invalid(NX_ERR("The uso CFDI %1 (%2) is not for a %3"),
                { f.cfdiUse, cfdiUseDescription(f.cfdiUse), kindName(out.rfcKind) }, "cfdi_use"));
    }

    f.phone = normalizePhone(in.phone);
    if (!f.phone.isEmpty() && (f.phone.size() != 10 || !allDigits(f.phone)))
        return std::unexpected(invalid(
            NX_ERR("A Mexican phone number has 10 digits (lada + number), not \"%1\""), { in.phone.trimmed() },
            "phone"));
    f.email = in.email.trimmed().toLower();
    static const QRegularExpression email(
        QStringLiteral("^[a-z0-9._%+\\-]+@([a-z0-9](?:[a-z0-9\\-]*[a-z0-9])?\\.)+[a-z]{2,}$"));
    if (!f.email.isEmpty() && (f.email.size() > 254 || !email.match(f.email).hasMatch()))
        return std::unexpected(
            invalid(NX_ERR("\"%1\" is not an e-mail address (name@domain.mx)"), { in.email.trimmed() }, "email"));

    f.priceList = in.priceList.trimmed().toLower();
    static const QRegularExpression listCode(QStringLiteral("^[a-z0-9_]{1,32}$"));
    if (!listCode.match(f.priceList).hasMatch())
        return std::unexpected(invalid(NX_ERR("Choose the customer's price list"), {}, "price_list"));
    f.creditLimit = in.creditLimit;
    if (f.creditLimit.isNegative() || f.creditLimit.centavos() > kCustomerMaxCreditLimitCentavos)
        return std::unexpected(invalid(NX_ERR("The credit limit must be from 0 to %1"),
            { Money(kCustomerMaxCreditLimitCentavos).format() }, "credit_limit"));
    f.creditDays = in.creditDays;
    if (f.creditDays < 0 || f.creditDays > kCustomerMaxCreditDays)
        return std::unexpected(invalid(NX_ERR("The credit terms must be from 0 to %1 days"),
            { QString::number(kCustomerMaxCreditDays) }, "credit_days"));
    return out;
}

} // namespace nexus
