// Fleet SQL: one statement per read, rows mapped field by field.
#include "fleets/fleetstore.h"

#include "fleets/fleetpayload.h"
#include "store/database.h"

#include <QJsonDocument>

namespace nexus {

namespace {

// NOT NULL text columns: a null QString would bind NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

const QString kFleetSelect = QStringLiteral(
    "SELECT f.customer_id, COALESCE(c.name, ''), f.contact_name, f.contact_phone, f.contact_email, f.statement_day, "
    "f.template, f.updated_at FROM fleets f LEFT JOIN customers c ON c.id = f.customer_id ");

Fleet fleetFrom(const QSqlQuery &q)
{
    Fleet f;
    f.customerId = q.value(0).toString();
    f.customerName = q.value(1).toString();
    f.fields.contactName = q.value(2).toString();
    f.fields.contactPhone = q.value(3).toString();
    f.fields.contactEmail = q.value(4).toString();
    f.fields.statementDay = q.value(5).toInt();
    // Only this program writes the column: a malformed one reads as no template rather than failing the screen.
    f.fields.planTemplate
        = planLinesFromJson(QJsonDocument::fromJson(q.value(6).toString().toUtf8()).array()).value_or(QList<MaintenancePlanLine>());
    f.updatedAtUtc = q.value(7).toString();
    return f;
}

const QString kItemColumns = QStringLiteral(
    "id, vehicle_id, customer_id, name, every_km, every_months, start_on, start_km, active, updated_at");

MaintenancePlanItem itemFrom(const QSqlQuery &q)
{
    MaintenancePlanItem i;
    i.id = q.value(0).toString();
    i.vehicleId = q.value(1).toString();
    i.customerId = q.value(2).toString();
    i.line = MaintenancePlanLine { q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toInt() };
    i.startOn = q.value(6).toString();
    i.startKm = q.value(7).toLongLong();
    i.active = q.value(8).toInt() != 0;
    i.updatedAtUtc = q.value(9).toString();
    return i;
}

const QString kRecordColumns = QStringLiteral(
    "id, vehicle_id, customer_id, plan_item_id, item_name, done_on, odometer_km, service_order_id, "
    "service_order_folio, note, user_id, recorded_at");

MaintenanceRecord recordFrom(const QSqlQuery &q)
{
    MaintenanceRecord r;
    r.id = q.value(0).toString();
    r.vehicleId = q.value(1).toString();
    r.customerId = q.value(2).toString();
    r.planItemId = q.value(3).toString();
    r.itemName = q.value(4).toString();
    r.doneOn = q.value(5).toString();
    r.odometerKm = q.value(6).toLongLong();
    r.serviceOrderId = q.value(7).toString();
    r.serviceOrderFolio = q.value(8).toString();
    r.note = q.value(9).toString();
    r.userId = q.value(10).toString();
    r.recordedAtUtc = q.value(11).toString();
    return r;
}

} // namespace

Result<QList<Fleet>> FleetStore::fleets() const
{
    Result<QSqlQuery> rows = m_db.exec(kFleetSelect + QStringLiteral("ORDER BY c.name, f.customer_id"));
    if (!rows)
        return std::unexpected(rows.error());
    QList<Fleet> list;
    while (rows->next())
        list << fleetFrom(*rows);
    return list;
}

Result<std::optional<Fleet>> FleetStore::fleet(const QString &customerId) const
{
    Result<QSqlQuery> rows = m_db.exec(kFleetSelect + QStringLiteral("WHERE f.customer_id = ?"), { customerId });
    if (!rows)
        return std::unexpected(rows.error());
    if (!rows->next())
        return std::optional<Fleet>();
    return std::optional<Fleet>(fleetFrom(*rows));
}

Status FleetStore::saveFleet(const Fleet &fleet)
{
    const FleetFields &f = fleet.fields;
    Result<QSqlQuery> saved = m_db.exec(
        QStringLiteral("INSERT INTO fleets(customer_id, contact_name, contact_phone, contact_email, statement_day, "
                       "template, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(customer_id) DO UPDATE SET "
                       "contact_name = excluded.contact_name, contact_phone = excluded.contact_phone, "
                       "contact_email = excluded.contact_email, statement_day = excluded.statement_day, "
                       "template = excluded.template, updated_at = excluded.updated_at"),
        { fleet.customerId, text(f.contactName), text(f.contactPhone), text(f.contactEmail), f.statementDay,
            QString::fromUtf8(QJsonDocument(planLinesJson(f.planTemplate)).toJson(QJsonDocument::Compact)),
            fleet.updatedAtUtc });
    if (!saved)
        return std::unexpected(saved.error());
    return {};
}

Result<QList<MaintenancePlanItem>> FleetStore::planItems(const QString &vehicleId, bool withInactive) const
{
    Result<QSqlQuery> rows = m_db.exec(QStringLiteral("SELECT ") + kItemColumns
            + QStringLiteral(" FROM maintenance_plan_items WHERE vehicle_id = ?")
            + (withInactive ? QString() : QStringLiteral(" AND active = 1")) + QStringLiteral(" ORDER BY name, id"),
        { vehicleId });
    if (!rows)
        return std::unexpected(rows.error());
    QList<MaintenancePlanItem> list;
    while (rows->next())
        list << itemFrom(*rows);
    return list;
}

Status FleetStore::savePlanItem(const MaintenancePlanItem &i)
{
    Result<QSqlQuery> saved = m_db.exec(
        QStringLiteral("INSERT INTO maintenance_plan_items(") + kItemColumns
            + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                             "name = excluded.name, every_km = excluded.every_km, "
                             "every_months = excluded.every_months, active = excluded.active, "
                             "updated_at = excluded.updated_at"),
        { i.id, i.vehicleId, i.customerId, i.line.name, i.line.everyKm, i.line.everyMonths, i.startOn, i.startKm,
            i.active ? 1 : 0, i.updatedAtUtc });
    if (!saved)
        return std::unexpected(saved.error());
    return {};
}

