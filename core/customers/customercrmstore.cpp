// Customer card SQL: one statement per read, rows mapped field by field.
#include "customers/customercrmstore.h"

#include "store/database.h"

namespace nexus {

namespace {

const QString kVehicleColumns = QStringLiteral(
    "id, customer_id, vin, plates, make, model, year, engine, color, mileage_km, created_at, updated_at");

CustomerVehicle vehicleFrom(const QSqlQuery &q)
{
    CustomerVehicle v;
    v.id = q.value(0).toString();
    v.customerId = q.value(1).toString();
    v.fields.vin = q.value(2).toString();
    v.fields.plates = q.value(3).toString();
    v.fields.make = q.value(4).toString();
    v.fields.model = q.value(5).toString();
    v.fields.year = q.value(6).toInt();
    v.fields.engine = q.value(7).toString();
    v.fields.color = q.value(8).toString();
    v.fields.mileageKm = q.value(9).toLongLong();
    v.createdAtUtc = q.value(10).toString();
    v.updatedAtUtc = q.value(11).toString();
    return v;
}

Result<QList<CustomerVehicle>> vehicleList(Database &db, const QString &where, const QVariantList &values)
{
    Result<QSqlQuery> rows = db.exec(QStringLiteral("SELECT ") + kVehicleColumns
            + QStringLiteral(" FROM customer_vehicles WHERE ") + where + QStringLiteral(" ORDER BY updated_at DESC, id"),
        values);
    if (!rows)
        return std::unexpected(rows.error());
    QList<CustomerVehicle> list;
    while (rows->next())
        list << vehicleFrom(*rows);
    return list;
}

// NOT NULL text columns: a null QString would bind NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

} // namespace

Result<QList<CustomerVehicle>> CustomerCrmStore::vehicles(const QString &customerId) const
{
    return vehicleList(m_db, QStringLiteral("customer_id = ?"), { customerId });
}

Result<std::optional<CustomerVehicle>> CustomerCrmStore::vehicle(const QString &id) const
{
    Result<QList<CustomerVehicle>> found = vehicleList(m_db, QStringLiteral("id = ?"), { id });
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return std::optional<CustomerVehicle>();
    return std::optional<CustomerVehicle>(found->constFirst());
}

Result<QList<CustomerVehicle>> CustomerCrmStore::vehiclesWithVin(const QString &vin) const
{
    return vehicleList(m_db, QStringLiteral("vin = ? AND vin <> ''"), { vin });
}

Result<QList<CustomerVehicle>> CustomerCrmStore::vehiclesWithPlates(const QString &plates) const
{
    return vehicleList(m_db, QStringLiteral("plates = ? AND plates <> ''"), { plates });
}

Status CustomerCrmStore::saveVehicle(const CustomerVehicle &v)
{
    const CustomerVehicleFields &f = v.fields;
    Result<QSqlQuery> saved = m_db.exec(
        QStringLiteral("INSERT INTO customer_vehicles(") + kVehicleColumns
            + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                             "vin = excluded.vin, plates = excluded.plates, make = excluded.make, "
                             "model = excluded.model, year = excluded.year, engine = excluded.engine, "
                             "color = excluded.color, mileage_km = excluded.mileage_km, "
                             "updated_at = excluded.updated_at"),
        { v.id, v.customerId, text(f.vin), text(f.plates), text(f.make), text(f.model), f.year, text(f.engine),
            text(f.color), f.mileageKm, v.createdAtUtc, v.updatedAtUtc });
    if (!saved)
        return std::unexpected(saved.error());
    return {};
}

Status CustomerCrmStore::addNote(const CustomerNote &n)
{
    Result<QSqlQuery> added = m_db.exec(
        QStringLiteral("INSERT INTO customer_notes(id, customer_id, kind, text, user_id, user_name, at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        { n.id, n.customerId, noteKindCode(n.kind), n.text, text(n.userId), text(n.userName), n.atUtc });
    if (!added)
        return std::unexpected(added.error());
    return {};
}

Result<QList<CustomerNote>> CustomerCrmStore::notes(const QString &customerId) const
{
    Result<QSqlQuery> rows = m_db.exec(QStringLiteral("SELECT id, kind, text, user_id, user_name, at FROM "
                                                      "customer_notes WHERE customer_id = ? ORDER BY at DESC, id DESC"),
        { customerId });
    if (!rows)
        return std::unexpected(rows.error());
    QList<CustomerNote> list;
    while (rows->next()) {
        CustomerNote n;
        n.id = rows->value(0).toString();
        n.customerId = customerId;
        (void)parseNoteKind(rows->value(1).toString(), n.kind); // the CHECK constraint allows only the two
        n.text = rows->value(2).toString();
        n.userId = rows->value(3).toString();
        n.userName = rows->value(4).toString();
        n.atUtc = rows->value(5).toString();
        list << n;
    }
    return list;
}

Result<QStringList> CustomerCrmStore::tags(const QString &customerId) const
{
    Result<QSqlQuery> rows = m_db.exec(
        QStringLiteral("SELECT tag FROM customer_tags WHERE customer_id = ? ORDER BY tag"), { customerId });
    if (!rows)
        return std::unexpected(rows.error());
    QStringList list;
    while (rows->next())
        list << rows->value(0).toString();
    return list;
}

Result<QList<std::pair<QString, int>>> CustomerCrmStore::tagCounts() const
{
    Result<QSqlQuery> rows = m_db.exec(QStringLiteral(
        "SELECT t.tag, count(*) FROM customer_tags t JOIN customers c ON c.id = t.customer_id AND c.active = 1 "
        "GROUP BY t.tag ORDER BY t.tag"));
    if (!rows)
        return std::unexpected(rows.error());
    QList<std::pair<QString, int>> list;
    while (rows->next())
        list.append({ rows->value(0).toString(), rows->value(1).toInt() });
    return list;
}

Status CustomerCrmStore::setTags(const QString &customerId, const QStringList &tags)
{
    if (Result<QSqlQuery> cleared = m_db.exec(QStringLiteral("DELETE FROM customer_tags WHERE customer_id = ?"),
            { customerId });
        !cleared)
        return std::unexpected(cleared.error());
    for (const QString &tag : tags)
        if (Result<QSqlQuery> added = m_db.exec(
                QStringLiteral("INSERT INTO customer_tags(customer_id, tag) VALUES (?, ?)"), { customerId, tag });
            !added)
            return std::unexpected(added.error());
    return {};
}

} // namespace nexus
