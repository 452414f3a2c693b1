// CustomerCardReplica: guarded upserts, so the local newer edit and the local unsent tag set survive a pull.
#include "customers/customercardreplica.h"

#include "customers/customercrm.h"
#include "customers/customercrmstore.h"
#include "notifications/customerpreferences.h"
#include "store/database.h"

#include <QJsonArray>

#include <algorithm>

namespace nexus {

namespace {

// NOT NULL text columns: absent or null JSON binds as ''.
QString text(const QJsonObject &row, const char *key)
{
    const QString value = row.value(QLatin1String(key)).toString();
    return value.isNull() ? QStringLiteral("") : value;
}

Status missing(const char *what)
{
    return fail(ErrorCode::Protocol, NX_ERR("The server sent a customer card row without %1"),
        { QString::fromLatin1(what) }, QString::fromLatin1(what));
}

} // namespace

Status CustomerCardReplica::apply(const QJsonObject &row)
{
    const QString kind = row.value(QLatin1String("kind")).toString();
    if (text(row, "customer_id").isEmpty())
        return missing("customer_id");
    if (kind == QLatin1String("vehicle"))
        return applyVehicle(row);
    if (kind == QLatin1String("note"))
        return applyNote(row);
    if (kind == QLatin1String("tags"))
        return applyTags(row);
    if (kind == QLatin1String("preferences")) // channel preferences and opt-out: core/notifications
        return applyPreferencesRow(m_db, row);
    return fail(ErrorCode::Protocol, NX_ERR("The server sent a customer card row of unknown kind %1"), { kind },
        QStringLiteral("kind"));
}

Status CustomerCardReplica::applyVehicle(const QJsonObject &row)
{
    if (text(row, "id").isEmpty())
        return missing("id");
    // A vehicle without VIN, plates or make cannot be kept here (the table's CHECK) and identifies nothing.
    if (text(row, "vin").isEmpty() && text(row, "plates").isEmpty() && text(row, "make").isEmpty())
        return {};
    const QString updatedAt = text(row, "updated_at");
    Result<QSqlQuery> saved = m_db.exec(
        QStringLiteral("INSERT INTO customer_vehicles(id, customer_id, vin, plates, make, model, year, engine, color, "
                       "mileage_km, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT(id) DO UPDATE SET customer_id = excluded.customer_id, vin = excluded.vin, "
                       "plates = excluded.plates, make = excluded.make, model = excluded.model, year = excluded.year, "
                       "engine = excluded.engine, color = excluded.color, mileage_km = excluded.mileage_km, "
                       "updated_at = excluded.updated_at WHERE customer_vehicles.updated_at <= excluded.updated_at"),
        { text(row, "id"), text(row, "customer_id"), text(row, "vin"), text(row, "plates"), text(row, "make"),
            text(row, "model"), row.value(QLatin1String("year")).toInteger(), text(row, "engine"), text(row, "color"),
            std::max<qint64>(0, row.value(QLatin1String("mileage_km")).toInteger()), updatedAt, updatedAt });
    if (!saved)
        return std::unexpected(saved.error());
    return {};
}

Status CustomerCardReplica::applyNote(const QJsonObject &row)
{
    if (text(row, "id").isEmpty())
        return missing("id");
    CustomerNoteKind kind = CustomerNoteKind::Note;
    if (!parseNoteKind(text(row, "note_kind"), kind) || text(row, "text").trimmed().isEmpty())
        return {}; // the server validated it; a row this counter's schema cannot hold is skipped, not fatal
    Result<QSqlQuery> added = m_db.exec(
        QStringLiteral("INSERT INTO customer_notes(id, customer_id, kind, text, user_id, user_name, at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING"),
        { text(row, "id"), text(row, "customer_id"), noteKindCode(kind), text(row, "text"), text(row, "user_id"),
            text(row, "user_name"), text(row, "at") });
    if (!added)
        return std::unexpected(added.error());
    return {};
}

Status CustomerCardReplica::applyTags(const QJsonObject &row)
{
    const QString customerId = text(row, "customer_id");
    // This counter's own set still on its way up, if not older than the server's, will win there (the server keeps
    // the latest set, a tie going to the one that arrives last) and come back down: keep it meanwhile.
    Result<QVariant> pending = m_db.scalar(
        QStringLiteral("SELECT 1 FROM outbox WHERE acked_at IS NULL AND type = 'customer.tags_set' "
                       "AND json_extract(payload, '$.customer_id') = ? AND json_extract(payload, '$.at') >= ? LIMIT 1"),
        { customerId, text(row, "set_at") });
    if (!pending)
        return std::unexpected(pending.error());
    if (pending->isValid())
        return {};
    QStringList tags;
    for (const QJsonValue &tag : row.value(QLatin1String("tags")).toArray())
        tags << tag.toString();
    return CustomerCrmStore(m_db).setTags(customerId, normalizeTags(tags));
}

Status CustomerCardReplica::remove(const QString &key)
{
    if (!key.startsWith(QLatin1String("v/")))
        return {};
    Result<QSqlQuery> removed
        = m_db.exec(QStringLiteral("DELETE FROM customer_vehicles WHERE id = ?"), { key.mid(2) });
    if (!removed)
        return std::unexpected(removed.error());
    return {};
}

} // namespace nexus
