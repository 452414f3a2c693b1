// nexus-bench sync-ingest: sales per second that ONE nexus-server process accepts through /v1/sync/push.
// `nexus-bench sync-ingest [--sales N] [--batch B] [--devices D] [--lines L] [--database URL] [--server PATH]
// [--dir DIR]`. What is measured, and what is not:
// - the real nexus-server executable (default: next to nexus-bench; --server picks another build for A/B runs),
//   its TLS, HTTP, JSON, authentication and ingest, with the tenant on disk (SQLite WAL synchronous=FULL, or
//   PostgreSQL with fsync on) so every answer comes after a durable commit;
// - D counters pushing at once over loopback HTTPS with the client's own transport (libcurl, a new connection per
//   request as the sync engine does), each waiting for its answer before sending its next batch of B outbox rows;
// - outbox rows written by the real CheckoutService (1..L lines from a 5,000-part catalogue, mixed tenders) after
//   the till was opened; the server knows those parts (old-price checks) and has stock for them (few exceptions);
// - not timed: the clients' checkouts, building the request bodies and the token requests.
// The run fails unless every mutation was applied, every batch acknowledged and the tenant holds every sale.
#include "benchmarks.h"
#include "benchstats.h"

#include "../sync/syncharness.h"

#include "client/curltransport.h"
#include "client/transportsession.h"
#include "protocol/endpoints.h"
#include "sales/cashsessionservice.h"
#include "sales/checkoutservice.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <latch>
#include <thread>
#include <vector>

#include <unistd.h>

