// readPartStock: the counter's own reads (BranchStock) plus the open transfers of the part.
#include "inventory/partstock.h"

#include "inventory/transferstore.h"
#include "sales/branchstock.h"
#include "store/database.h"

namespace nexus {

Result<PartStock> readPartStock(Database &db, qint64 partId, const QString &ownBranchId)
{
    PartStock stock;
    BranchStock branch(db);
    Result<QList<BranchWarehouse>> warehouses = branch.warehouses(ownBranchId);
    if (!warehouses)
        return std::unexpected(warehouses.error());
    QStringList ids;
    for (const BranchWarehouse &warehouse : *warehouses)
        ids << warehouse.id;
    Result<StockByPart> levels = branch.levels({ partId }, ids);
    if (!levels)
        return std::unexpected(levels.error());
    Result<QVariant> ownName = db.scalar(QStringLiteral("SELECT name FROM branches WHERE id = ?"), { ownBranchId });
    if (!ownName)
        return std::unexpected(ownName.error());
    for (const BranchWarehouse &warehouse : *warehouses)
        stock.rows.push_back(PartStockRow { ownBranchId, ownName->toString(), warehouse.id, warehouse.name,
            levels->value(partId).value(warehouse.id), true, {} });
    Result<OtherBranchStockByPart> others = branch.otherBranches({ partId }, ids);
    if (!others)
        return std::unexpected(others.error());
    for (const OtherBranchStock &other : others->value(partId))
        stock.rows.push_back(
            PartStockRow { other.branchId, other.branchName, {}, {}, other.quantity, false, other.asOfUtc });

    Result<std::vector<Transfer>> open = TransferStore(db).list(
        TransferFilter { ownBranchId, { TransferState::Shipped, TransferState::PartiallyReceived }, partId, 1000 });
    if (!open)
        return std::unexpected(open.error());
    for (const Transfer &transfer : *open)
        for (const TransferLine &line : transfer.lines) {
            if (line.partId != partId)
                continue;
            const Quantity inTransit = transfer.totals(line.lineNo).inTransit;
            if (transfer.toBranchId == ownBranchId)
                stock.incoming = stock.incoming + inTransit;
            else
                stock.outgoing = stock.outgoing + inTransit;
        }
    return stock;
}

} // namespace nexus
