// The server's master data (tenants, enrollment codes, devices) behind an interface: SQLite now, PostgreSQL later.
#pragma once

#include <QList>

#include <optional>

#include "common/error.h"
#include "server/serverrecords.h"

namespace nexus {

class MasterStore
{
public:
    virtual ~MasterStore() = default;

    [[nodiscard]] virtual Result<QList<TenantRecord>> tenants() = 0;
    [[nodiscard]] virtual Result<std::optional<TenantRecord>> tenantBySlug(const QString &slug) = 0;
    [[nodiscard]] virtual Result<std::optional<TenantRecord>> tenantById(const QString &id) = 0;
    // Conflict when the slug is taken.
    [[nodiscard]] virtual Status insertTenant(const TenantRecord &tenant) = 0;

    [[nodiscard]] virtual Status insertEnrollmentCode(const EnrollmentCodeRecord &code) = 0;
    [[nodiscard]] virtual Result<std::optional<EnrollmentCodeRecord>> enrollmentCode(const QString &codeHash) = 0;
    // In one transaction: marks the code used (only if still unused and not expired at `nowUtc`) and registers
    // the device. False, with nothing written, when another request claimed it first or it has just expired.
    [[nodiscard]] virtual Result<bool> redeemEnrollmentCode(
        const QString &codeHash, const QString &nowUtc, const DeviceRecord &device)
        = 0;
    [[nodiscard]] virtual Result<std::optional<DeviceRecord>> device(const QString &id) = 0;
    // A token was taken with the secret the last epoch change issued: it arrived, the server stops keeping it.
    [[nodiscard]] virtual Status forgetIssuedSecret(const QString &deviceId) = 0;
};

} // namespace nexus
