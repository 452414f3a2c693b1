// The pull half of the engine in-process: the real SyncEngine and PullClient against the real server storage,
// device auth, ingest and change-log reader over a fake network that can refuse a bucket (an older server) or drop
// a pull mid-way. A refused bucket does not stop the others; a dropped page keeps what was applied and the next pass
// finishes without duplicates; push goes before pull so a counter's own sale is in the stock it reads back.
#include "syncharness.h"
#include "tempdir.h"
#include "why.h"

#include "protocol/pullmessages.h"
#include "server/changelogreader.h"

#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace nexus;
using namespace nexus::test;

namespace {

// Token, push and pull routes as nexus-server wires them, on one DeviceAuth (one token key).
class PullNetwork final : public Transport
{
public:
    explicit PullNetwork(InProcessServer &server)
        : m_auth(server.storage(), Clock::system()), m_ingest(server.storage(), m_auth, Clock::system())
    {
        Result<std::unique_ptr<ChangeLogReader>> reader
            = ChangeLogReader::open(server.storage().tenantDir(QStringLiteral("acme")) + QStringLiteral("/tenant.db"));
        if (!reader)
            qFatal("change log: %s", qPrintable(reader.error().logMessage()));
        m_reader = std::move(*reader);
    }

    QStringList refused; // buckets answered 400 unknown_bucket
    int dropPullNumber = 0; // this pull request (1, 2, …) fails as a network error; 0: none
    int pulls = 0;
    QStringList pushesAndPulls; // "push" / "pull:<bucket>" in the order they arrived

    [[nodiscard]] Result<HttpResponse> send(const TransportRequest &request) override
    {
        if (request.path == wire::kTokenPath) {
            Result<QJsonObject> json = wire::parseJsonObject(request.body, QStringLiteral("body"));
            Result<wire::TokenRequest> token = json ? wire::TokenRequest::fromJson(*json)
                                                    : Result<wire::TokenRequest>(std::unexpected(json.error()));
            if (!token)
                return HttpResponse { 400, {} };
            auto issued = m_auth.issueToken(*token);
            if (!issued)
                return HttpResponse { 401, {} };
            return HttpResponse { 200, QJsonDocument(issued->toJson()).toJson(QJsonDocument::Compact) };
        }
        if (request.path == wire::kPushPath) {
            pushesAndPulls.append(QStringLiteral("push"));
            const JsonReply reply
                = m_ingest.push(QByteArrayLiteral("Bearer ") + request.bearerToken.toLatin1(), request.body);
            return HttpResponse { reply.status, QJsonDocument(reply.body).toJson(QJsonDocument::Compact) };
        }
        const QUrl url(QStringLiteral("https://fake") + request.path);
        if (url.path() != wire::kPullPath)
            return HttpResponse { 404, {} };
        const QUrlQuery query(url);
        const QString bucket = query.queryItemValue(QStringLiteral("bucket"));
        pushesAndPulls.append(QStringLiteral("pull:") + bucket);
        if (++pulls == dropPullNumber)
            return fail(ErrorCode::Network, "dropped (fault)");
        auto device = m_auth.authenticateToken(request.bearerToken);
        if (!device)
            return HttpResponse { 401, {} };
        if (refused.contains(bucket))
            return HttpResponse { 400,
                QByteArrayLiteral("{\"error\":\"unknown_bucket\",\"message\":\"no such bucket\"}") };
        const QStringList scopes = bucket == wire::kBucketUsers ? QStringList { QStringLiteral("*"), device->branchId }
                                                                : QStringList { QStringLiteral("*") };
        Result<wire::PullResponse> page
            = m_reader->page(bucket, scopes, query.queryItemValue(QStringLiteral("after"), QUrl::FullyDecoded),
                query.queryItemValue(QStringLiteral("limit")).toInt());
        if (!page)
            return HttpResponse { 500, {} };
        return HttpResponse { 200, QJsonDocument(page->toJson()).toJson(QJsonDocument::Compact) };
    }

private:
    DeviceAuth m_auth;
    IngestRoutes m_ingest;
    std::unique_ptr<ChangeLogReader> m_reader;
};

} // namespace

class TestSyncPull final : public QObject
{
    Q_OBJECT

private:
    struct Counter
    {
        EnrolledDevice device;
        std::unique_ptr<LocalStore> store;
        QString path;
    };

    Counter makeCounter(InProcessServer &server, const TempDir &dir, const QString &name)
    {
        Counter counter;
        counter.device = server.enroll();
        counter.path = dir.file(name);
        Result<std::unique_ptr<LocalStore>> store = LocalStore::open(counter.path, name);
        if (!store)
            qFatal("client store");
        counter.store = std::move(*store);
        return counter;
    }

    static SyncEngine::Config configFor(const Counter &counter, int limit)
    {
        SyncEngine::Config config;
        config.databasePath = counter.path;
        config.connectionName = QFileInfo(counter.path).fileName() + QStringLiteral("-engine");
        config.deviceId = counter.device.deviceId;
        config.deviceSecret = counter.device.secret;
        config.pullLimit = limit;
        return config;
    }

    static qint64 count(LocalStore &store, const QString &sql)
    {
        Result<QVariant> value = store.db().scalar(sql);
        return value ? value->toLongLong() : -1;
    }

