// The client sync engine: pushes the outbox to the server in seq order, then pulls the server's buckets (other
// branches' stock, users, prices, branch names), on its own thread with its own nexus.db connection; back-off with
// jitter when the server is away; never touches the UI thread's objects directly. It also notices when nexus.db was
// restored from an old backup or copied (epoch change, see DeviceEpochs at the server) and how far this computer's
// clock is from the server's.
#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>
#include <random>

#include "common/error.h"
#include "protocol/pullmessages.h"

namespace nexus {

class Clock;
class LocalStore;
class Transport;
class TransportSession;

class SyncEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncEngine)
public:
    struct Config
    {
        QString databasePath; // nexus.db
        QString connectionName; // unique: this engine's own connection (STYLE.md §3)
        QString deviceId;
        QString deviceSecret;
        int epoch = 1; // when nexus.db keeps none (settings.epoch wins: the engine changes it)
        int batchSize = 200; // ≤ wire::PushRequest::kMaxBatch
        int idleIntervalMs = 30000; // between passes when all is well and nobody nudges
        int minBackoffMs = 1000;
        int maxBackoffMs = 5 * 60 * 1000;
        quint32 seed = 0; // jitter; 0: random
        // Pulled after every push pass, in this order (prices before stock: they change what the counter charges).
        QStringList pullBuckets { QString(wire::kBucketBranches), QString(wire::kBucketUsers),
            QString(wire::kBucketPrices), QString(wire::kBucketStock),
            QString(wire::kBucketTransfers), QString(wire::kBucketCustomers), QString(wire::kBucketWorkshop),
            QString(wire::kBucketCustomerCards), QString(wire::kBucketWhatsAppStatuses),
            QString(wire::kBucketServiceOrders), QString(wire::kBucketPurchaseSuggestions) };
        int pullLimit = wire::kPullMaxLimit; // rows per page
        // This computer's clock (acked_at, skew against the server's, pull "as of"); nullptr: the system clock.
        const Clock *clock = nullptr;
        // Keeps the new device secret a new epoch comes with, before the change is applied locally; a failure keeps
        // the change pending (asked again with the same id, the server gives the same secret). Empty: the
        // SecretStore beside databasePath, where enrollment put the first one (saveDeviceSecret).
        std::function<Status(const QByteArray &secret)> storeSecret;
    };

    struct PassResult
    {
        qint64 pushed = 0; // mutations sent (a batch sent twice counts twice)
        qint64 acked = 0; // outbox rows newly marked acked
        qint64 pending = 0; // left after the pass
        qint64 ackedSeq = 0; // the server's last answer
        int epochChanges = 0; // new epochs this pass took (a restored or copied nexus.db)
    };

    // The transport is used on the engine's thread only.
    SyncEngine(Config config, std::unique_ptr<Transport> transport, QObject *parent = nullptr);
    ~SyncEngine() override;

    struct PullPassResult
    {
        qint64 rows = 0; // entries applied over all buckets
        QStringList pulled; // buckets caught up and verified
        QStringList changed; // buckets that brought at least one row
        QStringList failed; // buckets the server refused or whose checkpoint did not match (the others still ran)
        QString detail; // why the first failed bucket failed
    };

    // One pass on the calling thread: token, then batches until nothing is pending or the server answered for none
    // of a batch. A row is marked acked only when the server answered for its mutation id (so a database restored
    // from a backup or copied cannot take someone else's seqs for its own). When the server shows this database is
    // not the one it has been following (epoch_mismatch, lineage_diverged, or it acknowledged seqs this database never
    // used), the pass changes epoch (/v1/device/epoch) and goes on; a copy the server refuses is blocked (Conflict)
    // until enrolled again. Network/auth failures come back as errors; nothing in the outbox is ever deleted or
    // un-acked.
    [[nodiscard]] Result<PassResult> pushPending();
    // Every bucket of Config::pullBuckets until caught up (PullClient). Network/auth failures stop the pass and come
    // back as errors (what was applied stays, with its cursor); a bucket the server refuses is reported in `failed`.
    [[nodiscard]] Result<PullPassResult> pullBuckets();
    // pushPending, then pullBuckets: what the engine's timer runs. The push goes first so this counter's own sales
    // are in the server's stock before it reads the other branches' back.
    [[nodiscard]] Result<PassResult> syncOnce();
    // pull_state.verified_at of every bucket this device keeps.
    [[nodiscard]] Result<QVariantMap> verifiedAt();
    [[nodiscard]] Result<qint64> pendingCount();
    // Closes the engine's connection (must run on the thread that opened it).
    void closeStore();

    [[nodiscard]] int consecutiveFailures() const { return m_failures; }
    [[nodiscard]] int tokensFetched() const;
    // This computer's clock minus the server's (seconds) as of the last token; nothing before the first one.
    [[nodiscard]] std::optional<qint64> clockSkewSeconds() const;
    // Back-off before retry number `failures` (1, 2, …): exponential, capped, with ±50 % jitter.
    [[nodiscard]] int backoffMs(int failures);

public Q_SLOTS:
    void start(); // on the engine's thread: a pass now, then on the timer
    void nudge(); // a sale was committed: pass soon (unless backing off after a failure), pending count now
    void stop(); // stops the timer and closes the connection; call (queued, blocking) before the thread quits

Q_SIGNALS:
    // online: the last pass reached the server; lastSyncUtc: the last pass that pushed and pulled without a network
    // or auth failure.
    void statusChanged(bool online, qint64 pending, const QDateTime &lastSyncUtc, const QString &detail);
    void passFinished(bool ok);
    // A pass brought new rows for these buckets (e.g. "prices", "stock"): screens showing them may refresh.
    void stateArrived(const QStringList &buckets);
    // After every pass that reached the server: bucket → QDateTime (UTC) of its last verified pull ("as of").
    void pulledAt(const QVariantMap &verifiedUtc);
    // After every pass: cloned — the server refused this database as a copy of another till (nothing is sent until
    // the device is enrolled again); clockSkewSeconds — this computer's clock minus the server's (0 until known).
    void deviceStanding(bool cloned, qint64 clockSkewSeconds);

private:
    [[nodiscard]] Status openStore();
    // Asks the server for a new epoch (the intent is stored first, so a lost answer is asked for again with the
    // same id) and applies it; a refusal as a copy blocks the database.
    [[nodiscard]] Status changeEpoch(const QString &reason);
    [[nodiscard]] Result<bool> isCloned();
    void runPass();
    void emitPending(const QString &detail);

    Config m_config;
    const Clock &m_clock;
    std::unique_ptr<Transport> m_transport;
    std::unique_ptr<TransportSession> m_session;
    std::unique_ptr<LocalStore> m_store;
    QTimer *m_timer = nullptr; // created in start(), on the engine's thread
    std::mt19937 m_random;
    int m_failures = 0;
    bool m_online = false;
    bool m_stopped = false;
    QDateTime m_lastSync;
    QString m_pullProblem; // the last pass's refused buckets, shown as detail while online
    QStringList m_changed; // buckets the last pass brought rows for
};

} // namespace nexus
