// Enrollment codes: issue (tenant + branch + expiry, stored hashed) and redeem (single use, device registration).
#include "server/enrollmentservice.h"

#include "common/clock.h"
#include "common/idgenerator.h"
#include "protocol/logging.h"
#include "server/enrollmentcode.h"
#include "server/isotime.h"
#include "server/serverstorage.h"

#include <QCryptographicHash>

#include <openssl/rand.h>

#include <array>

namespace nexus {

namespace {

using wire::ApiError;
namespace errorcode = wire::errorcode;

std::unexpected<ApiError> refuse(
    int status, QLatin1String code, const char *message, QStringList args = {}, QString field = {})
{
    return std::unexpected(
        ApiError::make(status, code, Error(ErrorCode::Unauthenticated, message, std::move(args), std::move(field))));
}

std::unexpected<ApiError> internal(const Error &error)
{
    qCWarning(lcServerApi) << "enrollment failed:" << error.logMessage();
    return std::unexpected(ApiError::fromError(error));
}


} // namespace

QString EnrollmentService::newDeviceSecret()
{
    std::array<unsigned char, 32> random {};
    if (RAND_bytes(random.data(), static_cast<int>(random.size())) != 1)
        qFatal("RAND_bytes failed: the system has no usable random source");
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(random.data()), random.size())
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString EnrollmentService::hashSecret(const QString &secret)
{
    return QString::fromLatin1(QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<IssuedCode> EnrollmentService::issueCode(const QString &tenantSlug, const QString &branchCode, qint64 ttlSeconds)
{
    if (tenantSlug.isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("The tenant slug is missing"), {}, QStringLiteral("tenant"));
    if (branchCode.isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("The branch code is missing"), {}, QStringLiteral("branch"));
    if (ttlSeconds <= 0 || ttlSeconds > kMaxTtlSeconds)
        return fail(ErrorCode::InvalidInput, NX_ERR("The code lifetime must be more than 0 and at most %1 hours"),
            { QString::number(kMaxTtlSeconds / 3600) }, QStringLiteral("ttl-hours"));

    Result<std::optional<TenantRecord>> tenant = m_storage.master().tenantBySlug(tenantSlug);
    if (!tenant)
        return std::unexpected(tenant.error());
    if (!*tenant)
        return fail(ErrorCode::NotFound, NX_ERR("There is no tenant with the slug %1"), { tenantSlug },
            QStringLiteral("tenant"));
    if (!(*tenant)->active)
        return fail(
            ErrorCode::InvalidInput, NX_ERR("The tenant %1 is deactivated"), { tenantSlug }, QStringLiteral("tenant"));
    Result<TenantStore *> store = m_storage.tenant(**tenant);
    if (!store)
        return std::unexpected(store.error());
    // The branch is looked up in this tenant's own database: a code can only ever name a branch of its tenant.
    Result<std::optional<wire::BranchRow>> branch = (*store)->branchByCode(branchCode);
    if (!branch)
        return std::unexpected(branch.error());
    if (!*branch) {
        QStringList known;
        if (Result<QList<wire::BranchRow>> branches = (*store)->branches(); branches)
            for (const wire::BranchRow &row : *branches)
                known.append(row.code);
        return fail(ErrorCode::NotFound, NX_ERR("The tenant %1 has no branch with the code %2 (branches: %3)"),
            { tenantSlug, branchCode, known.isEmpty() ? QStringLiteral("none") : known.join(QStringLiteral(", ")) },
            QStringLiteral("branch"));
    }

    const QDateTime now = m_clock.nowUtc();
    IssuedCode issued { EnrollmentCode::generate(), now.addSecs(ttlSeconds), **tenant, **branch };
    const EnrollmentCodeRecord record { EnrollmentCode::hash(EnrollmentCode::normalize(issued.code)), issued.tenant.id,
        issued.branch.id, isoUtc(now), isoUtc(issued.expiresAt), {}, {} };
    if (Status status = m_storage.master().insertEnrollmentCode(record); !status)
        return std::unexpected(status.error());
    qCInfo(lcServerApi) << "issued enrollment code for tenant" << tenantSlug << "branch" << branchCode << "until"
                        << record.expiresAt;
    return issued;
}

std::expected<wire::EnrollResponse, ApiError> EnrollmentService::enroll(const wire::EnrollRequest &request)
{
    const QString normalized = EnrollmentCode::normalize(request.code);
    if (normalized.isEmpty())
        return refuse(
            401, errorcode::kInvalidCode, NX_ERR("The enrollment code is not valid"), {}, QStringLiteral("code"));
    const QString codeHash = EnrollmentCode::hash(normalized);
    Result<std::optional<EnrollmentCodeRecord>> code = m_storage.master().enrollmentCode(codeHash);
    if (!code)
        return internal(code.error());
    if (!*code)
        return refuse(
            401, errorcode::kInvalidCode, NX_ERR("The enrollment code is not valid"), {}, QStringLiteral("code"));
    const QString now = isoUtc(m_clock.nowUtc());
    if (!(*code)->usedAt.isEmpty())
        return refuse(410, errorcode::kCodeUsed, NX_ERR("The enrollment code was already used on %1"),
            { (*code)->usedAt }, QStringLiteral("code"));
    if ((*code)->expiresAt <= now)
        return refuse(410, errorcode::kCodeExpired, NX_ERR("The enrollment code expired on %1"), { (*code)->expiresAt },
            QStringLiteral("code"));

    Result<std::optional<TenantRecord>> tenant = m_storage.master().tenantById((*code)->tenantId);
    if (!tenant)
        return internal(tenant.error());
    if (!*tenant || !(*tenant)->active)
        return refuse(401, errorcode::kInvalidCode, NX_ERR("The enrollment code belongs to no active tenant"), {},
            QStringLiteral("code"));
    Result<TenantStore *> store = m_storage.tenant(**tenant);
    if (!store)
        return internal(store.error());
    Result<std::optional<wire::BranchRow>> branch = (*store)->branchById((*code)->branchId);
    if (!branch)
        return internal(branch.error());
    if (!*branch) {
        // Only a hand-edited master row gets here; never fall back to another tenant's data.
        qCWarning(lcServerApi) << "enrollment code names branch" << (*code)->branchId << "which tenant"
                               << (*tenant)->slug << "does not have";
        return refuse(401, errorcode::kInvalidCode,
            NX_ERR("The enrollment code names a branch its tenant does not have"), {}, QStringLiteral("code"));
    }
    Result<QList<wire::WarehouseRow>> warehouses = (*store)->warehouses((*branch)->id);
    if (!warehouses)
        return internal(warehouses.error());
    Result<QList<wire::UserRow>> users = (*store)->usersForBranch((*branch)->id);
    if (!users)
        return internal(users.error());

    wire::EnrollResponse response;
    response.deviceId = IdGenerator::instance().nextString();
    response.deviceSecret = EnrollmentService::newDeviceSecret();
    response.tenant = wire::TenantInfo { (*tenant)->id, (*tenant)->slug, (*tenant)->name };
    response.branch = **branch;
    response.warehouses = std::move(*warehouses);
    response.users = std::move(*users);

    const DeviceRecord device { response.deviceId, (*tenant)->id, (*branch)->id, request.deviceName.trimmed(),
        hashSecret(response.deviceSecret), 1, now, {}, false };
    Result<bool> redeemed = m_storage.master().redeemEnrollmentCode(codeHash, now, device);
    if (!redeemed)
        return internal(redeemed.error());
    if (!*redeemed) // another request won the race, or the code expired in between
        return refuse(
            410, errorcode::kCodeUsed, NX_ERR("The enrollment code was already used"), {}, QStringLiteral("code"));
    qCInfo(lcServerApi) << "enrolled device" << device.id << "name" << device.name << "tenant" << (*tenant)->slug
                        << "branch" << (*branch)->code << "users" << response.users.size();
    return response;
}

} // namespace nexus
