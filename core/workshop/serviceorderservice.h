// The workshop's rules: opening an order, moving it through the transition table, parts reserved from stock, labor,
// diagnosis, checklist, notes, estimate approval and charging. Each call checks its input and the person's rights
// first, then writes the change and its outbox fact in one transaction: on any error nothing changes.
//
// A mechanic's part (decision, issue 9): what a store owner expects is that the car does not wait for the service
// advisor to pass by. So a catalogue part a mechanic asks for at the kiosk (requestStockPart) is sourced right away
// with the counter's own code (supplyPart's plan): reserved from what the branch has, a transfer request for the rest
// to the branch with most of it, a purchase suggestion for what no branch has. A mechanic does NOT get the general
// RequestTransfer (asking any branch for anything, from the inventory screen) nor ManageTransfers (ship, receive,
// cancel): only RequestTransferForServiceOrder, checked by TransferService::requestForServiceOrderWithin, which needs
// an open order of this branch, names it in the request's note and audit entry, and only asks — the other branch's
// people still approve and ship, no stock moves until then. A second ask for a part the order already waits for is
// refused (a double tap or a mechanic who did not see the first one must not ask another branch twice); more of it,
// or withdrawing it, is the advisor's. A part the mechanic can only describe stays a request the advisor turns into
// a catalogue part (supplyRequested).
#pragma once

#include <QDateTime>

#include <functional>
#include <optional>

#include "common/error.h"
#include "sales/cart.h"
#include "workshop/serviceorder.h"
#include "workshop/serviceordercharge.h"
#include "workshop/serviceorderrepository.h"
#include "workshop/serviceordertransitions.h"
#include "workshop/stockreservations.h"

namespace nexus {

class Clock;
class Database;

struct WorkshopContext
{
    QString deviceId;
    QString branchId;
    bool borderRegion = false; // IVA 8 % in the border region, as the counter charges it
    // The device's ticket series ("MTY1"): its orders are "MTY1-OS000001"…, so the orders of every device of the
    // branch (they all come down to each of them) keep unique folios. '' (tests, an unenrolled store): "OS-000001".
    // The transfer requests a missing part makes take their folio from it too ("MTY1-T000001").
    QString folioSeries;
};

struct NewServiceOrder
{
    CustomerSnapshot customer;
    VehicleSnapshot vehicle;
    QString complaint;
    QString mechanicId; // '' unassigned
    QString mechanicName;
    QDateTime promisedAt; // UTC; invalid: nothing promised
};

// A part from the catalogue (CartItemLookup::item, with its warehouse and price) to reserve for the order.
struct PartToAdd
{
    CartItem item;
    Quantity quantity;
    QString note;
};

// A part a mechanic asks for: by description, or a catalogue part when they found it (partId > 0).
struct PartRequest
{
    QString description;
    Quantity quantity;
    QString note;
    qint64 partId = 0;
    QString sku;
};

// What became of a part the advisor asked for (supplyPart, supplyRequested): what was reserved in this branch, what
// another branch was asked to send and what waits for a purchase.
struct PartSupplyOutcome
{
    ServiceOrder order; // as stored afterwards
    Quantity reserved; // in the warehouse asked for and the branch's other warehouses
    Quantity reservedElsewhere; // of `reserved`, from another warehouse of this branch
    Quantity transferred; // asked from another branch
    QString transferFolio;
    QString transferBranch; // its name
    Quantity transferBranchStock; // what that branch had as of the last pull (the most of any branch)
    Quantity toPurchase; // added to the purchase suggestions

    [[nodiscard]] bool waits() const { return transferred > Quantity() || toPurchase > Quantity(); }
};

struct LaborToAdd
{
    QString description;
    LaborPricing pricing = LaborPricing::Hourly;
    Quantity hours; // hourly
    Money rate; // hourly, per hour, tax included
    Money flatPrice; // flat, tax included
    QString mechanicId;
    QString mechanicName;
};

class ServiceOrderService final
{
public:
    // The branch's labor rate per hour when none is configured (settings.workshop_labor_rate_cents).
    static constexpr qint64 kDefaultLaborRateCents = 45000;
    static inline const QString kLaborRateSetting = QStringLiteral("workshop_labor_rate_cents");

    ServiceOrderService(Database &db, const Clock &clock, WorkshopContext context);

    // The advisor receives a car: folio OS-NNNNNN of the branch, the standard checklist, status received.
    [[nodiscard]] Result<ServiceOrder> open(const NewServiceOrder &order, const WorkshopActor &actor);
    [[nodiscard]] Result<ServiceOrder> load(const QString &orderId) const;
    [[nodiscard]] Result<std::vector<ServiceOrderCard>> board(const BoardFilter &filter) const;

