// JSON of the service order facts; the server's ServiceOrderHandler reads the same names.
#include "workshop/serviceorderpayload.h"

#include <QJsonArray>

namespace nexus {

QStringList serviceordermutation::all()
{
    QStringList types;
    for (const char *type : { kOpened, kMoved, kPartAdded, kPartReserved, kPartReleased, kLaborAdded, kLaborRemoved,
             kDiagnosed, kAssigned, kPromised, kEstimateApproved, kChecklistSet, kNoteAdded, kCharged })
        types << QString::fromLatin1(type);
    return types;
}

namespace {

QString iso(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString(QLatin1String(""));
}

} // namespace

QJsonObject serviceOrderFact(
    const ServiceOrder &order, const QString &eventId, const WorkshopActor &actor, const QString &atUtc)
{
    return QJsonObject { { QStringLiteral("order_id"), order.id }, { QStringLiteral("branch_id"), order.branchId },
        { QStringLiteral("event_id"), eventId }, { QStringLiteral("user_id"), actor.userId },
        { QStringLiteral("user_name"), actor.name }, { QStringLiteral("at"), atUtc } };
}

QJsonObject openedPayload(const ServiceOrder &order, const WorkshopActor &actor)
{
    QJsonObject payload = serviceOrderFact(order, order.id, actor, order.openedAt);
    payload.insert(QStringLiteral("folio"), order.folio);
    payload.insert(QStringLiteral("status"), serviceOrderStatusCode(order.status));
    payload.insert(QStringLiteral("customer"),
        QJsonObject { { QStringLiteral("id"), order.customer.customerId },
            { QStringLiteral("name"), order.customer.name }, { QStringLiteral("phone"), order.customer.phone } });
    payload.insert(QStringLiteral("vehicle"),
        QJsonObject { { QStringLiteral("id"), order.vehicle.vehicleId },
            { QStringLiteral("plates"), order.vehicle.plates }, { QStringLiteral("vin"), order.vehicle.vin },
            { QStringLiteral("make"), order.vehicle.make }, { QStringLiteral("model"), order.vehicle.model },
            { QStringLiteral("year"), order.vehicle.year },
            { QStringLiteral("mileage_km"), order.vehicle.mileageKm } });
    payload.insert(QStringLiteral("complaint"), order.complaint);
    payload.insert(QStringLiteral("mechanic_id"), order.mechanicId);
    payload.insert(QStringLiteral("mechanic_name"), order.mechanicName);
    payload.insert(QStringLiteral("promised_at"), iso(order.promisedAt));
    QJsonArray checklist;
    for (const ChecklistItem &item : order.checklist)
        checklist.append(QJsonObject { { QStringLiteral("item_no"), item.itemNo },
            { QStringLiteral("code"), item.code }, { QStringLiteral("label"), item.label },
            { QStringLiteral("state"), checklistStateCode(item.state) }, { QStringLiteral("note"), item.note } });
    payload.insert(QStringLiteral("checklist"), checklist);
    return payload;
}

QJsonObject movedPayload(const ServiceOrder &order, const StatusChange &change, const WorkshopActor &actor,
    const QStringList &releasedLineIds)
{
    QJsonObject payload = serviceOrderFact(order, change.id, actor, change.at);
    payload.insert(QStringLiteral("from"), change.from ? serviceOrderStatusCode(*change.from) : QString());
    payload.insert(QStringLiteral("to"), serviceOrderStatusCode(change.to));
    payload.insert(QStringLiteral("authorized_by_id"), change.authorizedById);
    payload.insert(QStringLiteral("authorized_by"), change.authorizedBy);
    payload.insert(QStringLiteral("note"), change.note);
    payload.insert(QStringLiteral("released_lines"), QJsonArray::fromStringList(releasedLineIds));
    return payload;
}

QJsonObject partPayload(const ServiceOrder &order, const ServiceOrderPart &part, const QString &eventId,
    const WorkshopActor &actor, const QString &atUtc)
{
    QJsonObject payload = serviceOrderFact(order, eventId, actor, atUtc);
    payload.insert(QStringLiteral("line_id"), part.id);
    payload.insert(QStringLiteral("line_no"), part.lineNo);
    payload.insert(QStringLiteral("part_id"), part.partId);
    payload.insert(QStringLiteral("sku"), part.sku);
    payload.insert(QStringLiteral("description"), part.description);
    payload.insert(QStringLiteral("warehouse_id"), part.warehouseId);
    payload.insert(QStringLiteral("quantity"), part.quantity.thousandths());
    payload.insert(QStringLiteral("unit_price_cents"), part.unitPrice.centavos());
    if (part.priced) { // a line pulled without them leaves them unknown on the server too
        payload.insert(QStringLiteral("retail_price_cents"), part.retailPrice.centavos());
        payload.insert(QStringLiteral("cost_cents"), part.cost.centavos());
        payload.insert(QStringLiteral("price_version"), part.priceVersion);
    }
    payload.insert(QStringLiteral("tax_code"), part.tax.code());
    payload.insert(QStringLiteral("sat_product_key"), part.satProductKey);
    payload.insert(QStringLiteral("sat_unit_key"), part.satUnitKey);
    payload.insert(QStringLiteral("status"), partLineStatusCode(part.status));
    payload.insert(QStringLiteral("note"), part.note);
    return payload;
}

QJsonObject laborPayload(const ServiceOrder &order, const ServiceOrderLabor &labor, const WorkshopActor &actor)
{
    QJsonObject payload = serviceOrderFact(order, labor.id, actor, labor.addedAt);
    payload.insert(QStringLiteral("line_id"), labor.id);
    payload.insert(QStringLiteral("line_no"), labor.lineNo);
    payload.insert(QStringLiteral("description"), labor.description);
    payload.insert(QStringLiteral("mechanic_id"), labor.mechanicId);
    payload.insert(QStringLiteral("mechanic_name"), labor.mechanicName);
    payload.insert(QStringLiteral("pricing"), laborPricingCode(labor.pricing));
    payload.insert(QStringLiteral("hours"), labor.hours.thousandths());
    payload.insert(QStringLiteral("rate_cents"), labor.rate.centavos());
    payload.insert(QStringLiteral("amount_cents"), labor.amount.centavos());
    payload.insert(QStringLiteral("tax_code"), labor.tax.code());
    return payload;
}

QJsonObject checklistPayload(const ServiceOrder &order, const ChecklistItem &item, const QString &eventId,
    const WorkshopActor &actor, const QString &atUtc)
{
    QJsonObject payload = serviceOrderFact(order, eventId, actor, atUtc);
    payload.insert(QStringLiteral("item_no"), item.itemNo);
    payload.insert(QStringLiteral("code"), item.code);
    payload.insert(QStringLiteral("label"), item.label);
    payload.insert(QStringLiteral("state"), checklistStateCode(item.state));
    payload.insert(QStringLiteral("note"), item.note);
    return payload;
}

} // namespace nexus
