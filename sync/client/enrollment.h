// Enrolling this device with a server: one-time code in, device identity and branch bootstrap (users, warehouses) out.
#pragma once

#include <QString>

#include "common/error.h"

namespace nexus {

class LocalStore;

struct EnrollmentRequest
{
    QString serverUrl;  // https://127.0.0.1:8443
    QString code;       // the one-time code from `nexus-admin enroll-code`
    QString deviceName; // shown at HQ, e.g. the host name
    QString caFile;     // PEM of the server's (self-signed) certificate to trust; empty: system CAs
};

struct EnrollmentResult
{
    QString deviceId;
    QString tenantSlug;
    QString branchId;
    QString branchName;
};

// True when nexus.db carries a device identity the server still takes: false before enrollment and after the server
// refused this database as a copy of another till (it must then be enrolled again, which gives it a new identity).
[[nodiscard]] bool isEnrolled(LocalStore &store);

// Calls POST /v1/enroll, stores the device identity in the settings table and the device secret in the
// keychain (file fallback), and writes the branch bootstrap (branch, warehouses, users) in one transaction.
// On any error nothing is stored. A copy refused by the server enrolls again here: its pending outbox goes out
// under the new identity from seq 1 (same mutation ids, so what the server has already is not applied twice).
[[nodiscard]] Result<EnrollmentResult> enrollDevice(LocalStore &store, const EnrollmentRequest &request);

// The device secret enrollDevice stored (keychain, or the 0600 file DATA/device-secret where there is none);
// the sync engine authenticates with it.
[[nodiscard]] Result<QByteArray> loadDeviceSecret(LocalStore &store);
// Replaces it (a new epoch rotated it) where loadDeviceSecret finds it; databasePath: the device's nexus.db.
[[nodiscard]] Status saveDeviceSecret(const QString &databasePath, const QByteArray &secret);

} // namespace nexus