Status FleetStore::addRecord(const MaintenanceRecord &r)
{
    Result<QSqlQuery> added = m_db.exec(QStringLiteral("INSERT INTO maintenance_records(") + kRecordColumns
            + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { r.id, r.vehicleId, r.customerId, r.planItemId, r.itemName, r.doneOn, r.odometerKm, text(r.serviceOrderId),
            text(r.serviceOrderFolio), text(r.note), r.userId, r.recordedAtUtc });
    if (!added)
        return std::unexpected(added.error());
    return {};
}

Result<QList<MaintenanceRecord>> FleetStore::records(const QString &vehicleId) const
{
    Result<QSqlQuery> rows = m_db.exec(QStringLiteral("SELECT ") + kRecordColumns
            + QStringLiteral(" FROM maintenance_records WHERE vehicle_id = ? "
                             "ORDER BY done_on DESC, odometer_km DESC, item_name"),
        { vehicleId });
    if (!rows)
        return std::unexpected(rows.error());
    QList<MaintenanceRecord> list;
    while (rows->next())
        list << recordFrom(*rows);
    return list;
}

Result<std::optional<MaintenanceRecord>> FleetStore::lastRecord(const QString &planItemId) const
{
    Result<QSqlQuery> rows = m_db.exec(QStringLiteral("SELECT ") + kRecordColumns
            + QStringLiteral(" FROM maintenance_records WHERE plan_item_id = ? "
                             "ORDER BY done_on DESC, odometer_km DESC LIMIT 1"),
        { planItemId });
    if (!rows)
        return std::unexpected(rows.error());
    if (!rows->next())
        return std::optional<MaintenanceRecord>();
    return std::optional<MaintenanceRecord>(recordFrom(*rows));
}

Result<QList<OdometerReading>> FleetStore::readings(const QString &vehicleId) const
{
    Result<QSqlQuery> rows = m_db.exec(
        QStringLiteral("SELECT substr(updated_at, 1, 10), mileage_km FROM customer_vehicles WHERE id = ? "
                       "UNION ALL SELECT substr(opened_at, 1, 10), mileage_km FROM service_orders "
                       "WHERE vehicle_id = ? AND status <> 'cancelled' "
                       "UNION ALL SELECT done_on, odometer_km FROM maintenance_records WHERE vehicle_id = ?"),
        { vehicleId, vehicleId, vehicleId });
    if (!rows)
        return std::unexpected(rows.error());
    QList<OdometerReading> list;
    while (rows->next())
        list << OdometerReading { QDate::fromString(rows->value(0).toString(), Qt::ISODate),
            rows->value(1).toLongLong() };
    return list;
}

Result<QList<UnrecordedOrder>> FleetStore::unrecordedOrders(const QString &vehicleId) const
{
    Result<QSqlQuery> rows = m_db.exec(
        QStringLiteral("SELECT o.id, o.folio, substr(COALESCE(o.charged_at, o.updated_at), 1, 10), o.mileage_km "
                       "FROM service_orders o WHERE o.vehicle_id = ? "
                       "AND (o.status = 'delivered' OR o.sale_id IS NOT NULL) AND o.status <> 'cancelled' "
                       "AND NOT EXISTS (SELECT 1 FROM maintenance_records r WHERE r.service_order_id = o.id) "
                       "ORDER BY COALESCE(o.charged_at, o.updated_at) DESC"),
        { vehicleId });
    if (!rows)
        return std::unexpected(rows.error());
    QList<UnrecordedOrder> list;
    while (rows->next())
        list << UnrecordedOrder { rows->value(0).toString(), rows->value(1).toString(),
            QDate::fromString(rows->value(2).toString(), Qt::ISODate), rows->value(3).toLongLong() };
    return list;
}

} // namespace nexus
