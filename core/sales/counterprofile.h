// What the counter needs to know about this device before it sells: its branch (code, border IVA), the folio
// series of its tickets and the branch's warehouses; read from nexus.db.
#pragma once

#include <QList>
#include <QString>

#include "common/error.h"
#include "sales/branchstock.h"

namespace nexus {

class Database;

struct CounterProfile
{
    QString deviceId;
    QString branchId;
    QString branchCode;
    bool borderRegion = false;
    // settings.folio_series when HQ assigned one; else branch code + the last four hex digits of the device id
    // ("CENC0DE"): unique per device without waiting for the server, stable across restarts.
    QString folioSeries;
    QList<BranchWarehouse> warehouses;
};

// Errors name the field: "device" (not enrolled), "branch" (its row has not arrived yet).
[[nodiscard]] Result<CounterProfile> loadCounterProfile(Database &db);

} // namespace nexus
