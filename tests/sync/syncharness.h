// The fault-injection harness of the push path: the REAL server ingest (SqliteServerStorage + DeviceAuth +
// IngestRoutes) in-process, a fake network between it and the REAL SyncEngine that drops, holds back (delivers
// late, out of order), duplicates and cuts answers after the server committed, and the checks for lost,
// duplicated and diverged sales. Used by tests/sync and by `nexus-bench sync-faults` (no QtTest in here).
#pragma once

#include "client/syncengine.h"
#include "client/transport.h"
#include "common/clock.h"
#include "common/idgenerator.h"
#include "protocol/jsonreader.h"
#include "protocol/pushmessages.h"
#include "protocol/tokenmessages.h"
#include "server/deviceauth.h"
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

// One server data folder with one tenant ("acme", branches MTY and GDL) and the real push endpoint.
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
        m_auth = std::make_unique<DeviceAuth>(*m_storage, Clock::system());
        m_ingest = std::make_unique<IngestRoutes>(*m_storage, *m_auth, Clock::system());
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
        EnrollmentService enrollment(*m_storage, Clock::system());
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
        return HttpResponse { 404, {} };
    }

    [[nodiscard]] int requests() const { return m_requests; }
    [[nodiscard]] ServerStorage &storage() { return *m_storage; }

private:
    std::unique_ptr<ServerStorage> m_storage;
    TenantRecord m_tenant;
    std::unique_ptr<DeviceAuth> m_auth;
    std::unique_ptr<IngestRoutes> m_ingest;
    int m_requests = 0;
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
};

