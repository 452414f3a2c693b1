// Customer-card handlers: core's validation, portable SQL (SQLite and PostgreSQL), latest edit wins by its time.
#include "server/customercrmhandlers.h"

#include "customers/crmpayload.h"
#include "customers/customercrmvalidation.h"
#include "protocol/jsonreader.h"
#include "store/database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace nexus {

namespace {

QString text(QString value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// What every card fact must pass before its own rules: the reader found all it needed, the fact is this device's
// branch's, and its time is a time.
Status checkEnvelope(
    const MutationContext &context, const wire::JsonReader &reader, const QString &branchId, const QString &at)
{
    if (reader.error())
        return std::unexpected(*reader.error());
    if (branchId != context.device.branchId)
        return fail(ErrorCode::InvalidInput, NX_ERR("The customer's card was edited at branch %1, not at this "
                                                    "device's"),
            { branchId }, QStringLiteral("payload.branch_id"));
    if (!QDateTime::fromString(at, Qt::ISODateWithMs).isValid())
        return fail(ErrorCode::InvalidInput, NX_ERR("\"%1\" is not a time"), { at }, QStringLiteral("payload.at"));
    return {};
}

Result<bool> customerKnown(const MutationContext &context, const QString &customerId)
{
    Result<QVariant> known = context.db.scalar(QStringLiteral("SELECT 1 FROM customers WHERE id = ?"), { customerId });
    if (!known)
        return std::unexpected(known.error());
    return known->isValid();
}

Result<QJsonObject> withError(const Error &error)
{
    return fail(error.code(), error.sourceText(), error.args(), QStringLiteral("payload.") + error.field());
}

} // namespace

QString CustomerVehicleSavedHandler::type() const
{
    return QString(kCustomerVehicleSavedMutation);
}

Result<QJsonObject> CustomerVehicleSavedHandler::apply(const MutationContext &context, int, const QJsonObject &payload)
{
    wire::JsonReader reader(payload, QStringLiteral("payload"));
    const QString id = reader.string(QLatin1String("id"));
    const QString customerId = reader.string(QLatin1String("customer_id"));
    const QString branchId = reader.string(QLatin1String("branch_id"));
    const QString at = reader.string(QLatin1String("at"));
    CustomerVehicleFields typed;
    typed.vin = reader.optionalString(QLatin1String("vin"));
    typed.plates = reader.optionalString(QLatin1String("plates"));
    typed.make = reader.optionalString(QLatin1String("make"));
    typed.model = reader.optionalString(QLatin1String("model"));
    typed.year = static_cast<int>(reader.integer(QLatin1String("year")));
    typed.engine = reader.optionalString(QLatin1String("engine"));
    typed.color = reader.optionalString(QLatin1String("color"));
    typed.mileageKm = reader.integer(QLatin1String("mileage_km"));
    if (Status envelope = checkEnvelope(context, reader, branchId, at); !envelope)
        return std::unexpected(envelope.error());
    // The device's own year bounds the model year (a fact may arrive long after it was written).
    Result<CustomerVehicleFields> valid
        = validateVehicle(typed, QDateTime::fromString(at, Qt::ISODateWithMs).toUTC().date().year());
    if (!valid)
        return withError(valid.error());
    const CustomerVehicleFields &f = *valid;

    QJsonObject result { { QStringLiteral("vehicle_id"), id } };
    Result<bool> known = customerKnown(context, customerId);
    if (!known)
        return std::unexpected(known.error());
    if (!*known) {
        if (Status opened = openException(context.db, QStringLiteral("unknown_customer"), id,
                { { QStringLiteral("customer_id"), customerId }, { QStringLiteral("vehicle"), payload } },
                context.nowUtc);
            !opened)
            return std::unexpected(opened.error());
        result.insert(QStringLiteral("outcome"), QStringLiteral("customer_unknown"));
        result.insert(QStringLiteral("exceptions"), QJsonArray { QStringLiteral("unknown_customer") });
        return result;
    }
    Result<QVariant> owner
        = context.db.scalar(QStringLiteral("SELECT customer_id FROM customer_vehicles WHERE id = ?"), { id });
    if (!owner)
        return std::unexpected(owner.error());
    if (owner->isValid() && owner->toString() != customerId)
        return fail(ErrorCode::InvalidInput, NX_ERR("The vehicle %1 belongs to another customer"), { id },
            QStringLiteral("payload.customer_id"));
    Result<QSqlQuery> saved = context.db.exec(
        QStringLiteral("INSERT INTO customer_vehicles(id, customer_id, vin, plates, make, model, year, engine, color, "
                       "mileage_km, updated_at, device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT(id) DO UPDATE SET vin = excluded.vin, plates = excluded.plates, "
                       "make = excluded.make, model = excluded.model, year = excluded.year, "
                       "engine = excluded.engine, color = excluded.color, mileage_km = excluded.mileage_km, "
                       "updated_at = excluded.updated_at, device_id = excluded.device_id "
                       "WHERE customer_vehicles.updated_at <= excluded.updated_at"),
        { id, customerId, text(f.vin), text(f.plates), text(f.make), text(f.model), f.year, text(f.engine),
            text(f.color), f.mileageKm, at, context.device.deviceId });
    if (!saved)
        return std::unexpected(saved.error());
    Result<QVariant> stamp
        = context.db.scalar(QStringLiteral("SELECT updated_at FROM customer_vehicles WHERE id = ?"), { id });
    if (!stamp)
        return std::unexpected(stamp.error());
    result.insert(QStringLiteral("outcome"),
        !owner->isValid() ? QStringLiteral("created")
                          : (stamp->toString() == at ? QStringLiteral("updated") : QStringLiteral("superseded")));
    return result;
}

QString CustomerNoteAddedHandler::type() const
{
    return QString(kCustomerNoteAddedMutation);
}

Result<QJsonObject> CustomerNoteAddedHandler::apply(const MutationContext &context, int, const QJsonObject &payload)
{
    wire::JsonReader reader(payload, QStringLiteral("payload"));
    const QString id = reader.string(QLatin1String("id"));
    const QString customerId = reader.string(QLatin1String("customer_id"));
    const QString kindCode = reader.string(QLatin1String("kind"));
    const QString typedText = reader.string(QLatin1String("text"));
    const QString userId = reader.string(QLatin1String("user_id"));
    const QString userName = text(reader.optionalString(QLatin1String("user_name")));
    const QString branchId = reader.string(QLatin1String("branch_id"));
    const QString at = reader.string(QLatin1String("at"));
    if (Status envelope = checkEnvelope(context, reader, branchId, at); !envelope)
        return std::unexpected(envelope.error());
    CustomerNoteKind kind = CustomerNoteKind::Note;
    if (!parseNoteKind(kindCode, kind))
        return fail(ErrorCode::InvalidInput, NX_ERR("Unknown kind of note %1"), { kindCode },
            QStringLiteral("payload.kind"));
    Result<QString> clean = validateNoteText(typedText);
    if (!clean)
        return withError(clean.error());
    Result<QVariant> existing = context.db.scalar(QStringLiteral("SELECT 1 FROM customer_notes WHERE id = ?"), { id });
    if (!existing)
        return std::unexpected(existing.error());
    if (existing->isValid())
        return fail(ErrorCode::InvalidInput, NX_ERR("The note %1 exists already under another mutation"), { id },
            QStringLiteral("payload.id"));
    Result<QSqlQuery> added = context.db.exec(
        QStringLiteral("INSERT INTO customer_notes(id, customer_id, kind, text, user_id, user_name, branch_id, "
                       "device_id, at, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { id, customerId, kindCode, *clean, userId, userName, branchId, context.device.deviceId, at, context.nowUtc });
    if (!added)
        return std::unexpected(added.error());
    QJsonObject result { { QStringLiteral("note_id"), id } };
    Result<bool> known = customerKnown(context, customerId);
    if (!known)
        return std::unexpected(known.error());
    if (!*known) {
        if (Status opened = openException(context.db, QStringLiteral("unknown_customer"), id,
                { { QStringLiteral("customer_id"), customerId } }, context.nowUtc);
            !opened)
            return std::unexpected(opened.error());
        result.insert(QStringLiteral("exceptions"), QJsonArray { QStringLiteral("unknown_customer") });
    }
    return result;
}

QString CustomerTagsSetHandler::type() const
{
    return QString(kCustomerTagsSetMutation);
}

Result<QJsonObject> CustomerTagsSetHandler::apply(const MutationContext &context, int, const QJsonObject &payload)
{
    wire::JsonReader reader(payload, QStringLiteral("payload"));
    const QString customerId = reader.string(QLatin1String("customer_id"));
    const QJsonArray typedTags = reader.array(QLatin1String("tags"));
    const QString branchId = reader.string(QLatin1String("branch_id"));
    const QString at = reader.string(QLatin1String("at"));
    if (Status envelope = checkEnvelope(context, reader, branchId, at); !envelope)
        return std::unexpected(envelope.error());
    QStringList typed;
    for (const QJsonValue &tag : typedTags) {
        if (!tag.isString())
            return fail(ErrorCode::InvalidInput, NX_ERR("A tag must be text"), {}, QStringLiteral("payload.tags"));
        typed << tag.toString();
    }
    Result<QStringList> tags = validateTags(typed);
    if (!tags)
        return withError(tags.error());

    QJsonObject result { { QStringLiteral("customer_id"), customerId } };
    Result<QVariant> current
        = context.db.scalar(QStringLiteral("SELECT set_at FROM customer_tag_sets WHERE customer_id = ?"), { customerId });
    if (!current)
        return std::unexpected(current.error());
    if (current->isValid() && current->toString() > at) {
        result.insert(QStringLiteral("outcome"), QStringLiteral("superseded"));
        return result;
    }
    const QString json = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(*tags)).toJson(QJsonDocument::Compact));
    Result<QSqlQuery> stamped = context.db.exec(
        QStringLiteral("INSERT INTO customer_tag_sets(customer_id, tags, set_at, device_id) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT(customer_id) DO UPDATE SET tags = excluded.tags, set_at = excluded.set_at, "
                       "device_id = excluded.device_id"),
        { customerId, json, at, context.device.deviceId });
    if (!stamped)
        return std::unexpected(stamped.error());
    if (Result<QSqlQuery> cleared
        = context.db.exec(QStringLiteral("DELETE FROM customer_tags WHERE customer_id = ?"), { customerId });
        !cleared)
        return std::unexpected(cleared.error());
    for (const QString &tag : *tags)
        if (Result<QSqlQuery> added = context.db.exec(
                QStringLiteral("INSERT INTO customer_tags(customer_id, tag) VALUES (?, ?)"), { customerId, tag });
            !added)
            return std::unexpected(added.error());
    result.insert(QStringLiteral("outcome"), QStringLiteral("set"));
    result.insert(QStringLiteral("tags"), QJsonArray::fromStringList(*tags));
    return result;
}

std::vector<std::unique_ptr<MutationHandler>> makeCustomerCrmHandlers()
{
    std::vector<std::unique_ptr<MutationHandler>> handlers;
    handlers.push_back(std::make_unique<CustomerVehicleSavedHandler>());
    handlers.push_back(std::make_unique<CustomerNoteAddedHandler>());
    handlers.push_back(std::make_unique<CustomerTagsSetHandler>());
    return handlers;
}

} // namespace nexus
