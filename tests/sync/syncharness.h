// The fault-injection harness of the push path: the REAL server ingest (SqliteServerStorage + DeviceAuth +
// IngestRoutes + DeviceEpochs) in-process on a simulated server clock, a fake network between it and the REAL
// SyncEngine that drops, holds back (delivers late, out of order), duplicates and cuts answers after the server
// committed; counters whose clocks are hours or days off, whose nexus.db is restored from an old backup or copied onto
// a second machine; and the checks for lost, duplicated and diverged sales. Used by tests/sync and by
// `nexus-bench sync-faults` (no QtTest in here).
#pragma once

#include "../support/mockclock.h"

#include "client/epochstate.h"
#include "client/syncengine.h"
#include "client/transport.h"
#include "common/clock.h"
#include "common/idgenerator.h"
#include "protocol/epochmessages.h"
#include "protocol/jsonreader.h"
#include "protocol/pushmessages.h"
#include "protocol/tokenmessages.h"
#include "server/deviceauth.h"
#include "server/deviceepochs.h"
#include "server/enrollmentservice.h"
#include "server/ingestroutes.h"
#include "server/serverstoragefactory.h"
#include "store/database.h"
#include "store/localstore.h"
#include "store/outbox.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <random>

namespace nexus::test {

inline const QString kHarnessBranch = QStringLiteral("branch-mty");
inline const QString kHarnessOtherBranch = QStringLiteral("branch-gdl");
inline const QStringList kHarnessWarehouses { QStringLiteral("wh-mty-a"), QStringLiteral("wh-mty-b") };

struct EnrolledDevice
{
    QString deviceId;
    QString secret;
};

// One server data folder with one tenant ("acme", branches MTY and GDL) and the real token, push and epoch endpoints.
// Its clock is simulated (MockClock, advanced by the schedules): tokens expire when the schedule says so, whatever
// the counters' clocks say.
class InProcessServer final
{
public:
    Q_DISABLE_COPY_MOVE(InProcessServer)
    // databaseUrl: empty for SQLite files in dataDir, else a PostgreSQL database (nexus-bench sync-ingest --database).
    explicit InProcessServer(const QString &dataDir, const QString &databaseUrl = {})
    {
        Result<std::unique_ptr<ServerStorage>> storage = openServerStorage(dataDir, databaseUrl);
        if (!storage)
            qFatal("server storage: %s", qPrintable(storage.error().logMessage()));
        m_storage = std::move(*storage);
        m_tenant = TenantRecord { QStringLiteral("tenant-acme"), QStringLiteral("acme"), QStringLiteral("Acme"),
            QStringLiteral("2026-01-01T00:00:00.000Z"), true };
        if (Status created = m_storage->createTenant(m_tenant, {}); !created)
            qFatal("tenant: %s", qPrintable(created.error().logMessage()));
        Database &db = tenantDb();
        for (const auto &[id, code] : { std::pair { kHarnessBranch, QStringLiteral("MTY") },
                 std::pair { kHarnessOtherBranch, QStringLiteral("GDL") } }) {
            if (!db.exec(QStringLiteral("INSERT INTO branches(id, code, name) VALUES (?, ?, ?)"), { id, code, code }))
                qFatal("branch");
            for (const QString &wh : { QStringLiteral("a"), QStringLiteral("b") })
                if (!db.exec(QStringLiteral("INSERT INTO warehouses(id, branch_id, code, name) VALUES (?, ?, ?, ?)"),
                        { QString(QStringLiteral("wh-") + code.toLower() + QLatin1Char('-') + wh), id, wh, wh }))
                    qFatal("warehouse");
        }
        m_auth = std::make_unique<DeviceAuth>(*m_storage, m_clock);
        m_ingest = std::make_unique<IngestRoutes>(*m_storage, *m_auth, m_clock);
        m_epochs = std::make_unique<DeviceEpochs>(*m_storage, *m_auth, m_clock);
        m_ingest->setEpochs(m_epochs.get());
    }

    [[nodiscard]] Database &tenantDb()
    {
        Result<TenantStore *> store = m_storage->tenant(m_tenant);
        if (!store)
            qFatal("tenant store: %s", qPrintable(store.error().logMessage()));
        return (*store)->db();
    }

