// The tenant's branches as this device knows them (the "branches" pull bucket, plus its own branch row), for naming
// the other side of a transfer and choosing whom to ask.
#pragma once

#include <QList>
#include <QString>

#include "common/error.h"

namespace nexus {

class Database;

struct BranchInfo
{
    QString id;
    QString code;
    QString name;
};

// By name; the device's own branch included. Empty before the first pull (and no own row).
[[nodiscard]] Result<QList<BranchInfo>> knownBranches(Database &db);

} // namespace nexus