    // Moves an order the caller saw in `expectedFrom` (Conflict when it has moved meanwhile) to `to`, by the
    // transition table: the actor's role, or `authorizedBy` (a manager who typed their PIN), must pass the gate.
    // Cancelling gives the reserved parts back.
    [[nodiscard]] Result<ServiceOrder> move(const QString &orderId, ServiceOrderStatus expectedFrom,
        ServiceOrderStatus to, const WorkshopActor &actor, const QString &note,
        const std::optional<WorkshopActor> &authorizedBy = std::nullopt);

    // Reserves a catalogue part from its warehouse; Conflict (field "quantity") when less than that is available.
    [[nodiscard]] Result<ServiceOrder> addPart(
        const QString &orderId, const PartToAdd &part, const WorkshopActor &actor);
    // A mechanic asks for a part: nothing is reserved until the advisor reserves it.
    [[nodiscard]] Result<ServiceOrder> requestPart(
        const QString &orderId, const PartRequest &request, const WorkshopActor &actor);
    // Turns a requested line into a reservation of `item` (the part chosen, from its warehouse).
    [[nodiscard]] Result<ServiceOrder> reserveRequested(
        const QString &orderId, const QString &lineId, const CartItem &item, const WorkshopActor &actor);
    // Reserves what this branch has of the part (its warehouse first, then the branch's other warehouses) and asks for
    // the rest on lines that wait: a transfer request to the other branch with the most of it as of the last pull
    // (its note names the order's folio; TransferService's rules, permission and fact), or, when no branch has it, a
    // purchase suggestion for purchasing's next draft orders. One transaction with every line, fact and request.
    [[nodiscard]] Result<PartSupplyOutcome> supplyPart(
        const QString &orderId, const PartToAdd &part, const WorkshopActor &actor);
    // supplyPart for a mechanic at the kiosk (the Workshop gate: their own order): the same sourcing, with the
    // transfer asked under RequestTransferForServiceOrder. Conflict (field "part") when the order already waits for a
    // transfer or purchase of that part: nothing is asked twice.
    [[nodiscard]] Result<PartSupplyOutcome> requestStockPart(
        const QString &orderId, const PartToAdd &part, const WorkshopActor &actor);
    // The same for a requested line (a mechanic's request) once the advisor chose its catalogue part: the line takes
    // the first share. Conflict when the line already waits for a transfer or a purchase: nothing is asked twice.
    [[nodiscard]] Result<PartSupplyOutcome> supplyRequested(
        const QString &orderId, const QString &lineId, const CartItem &item, const WorkshopActor &actor);
    // Reserves the waiting lines whose pieces have arrived (a received transfer or purchase: available in the line's
    // warehouse again), at the price the line was asked at. Conflict when none has arrived.
    [[nodiscard]] Result<ServiceOrder> reserveArrived(const QString &orderId, const WorkshopActor &actor);
    // Takes a requested or reserved line off the order (a reservation is given back).
    [[nodiscard]] Result<ServiceOrder> removePart(
        const QString &orderId, const QString &lineId, const WorkshopActor &actor);
    [[nodiscard]] Result<ServiceOrder> addLabor(
        const QString &orderId, const LaborToAdd &labor, const WorkshopActor &actor);
    [[nodiscard]] Result<ServiceOrder> removeLabor(
        const QString &orderId, const QString &lineId, const WorkshopActor &actor);
    [[nodiscard]] Result<ServiceOrder> setDiagnosis(
        const QString &orderId, const QString &diagnosis, const WorkshopActor &actor);
    [[nodiscard]] Result<ServiceOrder> setChecklistItem(
        const QString &orderId, int itemNo, ChecklistState state, const QString &note, const WorkshopActor &actor);
    [[nodiscard]] Result<ServiceOrder> addNote(const QString &orderId, const QString &text, const WorkshopActor &actor);
    [[nodiscard]] Result<ServiceOrder> assignMechanic(
        const QString &orderId, const QString &mechanicId, const QString &mechanicName, const WorkshopActor &actor);
    [[nodiscard]] Result<ServiceOrder> setPromisedAt(
        const QString &orderId, const QDateTime &promisedAtUtc, const WorkshopActor &actor);
    // The customer approved the estimate as it stands now (its total is recorded); `note` says how.
    [[nodiscard]] Result<ServiceOrder> approveEstimate(
        const QString &orderId, const QString &note, const WorkshopActor &actor);

    // The estimate as it stands goes to the customer for approval: a note on the order and the estimate_ready
    // messages (WhatsApp, e-mail) queued in the same transaction, sent when the device is online. Refused when
    // there is nothing to estimate or the customer already approved this very amount.
    [[nodiscard]] Result<ServiceOrder> sendEstimate(const QString &orderId, const WorkshopActor &actor);