    [[nodiscard]] EnrolledDevice enroll(const QString &branchCode = QStringLiteral("MTY"))
    {
        EnrollmentService enrollment(*m_storage, m_clock);
        Result<IssuedCode> code = enrollment.issueCode(m_tenant.slug, branchCode);
        if (!code)
            qFatal("code: %s", qPrintable(code.error().logMessage()));
        auto enrolled = enrollment.enroll(wire::EnrollRequest { code->code, QStringLiteral("caja") });
        if (!enrolled)
            qFatal("enroll: %s", qPrintable(enrolled.error().message));
        return EnrolledDevice { enrolled->deviceId, enrolled->deviceSecret };
    }

    // The two endpoints the push engine talks to, exactly as the HTTP routes call them.
    [[nodiscard]] HttpResponse handle(const TransportRequest &request)
    {
        ++m_requests;
        if (request.path == wire::kTokenPath) {
            Result<QJsonObject> json = wire::parseJsonObject(request.body, QStringLiteral("body"));
            Result<wire::TokenRequest> token = json ? wire::TokenRequest::fromJson(*json)
                                                    : Result<wire::TokenRequest>(std::unexpected(json.error()));
            if (!token)
                return HttpResponse { 400, {} };
            auto issued = m_auth->issueToken(*token);
            if (!issued)
                return HttpResponse { issued.error().httpStatus,
                    QJsonDocument(issued.error().toJson()).toJson(QJsonDocument::Compact) };
            return HttpResponse { 200, QJsonDocument(issued->toJson()).toJson(QJsonDocument::Compact) };
        }
        if (request.path == wire::kPushPath) {
            const JsonReply reply = m_ingest->push(
                request.bearerToken.isEmpty() ? QByteArray() : QByteArrayLiteral("Bearer ") + request.bearerToken.toLatin1(),
                request.body);
            return HttpResponse { reply.status, QJsonDocument(reply.body).toJson(QJsonDocument::Compact) };
        }
        if (request.path == wire::kEpochPath) {
            const JsonReply reply = m_epochs->changeEpoch(
                request.bearerToken.isEmpty() ? QByteArray() : QByteArrayLiteral("Bearer ") + request.bearerToken.toLatin1(),
                request.body);
            return HttpResponse { reply.status, QJsonDocument(reply.body).toJson(QJsonDocument::Compact) };
        }
        return HttpResponse { 404, {} };
    }

    [[nodiscard]] int requests() const { return m_requests; }
    [[nodiscard]] ServerStorage &storage() { return *m_storage; }
    [[nodiscard]] MockClock &clock() { return m_clock; }

    // Master and tenant facts the checks read.
    [[nodiscard]] qint64 deviceEpoch(const QString &deviceId)
    {
        Result<std::optional<DeviceRecord>> device = m_storage->master().device(deviceId);
        return device && *device ? (*device)->epoch : -1;
    }
    [[nodiscard]] qint64 count(const QString &sql, const QVariantList &values = {})
    {
        Result<QVariant> value = tenantDb().scalar(sql, values);
        return value && value->isValid() ? value->toLongLong() : -1;
    }

private:
    MockClock m_clock;
    std::unique_ptr<ServerStorage> m_storage;
    TenantRecord m_tenant;
    std::unique_ptr<DeviceAuth> m_auth;
    std::unique_ptr<IngestRoutes> m_ingest;
    std::unique_ptr<DeviceEpochs> m_epochs;
    int m_requests = 0;
};

// A counter's clock: the server's (simulated) time plus a fixed error, hours or days ahead or behind.
class SkewedClock final : public Clock
{
public:
    SkewedClock(const Clock &base, qint64 skewSeconds) : m_base(base), m_skew(skewSeconds) { }
    [[nodiscard]] QDateTime nowUtc() const override { return m_base.nowUtc().addSecs(m_skew); }
    [[nodiscard]] qint64 skewSeconds() const { return m_skew; }

private:
    const Clock &m_base;
    qint64 m_skew;
};

struct FaultRates
{
    double drop = 0; // lost on the way to the server
    double hold = 0; // reaches the server much later, after newer requests (the client sees a timeout)
    double duplicate = 0; // the server gets it twice
    double cut = 0; // the server commits, the answer is lost
    double down = 0; // connection refused
};

// The fake network. Faults apply to pushes and token requests alike; heal() turns them off.
class FaultyTransport final : public Transport
{
public:
    FaultyTransport(InProcessServer &server, quint32 seed, FaultRates rates)
        : m_server(server), m_random(seed), m_rates(rates)
    {
    }

