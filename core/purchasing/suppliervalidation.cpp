// Supplier validation: reuses the customer's RFC and contact rules.
#include "purchasing/suppliervalidation.h"

#include "customers/customervalidation.h"
#include "customers/rfc.h"

#include <QRegularExpression>

#include <set>

namespace nexus {

namespace {

Error invalid(const char *text, QStringList args, QString field)
{
    return Error(ErrorCode::InvalidInput, text, std::move(args), std::move(field));
}

} // namespace

const SupplierPart *Supplier::part(qint64 partId) const
{
    for (const SupplierPart &p : parts)
        if (p.partId == partId)
            return &p;
    return nullptr;
}

Result<Supplier> validateSupplier(const Supplier &in)
{
    Supplier out = in;
    out.name = in.name.simplified();
    if (out.name.isEmpty())
        return std::unexpected(invalid(NX_ERR("Type the supplier's name or business name"), {}, QStringLiteral("name")));
    if (out.name.size() > kSupplierNameMaxLength)
        return std::unexpected(invalid(NX_ERR("The supplier's name has %1 characters; at most %2 fit"),
            { QString::number(out.name.size()), QString::number(kSupplierNameMaxLength) }, QStringLiteral("name")));
    out.rfc = normalizeRfc(in.rfc);
    if (!out.rfc.isEmpty()) {
        const RfcCheck check = checkRfc(out.rfc);
        if (!check.valid)
            return std::unexpected(check.reason);
        out.rfc = check.normalized;
    }
    out.contactName = in.contactName.simplified();
    out.phone = normalizePhone(in.phone);
    static const QRegularExpression tenDigits(QStringLiteral("^[0-9]{10}$"));
    if (!out.phone.isEmpty() && !tenDigits.match(out.phone).hasMatch())
        return std::unexpected(invalid(NX_ERR("A Mexican phone number has 10 digits (lada + number), not \"%1\""),
            { in.phone.trimmed() }, QStringLiteral("phone")));
    out.email = in.email.trimmed().toLower();
    static const QRegularExpression email(
        QStringLiteral("^[a-z0-9._%+\\-]+@([a-z0-9](?:[a-z0-9\\-]*[a-z0-9])?\\.)+[a-z]{2,}$"));
    if (!out.email.isEmpty() && (out.email.size() > 254 || !email.match(out.email).hasMatch()))
        return std::unexpected(invalid(NX_ERR("\"%1\" is not an e-mail address (name@domain.mx)"),
            { in.email.trimmed() }, QStringLiteral("email")));
    if (out.creditDays < 0 || out.creditDays > kSupplierMaxCreditDays)
        return std::unexpected(invalid(NX_ERR("The credit terms must be from 0 to %1 days"),
            { QString::number(kSupplierMaxCreditDays) }, QStringLiteral("credit_days")));
    if (out.leadTimeDays < 0 || out.leadTimeDays > kSupplierMaxLeadTimeDays)
        return std::unexpected(invalid(NX_ERR("The lead time must be from 0 to %1 days"),
            { QString::number(kSupplierMaxLeadTimeDays) }, QStringLiteral("lead_time_days")));
    std::set<qint64> seen;
    for (size_t i = 0; i < out.parts.size(); ++i) {
        SupplierPart &p = out.parts[i];
        const QString at = QStringLiteral("parts[%1].").arg(i);
        p.sku = p.sku.trimmed();
        p.description = p.description.simplified();
        p.supplierSku = p.supplierSku.trimmed();
        if (p.partId <= 0 || p.sku.isEmpty())
            return std::unexpected(
                invalid(NX_ERR("Choose the part from the catalogue"), {}, at + QStringLiteral("part_id")));
        if (!seen.insert(p.partId).second)
            return std::unexpected(invalid(NX_ERR("The part %1 is listed twice for this supplier"), { p.sku },
                at + QStringLiteral("part_id")));
        if (p.supplierSku.size() > 64)
            return std::unexpected(invalid(NX_ERR("The supplier's part number of %1 is longer than 64 characters"),
                { p.sku }, at + QStringLiteral("supplier_sku")));
        if (p.lastCostCents < 0)
            return std::unexpected(invalid(NX_ERR("The cost of %1 cannot be negative"), { p.sku },
                at + QStringLiteral("last_cost")));
    }
    return out;
}

} // namespace nexus