    // What the counter charges for the order (see serviceordercharge.h).
    [[nodiscard]] Result<ServiceOrderCharge> charge(const QString &orderId) const;
    // After the counter's sale: the reserved parts become charged (the sale's movements took them out of stock) and
    // the order remembers its sale. Only for a ready or delivered order, once.
    [[nodiscard]] Result<ServiceOrder> recordCharged(
        const QString &orderId, const QString &saleId, const QString &saleFolio, const WorkshopActor &actor);
    // The counter's checkout step (CheckoutContext::inSale) for a ticket that charges a service order: inside the
    // sale's transaction, checks the ticket still carries exactly the order's lines (Conflict otherwise: the sale is
    // undone), turns its reservations into charged parts, records the sale, and hands a ready order over (delivered,
    // in its history with the sale's folio).
    [[nodiscard]] Status chargeInSale(
        const Cart &cart, const QString &saleId, const QString &saleFolio, const WorkshopActor &actor);
    // The same step for a ticket that converts a quote the customer accepted of this order (quotes/orderquote.h): the
    // ticket's labor and prices are the quote's (QuoteService checks them against the quote), but its parts must
    // still be exactly the order's reserved parts, since the sale takes them out of stock from their reservation.
    [[nodiscard]] Status chargeAcceptedInSale(
        const Cart &cart, const QString &saleId, const QString &saleFolio, const WorkshopActor &actor);

    [[nodiscard]] Result<StockAvailability> availability(qint64 partId, const QString &warehouseId) const;
    [[nodiscard]] Result<Money> laborRate() const;
    [[nodiscard]] const WorkshopContext &context() const { return m_context; }

private:
    // Checks the gate (and the mechanic's ownership), begins the transaction, loads the order, refuses a closed one
    // (unless closedToo), runs `change` and commits; returns the order as stored afterwards.
    using Change = std::function<Status(ServiceOrder &order, const QString &now)>;
    [[nodiscard]] Result<ServiceOrder> update(const QString &orderId, const WorkshopActor &actor, TransitionGate gate,
        const Change &change, bool closedToo = false);
    // update() inside the caller's transaction.
    [[nodiscard]] Status applyChange(const QString &orderId, const WorkshopActor &actor, TransitionGate gate,
        const Change &change, bool closedToo);
    [[nodiscard]] Status markCharged(ServiceOrder &order, const QString &saleId, const QString &saleFolio,
        const WorkshopActor &actor, const QString &now);
    // What the ticket must carry of the order: every line as the order charges it now, or (a quote's ticket) its
    // reserved parts.
    enum class TicketBasis { OrderCharge, ReservedParts };
    [[nodiscard]] Status chargeTicket(const Cart &cart, const QString &saleId, const QString &saleFolio,
        const WorkshopActor &actor, TicketBasis basis);
    [[nodiscard]] Status checkTicketMatches(const ServiceOrder &order, const Cart &cart, TicketBasis basis) const;
    // Conflict (field "quantity") when less than `quantity` of the item is available in its warehouse.
    [[nodiscard]] Status checkAvailable(const CartItem &item, Quantity quantity) const;
    // A new part line after the order's last one (reserved lines take their stock), with its fact; appended to
    // `order.parts`.
    [[nodiscard]] Status insertLine(
        ServiceOrder &order, ServiceOrderPart part, const WorkshopActor &actor, const QString &now);
    // supplyPart and requestStockPart: `gate` who may; `once` refuses a part the order already waits for.
    [[nodiscard]] Result<PartSupplyOutcome> supplyNewLines(
        const QString &orderId, const PartToAdd &part, const WorkshopActor &actor, TransitionGate gate, bool once);
    // supplyPart/supplyRequested inside the transaction: `lineId` the requested line that takes the first share ('' a
    // new line for each).
    [[nodiscard]] Status supply(ServiceOrder &order, const QString &lineId, const CartItem &item, Quantity quantity,
        const QString &note, const WorkshopActor &actor, const QString &now, PartSupplyOutcome &outcome);
    // The transfer request or purchase suggestion a waiting line no longer needs is withdrawn when the model allows
    // (a transfer not shipped yet, by someone who may manage transfers; a suggestion not ordered yet).
    [[nodiscard]] Status withdrawSource(
        const ServiceOrder &order, const ServiceOrderPart &part, const WorkshopActor &actor, bool mayManageTransfers);
    // One text column of the order and its fact.
    [[nodiscard]] Result<ServiceOrder> setHeaderText(const QString &orderId, const WorkshopActor &actor,
        TransitionGate gate, const QString &column, const char *type, const QString &value);
    [[nodiscard]] Status append(const char *type, const QJsonObject &payload, const QString &now);
    // Tells the database's listeners (notifications) about `order` for its customer (ready, estimate to approve),
    // inside the caller's transaction; `eventId` keys the messages, `total` is what the customer is told.
    void publishToCustomer(const char *type, const ServiceOrder &order, const QString &eventId, Money total);
    [[nodiscard]] QString nowUtc() const;

    Database &m_db;
    const Clock &m_clock;
    WorkshopContext m_context;
    ServiceOrderRepository m_orders;
    StockReservations m_reservations;
};

} // namespace nexus
