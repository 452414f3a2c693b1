// Enrolls a counter of a tenant's MTY branch against a running nexus-server, the way a new counter does: a one-time
// code from the real nexus-admin, then POST /v1/enroll. Shared by the server tests that push or pull as a device.
#pragma once

#include "serverbackend.h"
#include "serverprocess.h"
#include "tenantfixture.h"

#include "client/httpclient.h"
#include "protocol/enrollmessages.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace nexus::test {

struct EnrolledDevice
{
    QString id;
    QString secret;
    QString branchId;
};

// An empty device (no id) when the code or the enrollment was refused.
inline EnrolledDevice enrollDevice(
    const ServerBackend &backend, const ServerProcess &server, const QString &tenant, const TenantFixture &fixture)
{
    const AdminRun run = runAdmin(QStringList { QStringLiteral("enroll-code") } + backend.adminArgs()
        + QStringList { QStringLiteral("--tenant"), tenant, QStringLiteral("--branch"), QStringLiteral("MTY") });
    const wire::EnrollRequest request { run.out.trimmed(), QStringLiteral("caja") };
    Result<HttpResponse> reply
        = HttpClient(HttpClient::Options { server.caFile(), 5000, 15000, nullptr })
              .postJson(server.url() + QStringLiteral("/v1/enroll"),
                  QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact));
    if (!reply || reply->status != 200)
        return {};
    const QJsonObject json = QJsonDocument::fromJson(reply->body).object();
    return EnrolledDevice { json.value(QStringLiteral("device_id")).toString(),
        json.value(QStringLiteral("device_secret")).toString(), fixture.branchId(QStringLiteral("MTY")) };
}

} // namespace nexus::test
