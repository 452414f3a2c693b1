// Who is calling an authenticated device route: resolved from the bearer token by DeviceAuth on every request.
#pragma once

#include <QString>

namespace nexus {

struct DeviceContext
{
    QString tenantId;
    QString tenantSlug;
    QString branchId; // the only branch this device may post facts for
    QString deviceId;
    int epoch = 1; // the device's current epoch in master.db
};

} // namespace nexus
