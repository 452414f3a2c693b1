// Reads the device identity from the settings and branches tables of nexus.db.
#include "store/deviceidentity.h"

#include "store/localstore.h"

namespace nexus {

Result<DeviceIdentity> loadDeviceIdentity(LocalStore &store)
{
    DeviceIdentity identity;
    const struct
    {
        const char *key;
        QString *target;
    } fields[] = {{"device_id", &identity.deviceId},
                  {"device_name", &identity.deviceName},
                  {"branch_id", &identity.branchId},
                  {"server_url", &identity.serverUrl},
                  {"ca_file", &identity.caFile}};
    for (const auto &field : fields) {
        Result<QString> value = store.setting(QString::fromLatin1(field.key));
        if (!value)
            return std::unexpected(value.error());
        *field.target = *value;
    }
    if (!identity.branchId.isEmpty()) {
        Result<QVariant> name =
            store.db().scalar(QStringLiteral("SELECT name FROM branches WHERE id = ?"), {identity.branchId});
        if (!name)
            return std::unexpected(name.error());
        identity.branchName = name->toString();
    }
    if (identity.branchName.isEmpty()) {
        // Enrollment may record the name before the branch row arrives with the first pull.
        Result<QString> fallback = store.setting(QStringLiteral("branch_name"));
        if (!fallback)
            return std::unexpected(fallback.error());
        identity.branchName = *fallback;
    }
    return identity;
}

} // namespace nexus
