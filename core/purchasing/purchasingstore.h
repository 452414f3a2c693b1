// SQL of purchasing in nexus.db: suppliers and their parts, purchase orders with lines and receipts, the branch's
// average costs and supplier payments. Writes are called inside the service's transaction.
#pragma once

#include <optional>
#include <vector>

#include "common/error.h"
#include "purchasing/purchaseorder.h"
#include "purchasing/purchasepayload.h"
#include "purchasing/supplier.h"

namespace nexus {

class Database;

// What is owed to one supplier: the value of every receipt (MXN) minus what was paid.
struct SupplierPayable
{
    QString supplierId;
    QString supplierName;
    int creditDays = 0;
    qint64 receivedCents = 0;
    qint64 paidCents = 0;
    QString oldestReceiptUtc; // of the receipts; empty when nothing was received
    [[nodiscard]] qint64 balanceCents() const { return receivedCents - paidCents; }
};

class PurchasingStore final
{
public:
    explicit PurchasingStore(Database &db) : m_db(db) {}

    [[nodiscard]] Status upsertSupplier(const Supplier &supplier, const QString &userId);
    [[nodiscard]] Result<std::optional<Supplier>> supplier(const QString &id) const;
    // By name; inactive ones too when asked.
    [[nodiscard]] Result<std::vector<Supplier>> suppliers(bool includeInactive) const;
    // The supplier a suggested order for the part goes to: the preferred one, else the one it was bought from last.
    [[nodiscard]] Result<std::optional<QString>> preferredSupplier(qint64 partId) const;
    [[nodiscard]] Status setLastCost(const QString &supplierId, const PurchaseOrderLine &line, qint64 unitCostCents);

    // Header and lines (replaced): a draft's lines may change.
    [[nodiscard]] Status writeOrder(const PurchaseOrder &order);
    [[nodiscard]] Result<std::optional<PurchaseOrder>> order(const QString &id) const;
    // Newest first; every status when `status` is empty.
    [[nodiscard]] Result<std::vector<PurchaseOrder>> orders(std::optional<PurchaseOrderStatus> status) const;
    [[nodiscard]] Status insertReceipt(const PurchaseReceipt &receipt);

    // The branch's average cost of a part (MXN centavos); empty when it was never received here.
    [[nodiscard]] Result<std::optional<qint64>> averageCost(qint64 partId) const;
    [[nodiscard]] Status setAverageCost(qint64 partId, qint64 cents, const QString &atUtc);
    // What the branch holds of the part over its own warehouses (thousandths).
    [[nodiscard]] Result<Quantity> onHand(qint64 partId, const QString &branchId) const;

    [[nodiscard]] Status insertPayment(const SupplierPayment &payment);
    [[nodiscard]] Result<std::vector<SupplierPayable>> payables() const;

private:
    Database &m_db;
};

} // namespace nexus
