// A counter enrolled against a running nexus-server the way nexus-pos enrolls: its real nexus.db (the test's own
// connection), its profile, and its SyncEngine over CurlTransport on a connection of its own.
#pragma once

#include "../server/serverprocess.h"
#include "why.h"

#include "client/curltransport.h"
#include "client/enrollment.h"
#include "client/syncengine.h"
#include "sales/counterprofile.h"
#include "store/deviceidentity.h"
#include "store/localstore.h"
#include "store/outbox.h"

#include <QDir>

namespace nexus::test {

struct EnrolledCounter
{
    std::unique_ptr<LocalStore> store; // null when the enrollment failed
    CounterProfile profile;
    std::unique_ptr<SyncEngine> engine;

    [[nodiscard]] Database &db() { return store->db(); }
    [[nodiscard]] QString shelf() const { return profile.branchId + QStringLiteral("-wh-A"); }
    // One engine pass; true when it left nothing pending.
    [[nodiscard]] bool sync()
    {
        Result<SyncEngine::PassResult> pass = engine->syncOnce();
        return pass && pass->pending == 0;
    }
    [[nodiscard]] qint64 pending()
    {
        Result<qint64> left = Outbox(db()).pendingCount();
        return left ? *left : -1;
    }
};

// Enrolls nexus.db in `dir` with a one-time `code`; `name` keeps the connection names apart.
inline EnrolledCounter enrollCounter(const ServerProcess &server, const QString &code, const QString &dir,
                                     const QString &name)
{
    EnrolledCounter counter;
    QDir().mkpath(dir);
    Result<std::unique_ptr<LocalStore>> local
        = LocalStore::open(dir + QStringLiteral("/nexus.db"), QStringLiteral("test-") + name);
    if (!local)
        return counter;
    Result<EnrollmentResult> enrolled = enrollDevice(
        **local, EnrollmentRequest { server.url(), code, QStringLiteral("caja-") + name, server.caFile() });
    Result<QByteArray> secret = loadDeviceSecret(**local);
    Result<CounterProfile> profile = loadCounterProfile((*local)->db());
    if (!enrolled || !secret || !profile) {
        qWarning() << "enrollment:" << why(enrolled) << why(secret) << why(profile);
        return counter;
    }
    counter.store = std::move(*local);
    counter.profile = std::move(*profile);
    SyncEngine::Config config;
    config.databasePath = dir + QStringLiteral("/nexus.db");
    config.connectionName = QStringLiteral("engine-") + name;
    config.deviceId = counter.profile.deviceId;
    config.deviceSecret = QString::fromUtf8(*secret);
    counter.engine = std::make_unique<SyncEngine>(config,
        std::make_unique<CurlTransport>(server.url(), HttpClient::Options { server.caFile(), 2000, 20000, nullptr }));
    return counter;
}

} // namespace nexus::test
