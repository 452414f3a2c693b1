// planPartSourcing: the branch's own availability first, then the other branches' pulled stock.
#include "workshop/partsourcing.h"

#include "inventory/branchdirectory.h"
#include "sales/branchstock.h"
#include "workshop/stockreservations.h"

#include <QSet>

#include <algorithm>

namespace nexus {

Result<PartSourcingPlan> planPartSourcing(
    Database &db, const QString &branchId, qint64 partId, const QString &warehouseId, Quantity quantity)
{
    PartSourcingPlan plan;
    StockReservations reservations(db);
    Result<StockAvailability> here = reservations.of(partId, warehouseId);
    if (!here)
        return std::unexpected(here.error());
    plan.reserveHere = std::clamp(here->available(), Quantity(), quantity);
    Quantity missing = quantity - plan.reserveHere;
    if (missing == Quantity())
        return plan;

    BranchStock stock(db);
    Result<QList<BranchWarehouse>> warehouses = stock.warehouses(branchId);
    if (!warehouses)
        return std::unexpected(warehouses.error());
    std::vector<std::pair<QString, Quantity>> others;
    QStringList ownIds;
    for (const BranchWarehouse &warehouse : *warehouses) {
        ownIds << warehouse.id;
        if (warehouse.id == warehouseId)
            continue;
        Result<StockAvailability> there = reservations.of(partId, warehouse.id);
        if (!there)
            return std::unexpected(there.error());
        if (there->available() > Quantity())
            others.emplace_back(warehouse.id, there->available());
    }
    std::ranges::stable_sort(others, [](const auto &a, const auto &b) { return b.second < a.second; });
    for (const auto &[id, available] : others) {
        if (missing == Quantity())
            break;
        const Quantity take = std::min(available, missing);
        plan.reserveElsewhere.emplace_back(id, take);
        missing = missing - take;
    }
    if (missing == Quantity())
        return plan;

    // Only a branch this device knows can be asked (TransferService refuses the others).
    Result<QList<BranchInfo>> known = otherBranches(db, branchId);
    if (!known)
        return std::unexpected(known.error());
    QSet<QString> askable;
    for (const BranchInfo &branch : *known)
        askable.insert(branch.id);
    if (!ownIds.contains(warehouseId))
        ownIds << warehouseId;
    Result<OtherBranchStockByPart> remote = stock.otherBranches({ partId }, ownIds);
    if (!remote)
        return std::unexpected(remote.error());
    for (const OtherBranchStock &branch : remote->value(partId)) {
        if (!askable.contains(branch.branchId) || branch.branchId == branchId || branch.quantity <= Quantity())
            continue;
        if (branch.quantity > plan.transferBranchStock) {
            plan.transferBranchId = branch.branchId;
            plan.transferBranchName = branch.branchName;
            plan.transferBranchStock = branch.quantity;
        }
    }
    if (!plan.transferBranchId.isEmpty()) {
        plan.transfer = std::min(plan.transferBranchStock, missing);
        missing = missing - plan.transfer;
    }
    plan.purchase = missing;
    return plan;
}

} // namespace nexus
