// WorkshopReplica: one upsert per kind of row, the latest edit winning by its stamp.
#include "workshop/workshopreplica.h"

#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace nexus {

namespace {

// NOT NULL text columns: an empty or absent value binds as '', not as SQL NULL.
QString text(const QJsonObject &row, QLatin1String key)
{
    const QString value = row.value(key).toString();
    return value.isNull() ? QStringLiteral("") : value;
}

qint64 integer(const QJsonObject &row, QLatin1String key)
{
    return row.value(key).toInteger();
}

} // namespace

Status WorkshopReplica::exec(const QString &sql, const QVariantList &values)
{
    Result<QSqlQuery> query = m_db.exec(sql, values);
    if (!query)
        return std::unexpected(query.error());
    return {};
}

Status WorkshopReplica::apply(const QJsonObject &row)
{
    const QString kind = row.value(QLatin1String("kind")).toString();
    if (kind == QLatin1String("policy"))
        return exec(QStringLiteral("INSERT INTO warranty_policies(scope, brand_id, category_id, days, label, "
                                   "updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                                   "ON CONFLICT(scope, brand_id, category_id) DO UPDATE SET days = excluded.days, "
                                   "label = excluded.label, updated_by = excluded.updated_by, "
                                   "updated_at = excluded.updated_at "
                                   "WHERE warranty_policies.updated_at <= excluded.updated_at"),
            { text(row, QLatin1String("scope")), integer(row, QLatin1String("brand_id")),
                integer(row, QLatin1String("category_id")), integer(row, QLatin1String("days")),
                text(row, QLatin1String("label")), text(row, QLatin1String("updated_by")),
                text(row, QLatin1String("updated_at")) });
    if (kind == QLatin1String("fleet")) {
        const QString planTemplate = QString::fromUtf8(
            QJsonDocument(row.value(QLatin1String("template")).toArray()).toJson(QJsonDocument::Compact));
        return exec(QStringLiteral("INSERT INTO fleets(customer_id, contact_name, contact_phone, contact_email, "
                                   "statement_day, template, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                                   "ON CONFLICT(customer_id) DO UPDATE SET contact_name = excluded.contact_name, "
                                   "contact_phone = excluded.contact_phone, contact_email = excluded.contact_email, "
                                   "statement_day = excluded.statement_day, template = excluded.template, "
                                   "updated_at = excluded.updated_at WHERE fleets.updated_at <= excluded.updated_at"),
            { text(row, QLatin1String("customer_id")), text(row, QLatin1String("contact_name")),
                text(row, QLatin1String("contact_phone")), text(row, QLatin1String("contact_email")),
                integer(row, QLatin1String("statement_day")), planTemplate, text(row, QLatin1String("updated_at")) });
    }
    if (kind == QLatin1String("plan"))
        return exec(QStringLiteral("INSERT INTO maintenance_plan_items(id, vehicle_id, customer_id, name, every_km, "
                                   "every_months, start_on, start_km, active, updated_at) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                                   "name = excluded.name, every_km = excluded.every_km, "
                                   "every_months = excluded.every_months, active = excluded.active, "
                                   "updated_at = excluded.updated_at "
                                   "WHERE maintenance_plan_items.updated_at <= excluded.updated_at"),
            { text(row, QLatin1String("id")), text(row, QLatin1String("vehicle_id")),
                text(row, QLatin1String("customer_id")), text(row, QLatin1String("name")),
                integer(row, QLatin1String("every_km")), integer(row, QLatin1String("every_months")),
                text(row, QLatin1String("start_on")), integer(row, QLatin1String("start_km")),
                integer(row, QLatin1String("active")) != 0 ? 1 : 0, text(row, QLatin1String("updated_at")) });
    if (kind == QLatin1String("record"))
        return exec(QStringLiteral("INSERT INTO maintenance_records(id, vehicle_id, customer_id, plan_item_id, "
                                   "item_name, done_on, odometer_km, service_order_id, service_order_folio, note, "
                                   "user_id, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                   "ON CONFLICT(id) DO NOTHING"),
            { text(row, QLatin1String("id")), text(row, QLatin1String("vehicle_id")),
                text(row, QLatin1String("customer_id")), text(row, QLatin1String("plan_item_id")),
                text(row, QLatin1String("item_name")), text(row, QLatin1String("done_on")),
                integer(row, QLatin1String("odometer_km")), text(row, QLatin1String("service_order_id")),
                text(row, QLatin1String("service_order_folio")), text(row, QLatin1String("note")),
                text(row, QLatin1String("user_id")), text(row, QLatin1String("recorded_at")) });
    return fail(ErrorCode::Protocol, NX_ERR("The server sent a workshop row of an unknown kind \"%1\""), { kind },
        QStringLiteral("kind"));
}

Status WorkshopReplica::remove(const QString &key)
{
    // "policy/<scope>/<brand>/<category>"
    const QStringList parts = key.split(QLatin1Char('/'));
    if (parts.size() == 4 && parts.at(0) == QLatin1String("policy"))
        return exec(QStringLiteral("DELETE FROM warranty_policies WHERE scope = ? AND brand_id = ? AND category_id = ?"),
            { parts.at(1), parts.at(2).toLongLong(), parts.at(3).toLongLong() });
    return {};
}

} // namespace nexus
