// Transfers between branches at the counter: each step (request, ship, receive, cancel) is one durable transaction
// that writes its facts, the stock movements it causes (transfer_out at the sender, transfer_in at the receiver), the
// audit entry and its outbox mutation; the other branch learns of it through the server ("transfers" bucket).
#pragma once

#include <QJsonObject>

#include <functional>
#include <optional>
#include <vector>

#include "auth/role.h"
#include "common/error.h"
#include "inventory/transfer.h"
#include "inventory/transferstore.h"

namespace nexus {

class Clock;
class Database;
enum class Permission;
struct CartLine;

// Who takes the step: the signed-in user (the display name travels, the other branch has no row for them).
struct TransferActor
{
    QString userId;
    QString displayName;
    Role role = Role::Cashier;
};

// This device: its branch and the series its transfer folios use ("GDL1" → "GDL1-T000001").
struct TransferContext
{
    QString deviceId;
    QString branchId;
    QString folioSeries;
};

struct TransferRequestLine
{
    qint64 partId = 0;
    QString sku;
    QString description;
    Quantity quantity;
};

struct TransferRequest
{
    QString fromBranchId; // the branch asked to send the parts
    QString toWarehouseId; // of this branch: where they will go
    QString note;
    std::vector<TransferRequestLine> lines; // the same part twice becomes one line
};

struct TransferShipmentRequest
{
    QString transferId;
    std::vector<TransferShipmentLine> lines; // per line of the transfer: quantity (≤ requested) and warehouse
    QString carrier;
    QString tracking;
    QString note;
};

struct TransferReceiptRequest
{
    QString transferId;
    std::vector<TransferReceiptLine> lines; // per line: received, missing (with reason), warehouse
    QString note;
};

class TransferService final
{
public:
    TransferService(Database &db, const Clock &clock, TransferContext context);

    // The receiving branch (this one) asks `fromBranchId` for parts. Needs RequestTransfer.
    [[nodiscard]] Result<Transfer> request(const TransferRequest &request, const TransferActor &actor);
    // The sending branch (this one) ships a requested transfer: its pieces leave its warehouses (transfer_out) and
    // are in transit. Needs ManageTransfers.
    [[nodiscard]] Result<Transfer> ship(const TransferShipmentRequest &request, const TransferActor &actor);
    // The receiving branch (this one) receives all or part of what is in transit (transfer_in); shortages and
    // more-than-shipped are recorded with their reason. Needs ManageTransfers.
    [[nodiscard]] Result<Transfer> receive(const TransferReceiptRequest &request, const TransferActor &actor);
    // Either branch withdraws a transfer that has not shipped. Needs ManageTransfers.
    [[nodiscard]] Result<Transfer> cancel(const QString &transferId, const QString &reason, const TransferActor &actor);
    // request() and cancel() inside the caller's transaction (a service order asking for its missing part, or
    // withdrawing it with the order): the same checks, rows, audit entry and fact, committed with the caller's change.
    [[nodiscard]] Result<Transfer> requestWithin(const TransferRequest &request, const TransferActor &actor);
    // requestWithin() for the parts an open service order of this branch lacks: needs only
    // RequestTransferForServiceOrder (a mechanic at the kiosk holds it, not RequestTransfer); NotFound when the order
    // is not on this computer for this branch, Conflict when it is delivered or cancelled. Audited with the order.
    [[nodiscard]] Result<Transfer> requestForServiceOrderWithin(
        const QString &serviceOrderId, const TransferRequest &request, const TransferActor &actor);
    [[nodiscard]] Result<Transfer> cancelWithin(
        const QString &transferId, const QString &reason, const TransferActor &actor);

    // A cart line the counter cannot serve from this branch becomes a request to `fromBranchId` for the line's part
    // and quantity, to arrive in the line's warehouse (issue 4). Same rules as request().
    [[nodiscard]] Result<Transfer> requestTransferForCartLine(
        const CartLine &line, const QString &fromBranchId, const TransferActor &actor, const QString &note = {});

    [[nodiscard]] Result<std::optional<Transfer>> find(const QString &transferId) const;
    // This branch's transfers (sent or received), newest first.
    [[nodiscard]] Result<std::vector<Transfer>> list(TransferFilter filter = {}) const;

private:
    [[nodiscard]] Status checkActor(const TransferActor &actor, Permission permission) const;
    [[nodiscard]] Status checkOpenServiceOrder(const QString &serviceOrderId) const;
    // requestWithin() once the actor's right was checked; `serviceOrderId` ('' none) goes into the audit entry.
    [[nodiscard]] Result<Transfer> insertRequest(
        const TransferRequest &request, const TransferActor &actor, const QString &serviceOrderId);
    [[nodiscard]] Status checkOwnWarehouse(const QString &warehouseId, const QString &field) const;
    [[nodiscard]] Result<Transfer> load(const QString &transferId) const;
    [[nodiscard]] Result<QString> nextFolio();
    // One step in one write transaction: the transfer is loaded inside it, `step` checks and writes, then commit.
    [[nodiscard]] Result<Transfer> takeStep(const QString &transferId, const std::function<Status(Transfer &)> &step);
    // The step's movements (id "<step id>:<line no>") for every line that moves pieces, into (transfer_in) or out of
    // (transfer_out) this branch's warehouses; a warehouse of another branch refuses the step.
    template <typename StepLine>
    [[nodiscard]] Status postMovements(const Transfer &transfer, const QString &stepId,
        const std::vector<StepLine> &lines, bool inbound, const QString &userId, const QString &atUtc);
    [[nodiscard]] Status cancelStep(Transfer &transfer, const QString &reason, const TransferActor &actor);
    [[nodiscard]] Status record(const Transfer &transfer, const QString &action, const char *mutationType,
        const QJsonObject &payload, const QString &atUtc, const QString &userId, const QString &serviceOrderId = {});

    Database &m_db;
    const Clock &m_clock;
    TransferContext m_context;
};

} // namespace nexus