    [[nodiscard]] Result<HttpResponse> send(const TransportRequest &request) override
    {
        // A request held back earlier may arrive now, before this one: reordering.
        if (!m_held.empty() && chance(0.5))
            deliverHeld();
        if (chance(m_rates.down))
            return fail(ErrorCode::Network, "connection refused (fault)");
        if (chance(m_rates.drop))
            return fail(ErrorCode::Network, "dropped (fault)");
        if (chance(m_rates.hold)) {
            m_held.push_back(request);
            return fail(ErrorCode::Network, "timed out (fault: delivered later)");
        }
        HttpResponse response = m_server.handle(request);
        if (chance(m_rates.duplicate))
            response = m_server.handle(request);
        if (chance(m_rates.cut))
            return fail(ErrorCode::Network, "connection reset after the server answered (fault)");
        return response;
    }

    void heal() { m_rates = FaultRates {}; }
    void deliverAllHeld()
    {
        while (!m_held.empty())
            deliverHeld();
    }

private:
    bool chance(double p) { return p > 0 && std::uniform_real_distribution<double>(0, 1)(m_random) < p; }
    void deliverHeld()
    {
        const TransportRequest late = m_held.front();
        m_held.pop_front();
        (void)m_server.handle(late);
    }

    InProcessServer &m_server;
    std::mt19937 m_random;
    FaultRates m_rates;
    std::deque<TransportRequest> m_held;
};

// Forwards to a transport the harness keeps, so the engine can be "crashed" (destroyed) and restarted.
class BorrowedTransport final : public Transport
{
public:
    explicit BorrowedTransport(Transport &inner) : m_inner(inner) { }
    [[nodiscard]] Result<HttpResponse> send(const TransportRequest &request) override { return m_inner.send(request); }

private:
    Transport &m_inner;
};

struct ClientSale
{
    QString id;
    qint64 quantity = 0; // sum of its lines, thousandths
    QString soldAt; // the counter's clock when it was sold: the server must keep it as it is
};

// Commits one sale's outbox row the way CheckoutService does (same payload shape, one transaction), stamped with the
// counter's clock (nullptr: a fixed time).
inline ClientSale commitSale(LocalStore &store, const QString &deviceId, std::mt19937 &random, int folio,
    const QString &branchId = kHarnessBranch, const Clock *clock = nullptr)
{
    const QString soldAt
        = clock ? clock->nowUtc().toString(Qt::ISODateWithMs) : QStringLiteral("2026-01-05T10:00:00.000Z");
    ClientSale sale { IdGenerator::instance().nextString(), 0, soldAt };
    QJsonArray lines;
    const int lineCount = 1 + static_cast<int>(random() % 3);
    for (int i = 0; i < lineCount; ++i) {
        const qint64 quantity = 1000 * (1 + static_cast<qint64>(random() % 3));
        sale.quantity += quantity;
        lines.append(QJsonObject { { QStringLiteral("part_id"), 1 + static_cast<int>(random() % 6) },
            { QStringLiteral("sku"), QStringLiteral("SKU") },
            { QStringLiteral("warehouse_id"), kHarnessWarehouses.at(static_cast<int>(random() % 2)) },
            { QStringLiteral("quantity"), quantity }, { QStringLiteral("unit_price_cents"), 11600 },
            { QStringLiteral("discount_cents"), 0 }, { QStringLiteral("base_cents"), 10000 },
            { QStringLiteral("tax_cents"), 1600 }, { QStringLiteral("cost_cents"), 7000 },
            { QStringLiteral("retail_price_cents"), 11600 }, { QStringLiteral("price_version"), 1 } });
    }
    const QJsonObject payload { { QStringLiteral("id"), sale.id },
        { QStringLiteral("folio"), QStringLiteral("MTY1-%1").arg(folio, 6, 10, QLatin1Char('0')) },
        { QStringLiteral("branch_id"), branchId }, { QStringLiteral("device_id"), deviceId },
        { QStringLiteral("cash_session_id"), QStringLiteral("cs-1") }, { QStringLiteral("cashier_id"), QStringLiteral("u-1") },
        { QStringLiteral("customer_id"), QString() }, { QStringLiteral("price_list"), QStringLiteral("publico") },
        { QStringLiteral("currency"), QStringLiteral("MXN") }, { QStringLiteral("sold_at"), soldAt },
        { QStringLiteral("subtotal_cents"), 10000 * lineCount }, { QStringLiteral("tax_cents"), 1600 * lineCount },
        { QStringLiteral("total_cents"), 11600 * lineCount }, { QStringLiteral("discount_cents"), 0 },
        { QStringLiteral("change_cents"), 0 }, { QStringLiteral("lines"), lines },
        { QStringLiteral("payments"),
            QJsonArray { QJsonObject { { QStringLiteral("method"), QStringLiteral("cash") },
                { QStringLiteral("amount_cents"), 11600 * lineCount },
                { QStringLiteral("tendered_cents"), 11600 * lineCount } } } } };
    Transaction transaction(store.db());
    if (!transaction.begin())
        qFatal("begin");
    if (!Outbox(store.db()).append(IdGenerator::instance().nextString(), QStringLiteral("sale.completed"), 1, payload, soldAt))
        qFatal("outbox append");
    if (!transaction.commit())
        qFatal("commit");
    return sale;
}

// A mutation the server cannot apply; it must be quarantined without blocking what follows.
inline QString commitPoison(LocalStore &store, bool unknownType)
{
    const QString mutationId = IdGenerator::instance().nextString();
    const QJsonObject payload = unknownType ? QJsonObject { { QStringLiteral("what"), QStringLiteral("?") } }
                                            : QJsonObject { { QStringLiteral("id"), QStringLiteral("no-lines") } };
    if (!Outbox(store.db()).append(mutationId, unknownType ? QStringLiteral("teleport.item") : QStringLiteral("sale.completed"),
            1, payload, QStringLiteral("2026-01-05T10:00:00.000Z")))
        qFatal("outbox append");
    return mutationId;
}

// A consistent copy of a live nexus.db (the online backup a store takes, or the disk image copied to a second PC).
inline void copyDatabase(LocalStore &store, const QString &to)
{
    QFile::remove(to);
    if (!store.db().execScript(QStringLiteral("VACUUM INTO '%1'").arg(to)))
        qFatal("VACUUM INTO %s", qPrintable(to));
}

inline void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(path + suffix);
}

