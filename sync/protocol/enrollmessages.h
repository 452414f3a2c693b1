// POST /v1/enroll: the one-time code goes up, the device identity and its branch bootstrap come down.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include "common/error.h"
#include "protocol/bootstraprows.h"

namespace nexus::wire {

// {"code": "ABCD-EFGH-JKLM-NPQR", "device_name": "caja-1"}
struct EnrollRequest
{
    QString code;
    QString deviceName;

    static constexpr int kMaxDeviceNameLength = 100;

    [[nodiscard]] QJsonObject toJson() const;
    // Fails with InvalidInput naming the field ("code", "device_name").
    [[nodiscard]] static Result<EnrollRequest> fromJson(const QJsonObject &json);
};

struct TenantInfo
{
    QString id;
    QString slug;
    QString name;
};

// {"device_id", "device_secret", "tenant": {id, slug, name}, "branch": {…}, "warehouses": […], "users": […]}
struct EnrollResponse
{
    QString deviceId;
    QString deviceSecret; // 32 random bytes, base64url without padding; the server keeps only its SHA-256
    TenantInfo tenant;
    BranchRow branch;
    QList<WarehouseRow> warehouses;
    QList<UserRow> users;

    [[nodiscard]] QJsonObject toJson() const;
    // Also checks that the bootstrap is consistent: warehouses of the branch, users of the branch or of none.
    [[nodiscard]] static Result<EnrollResponse> fromJson(const QJsonObject &json);
};

// GET /v1/health: {"status": "ok", "version": "0.1.0", "time": "2026-01-15T10:00:00.000Z"}
struct HealthResponse
{
    QString status;
    QString version;
    QString time;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<HealthResponse> fromJson(const QJsonObject &json);
};

} // namespace nexus::wire
