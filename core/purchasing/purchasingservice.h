// Purchasing at the branch: suppliers, purchase orders through their workflow, receipts against an order (stock
// 'receipt' movements, the branch's average cost, the supplier's last cost) and payments to suppliers. Every change is
// one transaction with its audit entry and its outbox fact; the server learns of it through the push.
#pragma once

#include <functional>
#include <optional>
#include <vector>

#include "auth/role.h"
#include "common/error.h"
#include "purchasing/purchaseorder.h"
#include "purchasing/purchasepayload.h"
#include "purchasing/purchasingstore.h"
#include "purchasing/supplier.h"

namespace nexus {

class Clock;
class Database;

struct PurchasingActor
{
    QString userId;
    QString displayName;
    Role role = Role::Cashier;
};

// This device: its branch and its folio series ("GDL1" → "GDL1-OC000001").
struct PurchasingContext
{
    QString deviceId;
    QString branchId;
    QString folioSeries;
};

// What the editor hands over for a draft: new when id is empty. The same part twice becomes one line.
struct PurchaseOrderDraft
{
    QString id;
    QString supplierId;
    QString warehouseId; // of this branch
    Currency currency = Currency::MXN;
    qint64 exchangeRateMicros = kExchangeRateOne; // MXN per USD × 10^6 for a USD order
    QString note;
    std::vector<PurchaseOrderLine> lines; // line numbers are assigned here
};

struct PurchaseReceiptLineRequest
{
    int lineNo = 0;
    Quantity quantity; // received now; 0 leaves the line out
    std::optional<qint64> unitCostCents; // as invoiced; empty: the order's cost
    QString warehouseId; // empty: the order's warehouse
};

struct PurchaseReceiptRequest
{
    QString orderId;
    QString supplierInvoice; // the supplier's factura or remisión number
    QString note;
    std::vector<PurchaseReceiptLineRequest> lines;
};

// A reorder suggestion (from the stock alerts, or one a service order left: purchasesuggestionlist.h): a part and
// how many to order.
struct PurchaseSuggestion
{
    qint64 partId = 0;
    QString sku;
    QString description;
    QString barcode;
    Quantity quantity;
    QString warehouseId; // where it is needed; empty: the first warehouse of the branch
    QString id; // a row of purchase_suggestions ('' for a stock alert's): marked ordered with its draft
    QString reason; // why, for the draft's note ("Service order OS-000012")
};

struct DraftOrdersOutcome
{
    std::vector<PurchaseOrder> orders; // one draft per preferred supplier
    std::vector<PurchaseSuggestion> unassigned; // parts no active supplier sells us
};

class PurchasingService final
{
public:
    PurchasingService(Database &db, const Clock &clock, PurchasingContext context);

    // Creates (empty id) or updates a supplier with its parts. Needs ManagePurchasing.
    [[nodiscard]] Result<Supplier> saveSupplier(const Supplier &supplier, const PurchasingActor &actor);
    [[nodiscard]] Result<std::vector<Supplier>> suppliers(bool includeInactive = true) const;
    [[nodiscard]] Result<std::optional<Supplier>> supplier(const QString &id) const;

    // Creates or rewrites a draft (only a draft can change). Needs ManagePurchasing.
    [[nodiscard]] Result<PurchaseOrder> saveDraft(const PurchaseOrderDraft &draft, const PurchasingActor &actor);
    // draft → sent: the PDF and the message were produced for the supplier.
    // `alsoSend` runs in the same transaction once the order is marked sent (queueing it to the supplier): when it
    // fails, the order stays as it was.
    using SentHook = std::function<Status(const PurchaseOrder &)>;
    [[nodiscard]] Result<PurchaseOrder> markSent(
        const QString &orderId, const PurchasingActor &actor, const SentHook &alsoSend = {});
    // draft/sent → cancelled, with a reason.
    [[nodiscard]] Result<PurchaseOrder> cancel(const QString &orderId, const QString &reason, const PurchasingActor &actor);
    // received/partially received → closed: nothing more is expected.
    [[nodiscard]] Result<PurchaseOrder> close(const QString &orderId, const PurchasingActor &actor);
    // Receives pieces of a sent or partially received order into this branch's warehouses.
    [[nodiscard]] Result<PurchaseOrder> receive(const PurchaseReceiptRequest &request, const PurchasingActor &actor);

    [[nodiscard]] Result<std::optional<PurchaseOrder>> order(const QString &orderId) const;
    [[nodiscard]] Result<std::vector<PurchaseOrder>> orders(std::optional<PurchaseOrderStatus> status = {}) const;

    // A payment to a supplier (MXN). Needs ManagePurchasing.
    [[nodiscard]] Result<SupplierPayment> recordPayment(const QString &supplierId, qint64 amountCents,
        const QString &method, const QString &reference, const PurchasingActor &actor);
    [[nodiscard]] Result<std::vector<SupplierPayable>> payables() const;
    [[nodiscard]] Result<std::optional<qint64>> averageCost(qint64 partId) const;

    // Groups suggestions by each part's preferred supplier into one draft per supplier, at the supplier's last cost
    // and in its currency (a USD supplier's draft needs `usdRateMicros`). Parts no active supplier sells are
    // returned unassigned. A suggestion with an id is marked ordered with its draft (its .ordered fact goes up), and
    // its reason goes into the draft's note. One transaction: all drafts or none; Conflict, nothing written, when a
    // suggestion is no longer open (drafted at another device of the branch and pulled since the list was read).
    [[nodiscard]] Result<DraftOrdersOutcome> createDraftPurchaseOrders(const std::vector<PurchaseSuggestion> &suggestions,
        const PurchasingActor &actor, qint64 usdRateMicros = 0);

private:
    [[nodiscard]] Status checkActor(const PurchasingActor &actor) const;
    [[nodiscard]] Status checkOwnWarehouse(const QString &warehouseId, const QString &field) const;
    [[nodiscard]] Result<PurchaseOrder> load(const QString &orderId) const;
    [[nodiscard]] Result<QString> nextFolio();
    [[nodiscard]] Result<PurchaseOrder> buildDraft(const PurchaseOrderDraft &draft, const PurchasingActor &actor);
    [[nodiscard]] Status writeDraft(PurchaseOrder &order, const PurchasingActor &actor, const QString &now);
    [[nodiscard]] Result<PurchaseOrder> changeStatus(const QString &orderId, PurchaseOrderStatus to,
        const QString &reason, const PurchasingActor &actor, const SentHook &also = {});
    [[nodiscard]] Status record(const QString &action, const QString &subject, const char *type,
        const QJsonObject &payload, const QString &now, const QString &userId);

    Database &m_db;
    const Clock &m_clock;
    PurchasingContext m_context;
};

} // namespace nexus
