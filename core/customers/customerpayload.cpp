// Customer facts as JSON: integers for money (centavos), never floating point.
#include "customers/customerpayload.h"

namespace nexus {

QJsonObject customerFieldsJson(const CustomerFields &fields)
{
    return QJsonObject { { QStringLiteral("name"), fields.name }, { QStringLiteral("rfc"), fields.rfc },
        { QStringLiteral("fiscal_regime"), fields.fiscalRegime }, { QStringLiteral("postal_code"), fields.postalCode },
        { QStringLiteral("cfdi_use"), fields.cfdiUse }, { QStringLiteral("phone"), fields.phone },
        { QStringLiteral("email"), fields.email }, { QStringLiteral("price_list"), fields.priceList },
        { QStringLiteral("credit_limit_cents"), fields.creditLimit.centavos() },
        { QStringLiteral("credit_days"), fields.creditDays } };
}

QJsonObject customerPayload(
    const Customer &customer, const QString &baseHlc, const QString &branchId, const QString &userId)
{
    QJsonObject payload = customerFieldsJson(customer.fields);
    payload.insert(QStringLiteral("id"), customer.id);
    payload.insert(QStringLiteral("hlc"), customer.hlc);
    payload.insert(QStringLiteral("base_hlc"), baseHlc);
    payload.insert(QStringLiteral("rfc_accepted_by"), customer.rfcAcceptedBy);
    payload.insert(QStringLiteral("branch_id"), branchId);
    payload.insert(QStringLiteral("user_id"), userId);
    payload.insert(QStringLiteral("at"), customer.updatedAtUtc);
    return payload;
}

} // namespace nexus