struct Verdict
{
    int lost = 0;
    int duplicated = 0;
    int diverged = 0;
    QStringList notes;
    // What the schedule went through (nexus-bench prints the totals).
    int restores = 0;
    int clones = 0;
    int skewed = 0; // the counter's clock was off by more than the tolerance
    int epochChanges = 0; // new epochs the server gave the schedule's device
    int refusedCopies = 0;
};

// What one schedule must find at the server.
struct Expectation
{
    QList<ClientSale> must; // committed on a counter that still exists, or at the server before its disk was restored
    QList<ClientSale> may; // only on a disk that was restored over before they got through: at most once
    QStringList poison; // must be quarantined
    QStringList deviceIds; // every identity the schedule's counters used
    QStringList skewedDevices; // their clocks were off: each needs an open clock_skew exception
    QStringList punctualDevices; // their clocks were right: no clock_skew exception
};

// Every sale that must be at the server is there exactly once with all its stock and its own sold_at; a sale that may
// be there is there at most once; balances equal the ledger; nothing is pending at the live counters once the
// network healed; clocks off by more than DeviceEpochs::kMaxClockSkewSeconds are flagged, right ones are not.
inline Verdict verify(Database &server, const QList<LocalStore *> &clients, const Expectation &expected)
{
    Verdict verdict;
    qint64 present = 0;
    auto check = [&](const ClientSale &sale, bool required) {
        Result<QVariant> rows = server.scalar(QStringLiteral("SELECT count(*) FROM sales WHERE id = ?"), { sale.id });
        Result<QVariant> moved = server.scalar(
            QStringLiteral("SELECT coalesce(-sum(quantity), 0) FROM stock_movements WHERE ref_type = 'sale' AND ref_id = ?"),
            { sale.id });
        Result<QVariant> soldAt = server.scalar(QStringLiteral("SELECT min(sold_at) FROM sales WHERE id = ?"), { sale.id });
        if (!rows || !moved || !soldAt) {
            ++verdict.diverged;
            return;
        }
        const qint64 count = rows->toLongLong();
        const qint64 quantity = moved->toLongLong();
        present += count;
        if (count == 0 && quantity == 0 && !required)
            return;
        if (count == 0 || quantity == 0) {
            ++verdict.lost;
            verdict.notes << QStringLiteral("lost sale %1").arg(sale.id);
        } else if (count > 1 || quantity > sale.quantity) {
            ++verdict.duplicated;
            verdict.notes << QStringLiteral("duplicated sale %1").arg(sale.id);
        } else if (quantity != sale.quantity) {
            ++verdict.diverged;
            verdict.notes << QStringLiteral("sale %1 moved %2 of %3").arg(sale.id).arg(quantity).arg(sale.quantity);
        } else if (soldAt->toString() != sale.soldAt) {
            ++verdict.diverged;
            verdict.notes << QStringLiteral("sale %1 sold at %2 arrived as %3").arg(sale.id, sale.soldAt, soldAt->toString());
        }
    };
    for (const ClientSale &sale : expected.must)
        check(sale, true);
    for (const ClientSale &sale : expected.may)
        check(sale, false);
    QStringList marks;
    for (qsizetype i = 0; i < expected.deviceIds.size(); ++i)
        marks << QStringLiteral("?");
    QVariantList ids;
    for (const QString &id : expected.deviceIds)
        ids << id;
    Result<QVariant> serverSales = server.scalar(
        QStringLiteral("SELECT count(*) FROM sales WHERE device_id IN (%1)").arg(marks.join(QLatin1Char(','))), ids);
    if (!serverSales || serverSales->toLongLong() != present) {
        ++verdict.diverged;
        verdict.notes << QStringLiteral("server has %1 sales of the schedule's devices, %2 expected")
                             .arg(serverSales ? serverSales->toLongLong() : -1)
                             .arg(present);
    }
    Result<QVariant> mismatched = server.scalar(QStringLiteral(
        "SELECT count(*) FROM stock_levels l LEFT JOIN (SELECT part_id, warehouse_id, sum(quantity) AS q FROM "
        "stock_movements GROUP BY part_id, warehouse_id) m USING (part_id, warehouse_id) "
        "WHERE l.quantity != coalesce(m.q, 0)"));
    if (!mismatched || mismatched->toLongLong() != 0) {
        ++verdict.diverged;
        verdict.notes << QStringLiteral("stock_levels differ from the ledger");
    }
    for (const QString &id : expected.poison) {
        Result<QVariant> kept = server.scalar(QStringLiteral("SELECT count(*) FROM quarantine WHERE mutation_id = ?"), { id });
        if (!kept || kept->toLongLong() < 1) {
            ++verdict.diverged;
            verdict.notes << QStringLiteral("poison %1 not quarantined").arg(id);
        }
    }
    for (LocalStore *client : clients) {
        Result<qint64> pending = Outbox(client->db()).pendingCount();
        if (!pending || *pending != 0) {
            ++verdict.diverged;
            verdict.notes << QStringLiteral("%1 outbox rows still pending").arg(pending ? *pending : -1);
        }
    }
    auto skewFlags = [&server](const QString &deviceId) {
        Result<QVariant> flagged = server.scalar(
            QStringLiteral("SELECT count(*) FROM exceptions WHERE kind = 'clock_skew' AND ref = ?"), { deviceId });
        return flagged ? flagged->toLongLong() : -1;
    };
    for (const QString &id : expected.skewedDevices)
        if (skewFlags(id) != 1) {
            ++verdict.diverged;
            verdict.notes << QStringLiteral("device %1 with a skewed clock has %2 clock_skew exceptions").arg(id).arg(skewFlags(id));
        }
    for (const QString &id : expected.punctualDevices)
        if (skewFlags(id) != 0) {
            ++verdict.diverged;
            verdict.notes << QStringLiteral("device %1 with a right clock was flagged").arg(id);
        }
    return verdict;
}

