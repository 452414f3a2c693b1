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
    // Authenticated with the secret the last epoch change replaced: only /v1/device/epoch accepts such a token, and
    // only to repeat that change (a lost answer) or to learn that this database is a copy.
    bool previousSecret = false;
};

} // namespace nexus
