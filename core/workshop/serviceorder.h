// A service order of the workshop as the device holds it: who and which car, what is wrong, the parts and labor,
// the inspection checklist, the approved estimate and the history of its moves.
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

#include "auth/role.h"
#include "common/money.h"
#include "common/quantity.h"
#include "common/tax.h"
#include "workshop/serviceorderstatus.h"

namespace nexus {

// The customer as the order shows it. The id is the customers row once the advisor linked one ('' until then);
// the name and phone are a copy taken when the order was opened, so the board never waits for the customer module.
struct CustomerSnapshot
{
    QString customerId;
    QString name;
    QString phone;
};

// The vehicle as it came in: its id in the customers module ('' until linked) and a copy of what identifies it.
struct VehicleSnapshot
{
    QString vehicleId;
    QString plates;
    QString vin;
    QString make;
    QString model;
    int year = 0;
    qint64 mileageKm = 0; // odometer at reception
};

// Who does something on an order: the logged-in person, or the manager who authorised it with a PIN.
struct WorkshopActor
{
    QString userId;
    QString name;
    Role role = Role::Mechanic;
};

enum class PartLineStatus {
    Requested, // a mechanic asked for it; nothing is reserved yet
    Reserved, // taken from the warehouse's available stock for this order
    Released, // removed from the order or the order was cancelled: the reservation was given back
    Charged, // sold at the counter with the order: the sale's stock movement took it out
};

// What a requested line of a catalogue part waits for when its warehouse could not give it (serviceordersourcing.cpp):
// a transfer another branch was asked for, or a purchase suggestion (then the purchase order it went into).
enum class PartSourceKind { None, Transfer, Purchase };

struct PartSource
{
    PartSourceKind kind = PartSourceKind::None;
    QString refId; // transfers.id or purchase_suggestions.id
    QString folio; // the transfer's folio; the purchase order's once the suggestion was ordered ('' before)
    QString fromBranch; // a transfer: the branch asked (its name as known here)
    bool withdrawn = false; // the transfer was cancelled, or the suggestion withdrawn
};

struct ServiceOrderPart
{
    QString id;
    int lineNo = 0;
    qint64 partId = 0; // 0 for a request by description that no catalogue part matches yet
    QString sku;
    QString description;
    QString warehouseId; // '' while only requested
    Quantity quantity;
    Money unitPrice; // tax included, from the order's price list when it was reserved
    Money retailPrice;
    Money cost;
    TaxRate tax = TaxRate::iva16();
    int priceVersion = 1;
    // false: pulled from a server copy that does not know retailPrice, cost and priceVersion (the line came up in a
    // schema-1 service_order fact); the counter takes them from its catalogue when it charges the line
    // (priceFromCatalogue, serviceordercharge.h).
    bool priced = true;
    QString satProductKey;
    QString satUnitKey;
    PartLineStatus status = PartLineStatus::Requested;
    QString note;
    QString addedBy; // user name
    QString addedAt; // UTC ISO-8601
    PartSource source; // kind None unless the line waits for a transfer or a purchase
};

enum class LaborPricing {
    Hourly, // hours × rate
    Flat, // a fixed price for the job
};

struct ServiceOrderLabor
{
    QString id;
    int lineNo = 0;
    QString description;
    QString mechanicId;
    QString mechanicName;
    LaborPricing pricing = LaborPricing::Hourly;
    Quantity hours; // thousandths of an hour (hourly)
    Money rate; // per hour, tax included (hourly)
    Money amount; // what the line costs, tax included: rate × hours or the flat price
    TaxRate tax = TaxRate::iva16();
    QString addedBy;
    QString addedAt;
};

enum class ChecklistState { Unchecked, Ok, Attention, Urgent };

struct ChecklistItem
{
    int itemNo = 0;
    QString code; // a standard item ("brakes"…) or "custom"
    QString label; // the text of a custom item; standard items are translated from their code
    ChecklistState state = ChecklistState::Unchecked;
    QString note;
};

struct StatusChange
{
    QString id;
    std::optional<ServiceOrderStatus> from; // none for the opening
    ServiceOrderStatus to = ServiceOrderStatus::Received;
    QString userId;
    QString userName;
    QString authorizedById; // the manager whose PIN authorised it, if any
    QString authorizedBy; // their name
    QString note;
    QString at; // UTC ISO-8601
};

struct ServiceOrderNote
{
    QString id;
    QString userId;
    QString userName;
    QString text;
    QString at;
};

// The customer's approval of the estimate: the total they agreed to, how (signature, phone, WhatsApp) and who took it.
struct EstimateApproval
{
    Money amount;
    QString note;
    QString recordedBy;
    QString at;
};

// Promised, not yet ready or closed, and the promise has passed.
[[nodiscard]] inline bool isPromiseLate(const QDateTime &promisedAt, ServiceOrderStatus status, const QDateTime &nowUtc)
{
    return promisedAt.isValid() && nowUtc > promisedAt && !isClosedStatus(status)
        && status != ServiceOrderStatus::Ready;
}

struct ServiceOrder
{
    QString id;
    QString folio; // "OS-000001": per branch
    QString branchId;
    ServiceOrderStatus status = ServiceOrderStatus::Received;
    CustomerSnapshot customer;
    VehicleSnapshot vehicle;
    QString complaint; // what the customer says is wrong
    QString diagnosis;
    QString mechanicId; // '' unassigned
    QString mechanicName;
    QDateTime promisedAt; // UTC; invalid when nobody promised a time
    std::optional<EstimateApproval> estimate;
    QString saleId; // the counter sale that charged it
    QString saleFolio;
    QString openedBy;
    QString openedAt;
    QString updatedAt;
    std::vector<ServiceOrderPart> parts;
    std::vector<ServiceOrderLabor> labor;
    std::vector<ChecklistItem> checklist;
    std::vector<StatusChange> history;
    std::vector<ServiceOrderNote> notes;