// One counter of a schedule: its nexus.db, its own faulty network, its identity and clock, the engine (destroyed and
// made again to simulate a crash) and what it committed.
class Till final
{
public:
    Q_DISABLE_COPY_MOVE(Till)
    Till(InProcessServer &server, QString path, QString name, EnrolledDevice device, qint64 skewSeconds, quint32 seed,
        int batchSize, FaultRates rates)
        : m_server(server), m_path(std::move(path)), m_name(std::move(name)), m_device(std::move(device)),
          m_clock(server.clock(), skewSeconds), m_network(server, seed, rates), m_batchSize(batchSize), m_seed(seed)
    {
        open();
    }
    ~Till() { close(); }

    [[nodiscard]] LocalStore &store() { return *m_store; }
    [[nodiscard]] SyncEngine &engine() { return *m_engine; }
    [[nodiscard]] const EnrolledDevice &device() const { return m_device; }
    [[nodiscard]] const SkewedClock &clock() const { return m_clock; }
    [[nodiscard]] FaultyTransport &network() { return m_network; }
    [[nodiscard]] const QString &path() const { return m_path; }

    // The process dies between two steps; the outbox is the state.
    void crash() { m_engine = makeEngine(); }
    // The process is closed and nexus.db replaced by `backup` (the store restores last week's copy).
    void restoreFrom(const QString &backup)
    {
        close();
        removeDatabaseFiles(m_path);
        if (!QFile::copy(backup, m_path))
            qFatal("restore %s", qPrintable(backup));
        open();
    }
    // Head office gives the refused copy a new enrollment code: a new identity, the same nexus.db and outbox.
    void enrollAgain()
    {
        m_device = m_server.enroll();
        Transaction transaction(m_store->db());
        if (!transaction.begin() || !EpochState(m_store->db(), m_clock).startNewIdentity() || !transaction.commit())
            qFatal("enroll again");
        m_engine = makeEngine();
    }
    [[nodiscard]] bool refusedAsCopy()
    {
        Result<SyncIdentity> identity = EpochState(m_store->db(), m_clock).load(1);
        return identity && identity->cloned;
    }
    [[nodiscard]] qint64 pending() { return Outbox(m_store->db()).pendingCount().value_or(-1); }

private:
    void open()
    {
        m_connection = m_name + QStringLiteral("-%1").arg(++m_generation);
        Result<std::unique_ptr<LocalStore>> store = LocalStore::open(m_path, m_connection);
        if (!store)
            qFatal("client: %s", qPrintable(store.error().logMessage()));
        m_store = std::move(*store);
        m_engine = makeEngine();
    }
    void close()
    {
        m_engine.reset();
        for (const QString &engine : std::as_const(m_engineConnections))
            QSqlDatabase::removeDatabase(engine);
        m_engineConnections.clear();
        m_store.reset();
        QSqlDatabase::removeDatabase(m_connection);
    }
    std::unique_ptr<SyncEngine> makeEngine()
    {
        m_engine.reset(); // closes the previous engine's connection first
        SyncEngine::Config config;
        config.databasePath = m_path;
        config.connectionName = m_name + QStringLiteral("-engine-%1").arg(++m_generation);
        config.deviceId = m_device.deviceId;
        config.deviceSecret = m_device.secret;
        // The keychain of this till: a new epoch's secret survives its crashes and restores (not its copies).
        config.storeSecret = [this](const QByteArray &secret) -> Status {
            m_device.secret = QString::fromUtf8(secret);
            return {};
        };
        config.batchSize = m_batchSize; // small batches: more requests to fault
        config.seed = m_seed + 1;
        config.clock = &m_clock;
        m_engineConnections.append(config.connectionName);
        return std::make_unique<SyncEngine>(config, std::make_unique<BorrowedTransport>(m_network));
    }

