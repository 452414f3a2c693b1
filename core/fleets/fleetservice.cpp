// FleetService: permission, validation, rows and outbox facts in one transaction.
#include "fleets/fleetservice.h"

#include "auth/permission.h"
#include "common/clock.h"
#include "common/idgenerator.h"
#include "customers/customercrmstore.h"
#include "customers/customerrepository.h"
#include "fleets/fleetpayload.h"
#include "fleets/fleetstore.h"
#include "fleets/fleetvalidation.h"
#include "fleets/maintenancedue.h"
#include "store/database.h"
#include "store/outbox.h"

#include <QHash>

namespace nexus {

namespace {

Result<CustomerVehicle> knownVehicle(Database &db, const QString &vehicleId)
{
    Result<std::optional<CustomerVehicle>> vehicle = CustomerCrmStore(db).vehicle(vehicleId);
    if (!vehicle)
        return std::unexpected(vehicle.error());
    if (!*vehicle)
        return fail(ErrorCode::NotFound, NX_ERR("There is no vehicle %1 on this computer"), { vehicleId },
            QStringLiteral("vehicle"));
    return **vehicle;
}

Status appendFact(Database &db, QLatin1String type, const QJsonObject &payload, const QString &now)
{
    Result<qint64> seq
        = Outbox(db).append(IdGenerator::instance().nextString(), QString(type), kFleetPayloadSchema, payload, now);
    if (!seq)
        return std::unexpected(seq.error());
    return {};
}

} // namespace

Result<Fleet> FleetService::saveFleet(
    const QString &customerId, const FleetFields &fields, const CustomerContext &context)
{
    if (Status allowed = checkPermission(context.role, Permission::ManageCustomers); !allowed)
        return std::unexpected(allowed.error());
    Result<std::optional<Customer>> customer = CustomerRepository(m_db).find(customerId);
    if (!customer)
        return std::unexpected(customer.error());
    if (!*customer)
        return fail(ErrorCode::NotFound, NX_ERR("There is no customer %1 on this computer"), { customerId },
            QStringLiteral("customer"));
    Result<FleetFields> valid = validateFleet(fields);
    if (!valid)
        return std::unexpected(valid.error());
    FleetStore store(m_db);
    Result<std::optional<Fleet>> existing = store.fleet(customerId);
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing && (*existing)->fields == *valid)
        return **existing;
    Fleet fleet;
    fleet.customerId = customerId;
    fleet.customerName = (*customer)->fields.name;
    fleet.fields = *valid;
    fleet.updatedAtUtc = m_clock.nowUtc().toString(Qt::ISODateWithMs);

