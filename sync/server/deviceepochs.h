// Device epochs: POST /v1/device/epoch moves a device whose nexus.db was restored from an old backup (or copied) to a
// new epoch whose seqs start above everything the server holds; a second copy that shows up on the old epoch is a
// clone and is refused. Before every push it checks that the batch's seqs are not other mutations' (lineage) and
// flags device clocks and fact times far from the server's.
#pragma once

#include <QByteArray>
#include <QJsonObject>

#include <map>
#include <optional>

#include "protocol/apierror.h"
#include "protocol/epochmessages.h"
#include "protocol/pushmessages.h"
#include "server/devicecontext.h"
#include "server/ingestroutes.h"

QT_BEGIN_NAMESPACE
class QHttpServer;
QT_END_NAMESPACE

namespace nexus {

class Clock;
class Database;
class DeviceAuth;
class ServerStorage;

// Why epochs and not "trust the seq": the ack is the highest contiguous seq of a device, whoever filled it. A database
// that went back in time reuses seqs the server already holds for other mutations, and a copy does the same in
// parallel; both would be told "acked" for facts the server never saw. So:
// - a push whose seqs belong to other mutations is refused whole (409 lineage_diverged) before anything is applied;
// - the device then asks for a new epoch with a rekey_id it stored first; the server answers epoch + 1 and a seq floor
//   (the highest seq it holds or the device may have used), writes the audit row (master device_epochs) and opens a
//   device_rekeyed exception for head office; the device sends its pending outbox above the floor (same mutation ids:
//   what the server has already is replayed, not applied twice);
// - a database still on an epoch the device has left is a copy: refused (409 device_cloned), audited once, exception
//   device_cloned; it keeps its outbox and stops pushing until it is enrolled again (a new device id).
// The first database to ask keeps the identity: the server cannot tell the original from a copy, only that two exist.
// A new epoch also rotates the device secret (an old copy of nexus.db may sit beside an old copy of the secret): the
// answer carries the new one, kept in device_epochs.issued_secret so a repeated request gets the same one until a
// token is taken with it; the old secret's tokens ("p") reach only this endpoint, to repeat that same change (its
// rekey_id) or to be told their database is a copy.
class DeviceEpochs final
{
public:
    Q_DISABLE_COPY_MOVE(DeviceEpochs)
    // A device clock or a fact time further than this from the server's opens a clock_skew exception.
    static constexpr qint64 kMaxClockSkewSeconds = 5 * 60;
    // A fact older than this when it reaches the server is flagged too (offline for days is normal, months is not).
    static constexpr qint64 kMaxFactAgeDays = 60;
    static constexpr qsizetype kMaxBodyBytes = 64 * 1024;

    DeviceEpochs(ServerStorage &storage, DeviceAuth &auth, const Clock &clock);
    ~DeviceEpochs();

    void registerRoutes(QHttpServer &http);

    // The whole endpoint without HTTP (the in-process fake network of the sync tests calls it directly).
    [[nodiscard]] JsonReply changeEpoch(const QByteArray &authorization, const QByteArray &body);

    // Called by the push route after authentication, before the ingest: an error refuses the whole batch. Time
    // problems never refuse anything; they open one clock_skew exception per device until head office resolves it.
    [[nodiscard]] std::optional<wire::ApiError> inspectPush(const DeviceContext &device, const wire::PushRequest &request);

private:
    struct Outcome
    {
        bool cloned = false;
        int epoch = 0;
        qint64 seqFloor = 0;
        QString secret; // the device's new secret ('' refused, or already used for a token)
    };

    [[nodiscard]] Result<Database *> masterDb();
    [[nodiscard]] Result<Database *> tenantDb(const DeviceContext &device);
    [[nodiscard]] Result<Outcome> decide(
        Database &master, Database &tenant, const DeviceContext &device, const wire::EpochRequest &request);
    [[nodiscard]] Result<QMap<QString, qint64>> folios(Database &tenant, const QString &deviceId, const QStringList &series);
    [[nodiscard]] Status settleCursor(Database &tenant, const QString &deviceId, qint64 seqFloor);
    [[nodiscard]] std::optional<wire::ApiError> checkLineage(Database &tenant, const DeviceContext &device,
        const wire::PushRequest &request);
    void checkClock(Database &tenant, const DeviceContext &device, const wire::PushRequest &request);

    ServerStorage &m_storage;
    DeviceAuth &m_auth;
    const Clock &m_clock;
    std::map<QString, Database *> m_tenants; // by tenant id: the storage's own connection, opened on first use
};

} // namespace nexus
