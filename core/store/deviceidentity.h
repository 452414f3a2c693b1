// Who this device is after enrollment: its id, name, branch and server, read from nexus.db for the UI and services.
#pragma once

#include <QString>

#include "common/error.h"

namespace nexus {

class LocalStore;

struct DeviceIdentity
{
    QString deviceId;   // settings.device_id (empty: not enrolled)
    QString deviceName; // settings.device_name
    QString branchId;   // settings.branch_id
    QString branchName; // branches.name of branch_id (falls back to settings.branch_name)
    QString serverUrl;  // settings.server_url
    QString caFile;     // settings.ca_file: PEM to trust for a self-signed server (empty: system CAs)
};

[[nodiscard]] Result<DeviceIdentity> loadDeviceIdentity(LocalStore &store);

} // namespace nexus
