// Rows of the server's master database: tenants, one-time enrollment codes, enrolled devices.
#pragma once

#include <QString>

namespace nexus {

struct TenantRecord
{
    QString id;
    QString slug; // folder name and what HQ types: "demo"
    QString name;
    QString createdAt; // UTC ISO-8601
    bool active = true;
};

struct EnrollmentCodeRecord
{
    QString codeHash; // SHA-256 hex of the normalised code; the code itself is never stored
    QString tenantId;
    QString branchId;
    QString createdAt;
    QString expiresAt;
    QString usedAt; // empty: not used yet
    QString usedByDevice; // the device the code created
};

struct DeviceRecord
{
    QString id;
    QString tenantId;
    QString branchId;
    QString name;
    QString secretHash; // SHA-256 hex of the device secret
    int epoch = 1;
    QString enrolledAt;
    QString previousSecretHash; // the secret before the last epoch change: good only to ask for that change again
    bool secretPending = false; // that change's new secret has not been used for a token yet
};

} // namespace nexus