namespace nexus::bench {

namespace {

constexpr int kCatalogParts = 5000;
constexpr qint64 kSeedStockUnits = 100000;
const QString kCashier = QStringLiteral("user-bench");

int failWith(const QString &message)
{
    QTextStream(stderr) << "nexus-bench sync-ingest: " << message << "\n";
    return 1;
}

// The catalogue's parts (id, price_version 1) and a receipt of stock for each in both warehouses, so old-price
// checks find the part and a sale drives a balance below zero only as rarely as at a real counter.
Status seedTenant(Database &tenant, const QString &catalogPath)
{
    Result<std::unique_ptr<Database>> catalog = Database::open(catalogPath, Durability::Normal);
    if (!catalog)
        return std::unexpected(catalog.error());
    Database &db = **catalog;
    {
        Transaction transaction(db);
        if (Status begun = transaction.begin(); !begun)
            return begun;
        if (Status seeded = db.execScript(
                QStringLiteral("INSERT INTO brands(id, name) VALUES (1, 'Bench');"
                               "INSERT INTO categories(id, name, sat_product_key) VALUES (1, 'Bench', '25174400');"));
            !seeded)
            return seeded;
        for (int part = 1; part <= kCatalogParts; ++part) {
            Result<QSqlQuery> inserted = db.exec(
                QStringLiteral("INSERT INTO parts(id, sku, name, brand_id, category_id, sat_product_key, "
                               "sat_unit_key, unit_name, cost_cents, list_price_cents, retail_price_cents, "
                               "price_version) VALUES (?, ?, ?, 1, 1, '25174400', 'H87', 'Pieza', ?, ?, ?, 1)"),
                { part, QStringLiteral("BEN-%1").arg(part, 6, 10, QLatin1Char('0')),
                    QStringLiteral("Refacción de prueba %1").arg(part), 3000 + part, 6000 + part, 6000 + part });
            if (!inserted)
                return std::unexpected(inserted.error());
        }
        if (Status committed = transaction.commit(); !committed)
            return committed;
    }
    Transaction transaction(tenant);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    for (const QString &warehouse : test::kHarnessWarehouses) {
        for (int part = 1; part <= kCatalogParts; ++part) {
            const qint64 quantity = kSeedStockUnits * 1000;
            Result<QSqlQuery> moved = tenant.exec(
                QStringLiteral("INSERT INTO stock_movements(id, part_id, warehouse_id, branch_id, kind, quantity, "
                               "ref_type, ref_id, device_id, user_id, at) "
                               "VALUES (?, ?, ?, ?, 'receipt', ?, 'seed', 'seed', 'bench', 'bench', ?)"),
                { QStringLiteral("seed:%1:%2").arg(warehouse).arg(part), part, warehouse, test::kHarnessBranch,
                    quantity, QStringLiteral("2026-01-01T00:00:00.000Z") });
            if (!moved)
                return std::unexpected(moved.error());
            Result<QSqlQuery> level = tenant.exec(
                QStringLiteral("INSERT INTO stock_levels(part_id, warehouse_id, quantity) VALUES (?, ?, ?)"),
                { part, warehouse, quantity });
            if (!level)
                return std::unexpected(level.error());
        }
    }
    if (Status committed = transaction.commit(); !committed)
        return committed;
    // A running PostgreSQL has statistics for these tables (autovacuum analyzes a bulk load within a minute);
    // a fresh one without them plans the change-log trigger's delete on the wrong index and scans the whole
    // stock bucket for every balance, which no server in service does.
    return tenant.dialect() == SqlDialect::Postgres ? tenant.execScript(QStringLiteral("ANALYZE")) : Status {};
}

// Part ids skewed like a counter's sales: a few hundred fast movers take most lines.
int pickPart(std::mt19937 &random)
{
    const double u = std::uniform_real_distribution<double>(0.0, 1.0)(random);
    return 1 + std::min(kCatalogParts - 1, static_cast<int>(std::pow(u, 3.0) * kCatalogParts));
}

std::vector<Tender> tendersOf(std::mt19937 &random, Money total)
{
    switch (random() % 4) {
    case 0:
        return { Tender { TenderMethod::CardCredit, total, 0, QStringLiteral("AUT%1").arg(random() % 1000000) } };
    case 1:
        return { Tender { TenderMethod::Transfer, total, 0, QStringLiteral("SPEI%1").arg(random() % 1000000) } };
    default: // cash, rounded up to the next 50 pesos
        return { Tender { TenderMethod::Cash, Money((total.centavos() / 5000 + 1) * 5000), 0, {} } };
    }
}

struct BenchDevice
{
    test::EnrolledDevice identity;
    QList<QByteArray> bodies; // the push requests, exactly as the sync engine serialises them
    QList<qint64> lastSeqs; // the seq each request must be acknowledged up to
    qint64 sales = 0;
    qint64 mutations = 0;
};

// One counter: opens the till, checks out `count` carts with the real CheckoutService, and turns its outbox into
// push bodies of `batch` rows the way SyncEngine::pushPending does.
Status fillDevice(BenchDevice &device, const QString &clientPath, int index, int count, int maxLines, int batch,
    std::mt19937 &random, qint64 &lineCount)
{
    const QString connection = QStringLiteral("bench-ingest-client-%1").arg(index);
    {
        Result<std::unique_ptr<LocalStore>> store = LocalStore::open(clientPath, connection);
        if (!store)
            return std::unexpected(store.error());
        Database &db = (*store)->db();
        if (Status seeded = db.execScript(
                QStringLiteral(
                    "INSERT INTO branches(id, code, name) VALUES ('%1', 'MTY', 'Monterrey');"
                    "INSERT INTO warehouses(id, branch_id, code, name) VALUES ('%2', '%1', 'A', 'Mostrador');"
                    "INSERT INTO warehouses(id, branch_id, code, name) VALUES ('%3', '%1', 'B', 'Bodega');")
                    .arg(test::kHarnessBranch, test::kHarnessWarehouses.at(0), test::kHarnessWarehouses.at(1)));
            !seeded)
            return seeded;
        const QString deviceId = device.identity.deviceId;
        Result<CashSession> till
            = CashSessionService(db, Clock::system(), deviceId, test::kHarnessBranch).open(kCashier, Money(100000));
        if (!till)
            return std::unexpected(till.error());
        CheckoutService checkout(db, Clock::system());
        const CheckoutContext context { deviceId, test::kHarnessBranch, QStringLiteral("MTY%1").arg(index + 1),
            kCashier, Role::Cashier, false };
        for (int sale = 0; sale < count; ++sale) {
            Cart cart;
            const int lines = 1 + static_cast<int>(random() % static_cast<unsigned>(maxLines));
            for (int line = 0; line < lines; ++line) {
                const int part = pickPart(random);
                const qint64 price = 6000 + part;
                const CartItem item { part, QStringLiteral("BEN-%1").arg(part, 6, 10, QLatin1Char('0')),
                    QStringLiteral("Refacción de prueba %1").arg(part),
                    test::kHarnessWarehouses.at(static_cast<qsizetype>(random() % 4 == 0)), Money(price), Money(price),
                    Money(3000 + part), TaxRate::iva16(), 1, QStringLiteral("25174400"), QStringLiteral("H87") };
                if (Status added = cart.add(item, Quantity::units(1 + static_cast<qint64>(random() % 2))); !added)
                    return added;
            }
            lineCount += static_cast<qint64>(cart.lines().size());
            Result<SaleReceipt> receipt = checkout.checkout(cart, tendersOf(random, cart.totals().gross), context);
            if (!receipt)
                return std::unexpected(receipt.error());
        }
        Result<QList<OutboxEntry>> entries = Outbox(db).pending(count + 1);
        if (!entries)
            return std::unexpected(entries.error());
        for (qsizetype start = 0; start < entries->size(); start += batch) {
            wire::PushRequest request;
            request.deviceId = deviceId;
            request.epoch = 1;
            const qsizetype end = std::min<qsizetype>(start + batch, entries->size());
            for (qsizetype i = start; i < end; ++i) {
                const OutboxEntry &entry = entries->at(i);
                request.mutations.append(
                    { entry.mutationId, entry.seq, entry.schemaVersion, entry.type, entry.payload, {}, {} });
                device.sales += entry.type == QLatin1String("sale.completed") ? 1 : 0;
            }
            device.mutations += end - start;
            device.bodies.append(QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact));
            device.lastSeqs.append(entries->at(end - 1).seq);
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return {};
}

// user + system CPU seconds a process has used so far (Linux /proc), -1 when unknown.
double cpuSecondsOf(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    // Fields after the ")" that closes the command name: state is field 3, utime 14, stime 15.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    return static_cast<double>(fields.at(11).toLongLong() + fields.at(12).toLongLong())
        / static_cast<double>(sysconf(_SC_CLK_TCK));
}

} // namespace

int runSyncIngest(const QStringList &args)
{
    int total = 20000;
    int batch = 200;
    int devices = 4;
    int maxLines = 3;
    QString workDir;
    QString databaseUrl; // empty: SQLite; postgresql://…: the PostgreSQL storage (tenant schema "acme")
    QString serverPath = QCoreApplication::applicationDirPath() + QStringLiteral("/nexus-server");
    for (qsizetype i = 0; i + 1 < args.size(); i += 2) {
        const QString &value = args.at(i + 1);
        if (args.at(i) == QLatin1String("--sales"))
            total = value.toInt();
        else if (args.at(i) == QLatin1String("--batch"))
            batch = value.toInt();
        else if (args.at(i) == QLatin1String("--dir"))
            workDir = value;
        else if (args.at(i) == QLatin1String("--devices"))
            devices = value.toInt();
        else if (args.at(i) == QLatin1String("--lines"))
            maxLines = value.toInt();
        else if (args.at(i) == QLatin1String("--database"))
            databaseUrl = value;
        else if (args.at(i) == QLatin1String("--server"))
            serverPath = value;
        else
            total = -1;
    }
    if (args.size() % 2 != 0 || total <= 0 || batch <= 0 || batch > wire::PushRequest::kMaxBatch || devices <= 0
        || maxLines <= 0 || maxLines > 100) {
        QTextStream(stderr) << "usage: nexus-bench sync-ingest [--sales N] [--batch 1..500] [--devices D] "
                               "[--lines 1..100] [--database URL] [--server PATH] [--dir DIR]\n";
        return 2;
    }
    QLoggingCategory::setFilterRules(QStringLiteral("nexus.*.info=false\nqt.*=false"));
    // On disk (not tmpfs): the figure includes the fsync of each batch commit. --dir picks the disk.
    QTemporaryDir dir(workDir.isEmpty() ? QDir::tempPath() + QStringLiteral("/nexus-sync-ingest-XXXXXX")
                                        : workDir + QStringLiteral("/nexus-sync-ingest-XXXXXX"));
    if (!dir.isValid())
        return failWith(QStringLiteral("cannot create a folder under %1").arg(workDir));
    const QString dataDir = dir.filePath(QStringLiteral("server"));
    const int perDevice = (total + devices - 1) / devices;
    std::vector<BenchDevice> all(static_cast<std::size_t>(devices));
    qint64 lineCount = 0;
    {
        // The tenant, its parts, stock and enrolled counters; then the files are closed for the server process.
        test::InProcessServer setup(dataDir, databaseUrl);
        Result<TenantStore *> tenant = setup.storage().tenant(
            TenantRecord { QStringLiteral("tenant-acme"), QStringLiteral("acme"), {}, {}, true });
        if (!tenant)
            return failWith(tenant.error().logMessage());
        if (Status seeded = seedTenant(
                (*tenant)->db(), setup.storage().tenantDir(QStringLiteral("acme")) + QStringLiteral("/catalog.db"));
            !seeded)
            return failWith(seeded.error().logMessage());
        const QString clientTemplate = test::makeClientTemplate(dir.path());
        std::mt19937 random(42);
        for (int d = 0; d < devices; ++d) {
            BenchDevice &device = all[static_cast<std::size_t>(d)];
            device.identity = setup.enroll();
            const QString clientPath = dir.filePath(QStringLiteral("bench-client-%1.db").arg(d));
            if (!QFile::copy(clientTemplate, clientPath))
                return failWith(QStringLiteral("cannot copy the client template"));
            if (Status filled = fillDevice(device, clientPath, d, perDevice, maxLines, batch, random, lineCount);
                !filled)
                return failWith(filled.error().logMessage());
        }
    }

    QProcess server;
    server.setProgram(serverPath);
    server.setArguments(
        { QStringLiteral("--data"), dataDir, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0") });
    if (!databaseUrl.isEmpty())
        server.setArguments(server.arguments() + QStringList { QStringLiteral("--database"), databaseUrl });
    // One log line per request: to a file, as under systemd (an unread pipe would block the server).
    server.setStandardErrorFile(dir.filePath(QStringLiteral("nexus-server.log")));
    server.start();
    if (!server.waitForStarted(10000))
        return failWith(QStringLiteral("cannot start %1: %2").arg(serverPath, server.errorString()));
    static const QRegularExpression listening(
        QStringLiteral("^listening (https://\\S+)$"), QRegularExpression::MultilineOption);
    QString url;
    QString announced;
    QElapsedTimer wait;
    wait.start();
    while (url.isEmpty() && wait.elapsed() < 30000 && server.state() == QProcess::Running) {
        server.waitForReadyRead(200);
        announced += QString::fromUtf8(server.readAllStandardOutput());
        if (const QRegularExpressionMatch match = listening.match(announced); match.hasMatch())
            url = match.captured(1);
    }
    if (url.isEmpty())
        return failWith(QStringLiteral("%1 did not say where it listens: %2").arg(serverPath, announced));
    const auto stopServer = [&server] {
        server.terminate();
        if (!server.waitForFinished(20000)) {
            server.kill();
            server.waitForFinished();
        }
    };

    // One thread per counter, each with its own transport and token; all start pushing together.
    std::latch ready(devices + 1);
    std::latch go(1);
    std::atomic<int> failures { 0 };
    std::vector<std::vector<double>> latencies(static_cast<std::size_t>(devices));
    std::vector<QString> problems(static_cast<std::size_t>(devices));
    std::vector<qint64> applied(static_cast<std::size_t>(devices), 0);
    std::vector<std::thread> threads;
    const QString caFile = dataDir + QStringLiteral("/tls/cert.pem");
    for (int d = 0; d < devices; ++d) {
        threads.emplace_back([&, d] {
            const auto index = static_cast<std::size_t>(d);
            const BenchDevice &device = all[index];
            CurlTransport transport(url, HttpClient::Options { caFile, 5000, 120000, nullptr });
            TransportSession session(transport, device.identity.deviceId, device.identity.secret);
            Result<HttpResponse> warm = session.get(QString(wire::kHealthPath)); // fetches the token, untimed
            ready.count_down();
            go.wait();
            if (!warm || warm->status != 200) {
                problems[index]
                    = warm ? QStringLiteral("health answered %1").arg(warm->status) : warm.error().logMessage();
                ++failures;
                return;
            }
            for (qsizetype b = 0; b < device.bodies.size(); ++b) {
                QElapsedTimer request;
                request.start();
                Result<HttpResponse> reply = session.post(QString(wire::kPushPath), device.bodies.at(b));
                latencies[index].push_back(static_cast<double>(request.nsecsElapsed()) / 1e6);
                if (!reply || reply->status != 200) {
                    problems[index] = reply ? QStringLiteral("push answered %1 %2")
                                                  .arg(reply->status)
                                                  .arg(QString::fromUtf8(reply->body.left(300)))
                                            : reply.error().logMessage();
                    ++failures;
                    return;
                }
                const QJsonObject answer = QJsonDocument::fromJson(reply->body).object();
                if (answer.value(QStringLiteral("acked_seq")).toInteger() != device.lastSeqs.at(b)) {
                    problems[index] = QStringLiteral("batch %1 acknowledged up to %2, not %3")
                                          .arg(b)
                                          .arg(answer.value(QStringLiteral("acked_seq")).toInteger())
                                          .arg(device.lastSeqs.at(b));
                    ++failures;
                    return;
                }
                const QJsonArray results = answer.value(QStringLiteral("results")).toArray();
                for (const QJsonValue &result : results)
                    applied[index]
                        += result.toObject().value(QStringLiteral("status")).toString() == QLatin1String("applied") ? 1
                                                                                                                    : 0;
            }
        });
    }
    ready.arrive_and_wait();
    const double cpuBefore = cpuSecondsOf(server.processId());
    QElapsedTimer timer;
    timer.start();
    go.count_down();
    for (std::thread &thread : threads)
        thread.join();
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    const double cpuSeconds = cpuSecondsOf(server.processId()) - cpuBefore;
    stopServer();
    if (failures > 0) {
        dir.setAutoRemove(false); // the server's log stays for a look
        for (const QString &problem : problems)
            if (!problem.isEmpty())
                QTextStream(stderr) << "nexus-bench sync-ingest: " << problem << "\n";
        return failWith(QStringLiteral("see %1").arg(dir.filePath(QStringLiteral("nexus-server.log"))));
    }

    qint64 sales = 0;
    qint64 mutations = 0;
    qint64 appliedTotal = 0;
    std::vector<double> allLatencies;
    for (std::size_t d = 0; d < all.size(); ++d) {
        sales += all[d].sales;
        mutations += all[d].mutations;
        appliedTotal += applied[d];
        allLatencies.insert(allLatencies.end(), latencies[d].begin(), latencies[d].end());
    }
    if (appliedTotal != mutations)
        return failWith(QStringLiteral("%1 of %2 mutations applied").arg(appliedTotal).arg(mutations));
    {
        // The answers are not taken on trust: the tenant must hold every sale once the server has stopped.
        Result<std::unique_ptr<ServerStorage>> storage = openServerStorage(dataDir, databaseUrl);
        if (!storage)
            return failWith(storage.error().logMessage());
        Result<TenantStore *> tenant
            = (*storage)->tenant(TenantRecord { QStringLiteral("tenant-acme"), QStringLiteral("acme"), {}, {}, true });
        if (!tenant)
            return failWith(tenant.error().logMessage());
        Result<QVariant> stored = (*tenant)->db().scalar(QStringLiteral("SELECT count(*) FROM sales"));
        if (!stored || stored->toLongLong() != sales)
            return failWith(QStringLiteral("the tenant holds %1 sales, %2 were pushed")
                                .arg(stored ? stored->toLongLong() : -1)
                                .arg(sales));
    }
    const auto rounded = [](double value, double scale) { return std::round(value * scale) / scale; };
    const QJsonObject line { { QStringLiteral("benchmark"), QStringLiteral("sync-ingest") },
        { QStringLiteral("sales"), sales }, { QStringLiteral("mutations"), mutations },
        { QStringLiteral("lines_per_sale"), rounded(static_cast<double>(lineCount) / static_cast<double>(sales), 100) },
        { QStringLiteral("batch"), batch }, { QStringLiteral("devices"), devices },
        { QStringLiteral("requests"), static_cast<qint64>(allLatencies.size()) },
        { QStringLiteral("seconds"), rounded(seconds, 1000) },
        { QStringLiteral("sales_per_second"), static_cast<qint64>(static_cast<double>(sales) / seconds) },
        { QStringLiteral("push_p50_ms"), rounded(percentile(allLatencies, 0.5), 10) },
        { QStringLiteral("push_p95_ms"), rounded(percentile(allLatencies, 0.95), 10) },
        { QStringLiteral("server_cpu_ms_per_sale"), rounded(cpuSeconds * 1000 / static_cast<double>(sales), 1000) },
        { QStringLiteral("storage"),
            databaseUrl.isEmpty() ? QStringLiteral("sqlite WAL synchronous=FULL") : QStringLiteral("postgresql") },
        { QStringLiteral("transport"), QStringLiteral("nexus-server process, HTTPS over loopback") } };
    QTextStream(stdout) << QJsonDocument(line).toJson(QJsonDocument::Compact) << "\n";
    return 0;
}

} // namespace nexus::bench
