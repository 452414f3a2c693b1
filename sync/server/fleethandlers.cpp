// Fleet handlers: core's validation, portable SQL (SQLite and PostgreSQL), the latest edit winning by its time.
#include "server/fleethandlers.h"

#include "fleets/fleetpayload.h"
#include "fleets/fleetvalidation.h"
#include "protocol/jsonreader.h"
#include "store/database.h"

#include <QDateTime>
#include <QJsonDocument>

namespace nexus {

namespace {

QString text(QString value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// The fact's branch must be the pushing device's and its time a time.
Status checkOrigin(const MutationContext &context, const QString &branchId, const QString &at)
{
    if (branchId != context.device.branchId)
        return fail(ErrorCode::InvalidInput, NX_ERR("The fleet fact was written at branch %1, not at this device's"),
            { branchId }, QStringLiteral("payload.branch_id"));
    if (!QDateTime::fromString(at, Qt::ISODateWithMs).isValid())
        return fail(ErrorCode::InvalidInput, NX_ERR("\"%1\" is not a time"), { at }, QStringLiteral("payload.at"));
    return {};
}

Result<QJsonObject> inPayload(const Error &error)
{
    return fail(error.code(), error.sourceText(), error.args(), QStringLiteral("payload.") + error.field());
}

} // namespace

QString FleetSavedHandler::type() const
{
    return QString(kFleetSavedMutation);
}

Result<QJsonObject> FleetSavedHandler::apply(const MutationContext &context, int, const QJsonObject &payload)
{
    wire::JsonReader reader(payload, QStringLiteral("payload"));
    const QString customerId = reader.string(QLatin1String("customer_id"));
    FleetFields typed;
    typed.contactName = reader.optionalString(QLatin1String("contact_name"));
    typed.contactPhone = reader.optionalString(QLatin1String("contact_phone"));
    typed.contactEmail = reader.optionalString(QLatin1String("contact_email"));
    typed.statementDay = static_cast<int>(reader.integer(QLatin1String("statement_day")));
    const QJsonArray planTemplate = reader.array(QLatin1String("template"));
    const QString branchId = reader.string(QLatin1String("branch_id"));
    const QString at = reader.string(QLatin1String("at"));
    if (reader.error())
        return std::unexpected(*reader.error());
    if (Status origin = checkOrigin(context, branchId, at); !origin)
        return std::unexpected(origin.error());
    Result<QList<MaintenancePlanLine>> lines = planLinesFromJson(planTemplate);
    if (!lines)
        return inPayload(lines.error());
    typed.planTemplate = *lines;
    Result<FleetFields> valid = validateFleet(typed);
    if (!valid)
        return inPayload(valid.error());
    const FleetFields &f = *valid;

    Result<QVariant> before
        = context.db.scalar(QStringLiteral("SELECT updated_at FROM fleets WHERE customer_id = ?"), { customerId });
    if (!before)
        return std::unexpected(before.error());
    Result<QSqlQuery> saved = context.db.exec(
        QStringLiteral("INSERT INTO fleets(customer_id, contact_name, contact_phone, contact_email, statement_day, "
                       "template, updated_at, device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT(customer_id) DO UPDATE SET contact_name = excluded.contact_name, "
                       "contact_phone = excluded.contact_phone, contact_email = excluded.contact_email, "
                       "statement_day = excluded.statement_day, template = excluded.template, "
                       "updated_at = excluded.updated_at, device_id = excluded.device_id "
                       "WHERE fleets.updated_at <= excluded.updated_at"),
        { customerId, text(f.contactName), text(f.contactPhone), text(f.contactEmail), f.statementDay,
            QString::fromUtf8(QJsonDocument(planLinesJson(f.planTemplate)).toJson(QJsonDocument::Compact)), at,
            context.device.deviceId });
    if (!saved)
        return std::unexpected(saved.error());
    QJsonObject result { { QStringLiteral("customer_id"), customerId },
        { QStringLiteral("outcome"),
            !before->isValid() ? QStringLiteral("created")
                               : (before->toString() <= at ? QStringLiteral("updated") : QStringLiteral("superseded")) } };
    Result<QVariant> known = context.db.scalar(QStringLiteral("SELECT 1 FROM customers WHERE id = ?"), { customerId });
    if (!known)
        return std::unexpected(known.error());
    if (!known->isValid()) {
        if (Status opened = openException(context.db, QStringLiteral("unknown_customer"), customerId,
                { { QStringLiteral("customer_id"), customerId }, { QStringLiteral("fleet"), payload } },
                context.nowUtc);
            !opened)
            return std::unexpected(opened.error());
        result.insert(QStringLiteral("exceptions"), QJsonArray { QStringLiteral("unknown_customer") });
    }
    return result;
}

QString MaintenancePlanSavedHandler::type() const
{
    return QString(kMaintenancePlanSavedMutation);
}

Result<QJsonObject> MaintenancePlanSavedHandler::apply(const MutationContext &context, int, const QJsonObject &payload)
{
    wire::JsonReader reader(payload, QStringLiteral("payload"));
    const QString vehicleId = reader.string(QLatin1String("vehicle_id"));
    const QString customerId = reader.string(QLatin1String("customer_id"));
    const QJsonArray items = reader.array(QLatin1String("items"));
    const QString branchId = reader.string(QLatin1String("branch_id"));
    const QString at = reader.string(QLatin1String("at"));
    if (reader.error())
        return std::unexpected(*reader.error());
    if (Status origin = checkOrigin(context, branchId, at); !origin)
        return std::unexpected(origin.error());
    Result<QVariant> owner
        = context.db.scalar(QStringLiteral("SELECT customer_id FROM customer_vehicles WHERE id = ?"), { vehicleId });
    if (!owner)
        return std::unexpected(owner.error());
    if (owner->isValid() && owner->toString() != customerId)
        return fail(ErrorCode::InvalidInput, NX_ERR("The vehicle %1 belongs to another customer"), { vehicleId },
            QStringLiteral("payload.customer_id"));

    int applied = 0;
    for (qsizetype i = 0; i < items.size(); ++i) {
        wire::JsonReader item(items.at(i).toObject(), QStringLiteral("payload.items[%1]").arg(i));
        const QString id = item.string(QLatin1String("id"));
        MaintenancePlanLine line { item.string(QLatin1String("name")), item.integer(QLatin1String("every_km")),
            static_cast<int>(item.integer(QLatin1String("every_months"))) };
        const QString startOn = item.string(QLatin1String("start_on"));
        const qint64 startKm = item.integer(QLatin1String("start_km"));
        const bool active = item.boolean(QLatin1String("active"));
        if (item.error())
            return std::unexpected(*item.error());
        Result<MaintenancePlanLine> valid = validatePlanLine(line);
        if (!valid)
            return inPayload(valid.error());
        if (!QDate::fromString(startOn, Qt::ISODate).isValid())
            return fail(ErrorCode::InvalidInput, NX_ERR("\"%1\" is not a day"), { startOn },
                QStringLiteral("payload.items.start_on"));
        if (Status km = validateOdometer(startKm); !km)
            return inPayload(km.error());
        Result<QVariant> itemVehicle = context.db.scalar(
            QStringLiteral("SELECT vehicle_id FROM maintenance_plan_items WHERE id = ?"), { id });
        if (!itemVehicle)
            return std::unexpected(itemVehicle.error());
        if (itemVehicle->isValid() && itemVehicle->toString() != vehicleId)
            return fail(ErrorCode::InvalidInput, NX_ERR("The plan line %1 is another vehicle's"), { id },
                QStringLiteral("payload.items.id"));
        Result<QSqlQuery> saved = context.db.exec(
            QStringLiteral("INSERT INTO maintenance_plan_items(id, vehicle_id, customer_id, name, every_km, "
                           "every_months, start_on, start_km, active, updated_at, device_id) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                           "name = excluded.name, every_km = excluded.every_km, "
                           "every_months = excluded.every_months, active = excluded.active, "
                           "updated_at = excluded.updated_at, device_id = excluded.device_id "
                           "WHERE maintenance_plan_items.updated_at <= excluded.updated_at"),
            { id, vehicleId, customerId, valid->name, valid->everyKm, valid->everyMonths, startOn, startKm,
                active ? 1 : 0, at, context.device.deviceId });
        if (!saved)
            return std::unexpected(saved.error());
        Result<QVariant> stamp
            = context.db.scalar(QStringLiteral("SELECT updated_at FROM maintenance_plan_items WHERE id = ?"), { id });
        if (!stamp)
            return std::unexpected(stamp.error());
        applied += stamp->toString() == at ? 1 : 0;
    }
    return QJsonObject { { QStringLiteral("vehicle_id"), vehicleId }, { QStringLiteral("lines"), items.size() },
        { QStringLiteral("lines_applied"), applied } };
}

QString MaintenanceDoneHandler::type() const
{
    return QString(kMaintenanceDoneMutation);
}

Result<QJsonObject> MaintenanceDoneHandler::apply(const MutationContext &context, int, const QJsonObject &payload)
{
    wire::JsonReader reader(payload, QStringLiteral("payload"));
    const QString id = reader.string(QLatin1String("id"));
    const QString vehicleId = reader.string(QLatin1String("vehicle_id"));
    const QString customerId = reader.string(QLatin1String("customer_id"));
    const QString planItemId = reader.string(QLatin1String("plan_item_id"));
    const QString itemName = reader.string(QLatin1String("item_name"));
    const QString doneOn = reader.string(QLatin1String("done_on"));
    const qint64 odometer = reader.integer(QLatin1String("odometer_km"));
    const QString orderId = text(reader.optionalString(QLatin1String("service_order_id")));
    const QString folio = text(reader.optionalString(QLatin1String("service_order_folio")));
    const QString note = text(reader.optionalString(QLatin1String("note")));
    const QString userId = reader.string(QLatin1String("user_id"));
    const QString branchId = reader.string(QLatin1String("branch_id"));
    const QString at = reader.string(QLatin1String("at"));
    if (reader.error())
        return std::unexpected(*reader.error());
    if (Status origin = checkOrigin(context, branchId, at); !origin)
        return std::unexpected(origin.error());
    if (!QDate::fromString(doneOn, Qt::ISODate).isValid())
        return fail(ErrorCode::InvalidInput, NX_ERR("\"%1\" is not a day"), { doneOn }, QStringLiteral("payload.done_on"));
    if (Status km = validateOdometer(odometer); !km)
        return inPayload(km.error());
    Result<QVariant> existing
        = context.db.scalar(QStringLiteral("SELECT 1 FROM maintenance_records WHERE id = ?"), { id });
    if (!existing)
        return std::unexpected(existing.error());
    if (existing->isValid())
        return fail(ErrorCode::InvalidInput, NX_ERR("The service record %1 exists already under another mutation"),
            { id }, QStringLiteral("payload.id"));
    Result<QSqlQuery> added = context.db.exec(
        QStringLiteral("INSERT INTO maintenance_records(id, vehicle_id, customer_id, plan_item_id, item_name, done_on, "
                       "odometer_km, service_order_id, service_order_folio, note, user_id, branch_id, device_id, "
                       "recorded_at, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { id, vehicleId, customerId, planItemId, itemName, doneOn, odometer, orderId, folio, note, userId, branchId,
            context.device.deviceId, at, context.nowUtc });
    if (!added)
        return std::unexpected(added.error());
    return QJsonObject { { QStringLiteral("record_id"), id } };
}

std::vector<std::unique_ptr<MutationHandler>> makeFleetHandlers()
{
    std::vector<std::unique_ptr<MutationHandler>> handlers;
    handlers.push_back(std::make_unique<FleetSavedHandler>());
    handlers.push_back(std::make_unique<MaintenancePlanSavedHandler>());
    handlers.push_back(std::make_unique<MaintenanceDoneHandler>());
    return handlers;
}

} // namespace nexus