    // Stock of 30 parts in GDL's first warehouse, as HQ's receipts would leave it.
    static void seedServerStock(InProcessServer &server)
    {
        for (int part = 1; part <= 30; ++part)
            if (!server.tenantDb().exec(
                    QStringLiteral(
                        "INSERT INTO stock_levels(part_id, warehouse_id, quantity) VALUES (?, 'wh-gdl-a', ?)"),
                    { part, part * 1000 }))
                qFatal("stock");
    }

private Q_SLOTS:
    void aRefusedBucketDoesNotStopTheOthers()
    {
        TempDir dir;
        InProcessServer server(dir.file(QStringLiteral("server")));
        seedServerStock(server);
        Counter counter = makeCounter(server, dir, QStringLiteral("nexus.db"));
        PullNetwork network(server);
        network.refused = { QStringLiteral("prices") };
        SyncEngine engine(configFor(counter, 7), std::make_unique<BorrowedTransport>(network));
        Result<SyncEngine::PullPassResult> pulled = engine.pullBuckets();
        QVERIFY2(pulled.has_value(), why(pulled).constData());
        QCOMPARE(pulled->failed, QStringList { QStringLiteral("prices") });
        QVERIFY(pulled->pulled.contains(QStringLiteral("stock")));
        QVERIFY(pulled->pulled.contains(QStringLiteral("users")));
        QVERIFY(!pulled->detail.isEmpty());
        QCOMPARE(count(*counter.store, QStringLiteral("SELECT count(*) FROM remote_stock_levels")), 30);
        QCOMPARE(count(*counter.store, QStringLiteral("SELECT sum(quantity) FROM remote_stock_levels")), 465000);
        // The refused bucket has no "as of"; the others do.
        QCOMPARE(
            count(*counter.store,
                QStringLiteral("SELECT count(*) FROM pull_state WHERE verified_at IS NOT NULL AND bucket = 'prices'")),
            0);
        QCOMPARE(
            count(*counter.store,
                QStringLiteral("SELECT count(*) FROM pull_state WHERE verified_at IS NOT NULL AND bucket = 'stock'")),
            1);
        engine.closeStore();
    }

    void aDroppedPageKeepsWhatCameAndTheNextPassFinishes()
    {
        TempDir dir;
        InProcessServer server(dir.file(QStringLiteral("server")));
        seedServerStock(server);
        Counter counter = makeCounter(server, dir, QStringLiteral("nexus.db"));
        PullNetwork network(server);
        SyncEngine::Config config = configFor(counter, 7);
        config.pullBuckets = { QStringLiteral("stock") };
        SyncEngine engine(config, std::make_unique<BorrowedTransport>(network));
        network.dropPullNumber = 3; // pages 1 and 2 (14 rows) arrive, the third request is lost
        Result<SyncEngine::PassResult> first = engine.syncOnce();
        QVERIFY(!first.has_value());
        QCOMPARE(first.error().code(), ErrorCode::Network);
        QCOMPARE(count(*counter.store, QStringLiteral("SELECT count(*) FROM remote_stock_levels")), 14);
        QCOMPARE(
            count(*counter.store, QStringLiteral("SELECT count(*) FROM pull_state WHERE verified_at IS NOT NULL")), 0);

        // Meanwhile HQ changes a row already pulled and one not yet pulled.
        QVERIFY(
            server.tenantDb().exec(QStringLiteral("UPDATE stock_levels SET quantity = 1 WHERE part_id IN (2, 25)")));
        const int before = network.pulls;
        Result<SyncEngine::PassResult> second = engine.syncOnce();
        QVERIFY2(second.has_value(), why(second).constData());
        // Resumed from the cursor: the 15 unchanged rows left plus the 2 changed ones (moved to the log's end), 7 a
        // page: 3 requests, not a pass from the start.
        QCOMPARE(network.pulls - before, 3);
        QCOMPARE(count(*counter.store, QStringLiteral("SELECT count(*) FROM remote_stock_levels")), 30);
        QCOMPARE(
            count(*counter.store, QStringLiteral("SELECT quantity FROM remote_stock_levels WHERE part_id = 2")), 1);
        QCOMPARE(
            count(*counter.store, QStringLiteral("SELECT quantity FROM remote_stock_levels WHERE part_id = 25")), 1);
        QCOMPARE(
            count(*counter.store, QStringLiteral("SELECT count(*) FROM pull_state WHERE verified_at IS NOT NULL")), 1);
        engine.closeStore();
    }

    void ownSaleIsPushedBeforeTheStockIsReadBack()
    {
        TempDir dir;
        InProcessServer server(dir.file(QStringLiteral("server")));
        Counter counter = makeCounter(server, dir, QStringLiteral("nexus.db"));
        std::mt19937 random(5);
        const ClientSale sale = commitSale(*counter.store, counter.device.deviceId, random, 1);
        PullNetwork network(server);
        SyncEngine engine(configFor(counter, 1000), std::make_unique<BorrowedTransport>(network));
        Result<SyncEngine::PassResult> pass = engine.syncOnce();
        QVERIFY2(pass.has_value(), why(pass).constData());
        QCOMPARE(pass->pending, 0);
        QCOMPARE(network.pushesAndPulls.first(), QStringLiteral("push"));
        QCOMPARE(network.pushesAndPulls.mid(1),
            QStringList({ QStringLiteral("pull:branches"), QStringLiteral("pull:users"), QStringLiteral("pull:prices"),
                QStringLiteral("pull:stock"), QStringLiteral("pull:transfers"), QStringLiteral("pull:customers"),
                QStringLiteral("pull:workshop"), QStringLiteral("pull:customer_cards"),
                QStringLiteral("pull:whatsapp_statuses"), QStringLiteral("pull:service_orders"),
                QStringLiteral("pull:purchase_suggestions") }));
        // The server's stock (the sale's movements) came back down in the same pass.
        QCOMPARE(count(*counter.store, QStringLiteral("SELECT coalesce(sum(quantity), 0) FROM remote_stock_levels")),
            -sale.quantity);
        engine.closeStore();
    }
};

QTEST_GUILESS_MAIN(TestSyncPull)
#include "testsyncpull.moc"
