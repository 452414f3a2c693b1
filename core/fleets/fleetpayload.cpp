// Fleet facts as JSON: plain strings and integers, the same keys as the columns.
#include "fleets/fleetpayload.h"

namespace nexus {

QJsonArray planLinesJson(const QList<MaintenancePlanLine> &lines)
{
    QJsonArray array;
    for (const MaintenancePlanLine &line : lines)
        array.append(QJsonObject { { QStringLiteral("name"), line.name }, { QStringLiteral("every_km"), line.everyKm },
            { QStringLiteral("every_months"), line.everyMonths } });
    return array;
}

Result<QList<MaintenancePlanLine>> planLinesFromJson(const QJsonArray &array)
{
    QList<MaintenancePlanLine> lines;
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        if (!value.isObject() || !o.value(QLatin1String("name")).isString()
            || !o.value(QLatin1String("every_km")).isDouble() || !o.value(QLatin1String("every_months")).isDouble())
            return fail(ErrorCode::InvalidInput, NX_ERR("A line of the plan template is malformed"), {},
                QStringLiteral("template"));
        lines.append(MaintenancePlanLine { o.value(QLatin1String("name")).toString(),
            o.value(QLatin1String("every_km")).toInteger(), o.value(QLatin1String("every_months")).toInt() });
    }
    return lines;
}

QJsonObject fleetPayload(const Fleet &fleet, const QString &branchId, const QString &userId)
{
    const FleetFields &f = fleet.fields;
    return QJsonObject { { QStringLiteral("customer_id"), fleet.customerId },
        { QStringLiteral("contact_name"), f.contactName }, { QStringLiteral("contact_phone"), f.contactPhone },
        { QStringLiteral("contact_email"), f.contactEmail }, { QStringLiteral("statement_day"), f.statementDay },
        { QStringLiteral("template"), planLinesJson(f.planTemplate) }, { QStringLiteral("branch_id"), branchId },
        { QStringLiteral("user_id"), userId }, { QStringLiteral("at"), fleet.updatedAtUtc } };
}

QJsonObject planPayload(const QString &vehicleId, const QString &customerId, const QList<MaintenancePlanItem> &items,
    const QString &branchId, const QString &userId, const QString &atUtc)
{
    QJsonArray array;
    for (const MaintenancePlanItem &item : items)
        array.append(QJsonObject { { QStringLiteral("id"), item.id }, { QStringLiteral("name"), item.line.name },
            { QStringLiteral("every_km"), item.line.everyKm },
            { QStringLiteral("every_months"), item.line.everyMonths }, { QStringLiteral("start_on"), item.startOn },
            { QStringLiteral("start_km"), item.startKm }, { QStringLiteral("active"), item.active } });
    return QJsonObject { { QStringLiteral("vehicle_id"), vehicleId }, { QStringLiteral("customer_id"), customerId },
        { QStringLiteral("items"), array }, { QStringLiteral("branch_id"), branchId },
        { QStringLiteral("user_id"), userId }, { QStringLiteral("at"), atUtc } };
}

QJsonObject maintenanceDonePayload(const MaintenanceRecord &record, const QString &branchId)
{
    return QJsonObject { { QStringLiteral("id"), record.id }, { QStringLiteral("vehicle_id"), record.vehicleId },
        { QStringLiteral("customer_id"), record.customerId }, { QStringLiteral("plan_item_id"), record.planItemId },
        { QStringLiteral("item_name"), record.itemName }, { QStringLiteral("done_on"), record.doneOn },
        { QStringLiteral("odometer_km"), record.odometerKm },
        { QStringLiteral("service_order_id"), record.serviceOrderId },
        { QStringLiteral("service_order_folio"), record.serviceOrderFolio }, { QStringLiteral("note"), record.note },
        { QStringLiteral("branch_id"), branchId }, { QStringLiteral("user_id"), record.userId },
        { QStringLiteral("at"), record.recordedAtUtc } };
}

} // namespace nexus