    InProcessServer &m_server;
    QString m_path;
    QString m_name;
    EnrolledDevice m_device;
    SkewedClock m_clock;
    FaultyTransport m_network;
    int m_batchSize;
    quint32 m_seed;
    int m_generation = 0;
    QString m_connection;
    QStringList m_engineConnections;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<SyncEngine> m_engine;
};

// What a seeded schedule does besides the faults of the network and the crashes of the engine.
enum class ScheduleEvent {
    None,
    Restore, // nexus.db is replaced by an older copy of itself (a backup restored)
    Clone, // nexus.db is copied onto a second machine that sells under the same identity
};

// Clock errors the schedules draw from: right, minutes (tolerated), hours and days ahead or behind, months behind.
inline constexpr qint64 kHarnessSkews[] = { 0, 0, 0, 0, 90, 3 * 3600, -3 * 3600, 2 * 86400, -2 * 86400, -90 * 86400 };

// One seeded schedule: sales, passes, engine crashes and poison on one or two counters, all under faults, with the
// server's clock moving on (tokens expire), the counter's clock possibly off, and possibly a restored backup or a
// copied disk; then the network heals, a refused copy is enrolled again, and everything must converge.
// `clientTemplate` is a migrated empty nexus.db copied for this schedule.
inline Verdict runSchedule(InProcessServer &server, const QString &workDir, const QString &clientTemplate, quint32 seed,
    int steps = 12, ScheduleEvent forced = ScheduleEvent::None)
{
    std::mt19937 random(seed);
    const QString base = workDir + QStringLiteral("/client-%1").arg(seed);
    const QString path = base + QStringLiteral(".db");
    const QString backup = base + QStringLiteral("-backup.db");
    const QString clonePath = base + QStringLiteral("-clone.db");
    for (const QString &file : { path, backup, clonePath })
        removeDatabaseFiles(file);
    if (!QFile::copy(clientTemplate, path))
        qFatal("copy client template");

    const unsigned pick = random() % 10;
    const ScheduleEvent event = forced != ScheduleEvent::None ? forced
        : pick < 3                                            ? ScheduleEvent::Restore
        : pick < 5                                            ? ScheduleEvent::Clone
                                                              : ScheduleEvent::None;
    const qint64 skew = kHarnessSkews[random() % std::size(kHarnessSkews)];
    const int backupAt = static_cast<int>(random() % static_cast<unsigned>(std::max(1, steps / 2)));
    const int eventAt = backupAt + 1 + static_cast<int>(random() % static_cast<unsigned>(std::max(1, steps / 2)));
    const int batchSize = 1 + static_cast<int>(random() % 4);
    const FaultRates rates { 0.15, 0.1, 0.1, 0.15, 0.05 };

    Verdict verdict;
    Expectation expected;
    {
        std::vector<std::unique_ptr<Till>> tills;
        tills.push_back(std::make_unique<Till>(server, path, QStringLiteral("harness-%1-a").arg(seed), server.enroll(),
            skew, seed * 7919u + 1u, batchSize, rates));
        expected.deviceIds << tills.front()->device().deviceId;
        QList<QList<ClientSale>> sold { {} }; // per till
        QList<QStringList> poisoned { {} };
        int folio = 0;
        qint64 backupSeq = -1; // the last outbox seq in the backup
        qsizetype salesInBackup = 0, poisonInBackup = 0;
        bool restoreMustBeSeen = false; // the server held seqs the backup never had

        for (int step = 0; step < steps; ++step) {
            // Minutes pass at the server: tokens (15 min) run out now and then under the counters.
            server.clock().advanceMs(static_cast<qint64>(random() % 400) * 1000);
            if (event != ScheduleEvent::None && step == backupAt && event == ScheduleEvent::Restore) {
                copyDatabase(tills.front()->store(), backup);
                backupSeq = EpochState(tills.front()->store().db(), tills.front()->clock()).lastSeq().value_or(-1);
                salesInBackup = sold.front().size();
                poisonInBackup = poisoned.front().size();
            }
            if (step == eventAt && event == ScheduleEvent::Restore && backupSeq >= 0) {
                // What the lost disk sold after the backup stays if the server has it; the rest went with the disk
                // (a late request may still bring it: at most once).
                Till &till = *tills.front();
                for (qsizetype i = salesInBackup; i < sold.front().size(); ++i) {
                    const ClientSale &sale = sold.front().at(i);
                    (server.count(QStringLiteral("SELECT count(*) FROM sales WHERE id = ?"), { sale.id }) > 0 ? expected.must
                                                                                                            : expected.may)
                        .append(sale);
                }
                const qint64 serverSeq = server.count(
                    QStringLiteral("SELECT coalesce(max(seq), 0) FROM device_seqs WHERE device_id = ?"), { till.device().deviceId });
                restoreMustBeSeen = serverSeq > backupSeq;
                sold.front() = sold.front().mid(0, salesInBackup);
                poisoned.front() = poisoned.front().mid(0, poisonInBackup);
                till.restoreFrom(backup);
            }
            if (step == eventAt && event == ScheduleEvent::Clone) {
                copyDatabase(tills.front()->store(), clonePath);
                tills.push_back(std::make_unique<Till>(server, clonePath, QStringLiteral("harness-%1-b").arg(seed),
                    tills.front()->device(), skew, seed * 7919u + 2u, batchSize, rates));
                sold.append(QList<ClientSale>()); // its copies of A's sales are A's
                poisoned.append(QStringList());
            }
            const auto which = static_cast<qsizetype>(random() % tills.size());
            Till &till = *tills.at(static_cast<size_t>(which));
            const unsigned roll = random() % 10;
            if (roll < 4) {
                const int count = 1 + static_cast<int>(random() % 3);
                for (int i = 0; i < count; ++i)
                    sold[which].append(commitSale(till.store(), till.device().deviceId, random, ++folio, kHarnessBranch, &till.clock()));
            } else if (roll < 8) {
                (void)till.engine().pushPending();
            } else if (roll == 8) {
                till.crash();
            } else if (random() % 3 == 0) {
                poisoned[which].append(commitPoison(till.store(), random() % 2 == 0));
            }
        }

        for (auto &till : tills) {
            till->network().heal();
            till->network().deliverAllHeld();
        }
        // The counters keep selling once the network is back, twice: each round's sales must get through too, and a
        // copy left on an old epoch by the other machine's change learns it when it pushes its next sale.
        QStringList refused;
        for (int round = 0; round < 2; ++round) {
            for (qsizetype i = 0; i < static_cast<qsizetype>(tills.size()); ++i) {
                Till &till = *tills.at(static_cast<size_t>(i));
                sold[i].append(
                    commitSale(till.store(), till.device().deviceId, random, ++folio, kHarnessBranch, &till.clock()));
            }
            for (int pass = 0; pass < 12; ++pass) {
                bool settled = true;
                for (auto &till : tills) {
                    Result<SyncEngine::PassResult> result = till->engine().pushPending();
                    if (!result && till->refusedAsCopy()) {
                        // What head office does for a refused copy: a new enrollment code.
                        refused << till->device().deviceId;
                        till->enrollAgain();
                        expected.deviceIds << till->device().deviceId;
                        result = till->engine().pushPending();
                    }
                    settled = settled && result && result->pending == 0;
                }
                if (settled)
                    break;
            }
        }

        QList<LocalStore *> stores;
        for (qsizetype i = 0; i < static_cast<qsizetype>(tills.size()); ++i) {
            stores << &tills.at(static_cast<size_t>(i))->store();
            expected.must += sold.at(i);
            expected.poison += poisoned.at(i);
        }
        // A counter whose clock is off is flagged once for each identity that got a sale through; a right one never.
        const bool skewed = std::abs(skew) > DeviceEpochs::kMaxClockSkewSeconds;
        for (const QString &id : std::as_const(expected.deviceIds))
            if (server.count(QStringLiteral("SELECT count(*) FROM sales WHERE device_id = ?"), { id }) > 0)
                (skewed ? expected.skewedDevices : expected.punctualDevices) << id;
        verdict = verify(server.tenantDb(), stores, expected);

        const QString first = expected.deviceIds.first();
        const qint64 epoch = server.deviceEpoch(first);
        verdict.restores = event == ScheduleEvent::Restore ? 1 : 0;
        verdict.clones = event == ScheduleEvent::Clone ? 1 : 0;
        verdict.skewed = skewed ? 1 : 0;
        verdict.epochChanges = static_cast<int>(epoch - 1);
        verdict.refusedCopies = static_cast<int>(refused.size());
        auto expect = [&verdict](bool holds, const QString &note) {
            if (!holds) {
                ++verdict.diverged;
                verdict.notes << note;
            }
        };
        switch (event) {
        case ScheduleEvent::None:
            expect(epoch == 1 && refused.isEmpty(),
                QStringLiteral("nothing was restored or copied, yet epoch %1 and %2 refused").arg(epoch).arg(refused.size()));
            break;
        case ScheduleEvent::Restore:
            // The server held seqs the backup never had and the restored database sold again: it must have changed
            // epoch. A single database is never refused as a copy.
            expect(!restoreMustBeSeen || epoch >= 2, QStringLiteral("the restored database never changed epoch"));
            expect(refused.isEmpty(), QStringLiteral("a restored database was refused as a copy"));
            break;
        case ScheduleEvent::Clone:
            // Both machines sold after the copy: one changed epoch, the other was refused and enrolled again.
            expect(epoch >= 2 && refused.size() == 1,
                QStringLiteral("the copy was not told apart: epoch %1, %2 refused").arg(epoch).arg(refused.size()));
            break;
        }
    }
    for (const QString &file : { path, backup, clonePath })
        removeDatabaseFiles(file);
    return verdict;
}

// A migrated, empty client database to copy for each schedule (migrating once is much cheaper).
inline QString makeClientTemplate(const QString &workDir)
{
    const QString path = workDir + QStringLiteral("/client-template.db");
    {
        Result<std::unique_ptr<LocalStore>> store = LocalStore::open(path, QStringLiteral("harness-template"));
        if (!store)
            qFatal("client template: %s", qPrintable(store.error().logMessage()));
        if (!(*store)->db().execScript(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
            qFatal("checkpoint");
    }
    QSqlDatabase::removeDatabase(QStringLiteral("harness-template"));
    return path;
}

} // namespace nexus::test