    Transaction transaction(m_db);
    if (Status begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    if (Status saved = store.saveFleet(fleet); !saved)
        return std::unexpected(saved.error());
    if (Status fact = appendFact(m_db, kFleetSavedMutation, fleetPayload(fleet, context.branchId, context.userId),
            fleet.updatedAtUtc);
        !fact)
        return std::unexpected(fact.error());
    if (Status committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return fleet;
}

Result<QList<MaintenancePlanItem>> FleetService::mergePlan(const QString &vehicleId, const QString &customerId,
    const QList<MaintenancePlanLine> &lines, bool dropMissing, const QString &now, bool &changed)
{
    FleetStore store(m_db);
    Result<QList<MaintenancePlanItem>> current = store.planItems(vehicleId, true);
    if (!current)
        return std::unexpected(current.error());
    QHash<QString, qsizetype> byName;
    for (qsizetype i = 0; i < current->size(); ++i)
        byName.insert(current->at(i).line.name.toCaseFolded(), i);
    QList<MaintenancePlanItem> items = *current;
    QList<bool> kept(items.size(), false);
    Result<QList<OdometerReading>> readings = store.readings(vehicleId);
    if (!readings)
        return std::unexpected(readings.error());
    const QDate today = m_clock.nowUtc().date();
    const qint64 odometer = estimateOdometer(*readings, today).km;
    changed = false;
    for (const MaintenancePlanLine &line : lines) {
        const auto found = byName.constFind(line.name.toCaseFolded());
        qsizetype index = items.size();
        if (found != byName.cend()) {
            index = *found;
            kept[index] = true;
            MaintenancePlanItem &item = items[index];
            if (item.line == line && item.active)
                continue;
            item.line = line;
            item.active = true;
            item.updatedAtUtc = now;
        } else {
            MaintenancePlanItem item;
            item.id = IdGenerator::instance().nextString();
            item.vehicleId = vehicleId;
            item.customerId = customerId;
            item.line = line;
            item.startOn = today.toString(Qt::ISODate);
            item.startKm = odometer;
            item.updatedAtUtc = now;
            items.append(item);
            kept.append(true);
        }
        changed = true;
        if (Status saved = store.savePlanItem(items.at(index)); !saved)
            return std::unexpected(saved.error());
    }
    if (dropMissing) {
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (kept[i] || !items[i].active)
                continue;
            items[i].active = false;
            items[i].updatedAtUtc = now;
            changed = true;
            if (Status saved = store.savePlanItem(items[i]); !saved)
                return std::unexpected(saved.error());
        }
    }
    return items;
}

Result<QList<MaintenancePlanItem>> FleetService::savePlan(
    const QString &vehicleId, const QList<MaintenancePlanLine> &lines, const CustomerContext &context)
{
    if (Status allowed = checkPermission(context.role, Permission::ManageCustomers); !allowed)
        return std::unexpected(allowed.error());
    Result<CustomerVehicle> vehicle = knownVehicle(m_db, vehicleId);
    if (!vehicle)
        return std::unexpected(vehicle.error());
    Result<QList<MaintenancePlanLine>> valid = validatePlanLines(lines);
    if (!valid)
        return std::unexpected(valid.error());
    const QString now = m_clock.nowUtc().toString(Qt::ISODateWithMs);

    Transaction transaction(m_db);
    if (Status begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    bool changed = false;
    Result<QList<MaintenancePlanItem>> items = mergePlan(vehicleId, vehicle->customerId, *valid, true, now, changed);
    if (!items)
        return std::unexpected(items.error());
    if (!changed)
        return FleetStore(m_db).planItems(vehicleId); // the transaction rolls back: nothing was written
    if (Status fact = appendFact(m_db, kMaintenancePlanSavedMutation,
            planPayload(vehicleId, vehicle->customerId, *items, context.branchId, context.userId, now), now);
        !fact)
        return std::unexpected(fact.error());
    if (Status committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return FleetStore(m_db).planItems(vehicleId);
}

Result<int> FleetService::applyTemplate(const QString &customerId, const CustomerContext &context)
{
    if (Status allowed = checkPermission(context.role, Permission::ManageCustomers); !allowed)
        return std::unexpected(allowed.error());
    Result<std::optional<Fleet>> fleet = FleetStore(m_db).fleet(customerId);
    if (!fleet)
        return std::unexpected(fleet.error());
    if (!*fleet)
        return fail(ErrorCode::NotFound, NX_ERR("The customer %1 is not a fleet"), { customerId },
            QStringLiteral("customer"));
    if ((*fleet)->fields.planTemplate.isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("The fleet's plan template has no maintenance yet"), {},
            QStringLiteral("template"));
    Result<QList<CustomerVehicle>> vehicles = CustomerCrmStore(m_db).vehicles(customerId);
    if (!vehicles)
        return std::unexpected(vehicles.error());
    const QString now = m_clock.nowUtc().toString(Qt::ISODateWithMs);

    Transaction transaction(m_db);
    if (Status begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    int changedVehicles = 0;
    for (const CustomerVehicle &vehicle : *vehicles) {
        bool changed = false;
        Result<QList<MaintenancePlanItem>> items
            = mergePlan(vehicle.id, customerId, (*fleet)->fields.planTemplate, false, now, changed);
        if (!items)
            return std::unexpected(items.error());
        if (!changed)
            continue;
        ++changedVehicles;
        if (Status fact = appendFact(m_db, kMaintenancePlanSavedMutation,
                planPayload(vehicle.id, customerId, *items, context.branchId, context.userId, now), now);
            !fact)
            return std::unexpected(fact.error());
    }
    if (Status committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return changedVehicles;
}

Result<QList<MaintenanceRecord>> FleetService::recordService(
    const QString &vehicleId, const ServiceDone &done, const CustomerContext &context)
{
    if (Status allowed = checkPermission(context.role, Permission::ManageServiceOrders); !allowed)
        return std::unexpected(allowed.error());
    Result<CustomerVehicle> vehicle = knownVehicle(m_db, vehicleId);
    if (!vehicle)
        return std::unexpected(vehicle.error());
    const QDate today = m_clock.nowUtc().date();
    if (!done.on.isValid() || done.on > today)
        return fail(ErrorCode::InvalidInput, NX_ERR("The service's day cannot be after today"), {},
            QStringLiteral("done_on"));
    if (Status km = validateOdometer(done.odometerKm); !km)
        return std::unexpected(km.error());
    if (done.planItemIds.isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("Choose at least one maintenance of the plan"), {},
            QStringLiteral("plan"));
    FleetStore store(m_db);
    Result<QList<MaintenancePlanItem>> items = store.planItems(vehicleId, true);
    if (!items)
        return std::unexpected(items.error());
    QString folio;
    if (!done.serviceOrderId.isEmpty()) {
        Result<QSqlQuery> order = m_db.exec(
            QStringLiteral("SELECT folio FROM service_orders WHERE id = ? AND vehicle_id = ?"),
            { done.serviceOrderId, vehicleId });
        if (!order)
            return std::unexpected(order.error());
        if (!order->next())
            return fail(ErrorCode::NotFound, NX_ERR("The service order %1 is not this vehicle's"),
                { done.serviceOrderId }, QStringLiteral("service_order"));
        folio = order->value(0).toString();
    }
    const QString now = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    QList<MaintenanceRecord> records;
    for (const QString &itemId : done.planItemIds) {
        auto item = std::find_if(
            items->cbegin(), items->cend(), [&](const MaintenancePlanItem &i) { return i.id == itemId; });
        if (item == items->cend())
            return fail(ErrorCode::NotFound, NX_ERR("The maintenance %1 is not on this vehicle's plan"), { itemId },
                QStringLiteral("plan"));
        MaintenanceRecord record;
        record.id = IdGenerator::instance().nextString();
        record.vehicleId = vehicleId;
        record.customerId = vehicle->customerId;
        record.planItemId = itemId;
        record.itemName = item->line.name;
        record.doneOn = done.on.toString(Qt::ISODate);
        record.odometerKm = done.odometerKm;
        record.serviceOrderId = done.serviceOrderId;
        record.serviceOrderFolio = folio;
        record.note = done.note.trimmed();
        record.userId = context.userId;
        record.recordedAtUtc = now;
        records << record;
    }

    Transaction transaction(m_db);
    if (Status begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    for (const MaintenanceRecord &record : records) {
        if (Status added = store.addRecord(record); !added)
            return std::unexpected(added.error());
        if (Status fact = appendFact(
                m_db, kMaintenanceDoneMutation, maintenanceDonePayload(record, context.branchId), now);
            !fact)
            return std::unexpected(fact.error());
    }
    if (Status committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return records;
}

} // namespace nexus