// Commits one sale's outbox row the way CheckoutService does (same payload shape, one transaction).
inline ClientSale commitSale(LocalStore &store, const QString &deviceId, std::mt19937 &random, int folio,
    const QString &branchId = kHarnessBranch)
{
    ClientSale sale { IdGenerator::instance().nextString(), 0 };
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
        { QStringLiteral("currency"), QStringLiteral("MXN") }, { QStringLiteral("sold_at"), QStringLiteral("2026-01-05T10:00:00.000Z") },
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
    if (!Outbox(store.db()).append(IdGenerator::instance().nextString(), QStringLiteral("sale.completed"), 1, payload,
            QStringLiteral("2026-01-05T10:00:00.000Z")))
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

struct Verdict
{
    int lost = 0;
    int duplicated = 0;
    int diverged = 0;
    QStringList notes;
};

// Every client sale must be at the server exactly once with all its stock; balances must equal the ledger;
// nothing may be left pending at the client once the network healed.
inline Verdict verify(Database &server, LocalStore &client, const QString &deviceId, const QList<ClientSale> &sales,
    const QStringList &poison)
{
    Verdict verdict;
    for (const ClientSale &sale : sales) {
        Result<QVariant> rows = server.scalar(QStringLiteral("SELECT count(*) FROM sales WHERE id = ?"), { sale.id });
        Result<QVariant> moved = server.scalar(
            QStringLiteral("SELECT coalesce(-sum(quantity), 0) FROM stock_movements WHERE ref_type = 'sale' AND ref_id = ?"),
            { sale.id });
        if (!rows || !moved) {
            ++verdict.diverged;
            continue;
        }
        const qint64 count = rows->toLongLong();
        const qint64 quantity = moved->toLongLong();
        if (count == 0 || quantity == 0) {
            ++verdict.lost;
            verdict.notes << QStringLiteral("lost sale %1").arg(sale.id);
        } else if (count > 1 || quantity > sale.quantity) {
            ++verdict.duplicated;
            verdict.notes << QStringLiteral("duplicated sale %1").arg(sale.id);
        } else if (quantity != sale.quantity) {
            ++verdict.diverged;
            verdict.notes << QStringLiteral("sale %1 moved %2 of %3").arg(sale.id).arg(quantity).arg(sale.quantity);
        }
    }
    Result<QVariant> serverSales
        = server.scalar(QStringLiteral("SELECT count(*) FROM sales WHERE device_id = ?"), { deviceId });
    if (!serverSales || serverSales->toLongLong() != sales.size()) {
        ++verdict.diverged;
        verdict.notes << QStringLiteral("server has %1 sales of the device, client committed %2")
                             .arg(serverSales ? serverSales->toLongLong() : -1)
                             .arg(sales.size());
    }
    Result<QVariant> mismatched = server.scalar(QStringLiteral(
        "SELECT count(*) FROM stock_levels l LEFT JOIN (SELECT part_id, warehouse_id, sum(quantity) AS q FROM "
        "stock_movements GROUP BY part_id, warehouse_id) m USING (part_id, warehouse_id) "
        "WHERE l.quantity != coalesce(m.q, 0)"));
    if (!mismatched || mismatched->toLongLong() != 0) {
        ++verdict.diverged;
        verdict.notes << QStringLiteral("stock_levels differ from the ledger");
    }
    for (const QString &id : poison) {
        Result<QVariant> kept = server.scalar(QStringLiteral("SELECT count(*) FROM quarantine WHERE mutation_id = ?"), { id });
        if (!kept || kept->toLongLong() < 1) {
            ++verdict.diverged;
            verdict.notes << QStringLiteral("poison %1 not quarantined").arg(id);
        }
    }
    Result<qint64> pending = Outbox(client.db()).pendingCount();
    if (!pending || *pending != 0) {
        ++verdict.diverged;
        verdict.notes << QStringLiteral("%1 outbox rows still pending").arg(pending ? *pending : -1);
    }
    return verdict;
}

// One seeded schedule: sales, passes, engine crashes and poison, all under faults; then the network heals and
// the engine must converge. `clientTemplate` is a migrated empty nexus.db copied for this schedule.
inline Verdict runSchedule(InProcessServer &server, const QString &workDir, const QString &clientTemplate, quint32 seed,
    int steps = 12)
{
    std::mt19937 random(seed);
    const EnrolledDevice device = server.enroll();
    const QString clientPath = workDir + QStringLiteral("/client-%1.db").arg(seed);
    QFile::remove(clientPath);
    if (!QFile::copy(clientTemplate, clientPath))
        qFatal("copy client template");
    const QString connection = QStringLiteral("harness-client-%1").arg(seed);
    Verdict verdict;
    {
        Result<std::unique_ptr<LocalStore>> client = LocalStore::open(clientPath, connection);
        if (!client)
            qFatal("client: %s", qPrintable(client.error().logMessage()));
        const FaultRates rates { 0.15, 0.1, 0.1, 0.15, 0.05 };
        FaultyTransport network(server, seed * 7919u + 1u, rates);
        SyncEngine::Config config;
        config.databasePath = clientPath;
        config.deviceId = device.deviceId;
        config.deviceSecret = device.secret;
        config.batchSize = 1 + static_cast<int>(random() % 4); // small batches: more requests to fault
        config.seed = seed + 1;
        int generation = 0;
        auto makeEngine = [&] {
            config.connectionName = connection + QStringLiteral("-engine-%1").arg(++generation);
            return std::make_unique<SyncEngine>(config, std::make_unique<BorrowedTransport>(network));
        };
        std::unique_ptr<SyncEngine> engine = makeEngine();
        QList<ClientSale> sales;
        QStringList poison;
        int folio = 0;
        for (int step = 0; step < steps; ++step) {
            const unsigned roll = random() % 10;
            if (roll < 4) {
                const int count = 1 + static_cast<int>(random() % 3);
                for (int i = 0; i < count; ++i)
                    sales.append(commitSale(**client, device.deviceId, random, ++folio));
            } else if (roll < 8) {
                (void)engine->pushPending();
            } else if (roll == 8) {
                engine.reset(); // the client process dies between two steps; the outbox is the state
                engine = makeEngine();
            } else if (random() % 3 == 0) {
                poison.append(commitPoison(**client, random() % 2 == 0));
            }
        }
        network.heal();
        network.deliverAllHeld();
        for (int pass = 0; pass < 10; ++pass) {
            Result<SyncEngine::PassResult> result = engine->pushPending();
            if (result && result->pending == 0)
                break;
        }
        engine.reset();
        verdict = verify(server.tenantDb(), **client, device.deviceId, sales, poison);
    }
    QSqlDatabase::removeDatabase(connection);
    QFile::remove(clientPath);
    QFile::remove(clientPath + QStringLiteral("-wal"));
    QFile::remove(clientPath + QStringLiteral("-shm"));
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
