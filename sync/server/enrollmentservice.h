// Issues one-time enrollment codes (HQ) and redeems them for a device identity plus its branch bootstrap (API).
#pragma once

#include <QDateTime>

#include <expected>

#include "common/error.h"
#include "protocol/apierror.h"
#include "protocol/enrollmessages.h"
#include "server/serverrecords.h"

namespace nexus {

class Clock;
class ServerStorage;

struct IssuedCode
{
    QString code; // shown once to HQ, never stored
    QDateTime expiresAt;
    TenantRecord tenant;
    wire::BranchRow branch;
};

class EnrollmentService final
{
public:
    static constexpr qint64 kDefaultTtlSeconds = 24 * 3600;
    static constexpr qint64 kMaxTtlSeconds = 30 * 24 * 3600;

    EnrollmentService(ServerStorage &storage, const Clock &clock) : m_storage(storage), m_clock(clock) { }

    // Errors name the field: tenant, branch, ttl-hours.
    [[nodiscard]] Result<IssuedCode> issueCode(
        const QString &tenantSlug, const QString &branchCode, qint64 ttlSeconds = kDefaultTtlSeconds);

    // Unknown code → 401 invalid_code; used → 410 code_used; expired → 410 code_expired. On success the code is
    // spent and the device registered in one transaction; the secret exists only in the returned response.
    [[nodiscard]] std::expected<wire::EnrollResponse, wire::ApiError> enroll(const wire::EnrollRequest &request);

    // hex(SHA-256(secret as sent on the wire)): what the server keeps of a device secret.
    [[nodiscard]] static QString hashSecret(const QString &secret);
    // 32 random bytes, base64url: a device secret (at enrollment, and again with every new epoch).
    [[nodiscard]] static QString newDeviceSecret();

private:
    ServerStorage &m_storage;
    const Clock &m_clock;
};

} // namespace nexus
