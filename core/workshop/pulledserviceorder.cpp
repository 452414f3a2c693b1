// Reading a pulled order: codes through the same *FromCode helpers the repository uses.
#include "workshop/pulledserviceorder.h"

#include <QJsonArray>

#include <algorithm>

namespace nexus {

namespace {

QString text(const QJsonObject &row, const char *key)
{
    const QString value = row.value(QLatin1String(key)).toString();
    return value.isNull() ? QStringLiteral("") : value;
}

qint64 integer(const QJsonObject &row, const char *key)
{
    return row.value(QLatin1String(key)).toInteger();
}

QJsonArray list(const QJsonObject &row, const char *key)
{
    return row.value(QLatin1String(key)).toArray();
}

Status missing(const char *field)
{
    return fail(ErrorCode::Protocol, NX_ERR("The server sent a service order without %1"),
        { QString::fromLatin1(field) }, QString::fromLatin1(field));
}

TaxRate taxOf(const QString &code)
{
    Result<TaxRate> rate = TaxRate::fromCode(code);
    return rate ? *rate : TaxRate::iva16();
}

// Every field is a UTC ISO-8601 stamp: the latest string is the latest time.
QString latest(const QStringList &stamps)
{
    QString newest;
    for (const QString &stamp : stamps)
        newest = std::max(newest, stamp);
    return newest;
}

} // namespace

Result<PulledServiceOrder> pulledServiceOrder(const QJsonObject &row)
{
    PulledServiceOrder pulled;
    ServiceOrder &order = pulled.order;
    order.id = text(row, "id");
    order.folio = text(row, "folio");
    order.branchId = text(row, "branch_id");
    if (order.id.isEmpty())
        return std::unexpected(missing("id").error());
    if (order.folio.isEmpty())
        return std::unexpected(missing("folio").error());
    Result<ServiceOrderStatus> status = serviceOrderStatusFromCode(text(row, "status"));
    if (!status)
        return std::unexpected(status.error());
    order.status = *status;
    pulled.deviceId = text(row, "device_id");
    order.customer = { text(row, "customer_id"), text(row, "customer_name"), text(row, "customer_phone") };
    order.vehicle
        = { text(row, "vehicle_id"), text(row, "vehicle_plates"), text(row, "vehicle_vin"), text(row, "vehicle_make"),
              text(row, "vehicle_model"), static_cast<int>(integer(row, "vehicle_year")), integer(row, "mileage_km") };
    order.complaint = text(row, "complaint");
    order.diagnosis = text(row, "diagnosis");
    order.mechanicId = text(row, "mechanic_id");
    order.mechanicName = text(row, "mechanic_name");
    if (const QString promised = text(row, "promised_at"); !promised.isEmpty()) {
        order.promisedAt = QDateTime::fromString(promised, Qt::ISODateWithMs);
        order.promisedAt.setTimeSpec(Qt::UTC);
    }
    if (const QJsonValue cents = row.value(QLatin1String("estimate_cents")); cents.isDouble())
        order.estimate = EstimateApproval { Money(cents.toInteger()), text(row, "estimate_note"), QStringLiteral(""),
            text(row, "estimate_at") };
    order.saleId = text(row, "sale_id");
    order.saleFolio = text(row, "sale_folio");
    pulled.chargedAt = text(row, "charged_at");
    order.openedBy = text(row, "opened_by");
    order.openedAt = text(row, "opened_at");
    order.updatedAt = latest({ order.openedAt, text(row, "status_at"), text(row, "diagnosis_at"),
        text(row, "mechanic_at"), text(row, "promised_set_at"), text(row, "estimate_at"), pulled.chargedAt });

    for (const QJsonValue &value : list(row, "history")) {
        const QJsonObject h = value.toObject();
        StatusChange change;
        change.id = text(h, "id");
        if (const QString from = text(h, "from_status"); !from.isEmpty()) {
            Result<ServiceOrderStatus> code = serviceOrderStatusFromCode(from);
            if (!code)
                return std::unexpected(code.error());
            change.from = *code;
        }
        Result<ServiceOrderStatus> to = serviceOrderStatusFromCode(text(h, "to_status"));
        if (!to)
            return std::unexpected(to.error());
        change.to = *to;
        change.userId = text(h, "user_id");
        change.userName = text(h, "user_name");
        change.authorizedById = text(h, "authorized_by_id");
        change.authorizedBy = text(h, "authorized_by");
        change.note = text(h, "note");
        change.at = text(h, "at");
        order.updatedAt = std::max(order.updatedAt, change.at);
        order.history.push_back(std::move(change));
    }
    for (const QJsonValue &value : list(row, "parts")) {
        const QJsonObject p = value.toObject();
        ServiceOrderPart part;
        part.id = text(p, "id");
        part.lineNo = static_cast<int>(integer(p, "line_no"));
        part.partId = integer(p, "part_id");
        part.sku = text(p, "sku");
        part.description = text(p, "description");
        part.warehouseId = text(p, "warehouse_id");
        part.quantity = Quantity(integer(p, "quantity"));
        part.unitPrice = Money(integer(p, "unit_price_cents"));
        // Unknown (null) when the line came up in a schema-1 fact: the unit price stands in for the list price
        // until the charge takes the catalogue's (ServiceOrderPart::priced).
        const QJsonValue cost = p.value(QLatin1String("cost_cents"));
        part.priced = cost.isDouble();
        part.cost = Money(cost.toInteger());
        part.retailPrice = part.priced ? Money(integer(p, "retail_price_cents")) : part.unitPrice;
        part.priceVersion = part.priced ? static_cast<int>(integer(p, "price_version")) : 1;
        part.tax = taxOf(text(p, "tax_code"));
        part.satProductKey = text(p, "sat_product_key");
        part.satUnitKey = text(p, "sat_unit_key");
        Result<PartLineStatus> lineStatus = partLineStatusFromCode(text(p, "status"));
        if (!lineStatus)
            return std::unexpected(lineStatus.error());
        part.status = *lineStatus;
        part.note = text(p, "note");
        part.addedAt = text(p, "status_at");
        order.parts.push_back(std::move(part));
    }
    for (const QJsonValue &value : list(row, "labor")) {
        const QJsonObject l = value.toObject();
        if (integer(l, "removed") != 0) {
            pulled.removedLaborIds << text(l, "id");
            continue;
        }
        ServiceOrderLabor labor;
        labor.id = text(l, "id");
        labor.lineNo = static_cast<int>(integer(l, "line_no"));
        labor.description = text(l, "description");
        labor.mechanicId = text(l, "mechanic_id");
        labor.mechanicName = text(l, "mechanic_name");
        Result<LaborPricing> pricing = laborPricingFromCode(text(l, "pricing"));
        if (!pricing)
            return std::unexpected(pricing.error());
        labor.pricing = *pricing;
        labor.hours = Quantity(integer(l, "hours"));
        labor.rate = Money(integer(l, "rate_cents"));
        labor.amount = Money(integer(l, "amount_cents"));
        labor.tax = taxOf(text(l, "tax_code"));
        labor.addedAt = text(l, "added_at");
        order.labor.push_back(std::move(labor));
    }
    for (const QJsonValue &value : list(row, "checklist")) {
        const QJsonObject c = value.toObject();
        Result<ChecklistState> state = checklistStateFromCode(text(c, "state"));
        if (!state)
            return std::unexpected(state.error());
        const int itemNo = static_cast<int>(integer(c, "item_no"));
        order.checklist.push_back({ itemNo, text(c, "code"), text(c, "label"), *state, text(c, "note") });
        pulled.checklistUpdatedAt.insert(itemNo, text(c, "updated_at"));
    }
    for (const QJsonValue &value : list(row, "notes")) {
        const QJsonObject n = value.toObject();
        if (text(n, "text").trimmed().isEmpty())
            continue; // the table's CHECK: a blank note identifies nothing
        order.notes.push_back(
            { text(n, "id"), text(n, "user_id"), text(n, "user_name"), text(n, "text"), text(n, "at") });
    }
    return pulled;
}

} // namespace nexus
