// Service order rules and their transactions: validate, check rights, write rows + outbox fact, commit.
#include "workshop/serviceorderservice.h"

#include "auth/permission.h"
#include "common/clock.h"
#include "common/idgenerator.h"
#include "store/database.h"
#include "store/domainevents.h"
#include "store/outbox.h"
#include "vehicles/vin.h"
#include "workshop/inspectionchecklist.h"
#include "workshop/partlineinput.h"
#include "workshop/serviceorderpayload.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>

namespace nexus {

namespace {

constexpr qint64 kMaxMileageKm = 3'000'000;
const QString kCustomer = QStringLiteral("customer");

QString newId()
{
    return IdGenerator::instance().nextString();
}

Status requireGate(TransitionGate gate, const WorkshopActor &actor)
{
    if (gateAllows(gate, actor.role))
        return {};
    return checkPermission(actor.role, gatePermission(gate));
}

// A mechanic (who cannot manage orders) works only on the orders assigned to them.
bool mechanicOnly(const WorkshopActor &actor)
{
    return !roleHas(actor.role, Permission::ManageServiceOrders);
}

template <typename Line> int nextLineNo(const std::vector<Line> &lines)
{
    int last = 0;
    for (const Line &line : lines)
        last = std::max(last, line.lineNo);
    return last + 1;
}

} // namespace

ServiceOrderService::ServiceOrderService(Database &db, const Clock &clock, WorkshopContext context)
    : m_db(db), m_clock(clock), m_context(std::move(context)), m_orders(db), m_reservations(db)
{
}

QString ServiceOrderService::nowUtc() const
{
    return m_clock.nowUtc().toString(Qt::ISODateWithMs);
}

Status ServiceOrderService::append(const char *type, const QJsonObject &payload, const QString &now)
{
    Result<qint64> seq = Outbox(m_db).append(newId(), QString::fromLatin1(type), kServiceOrderSchema, payload, now);
    if (!seq)
        return std::unexpected(seq.error());
    return {};
}

Result<ServiceOrder> ServiceOrderService::load(const QString &orderId) const
{
    return m_orders.load(orderId);
}

Result<std::vector<ServiceOrderCard>> ServiceOrderService::board(const BoardFilter &filter) const
{
    return m_orders.cards(filter);
}

Result<StockAvailability> ServiceOrderService::availability(qint64 partId, const QString &warehouseId) const
{
    return m_reservations.of(partId, warehouseId);
}

Result<Money> ServiceOrderService::laborRate() const
{
    Result<QVariant> value
        = m_db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = ?"), { kLaborRateSetting });
    if (!value)
        return std::unexpected(value.error());
    bool ok = false;
    const qint64 cents = value->isValid() ? value->toString().toLongLong(&ok) : 0;
    return Money(ok && cents >= 0 ? cents : kDefaultLaborRateCents);
}

Result<ServiceOrder> ServiceOrderService::open(const NewServiceOrder &request, const WorkshopActor &actor)
{
    if (Status allowed = requireGate(TransitionGate::Advisor, actor); !allowed)
        return std::unexpected(allowed.error());
    ServiceOrder order;
    order.customer = request.customer;
    order.customer.name = request.customer.name.simplified();
    order.customer.phone = request.customer.phone.trimmed();
    if (order.customer.name.isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("Enter the customer's name"), {}, kCustomer);
    order.vehicle = request.vehicle;
    order.vehicle.plates = request.vehicle.plates.simplified().toUpper();
    order.vehicle.vin = normalizeVin(request.vehicle.vin);
    order.vehicle.make = request.vehicle.make.simplified();
    order.vehicle.model = request.vehicle.model.simplified();
    if (order.vehicle.plates.isEmpty() && order.vehicle.vin.isEmpty())
        return fail(
            ErrorCode::InvalidInput, NX_ERR("Enter the vehicle's plates or its VIN"), {}, QStringLiteral("plates"));
    if (!order.vehicle.vin.isEmpty()) {
        const VinCheck vin = checkVin(order.vehicle.vin);
        if (!vin.valid)
            return std::unexpected(vin.reason);
    }
    const int thisYear = m_clock.nowUtc().date().year();
    if (order.vehicle.year != 0 && (order.vehicle.year < 1900 || order.vehicle.year > thisYear + 1))
        return fail(ErrorCode::InvalidInput, NX_ERR("The model year must be between 1900 and %1"),
            { QString::number(thisYear + 1) }, QStringLiteral("year"));
    if (order.vehicle.mileageKm < 0 || order.vehicle.mileageKm > kMaxMileageKm)
        return fail(ErrorCode::InvalidInput, NX_ERR("The mileage must be between 0 and %1 km"),
            { QString::number(kMaxMileageKm) }, QStringLiteral("mileage"));
    order.complaint = request.complaint.trimmed();
    if (order.complaint.isEmpty())
        return fail(
            ErrorCode::InvalidInput, NX_ERR("Write what the customer reports"), {}, QStringLiteral("complaint"));
    if (request.promisedAt.isValid() && request.promisedAt < m_clock.nowUtc())
        return fail(
            ErrorCode::InvalidInput, NX_ERR("The promised time has already passed"), {}, QStringLiteral("promised_at"));
    order.promisedAt = request.promisedAt.isValid() ? request.promisedAt.toUTC() : QDateTime();
    if (!request.mechanicId.isEmpty() && request.mechanicName.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("Choose the mechanic"), {}, QStringLiteral("mechanic"));
    order.mechanicId = request.mechanicId;
    order.mechanicName = request.mechanicName.trimmed();

    const QString now = nowUtc();
    order.id = newId();
    order.branchId = m_context.branchId;
    order.status = ServiceOrderStatus::Received;
    order.openedBy = actor.name;
    order.openedAt = now;
    order.updatedAt = now;
    order.checklist = standardChecklist();
    // The opening's history row is the order's id: the server records it under the opening fact's id, which is the
    // order's, so the row pulled back (or at another device) is the same row.
    const StatusChange opening { order.id, std::nullopt, ServiceOrderStatus::Received, actor.userId, actor.name, {},
        {}, {}, now };

    Transaction transaction(m_db);
    if (Status begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    Result<QString> folio = m_orders.nextFolio(m_context.branchId, m_context.folioSeries);
    if (!folio)
        return std::unexpected(folio.error());
    order.folio = *folio;
    if (Status ok = m_orders.insertOrder(order, m_context.deviceId); !ok)
        return std::unexpected(ok.error());
    if (Status ok = m_orders.insertChecklist(order.id, order.checklist); !ok)
        return std::unexpected(ok.error());
    if (Status ok = m_orders.insertHistory(order.id, opening); !ok)
        return std::unexpected(ok.error());
    if (Status ok = append(serviceordermutation::kOpened, openedPayload(order, actor), now); !ok)
        return std::unexpected(ok.error());
    if (Status committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return m_orders.load(order.id);
}

Result<ServiceOrder> ServiceOrderService::update(
    const QString &orderId, const WorkshopActor &actor, TransitionGate gate, const Change &change, bool closedToo)
{
    Transaction transaction(m_db);
    if (Status begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    if (Status changed = applyChange(orderId, actor, gate, change, closedToo); !changed)
        return std::unexpected(changed.error());
    if (Status committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return m_orders.load(orderId);
}

Status ServiceOrderService::applyChange(
    const QString &orderId, const WorkshopActor &actor, TransitionGate gate, const Change &change, bool closedToo)
{
    if (Status allowed = requireGate(gate, actor); !allowed)
        return allowed;
    Result<ServiceOrder> order = m_orders.load(orderId);
    if (!order)
        return std::unexpected(order.error());
    if (mechanicOnly(actor) && order->mechanicId != actor.userId)
        return fail(ErrorCode::PermissionDenied, NX_ERR("The order %1 is not assigned to you"), { order->folio },
            QStringLiteral("mechanic"));
    if (isClosedStatus(order->status) && !closedToo)
        return fail(ErrorCode::Conflict, NX_ERR("The order %1 is %2: it can no longer change"),
            { order->folio, serviceOrderStatusName(order->status).toLower() }, QStringLiteral("status"));
    return change(*order, nowUtc());
}

Result<ServiceOrder> ServiceOrderService::move(const QString &orderId, ServiceOrderStatus expectedFrom,
    ServiceOrderStatus to, const WorkshopActor &actor, const QString &note,
    const std::optional<WorkshopActor> &authorizedBy)
{
    const ServiceOrderTransition *rule = findServiceOrderTransition(expectedFrom, to);
    if (!rule)
        return std::unexpected(checkServiceOrderTransition(expectedFrom, to, actor.role).error());
    // Whoever holds the gate's right moves it: the person at the screen, or the manager who typed their PIN.
    const bool actorMay = gateAllows(rule->gate, actor.role);
    if (!actorMay && !(authorizedBy && gateAllows(rule->gate, authorizedBy->role)))
        return std::unexpected(checkServiceOrderTransition(expectedFrom, to, actor.role).error());
    const QString reason = note.trimmed();
    if (rule->needsNote && reason.isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("Say why the order goes from \"%1\" to \"%2\""),
            { serviceOrderStatusName(expectedFrom), serviceOrderStatusName(to) }, QStringLiteral("note"));

    Transaction transaction(m_db);
    if (Status begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    Result<ServiceOrder> order = m_orders.load(orderId);
    if (!order)
        return order;
    if (order->status != expectedFrom)
        return fail(ErrorCode::Conflict, NX_ERR("The order %1 is in \"%2\" now, not in \"%3\": look at it again"),
            { order->folio, serviceOrderStatusName(order->status), serviceOrderStatusName(expectedFrom) },
            QStringLiteral("status"));
    if (mechanicOnly(actor) && !authorizedBy && order->mechanicId != actor.userId)
        return fail(ErrorCode::PermissionDenied, NX_ERR("The order %1 is not assigned to you"), { order->folio },
            QStringLiteral("mechanic"));
    if (rule->needsApprovedEstimate && !order->estimate)
        return fail(ErrorCode::Conflict, NX_ERR("The customer has not approved the estimate of %1 yet"),
            { order->folio }, QStringLiteral("estimate"));

    const QString now = nowUtc();
    StatusChange change { newId(), expectedFrom, to, actor.userId, actor.name, {}, {}, reason, now };
    if (!actorMay) { // recorded only when the manager's PIN is what allowed it
        change.authorizedById = authorizedBy->userId;
        change.authorizedBy = authorizedBy->name;
    }
    QStringList released;
    if (to == ServiceOrderStatus::Cancelled) {
        for (const ServiceOrderPart &part : order->parts) {
            if (part.status == PartLineStatus::Reserved) {
                if (Status ok = m_reservations.change(part.partId, part.warehouseId, -part.quantity); !ok)
                    return std::unexpected(ok.error());
            }
            if (part.status == PartLineStatus::Reserved || part.status == PartLineStatus::Requested) {
                if (Status ok = m_orders.setPartStatus(part.id, PartLineStatus::Released, now); !ok)
                    return std::unexpected(ok.error());
                released << part.id;
            }
            // What a waiting line asked for is withdrawn with the order, by whoever holds the cancel's gate.
            if (part.status == PartLineStatus::Requested) {
                const WorkshopActor &holder = actorMay ? actor : *authorizedBy;
                if (Status ok = withdrawSource(*order, part, holder, roleHas(holder.role, Permission::ManageTransfers));
                    !ok)
                    return std::unexpected(ok.error());
            }
        }
    }
    if (Status ok = m_orders.setStatus(orderId, to, now); !ok)
        return std::unexpected(ok.error());
    if (Status ok = m_orders.insertHistory(orderId, change); !ok)
        return std::unexpected(ok.error());
    if (Status ok = append(serviceordermutation::kMoved, movedPayload(*order, change, actor, released), now); !ok)
        return std::unexpected(ok.error());
    if (to == ServiceOrderStatus::Ready)
        publishToCustomer(domainevent::kServiceOrderReady, *order, change.id,
            serviceOrderCharge(*order, m_context.borderRegion).totals.gross);
    if (Status committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return m_orders.load(orderId);
}

void ServiceOrderService::publishToCustomer(
    const char *type, const ServiceOrder &order, const QString &eventId, Money total)
{
    const VehicleSnapshot &car = order.vehicle;
    QString vehicle = vehicleTitle(car);
    if (!car.plates.isEmpty())
        vehicle += (vehicle.isEmpty() ? QString() : QStringLiteral(" ")) + QStringLiteral("(%1)").arg(car.plates);
    publishEvent(m_db, {QString::fromLatin1(type), eventId,
                        {{QStringLiteral("order_id"), order.id}, {QStringLiteral("folio"), order.folio},
                         {QStringLiteral("customer_id"), order.customer.customerId},
                         {QStringLiteral("customer_name"), order.customer.name},
                         {QStringLiteral("customer_phone"), order.customer.phone},
                         {QStringLiteral("vehicle"), vehicle}, {QStringLiteral("total_cents"), total.centavos()}}});
}

Status ServiceOrderService::checkAvailable(const CartItem &item, Quantity quantity) const
{
    Result<StockAvailability> stock = m_reservations.of(item.partId, item.warehouseId);
    if (!stock)
        return std::unexpected(stock.error());
    if (stock->available() >= quantity)
        return {};
    return fail(ErrorCode::Conflict,
        NX_ERR("Only %1 of %2 are available in that warehouse (%3 on hand, %4 reserved for orders)"),
        { std::max(stock->available(), Quantity()).toString(), item.sku, stock->onHand.toString(),
            stock->reserved.toString() },
        QStringLiteral("quantity"));
}

Status ServiceOrderService::insertLine(
    ServiceOrder &order, ServiceOrderPart part, const WorkshopActor &actor, const QString &now)
{
    part.id = newId();
    part.lineNo = nextLineNo(order.parts);
    part.addedBy = actor.name;
    part.addedAt = now;
    if (Status ok = m_orders.insertPart(order.id, part, now); !ok)
        return ok;
    if (part.status == PartLineStatus::Reserved)
        if (Status ok = m_reservations.change(part.partId, part.warehouseId, part.quantity); !ok)
            return ok;
    if (Status ok = append(serviceordermutation::kPartAdded, partPayload(order, part, part.id, actor, now), now); !ok)
        return ok;
    order.parts.push_back(std::move(part));
    return {};
}

Result<ServiceOrder> ServiceOrderService::addPart(
    const QString &orderId, const PartToAdd &request, const WorkshopActor &actor)
{
    if (Status ok = checkCatalogItem(request.item); !ok)
        return std::unexpected(ok.error());
    if (Status ok = checkPartQuantity(request.quantity); !ok)
        return std::unexpected(ok.error());
    return update(orderId, actor, TransitionGate::Advisor, [&](ServiceOrder &order, const QString &now) -> Status {
        if (Status ok = checkAvailable(request.item, request.quantity); !ok)
            return ok;
        ServiceOrderPart part;
        fillPartFromItem(part, request.item);
        part.quantity = request.quantity;
        part.status = PartLineStatus::Reserved;
        part.note = request.note.trimmed();
        return insertLine(order, part, actor, now);
    });
}

Result<ServiceOrder> ServiceOrderService::requestPart(
    const QString &orderId, const PartRequest &request, const WorkshopActor &actor)
{
    const QString description = request.description.simplified();
    if (description.isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("Describe the part you need"), {}, QStringLiteral("description"));
    if (Status ok = checkPartQuantity(request.quantity); !ok)
        return std::unexpected(ok.error());
    if (request.partId < 0)
        return fail(ErrorCode::InvalidInput, NX_ERR("There is no part with id %1"), { QString::number(request.partId) },
            QStringLiteral("part"));
    return update(orderId, actor, TransitionGate::Workshop, [&](ServiceOrder &order, const QString &now) -> Status {
        ServiceOrderPart part;
        part.partId = request.partId;
        part.sku = request.sku.trimmed();
        part.description = description;
        part.quantity = request.quantity;
        part.status = PartLineStatus::Requested;
        part.note = request.note.trimmed();
        return insertLine(order, part, actor, now);
    });
}

Result<ServiceOrder> ServiceOrderService::reserveRequested(
    const QString &orderId, const QString &lineId, const CartItem &item, const WorkshopActor &actor)
{
    if (Status ok = checkCatalogItem(item); !ok)
        return std::unexpected(ok.error());
    return update(orderId, actor, TransitionGate::Advisor, [&](ServiceOrder &order, const QString &now) -> Status {
        ServiceOrderPart *part = findPartLine(order, lineId);
        if (!part)
            return fail(ErrorCode::NotFound, NX_ERR("The order %1 has no part line %2"), { order.folio, lineId },
                QStringLiteral("line"));
        if (part->status != PartLineStatus::Requested)
            return fail(ErrorCode::Conflict, NX_ERR("The line %1 is %2, not requested"),
                { QString::number(part->lineNo), partLineStatusName(part->status).toLower() }, QStringLiteral("line"));
        if (Status ok = checkAvailable(item, part->quantity); !ok)
            return ok;
        fillPartFromItem(*part, item);
        part->status = PartLineStatus::Reserved;
        if (Status ok = m_orders.updatePart(*part, now); !ok)
            return ok;
        if (Status ok = m_reservations.change(part->partId, part->warehouseId, part->quantity); !ok)
            return ok;
        return append(serviceordermutation::kPartReserved, partPayload(order, *part, newId(), actor, now), now);
    });
}

Result<ServiceOrder> ServiceOrderService::removePart(
    const QString &orderId, const QString &lineId, const WorkshopActor &actor)
{
    return update(orderId, actor, TransitionGate::Advisor, [&](ServiceOrder &order, const QString &now) -> Status {
        ServiceOrderPart *part = findPartLine(order, lineId);
        if (!part)
            return fail(ErrorCode::NotFound, NX_ERR("The order %1 has no part line %2"), { order.folio, lineId },
                QStringLiteral("line"));
        if (part->status != PartLineStatus::Requested && part->status != PartLineStatus::Reserved)
            return fail(ErrorCode::Conflict, NX_ERR("The line %1 is %2 already"),
                { QString::number(part->lineNo), partLineStatusName(part->status).toLower() }, QStringLiteral("line"));
        if (part->status == PartLineStatus::Reserved) {
            if (Status ok = m_reservations.change(part->partId, part->warehouseId, -part->quantity); !ok)
                return ok;
        }
        if (part->status == PartLineStatus::Requested)
            if (Status ok = withdrawSource(order, *part, actor, roleHas(actor.role, Permission::ManageTransfers)); !ok)
                return ok;
        if (Status ok = m_orders.setPartStatus(part->id, PartLineStatus::Released, now); !ok)
            return ok;
        QJsonObject payload = serviceOrderFact(order, newId(), actor, now);
        payload.insert(QStringLiteral("line_id"), part->id);
        return append(serviceordermutation::kPartReleased, payload, now);
    });
}

Result<ServiceOrder> ServiceOrderService::addLabor(
    const QString &orderId, const LaborToAdd &request, const WorkshopActor &actor)
{
    ServiceOrderLabor labor;
    labor.description = request.description.simplified();
    if (labor.description.isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("Describe the work done"), {}, QStringLiteral("description"));
    labor.pricing = request.pricing;
    if (request.pricing == LaborPricing::Hourly) {
        if (request.hours.thousandths() <= 0 || request.hours.thousandths() > 200'000)
            return fail(ErrorCode::InvalidInput, NX_ERR("The hours must be more than 0 and at most 200"), {},
                QStringLiteral("hours"));
        if (request.rate.isNegative())
            return fail(ErrorCode::InvalidInput, NX_ERR("The rate cannot be negative"), {}, QStringLiteral("rate"));
        labor.hours = request.hours;
        labor.rate = request.rate;
        labor.amount = request.rate.times(request.hours.thousandths());
    } else {
        if (request.flatPrice.isNegative() || request.flatPrice.isZero())
            return fail(
                ErrorCode::InvalidInput, NX_ERR("The price must be greater than zero"), {}, QStringLiteral("price"));
        labor.amount = request.flatPrice;
    }
    labor.mechanicId = request.mechanicId;
    labor.mechanicName = request.mechanicName.trimmed();
    if (labor.mechanicId.isEmpty() && actor.role == Role::Mechanic) {
        labor.mechanicId = actor.userId;
        labor.mechanicName = actor.name;
    }
    return update(orderId, actor, TransitionGate::Workshop, [&](ServiceOrder &order, const QString &now) -> Status {
        labor.id = newId();
        labor.lineNo = nextLineNo(order.labor);
        labor.addedBy = actor.name;
        labor.addedAt = now;
        if (Status ok = m_orders.insertLabor(order.id, labor); !ok)
            return ok;
        return append(serviceordermutation::kLaborAdded, laborPayload(order, labor, actor), now);
    });
}

Result<ServiceOrder> ServiceOrderService::removeLabor(
    const QString &orderId, const QString &lineId, const WorkshopActor &actor)
{
    return update(orderId, actor, TransitionGate::Advisor, [&](ServiceOrder &order, const QString &now) -> Status {
        const bool found = std::any_of(order.labor.begin(), order.labor.end(),
            [&lineId](const ServiceOrderLabor &line) { return line.id == lineId; });
        if (!found)
            return fail(ErrorCode::NotFound, NX_ERR("The order %1 has no labor line %2"), { order.folio, lineId },
                QStringLiteral("line"));
        if (Status ok = m_orders.removeLabor(lineId); !ok)
            return ok;
        QJsonObject payload = serviceOrderFact(order, newId(), actor, now);
        payload.insert(QStringLiteral("line_id"), lineId);
        return append(serviceordermutation::kLaborRemoved, payload, now);
    });
}

Result<ServiceOrder> ServiceOrderService::setDiagnosis(
    const QString &orderId, const QString &diagnosis, const WorkshopActor &actor)
{
    const QString text = diagnosis.trimmed();
    if (text.isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("Write the diagnosis"), {}, QStringLiteral("diagnosis"));
    return setHeaderText(orderId, actor, TransitionGate::Workshop, ServiceOrderRepository::kDiagnosisColumn,
        serviceordermutation::kDiagnosed, text);
}

Result<ServiceOrder> ServiceOrderService::setChecklistItem(
    const QString &orderId, int itemNo, ChecklistState state, const QString &note, const WorkshopActor &actor)
{
    return update(orderId, actor, TransitionGate::Workshop, [&](ServiceOrder &order, const QString &now) -> Status {
        const auto it = std::find_if(order.checklist.begin(), order.checklist.end(),
            [itemNo](const ChecklistItem &item) { return item.itemNo == itemNo; });
        if (it == order.checklist.end())
            return fail(ErrorCode::NotFound, NX_ERR("The checklist has no item %1"), { QString::number(itemNo) },
                QStringLiteral("item"));
        it->state = state;
        it->note = note.trimmed();
        if (Status ok = m_orders.setChecklistItem(order.id, *it, actor.name, now); !ok)
            return ok;
        return append(serviceordermutation::kChecklistSet, checklistPayload(order, *it, newId(), actor, now), now);
    });
}

Result<ServiceOrder> ServiceOrderService::addNote(
    const QString &orderId, const QString &text, const WorkshopActor &actor)
{
    const QString body = text.trimmed();
    if (body.isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("Write the note"), {}, QStringLiteral("note"));
    return update(orderId, actor, TransitionGate::Workshop, [&](ServiceOrder &order, const QString &now) -> Status {
        const ServiceOrderNote note { newId(), actor.userId, actor.name, body, now };
        if (Status ok = m_orders.insertNote(order.id, note); !ok)
            return ok;
        QJsonObject payload = serviceOrderFact(order, note.id, actor, now);
        payload.insert(QStringLiteral("text"), body);
        return append(serviceordermutation::kNoteAdded, payload, now);
    });
}

Result<ServiceOrder> ServiceOrderService::assignMechanic(
    const QString &orderId, const QString &mechanicId, const QString &mechanicName, const WorkshopActor &actor)
{
    if (!mechanicId.isEmpty() && mechanicName.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("Choose the mechanic"), {}, QStringLiteral("mechanic"));
    return update(orderId, actor, TransitionGate::Advisor, [&](ServiceOrder &order, const QString &now) -> Status {
        if (Status ok = m_orders.setMechanic(order.id, mechanicId, mechanicName.trimmed(), now); !ok)
            return ok;
        QJsonObject payload = serviceOrderFact(order, newId(), actor, now);
        payload.insert(QStringLiteral("mechanic_id"), mechanicId);
        payload.insert(QStringLiteral("mechanic_name"), mechanicName.trimmed());
        return append(serviceordermutation::kAssigned, payload, now);
    });
}

Result<ServiceOrder> ServiceOrderService::setPromisedAt(
    const QString &orderId, const QDateTime &promisedAtUtc, const WorkshopActor &actor)
{
    if (promisedAtUtc.isValid() && promisedAtUtc < m_clock.nowUtc())
        return fail(
            ErrorCode::InvalidInput, NX_ERR("The promised time has already passed"), {}, QStringLiteral("promised_at"));
    const QString promised
        = promisedAtUtc.isValid() ? promisedAtUtc.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("");
    return setHeaderText(orderId, actor, TransitionGate::Advisor, ServiceOrderRepository::kPromisedColumn,
        serviceordermutation::kPromised, promised);
}

Result<ServiceOrder> ServiceOrderService::setHeaderText(const QString &orderId, const WorkshopActor &actor,
    TransitionGate gate, const QString &column, const char *type, const QString &value)
{
    return update(orderId, actor, gate, [&](ServiceOrder &order, const QString &now) -> Status {
        if (Status ok = m_orders.setText(order.id, column, value, now); !ok)
            return ok;
        QJsonObject payload = serviceOrderFact(order, newId(), actor, now);
        payload.insert(column, value); // the fact names the field as the table does: diagnosis, promised_at
        return append(type, payload, now);
    });
}

Result<ServiceOrder> ServiceOrderService::approveEstimate(
    const QString &orderId, const QString &note, const WorkshopActor &actor)
{
    return update(orderId, actor, TransitionGate::Advisor, [&](ServiceOrder &order, const QString &now) -> Status {
        const ServiceOrderCharge estimate = serviceOrderCharge(order, m_context.borderRegion);
        if (estimate.lines.empty())
            return fail(ErrorCode::InvalidInput, NX_ERR("The estimate of %1 has no parts or labor yet"),
                { order.folio }, QStringLiteral("estimate"));
        const EstimateApproval approval { estimate.totals.gross, note.trimmed(), actor.name, now };
        if (Status ok = m_orders.setEstimate(order.id, approval, now); !ok)
            return ok;
        QJsonObject payload = serviceOrderFact(order, newId(), actor, now);
        payload.insert(QStringLiteral("estimate_cents"), approval.amount.centavos());
        payload.insert(QStringLiteral("note"), approval.note);
        return append(serviceordermutation::kEstimateApproved, payload, now);
    });
}

Result<ServiceOrder> ServiceOrderService::sendEstimate(const QString &orderId, const WorkshopActor &actor)
{
    return update(orderId, actor, TransitionGate::Advisor, [&](ServiceOrder &order, const QString &now) -> Status {
        const ServiceOrderCharge estimate = serviceOrderCharge(order, m_context.borderRegion);
        if (estimate.lines.empty())
            return fail(ErrorCode::InvalidInput, NX_ERR("The estimate of %1 has no parts or labor yet"),
                { order.folio }, QStringLiteral("estimate"));
        if (order.estimate && order.estimate->amount == estimate.totals.gross)
            return fail(ErrorCode::Conflict, NX_ERR("The customer already approved the estimate of %1"),
                { order.folio }, QStringLiteral("estimate"));
        // Said in the order's notes (a note fact: the other counters and the server see that it was sent), and the
        // note's id keys the messages: sending again after a change is a new event.
        const QString amount = estimate.totals.gross.format(QLocale(QLocale::Spanish, QLocale::Mexico));
        const ServiceOrderNote note { newId(), actor.userId, actor.name,
            QCoreApplication::translate("nexus::Workshop", "Estimate of %1 sent to the customer for approval")
                .arg(amount),
            now };
        if (Status ok = m_orders.insertNote(order.id, note); !ok)
            return ok;
        QJsonObject payload = serviceOrderFact(order, note.id, actor, now);
        payload.insert(QStringLiteral("text"), note.text);
        if (Status ok = append(serviceordermutation::kNoteAdded, payload, now); !ok)
            return ok;
        publishToCustomer(domainevent::kServiceOrderEstimateReady, order, note.id, estimate.totals.gross);
        return {};
    });
}

Result<ServiceOrderCharge> ServiceOrderService::charge(const QString &orderId) const
{
    Result<ServiceOrder> order = m_orders.load(orderId);
    if (!order)
        return std::unexpected(order.error());
    return serviceOrderCharge(*order, m_context.borderRegion);
}

Status ServiceOrderService::markCharged(ServiceOrder &order, const QString &saleId, const QString &saleFolio,
    const WorkshopActor &actor, const QString &now)
{
    if (saleId.trimmed().isEmpty())
        return fail(
            ErrorCode::InvalidInput, NX_ERR("Name the sale that charged the order"), {}, QStringLiteral("sale"));
    if (order.status != ServiceOrderStatus::Ready && order.status != ServiceOrderStatus::Delivered)
        return fail(ErrorCode::Conflict, NX_ERR("The order %1 is charged when it is ready, not in \"%2\""),
            { order.folio, serviceOrderStatusName(order.status) }, QStringLiteral("status"));
    if (!order.saleId.isEmpty())
        return fail(ErrorCode::Conflict, NX_ERR("The order %1 was charged already with the sale %2"),
            { order.folio, order.saleFolio }, QStringLiteral("sale"));
    QStringList charged;
    for (const ServiceOrderPart &part : order.parts) {
        if (part.status != PartLineStatus::Reserved)
            continue;
        if (Status ok = m_reservations.change(part.partId, part.warehouseId, -part.quantity); !ok)
            return ok;
        if (Status ok = m_orders.setPartStatus(part.id, PartLineStatus::Charged, now); !ok)
            return ok;
        charged << part.id;
    }
    if (Status ok = m_orders.setSale(order.id, saleId, saleFolio, now); !ok)
        return ok;
    QJsonObject payload = serviceOrderFact(order, newId(), actor, now);
    payload.insert(QStringLiteral("sale_id"), saleId);
    payload.insert(QStringLiteral("sale_folio"), saleFolio);
    payload.insert(QStringLiteral("charged_lines"), QJsonArray::fromStringList(charged));
    return append(serviceordermutation::kCharged, payload, now);
}

Result<ServiceOrder> ServiceOrderService::recordCharged(
    const QString &orderId, const QString &saleId, const QString &saleFolio, const WorkshopActor &actor)
{
    // A delivered order may still be charged (handed over first, paid at the counter after).
    const bool closedToo = true;
    return update(
        orderId, actor, TransitionGate::Advisor,
        [&](ServiceOrder &order, const QString &now) { return markCharged(order, saleId, saleFolio, actor, now); },
        closedToo);
}

Status ServiceOrderService::chargeInSale(
    const Cart &cart, const QString &saleId, const QString &saleFolio, const WorkshopActor &actor)
{
    return chargeTicket(cart, saleId, saleFolio, actor, TicketBasis::OrderCharge);
}

Status ServiceOrderService::chargeAcceptedInSale(
    const Cart &cart, const QString &saleId, const QString &saleFolio, const WorkshopActor &actor)
{
    return chargeTicket(cart, saleId, saleFolio, actor, TicketBasis::ReservedParts);
}

Status ServiceOrderService::chargeTicket(
    const Cart &cart, const QString &saleId, const QString &saleFolio, const WorkshopActor &actor, TicketBasis basis)
{
    const bool closedToo = true; // delivered first, paid after
    return applyChange(
        cart.serviceOrderId(), actor, TransitionGate::Advisor,
        [&](ServiceOrder &order, const QString &now) -> Status {
            if (Status same = checkTicketMatches(order, cart, basis); !same)
                return same;
            if (Status ok = markCharged(order, saleId, saleFolio, actor, now); !ok)
                return ok;
            if (order.status != ServiceOrderStatus::Ready)
                return {};
            // Paid at the counter: the car is handed over.
            const QString note = cart.quoteFolio().isEmpty()
                ? QStringLiteral("sale %1").arg(saleFolio)
                : QStringLiteral("sale %1, quote %2").arg(saleFolio, cart.quoteFolio());
            const StatusChange change { newId(), order.status, ServiceOrderStatus::Delivered, actor.userId, actor.name,
                {}, {}, note, now };
            if (Status ok = m_orders.setStatus(order.id, ServiceOrderStatus::Delivered, now); !ok)
                return ok;
            if (Status ok = m_orders.insertHistory(order.id, change); !ok)
                return ok;
            return append(serviceordermutation::kMoved, movedPayload(order, change, actor, {}), now);
        },
        closedToo);
}

Status ServiceOrderService::checkTicketMatches(const ServiceOrder &order, const Cart &cart, TicketBasis basis) const
{
    // Each line the order charges, once, with the quantity, warehouse and price the workshop gave it; for a quote's
    // ticket, each reserved part with its quantity and warehouse (the labor and the prices are the quote's).
    const bool partsOnly = basis == TicketBasis::ReservedParts;
    const ServiceOrderCharge expected = serviceOrderCharge(order, m_context.borderRegion);
    std::vector<const CartLine *> wanted;
    for (const ServiceOrderChargeLine &line : expected.lines)
        if (!partsOnly || line.stockItem)
            wanted.push_back(&line.line);
    std::vector<const CartLine *> ticket;
    for (const CartLine &line : cart.lines())
        if (!line.sourceLineId.isEmpty() && (!partsOnly || !line.item.service))
            ticket.push_back(&line);
    bool same = ticket.size() == wanted.size();
    for (std::size_t i = 0; same && i < ticket.size(); ++i) {
        const CartLine &want = *wanted[i];
        const CartLine &have = *ticket[i];
        same = have.sourceLineId == want.sourceLineId && have.quantity == want.quantity
            && have.item.partId == want.item.partId && have.item.warehouseId == want.item.warehouseId
            && have.item.service == want.item.service && (partsOnly || have.item.unitPrice == want.item.unitPrice);
    }
    if (!same)
        return fail(ErrorCode::Conflict,
            NX_ERR("The service order %1 changed since it was put on the ticket: take it off and load it again"),
            { order.folio }, QStringLiteral("service_order"));
    return {};
}

} // namespace nexus