    [[nodiscard]] bool isLate(const QDateTime &nowUtc) const { return isPromiseLate(promisedAt, status, nowUtc); }
};

// One card of the board: what the column shows without loading the lines.
struct ServiceOrderCard
{
    QString id;
    QString folio;
    ServiceOrderStatus status = ServiceOrderStatus::Received;
    QString customerName;
    QString vehicle; // "Nissan Versa 2019"
    QString plates;
    QString mechanicId;
    QString mechanicName;
    QDateTime promisedAt;
    QString updatedAt;
    int requestedParts = 0; // parts a mechanic asked for that nobody reserved yet

    [[nodiscard]] bool isLate(const QDateTime &nowUtc) const { return isPromiseLate(promisedAt, status, nowUtc); }
};

// The number of a folio, whatever its series: "OS-000015", "MTY1A2B-OS000015", "OS-000015/BEEF" → 15 (0: none).
[[nodiscard]] qint64 serviceOrderNumber(const QString &folio);
[[nodiscard]] QString partLineStatusCode(PartLineStatus status); // requested, reserved, released, charged
[[nodiscard]] Result<PartLineStatus> partLineStatusFromCode(const QString &code);
[[nodiscard]] QString laborPricingCode(LaborPricing pricing); // hourly, flat
[[nodiscard]] Result<LaborPricing> laborPricingFromCode(const QString &code);
[[nodiscard]] QString checklistStateCode(ChecklistState state); // unchecked, ok, attention, urgent
[[nodiscard]] Result<ChecklistState> checklistStateFromCode(const QString &code);
[[nodiscard]] QString checklistStateName(ChecklistState state); // translated
[[nodiscard]] QString partLineStatusName(PartLineStatus status); // translated

// "Nissan Versa 2019" from the snapshot (blank parts left out).
[[nodiscard]] QString vehicleTitle(const VehicleSnapshot &vehicle);

} // namespace nexus
