// ServiceOrderHandler: envelope and branch checks, the header row, the type's change, then the fact in the event log.
#include "server/serviceorderhandler.h"

#include "protocol/jsonreader.h"
#include "store/database.h"
#include "workshop/serviceorder.h"
#include "workshop/serviceorderpayload.h"
#include "workshop/serviceorderstatus.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <utility>

namespace nexus {

namespace {

namespace type = serviceordermutation;

// Column → value pairs of one header update.
using Columns = std::vector<std::pair<QString, QVariant>>;

struct Envelope
{
    QString orderId;
    QString branchId;
    QString eventId;
    QString userId;
    QString userName;
    QString at;
};

// A missing optional field reads as a null QString, which would bind NULL: the text columns take '' instead.
Status run(Database &db, const QString &sql, QVariantList values)
{
    for (QVariant &value : values)
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            value = QString(QLatin1String(""));
    Result<QSqlQuery> query = db.exec(sql, values);
    if (!query)
        return std::unexpected(query.error());
    return {};
}

Status invalid(const char *text, const QStringList &args, const QString &field)
{
    return std::unexpected(Error(ErrorCode::InvalidInput, text, args, field));
}

// A code the core knows, or the reader's error naming the payload field.
template <typename T> T codeOf(wire::JsonReader &reader, QLatin1String name, Result<T> (*parse)(const QString &))
{
    const QString code = reader.string(name);
    if (!reader.ok())
        return T {};
    Result<T> value = parse(code);
    if (!value) {
        reader.setError(Error(ErrorCode::InvalidInput, NX_ERR("The field %1 has an unknown value \"%2\""),
            { reader.pathOf(name), code }, reader.pathOf(name)));
        return T {};
    }
    return *value;
}

// Header fields the latest fact wins: set only when `at` is not older than what set them (stampColumn).
Status setLatest(
    Database &db, const QString &orderId, const QString &stampColumn, const QString &at, const Columns &columns)
{
    QString sets;
    QVariantList values;
    for (const auto &[column, value] : columns) {
        sets += column + QStringLiteral(" = ?, ");
        values << value;
    }
    values << at << orderId << at;
    return run(db, QStringLiteral("UPDATE service_orders SET %1%2 = ? WHERE id = ? AND %2 <= ?").arg(sets, stampColumn),
        values);
}

Status setStatus(Database &db, const QString &orderId, ServiceOrderStatus status, const QString &at)
{
    return setLatest(
        db, orderId, QStringLiteral("status_at"), at, { { QStringLiteral("status"), serviceOrderStatusCode(status) } });
}

Status insertHistory(Database &db, const Envelope &fact, const QString &id, const QString &from, ServiceOrderStatus to,
    const QString &authorizedById, const QString &authorizedBy, const QString &note)
{
    return run(db,
        QStringLiteral(
            "INSERT INTO service_order_history(id, order_id, branch_id, from_status, to_status, user_id, "
            "user_name, authorized_by_id, authorized_by, note, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { id, fact.orderId, fact.branchId, from, serviceOrderStatusCode(to), fact.userId, fact.userName, authorizedById,
            authorizedBy, note, fact.at });
}

Status upsertChecklistItem(
    Database &db, const QString &orderId, const QJsonObject &item, const QString &path, const QString &at)
{
    wire::JsonReader reader(item, path);
    const qint64 itemNo = reader.integer(QLatin1String("item_no"));
    const QString code = reader.string(QLatin1String("code"));
    const QString label = reader.optionalString(QLatin1String("label"));
    const ChecklistState state = codeOf(reader, QLatin1String("state"), &checklistStateFromCode);
    const QString note = reader.optionalString(QLatin1String("note"));
    if (reader.error())
        return std::unexpected(*reader.error());
    return run(db,
        QStringLiteral("INSERT INTO service_order_checklist(order_id, item_no, code, label, state, note, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(order_id, item_no) DO UPDATE SET "
                       "state = excluded.state, note = excluded.note, updated_at = excluded.updated_at "
                       "WHERE service_order_checklist.updated_at <= excluded.updated_at"),
        { orderId, itemNo, code, label, checklistStateCode(state), note, at });
}

Status markParts(Database &db, const QJsonArray &lineIds, PartLineStatus status, const QString &at)
{
    for (const QJsonValue &id : lineIds) {
        if (!id.isString())
            return invalid(NX_ERR("The field %1 must be %2"),
                { QStringLiteral("payload lines"), QStringLiteral("a list of line ids") }, QStringLiteral("payload"));
        if (Status ok = run(db,
                QStringLiteral(
                    "UPDATE service_order_parts SET status = ?, status_at = ? WHERE id = ? AND status_at <= ?"),
                { partLineStatusCode(status), at, id.toString(), at });
            !ok)
            return ok;
    }
    return {};
}

Status applyOpened(Database &db, const Envelope &fact, const QJsonObject &payload, const QString &deviceId)
{
    wire::JsonReader reader(payload, QStringLiteral("payload"));
    const QString folio = reader.string(QLatin1String("folio"));
    const ServiceOrderStatus status = codeOf(reader, QLatin1String("status"), &serviceOrderStatusFromCode);
    wire::JsonReader customer(reader.object(QLatin1String("customer")), reader.pathOf(QLatin1String("customer")));
    wire::JsonReader vehicle(reader.object(QLatin1String("vehicle")), reader.pathOf(QLatin1String("vehicle")));
    const QString complaint = reader.optionalString(QLatin1String("complaint"));
    const QString mechanicId = reader.optionalString(QLatin1String("mechanic_id"));
    const QString mechanicName = reader.optionalString(QLatin1String("mechanic_name"));
    const QString promisedAt = reader.optionalString(QLatin1String("promised_at"));
    const QJsonArray checklist = reader.array(QLatin1String("checklist"));
    if (reader.error())
        return std::unexpected(*reader.error());
    const QString customerId = customer.optionalString(QLatin1String("id"));
    const QString customerName = customer.string(QLatin1String("name"));
    const QString phone = customer.optionalString(QLatin1String("phone"));
    if (customer.error())
        return std::unexpected(*customer.error());
    const QString vehicleId = vehicle.optionalString(QLatin1String("id"));
    const QString plates = vehicle.optionalString(QLatin1String("plates"));
    const QString vin = vehicle.optionalString(QLatin1String("vin"));
    const QString make = vehicle.optionalString(QLatin1String("make"));
    const QString model = vehicle.optionalString(QLatin1String("model"));
    const qint64 year = vehicle.integer(QLatin1String("year"));
    const qint64 mileage = vehicle.integer(QLatin1String("mileage_km"));
    if (vehicle.error())
        return std::unexpected(*vehicle.error());

    if (Status ok = run(db,
            QStringLiteral("UPDATE service_orders SET device_id = ?, folio = ?, customer_id = ?, customer_name = ?, "
                           "customer_phone = ?, vehicle_id = ?, vehicle_plates = ?, vehicle_vin = ?, vehicle_make = ?, "
                           "vehicle_model = ?, vehicle_year = ?, mileage_km = ?, complaint = ?, opened_by = ?, "
                           "opened_at = ? WHERE id = ?"),
            { deviceId, folio, customerId, customerName, phone, vehicleId, plates, vin, make, model, year, mileage,
                complaint, fact.userName, fact.at, fact.orderId });
        !ok)
        return ok;
    if (Status ok = setStatus(db, fact.orderId, status, fact.at); !ok)
        return ok;
    if (Status ok = setLatest(db, fact.orderId, QStringLiteral("mechanic_at"), fact.at,
            { { QStringLiteral("mechanic_id"), mechanicId }, { QStringLiteral("mechanic_name"), mechanicName } });
        !ok)
        return ok;
    if (Status ok = setLatest(db, fact.orderId, QStringLiteral("promised_set_at"), fact.at,
            { { QStringLiteral("promised_at"), promisedAt } });
        !ok)
        return ok;
    if (Status ok = insertHistory(db, fact, fact.eventId, QString(QLatin1String("")), status, {}, {}, {}); !ok)
        return ok;
    for (qsizetype i = 0; i < checklist.size(); ++i)
        if (Status ok = upsertChecklistItem(
                db, fact.orderId, checklist.at(i).toObject(), reader.pathOf(QLatin1String("checklist"), i), fact.at);
            !ok)
            return ok;
    return {};
}

Status applyMoved(Database &db, const Envelope &fact, const QJsonObject &payload)
{
    wire::JsonReader reader(payload, QStringLiteral("payload"));
    const QString from = reader.optionalString(QLatin1String("from"));
    const ServiceOrderStatus to = codeOf(reader, QLatin1String("to"), &serviceOrderStatusFromCode);
    const QString authorizedById = reader.optionalString(QLatin1String("authorized_by_id"));
    const QString authorizedBy = reader.optionalString(QLatin1String("authorized_by"));
    const QString note = reader.optionalString(QLatin1String("note"));
    const QJsonArray released = reader.array(QLatin1String("released_lines"));
    if (reader.error())
        return std::unexpected(*reader.error());
    if (!from.isEmpty() && !serviceOrderStatusFromCode(from))
        return invalid(NX_ERR("The field %1 has an unknown value \"%2\""), { QStringLiteral("payload.from"), from },
            QStringLiteral("payload.from"));
    if (Status ok = insertHistory(db, fact, fact.eventId, from, to, authorizedById, authorizedBy, note); !ok)
        return ok;
    if (Status ok = setStatus(db, fact.orderId, to, fact.at); !ok)
        return ok;
    return markParts(db, released, PartLineStatus::Released, fact.at);
}

// A part line's list price, cost or price version: NULL (unknown) when the fact does not carry it, as no schema-1
// fact does, nor a schema-2 one for a line its device pulled without them (ServiceOrderPart::priced).
QVariant priceColumn(const QJsonObject &payload, wire::JsonReader &reader, QLatin1String name)
{
    if (payload.value(name).isUndefined() || payload.value(name).isNull())
        return QVariant(QMetaType::fromType<qint64>());
    return reader.integer(name);
}

Status applyPart(Database &db, const Envelope &fact, const QJsonObject &payload)
{
    wire::JsonReader reader(payload, QStringLiteral("payload"));
    const QString lineId = reader.string(QLatin1String("line_id"));
    const qint64 lineNo = reader.integer(QLatin1String("line_no"));
    const qint64 partId = reader.integer(QLatin1String("part_id"));
    const QString sku = reader.optionalString(QLatin1String("sku"));
    const QString description = reader.string(QLatin1String("description"));
    const QString warehouseId = reader.optionalString(QLatin1String("warehouse_id"));
    const qint64 quantity = reader.integer(QLatin1String("quantity"));
    const qint64 unitPrice = reader.integer(QLatin1String("unit_price_cents"));
    const QVariant retailPrice = priceColumn(payload, reader, QLatin1String("retail_price_cents"));
    const QVariant cost = priceColumn(payload, reader, QLatin1String("cost_cents"));
    const QVariant priceVersion = priceColumn(payload, reader, QLatin1String("price_version"));
    const QString taxCode = reader.string(QLatin1String("tax_code"));
    const QString productKey = reader.optionalString(QLatin1String("sat_product_key"));
    const QString unitKey = reader.optionalString(QLatin1String("sat_unit_key"));
    const PartLineStatus status = codeOf(reader, QLatin1String("status"), &partLineStatusFromCode);
    const QString note = reader.optionalString(QLatin1String("note"));
    if (reader.error())
        return std::unexpected(*reader.error());
    if (quantity <= 0)
        return invalid(NX_ERR("The quantity must be greater than zero"), {}, QStringLiteral("payload.quantity"));
    if (status != PartLineStatus::Requested && (partId <= 0 || warehouseId.isEmpty()))
        return invalid(NX_ERR("A reserved part names its part and warehouse"), {}, QStringLiteral("payload.part_id"));
    if ((!cost.isNull() && cost.toLongLong() < 0) || (!retailPrice.isNull() && retailPrice.toLongLong() < 0))
        return invalid(NX_ERR("The field %1 must be %2"),
            { QStringLiteral("payload.cost_cents"), QStringLiteral("zero or more") },
            QStringLiteral("payload.cost_cents"));
    // A fact without them (schema 1, or a line its device pulled without them) keeps what the server knows of the
    // same part; another part takes the fact's values, known or not.
    return run(db,
        QStringLiteral(
            "INSERT INTO service_order_parts(id, order_id, line_no, part_id, sku, description, warehouse_id, "
            "quantity, unit_price_cents, retail_price_cents, cost_cents, price_version, tax_code, sat_product_key, "
            "sat_unit_key, status, status_at, note) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
            "part_id = excluded.part_id, sku = excluded.sku, description = excluded.description, "
            "warehouse_id = excluded.warehouse_id, quantity = excluded.quantity, "
            "unit_price_cents = excluded.unit_price_cents, "
            "retail_price_cents = CASE WHEN excluded.part_id = service_order_parts.part_id "
            "THEN coalesce(excluded.retail_price_cents, service_order_parts.retail_price_cents) "
            "ELSE excluded.retail_price_cents END, "
            "cost_cents = CASE WHEN excluded.part_id = service_order_parts.part_id "
            "THEN coalesce(excluded.cost_cents, service_order_parts.cost_cents) ELSE excluded.cost_cents END, "
            "price_version = CASE WHEN excluded.part_id = service_order_parts.part_id "
            "THEN coalesce(excluded.price_version, service_order_parts.price_version) ELSE excluded.price_version END, "
            "tax_code = excluded.tax_code, "
            "sat_product_key = excluded.sat_product_key, sat_unit_key = excluded.sat_unit_key, "
            "status = excluded.status, status_at = excluded.status_at "
            "WHERE service_order_parts.status_at <= excluded.status_at"),
        { lineId, fact.orderId, lineNo, partId, sku, description, warehouseId, quantity, unitPrice, retailPrice, cost,
            priceVersion, taxCode, productKey, unitKey, partLineStatusCode(status), fact.at, note });
}

Status applyLabor(Database &db, const Envelope &fact, const QJsonObject &payload)
{
    wire::JsonReader reader(payload, QStringLiteral("payload"));
    const QString lineId = reader.string(QLatin1String("line_id"));
    const qint64 lineNo = reader.integer(QLatin1String("line_no"));
    const QString description = reader.string(QLatin1String("description"));
    const QString mechanicId = reader.optionalString(QLatin1String("mechanic_id"));
    const QString mechanicName = reader.optionalString(QLatin1String("mechanic_name"));
    const LaborPricing pricing = codeOf(reader, QLatin1String("pricing"), &laborPricingFromCode);
    const qint64 hours = reader.integer(QLatin1String("hours"));
    const qint64 rate = reader.integer(QLatin1String("rate_cents"));
    const qint64 amount = reader.integer(QLatin1String("amount_cents"));
    const QString taxCode = reader.string(QLatin1String("tax_code"));
    if (reader.error())
        return std::unexpected(*reader.error());
    if (amount < 0)
        return invalid(NX_ERR("The amount cannot be negative"), {}, QStringLiteral("payload.amount_cents"));
    return run(db,
        QStringLiteral(
            "INSERT INTO service_order_labor(id, order_id, line_no, description, mechanic_id, mechanic_name, "
            "pricing, hours, rate_cents, amount_cents, tax_code, added_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { lineId, fact.orderId, lineNo, description, mechanicId, mechanicName, laborPricingCode(pricing), hours, rate,
            amount, taxCode, fact.at });
}

// What one type changes besides the event log.
Status applyType(
    Database &db, const QString &kind, const Envelope &fact, const QJsonObject &payload, const QString &deviceId)
{
    wire::JsonReader reader(payload, QStringLiteral("payload"));
    auto check = [&reader]() -> Status {
        if (reader.error())
            return std::unexpected(*reader.error());
        return {};
    };
    if (kind == QLatin1String(type::kOpened))
        return applyOpened(db, fact, payload, deviceId);
    if (kind == QLatin1String(type::kMoved))
        return applyMoved(db, fact, payload);
    if (kind == QLatin1String(type::kPartAdded) || kind == QLatin1String(type::kPartReserved))
        return applyPart(db, fact, payload);
    if (kind == QLatin1String(type::kLaborAdded))
        return applyLabor(db, fact, payload);
    if (kind == QLatin1String(type::kPartReleased)) {
        const QString lineId = reader.string(QLatin1String("line_id"));
        if (Status ok = check(); !ok)
            return ok;
        return markParts(db, QJsonArray { lineId }, PartLineStatus::Released, fact.at);
    }
    if (kind == QLatin1String(type::kLaborRemoved)) {
        const QString lineId = reader.string(QLatin1String("line_id"));
        if (Status ok = check(); !ok)
            return ok;
        return run(db, QStringLiteral("UPDATE service_order_labor SET removed = 1 WHERE id = ? AND order_id = ?"),
            { lineId, fact.orderId });
    }
    if (kind == QLatin1String(type::kDiagnosed)) {
        const QString diagnosis = reader.string(QLatin1String("diagnosis"));
        if (Status ok = check(); !ok)
            return ok;
        return setLatest(
            db, fact.orderId, QStringLiteral("diagnosis_at"), fact.at, { { QStringLiteral("diagnosis"), diagnosis } });
    }
    if (kind == QLatin1String(type::kAssigned)) {
        const QString mechanicId = reader.optionalString(QLatin1String("mechanic_id"));
        const QString mechanicName = reader.optionalString(QLatin1String("mechanic_name"));
        if (Status ok = check(); !ok)
            return ok;
        return setLatest(db, fact.orderId, QStringLiteral("mechanic_at"), fact.at,
            { { QStringLiteral("mechanic_id"), mechanicId }, { QStringLiteral("mechanic_name"), mechanicName } });
    }
    if (kind == QLatin1String(type::kPromised)) {
        const QString promisedAt = reader.optionalString(QLatin1String("promised_at"));
        if (Status ok = check(); !ok)
            return ok;
        return setLatest(db, fact.orderId, QStringLiteral("promised_set_at"), fact.at,
            { { QStringLiteral("promised_at"), promisedAt } });
    }
    if (kind == QLatin1String(type::kEstimateApproved)) {
        const qint64 amount = reader.integer(QLatin1String("estimate_cents"));
        const QString note = reader.optionalString(QLatin1String("note"));
        if (Status ok = check(); !ok)
            return ok;
        return setLatest(db, fact.orderId, QStringLiteral("estimate_at"), fact.at,
            { { QStringLiteral("estimate_cents"), amount }, { QStringLiteral("estimate_note"), note } });
    }
    if (kind == QLatin1String(type::kChecklistSet))
        return upsertChecklistItem(db, fact.orderId, payload, QStringLiteral("payload"), fact.at);
    if (kind == QLatin1String(type::kNoteAdded)) {
        (void)reader.string(QLatin1String("text")); // kept in the event log
        return check();
    }
    if (kind == QLatin1String(type::kCharged)) {
        const QString saleId = reader.string(QLatin1String("sale_id"));
        const QString saleFolio = reader.optionalString(QLatin1String("sale_folio"));
        const QJsonArray charged = reader.array(QLatin1String("charged_lines"));
        if (Status ok = check(); !ok)
            return ok;
        if (Status ok = run(db,
                QStringLiteral("UPDATE service_orders SET sale_id = ?, sale_folio = ?, charged_at = ? WHERE id = ?"),
                { saleId, saleFolio, fact.at, fact.orderId });
            !ok)
            return ok;
        return markParts(db, charged, PartLineStatus::Charged, fact.at);
    }
    return fail(ErrorCode::Internal, NX_ERR("No service order handler for %1"), { kind });
}

} // namespace

Result<QJsonObject> ServiceOrderHandler::apply(const MutationContext &context, int, const QJsonObject &payload)
{
    wire::JsonReader reader(payload, QStringLiteral("payload"));
    Envelope fact;
    fact.orderId = reader.string(QLatin1String("order_id"));
    fact.branchId = reader.string(QLatin1String("branch_id"));
    fact.eventId = reader.string(QLatin1String("event_id"));
    fact.userId = reader.string(QLatin1String("user_id"));
    fact.userName = reader.optionalString(QLatin1String("user_name"));
    fact.at = reader.string(QLatin1String("at"));
    if (reader.error())
        return std::unexpected(*reader.error());
    if (fact.branchId != context.device.branchId)
        return fail(ErrorCode::InvalidInput, NX_ERR("The service order belongs to branch %1, not to this device's"),
            { fact.branchId }, QStringLiteral("payload.branch_id"));
    if (!QDateTime::fromString(fact.at, Qt::ISODateWithMs).isValid())
        return fail(ErrorCode::InvalidInput, NX_ERR("The field %1 must be %2"),
            { QStringLiteral("payload.at"), QStringLiteral("a UTC ISO-8601 time") }, QStringLiteral("payload.at"));

    Result<QVariant> seen
        = context.db.scalar(QStringLiteral("SELECT 1 FROM service_order_events WHERE id = ?"), { fact.eventId });
    if (!seen)
        return std::unexpected(seen.error());
    if (seen->isValid())
        return fail(ErrorCode::InvalidInput, NX_ERR("The service order fact %1 exists already under another mutation"),
            { fact.eventId }, QStringLiteral("payload.event_id"));

    // The header: the first fact of an order to arrive creates it, whichever device sent it.
    Result<QVariant> owner
        = context.db.scalar(QStringLiteral("SELECT branch_id FROM service_orders WHERE id = ?"), { fact.orderId });
    if (!owner)
        return std::unexpected(owner.error());
    if (owner->isValid() && owner->toString() != fact.branchId)
        return fail(ErrorCode::InvalidInput, NX_ERR("The service order %1 belongs to branch %2"),
            { fact.orderId, owner->toString() }, QStringLiteral("payload.order_id"));
    if (!owner->isValid())
        if (Status ok = run(context.db,
                QStringLiteral("INSERT INTO service_orders(id, branch_id, status, received_at) VALUES (?, ?, ?, ?)"),
                { fact.orderId, fact.branchId, serviceOrderStatusCode(ServiceOrderStatus::Received), context.nowUtc });
            !ok)
            return std::unexpected(ok.error());

    if (Status ok = applyType(context.db, m_type, fact, payload, context.device.deviceId); !ok)
        return std::unexpected(ok.error());
    if (Status ok = run(context.db,
            QStringLiteral("INSERT INTO service_order_events(id, order_id, branch_id, device_id, type, user_id, at, "
                           "payload, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { fact.eventId, fact.orderId, fact.branchId, context.device.deviceId, m_type, fact.userId, fact.at,
                QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)), context.nowUtc });
        !ok)
        return std::unexpected(ok.error());
    return QJsonObject { { QStringLiteral("service_order_id"), fact.orderId },
        { QStringLiteral("event_id"), fact.eventId } };
}

std::vector<std::unique_ptr<MutationHandler>> makeServiceOrderHandlers()
{
    std::vector<std::unique_ptr<MutationHandler>> handlers;
    for (const QString &kind : serviceordermutation::all())
        handlers.push_back(std::make_unique<ServiceOrderHandler>(kind));
    return handlers;
}

} // namespace nexus
