// Where a device's stock movement may land: one of its branch's warehouses, or the defective location of one
// ("<warehouse id>:defective"), registered as a warehouse of the branch the first time a piece goes there so the
// stock ledger and the per-warehouse balances (and their change log) treat it like any other.
#pragma once

#include <QString>

#include "common/error.h"

namespace nexus {

class Database;

// InvalidInput naming `field` when the warehouse is neither (the ingest quarantines the fact).
[[nodiscard]] Status checkBranchLocation(
    Database &db, const QString &warehouseId, const QString &branchId, bool defectiveAllowed, const QString &field);

} // namespace nexus
