// The push path end to end in-process: the real SyncEngine and the real server ingest over a fake network.
#include "syncharness.h"
#include "tempdir.h"
#include "why.h"

#include "protocol/pushmessages.h"

#include <QTest>

using namespace nexus;
using namespace nexus::test;

class TestSyncPush final : public QObject
{
    Q_OBJECT

private:
    struct Client
    {
        std::unique_ptr<LocalStore> store;
        EnrolledDevice device;
    };

    Client makeClient(InProcessServer &server, const TempDir &dir, const QString &name)
    {
        Client client;
        client.device = server.enroll();
        Result<std::unique_ptr<LocalStore>> store = LocalStore::open(dir.file(name), name);
        if (!store)
            qFatal("client store");
        client.store = std::move(*store);
        return client;
    }

    SyncEngine::Config configFor(const Client &client, const TempDir &dir, const QString &name)
    {
        SyncEngine::Config config;
        config.databasePath = dir.file(name);
        config.connectionName = name + QStringLiteral("-engine");
        config.deviceId = client.device.deviceId;
        config.deviceSecret = client.device.secret;
        return config;
    }

    qint64 serverCount(InProcessServer &server, const QString &sql, const QVariantList &values = {})
    {
        Result<QVariant> value = server.tenantDb().scalar(sql, values);
        return value ? value->toLongLong() : -1;
    }

private Q_SLOTS:
    void seededFaultSchedulesLoseAndDuplicateNothing()
    {
        TempDir dir;
        InProcessServer server(dir.file(QStringLiteral("server")));
        const QString clientTemplate = makeClientTemplate(dir.path());
        int lost = 0, duplicated = 0, diverged = 0;
        for (quint32 seed = 1; seed <= 60; ++seed) {
            const Verdict verdict = runSchedule(server, dir.path(), clientTemplate, seed, 16);
            lost += verdict.lost;
            duplicated += verdict.duplicated;
            diverged += verdict.diverged;
            if (!verdict.notes.isEmpty())
                qWarning().noquote() << "seed" << seed << verdict.notes.join(QStringLiteral("; "));
        }
        QCOMPARE(lost, 0);
        QCOMPARE(duplicated, 0);
        QCOMPARE(diverged, 0);
        // The schedules really produced sales and movements (not a vacuous pass).
        QVERIFY(serverCount(server, QStringLiteral("SELECT count(*) FROM sales")) > 60);
        QVERIFY(serverCount(server, QStringLiteral("SELECT count(*) FROM quarantine")) > 0);
    }

    void poisonIsQuarantinedAndLaterSalesGoThrough()
    {
        TempDir dir;
        InProcessServer server(dir.file(QStringLiteral("server")));
        Client client = makeClient(server, dir, QStringLiteral("nexus.db"));
        std::mt19937 random(7);
        const ClientSale first = commitSale(*client.store, client.device.deviceId, random, 1);
        const QString unknown = commitPoison(*client.store, true);
        const QString noLines = commitPoison(*client.store, false);
        // A sale for another branch: the device may only post its own branch's facts.
        const ClientSale foreign = commitSale(*client.store, client.device.deviceId, random, 2, kHarnessOtherBranch);
        const ClientSale last = commitSale(*client.store, client.device.deviceId, random, 3);

        FaultyTransport network(server, 1, {});
        SyncEngine engine(configFor(client, dir, QStringLiteral("nexus.db")), std::make_unique<BorrowedTransport>(network));
        Result<SyncEngine::PassResult> pass = engine.pushPending();
        QVERIFY2(pass.has_value(), why(pass).constData());
        QCOMPARE(pass->pending, 0);
        QCOMPARE(pass->ackedSeq, 5);
        QCOMPARE(serverCount(server, QStringLiteral("SELECT count(*) FROM sales WHERE id IN (?, ?)"), { first.id, last.id }), 2);
        QCOMPARE(serverCount(server, QStringLiteral("SELECT count(*) FROM sales WHERE id = ?"), { foreign.id }), 0);
        QCOMPARE(serverCount(server, QStringLiteral("SELECT count(*) FROM quarantine")), 3);
        QCOMPARE(serverCount(server, QStringLiteral("SELECT count(*) FROM quarantine WHERE mutation_id IN (?, ?)"),
                     { unknown, noLines }),
            2);
        QVERIFY(serverCount(server, QStringLiteral("SELECT count(*) FROM quarantine WHERE reason LIKE '%branch%'")) == 1);
        // Nothing of the refused sale reached the ledger (its savepoint was rolled back).
        QCOMPARE(serverCount(server, QStringLiteral("SELECT count(*) FROM stock_movements WHERE ref_id = ?"), { foreign.id }), 0);
        QCOMPARE(serverCount(server, QStringLiteral("SELECT count(*) FROM outbox"), {}), -1); // no such table at the server
    }

    void replayIsIdempotentAndHashMismatchRaisesAnException()
    {
        TempDir dir;
        InProcessServer server(dir.file(QStringLiteral("server")));
        Client client = makeClient(server, dir, QStringLiteral("nexus.db"));
        std::mt19937 random(3);
        const ClientSale sale = commitSale(*client.store, client.device.deviceId, random, 1);
        FaultyTransport network(server, 1, {});
        SyncEngine engine(configFor(client, dir, QStringLiteral("nexus.db")), std::make_unique<BorrowedTransport>(network));
        QVERIFY(engine.pushPending().has_value());
        const qint64 stockAfterFirst = serverCount(server, QStringLiteral("SELECT sum(quantity) FROM stock_levels"));

        // Same mutation again (the client lost the ack): replayed, nothing applied twice.
        QVERIFY(client.store->db().exec(QStringLiteral("UPDATE outbox SET acked_at = NULL")).has_value());
        Result<SyncEngine::PassResult> replay = engine.pushPending();
        QVERIFY2(replay.has_value(), why(replay).constData());
        QCOMPARE(replay->pending, 0);
        QCOMPARE(serverCount(server, QStringLiteral("SELECT count(*) FROM sales WHERE id = ?"), { sale.id }), 1);
        QCOMPARE(serverCount(server, QStringLiteral("SELECT sum(quantity) FROM stock_levels")), stockAfterFirst);

        const qint64 totalBefore
            = serverCount(server, QStringLiteral("SELECT total_cents FROM sales WHERE id = ?"), { sale.id });
        QVERIFY(totalBefore > 1);
        // Same mutation id, other content: alarm, not applied, queue not blocked.
        QVERIFY(client.store->db()
                    .exec(QStringLiteral("UPDATE outbox SET acked_at = NULL, payload = json_set(payload, '$.total_cents', 1)"))
                    .has_value());
        Result<SyncEngine::PassResult> tampered = engine.pushPending();
        QVERIFY2(tampered.has_value(), why(tampered).constData());
        QCOMPARE(tampered->pending, 0);
        QCOMPARE(serverCount(server, QStringLiteral("SELECT count(*) FROM exceptions WHERE kind = 'hash_mismatch'")), 1);
        // The stored sale keeps its first content.
        QCOMPARE(serverCount(server, QStringLiteral("SELECT total_cents FROM sales WHERE id = ?"), { sale.id }), totalBefore);
        QCOMPARE(serverCount(server, QStringLiteral("SELECT count(*) FROM quarantine WHERE reason LIKE '%hash%'")), 1);
    }

    void ackIsTheHighestContiguousSeq()
    {
        TempDir dir;
        InProcessServer server(dir.file(QStringLiteral("server")));
        Client client = makeClient(server, dir, QStringLiteral("nexus.db"));
        std::mt19937 random(5);
        for (int i = 1; i <= 3; ++i)
            (void)commitSale(*client.store, client.device.deviceId, random, i);
        Result<QList<OutboxEntry>> entries = Outbox(client.store->db()).pending(10);
        QVERIFY(entries.has_value());
        QCOMPARE(entries->size(), 3);
        const QString body = QString::fromUtf8(server.handle({ TransportRequest::Method::Post, QString(wire::kTokenPath),
            QJsonDocument(wire::TokenRequest { client.device.deviceId, client.device.secret }.toJson()).toJson(), {} }).body);
        const QString token = QJsonDocument::fromJson(body.toUtf8()).object().value(QStringLiteral("token")).toString();
        QVERIFY(!token.isEmpty());
        auto pushSeqs = [&](QList<int> indexes) {
            wire::PushRequest request { client.device.deviceId, 1, {} };
            for (int index : indexes) {
                const OutboxEntry &entry = entries->at(index);
                request.mutations.append({ entry.mutationId, entry.seq, entry.schemaVersion, entry.type, entry.payload, {}, {} });
            }
            const HttpResponse reply = server.handle({ TransportRequest::Method::Post, QString(wire::kPushPath),
                QJsonDocument(request.toJson()).toJson(), token });
            return QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("acked_seq")).toInteger(-1);
        };
        const qint64 seq1 = entries->at(0).seq;
        QCOMPARE(pushSeqs({ 0, 2 }), seq1); // seq 3 arrived, seq 2 did not: the gap holds the ack at 1
        QCOMPARE(pushSeqs({ 1 }), seq1 + 2); // the gap is filled: ack jumps to 3
        QCOMPARE(pushSeqs({ 0, 1, 2 }), seq1 + 2); // a stale duplicate changes nothing
        QCOMPARE(serverCount(server, QStringLiteral("SELECT count(*) FROM sales")), 3);

        // Without a token, or with a forged one, nothing is taken.
        const HttpResponse anonymous = server.handle({ TransportRequest::Method::Post, QString(wire::kPushPath), "{}", {} });
        QCOMPARE(anonymous.status, 401);
        const HttpResponse forged = server.handle(
            { TransportRequest::Method::Post, QString(wire::kPushPath), "{}", token.left(token.size() - 2) + QStringLiteral("xx") });
        QCOMPARE(forged.status, 401);
    }

    void engineOnItsOwnThreadPushesAfterNudge()
    {
        TempDir dir;
        InProcessServer server(dir.file(QStringLiteral("server")));
        Client client = makeClient(server, dir, QStringLiteral("nexus.db"));
        std::mt19937 random(11);
        (void)commitSale(*client.store, client.device.deviceId, random, 1);
        // The fake network runs the server in the engine's thread: the server objects are only touched there
        // while the engine runs (the test thread waits).
        FaultyTransport network(server, 1, {});
        SyncEngine::Config config = configFor(client, dir, QStringLiteral("nexus.db"));
        config.idleIntervalMs = 600000; // only a nudge can trigger the second pass
        auto *engine = new SyncEngine(config, std::make_unique<BorrowedTransport>(network));
        QThread thread;
        engine->moveToThread(&thread);
        QList<qint64> pendings;
        QObject receiver;
        connect(engine, &SyncEngine::statusChanged, &receiver,
            [&](bool, qint64 pending, const QDateTime &, const QString &) { pendings.append(pending); });
        int passes = 0;
        connect(engine, &SyncEngine::passFinished, &receiver, [&](bool ok) { passes += ok ? 1 : 0; });
        thread.start();
        QMetaObject::invokeMethod(engine, &SyncEngine::start, Qt::QueuedConnection);
        QTRY_COMPARE_WITH_TIMEOUT(passes, 1, 10000);
        QCOMPARE(pendings.last(), 0);
        QMetaObject::invokeMethod(engine, &SyncEngine::stop, Qt::BlockingQueuedConnection);
        (void)commitSale(*client.store, client.device.deviceId, random, 2);
        QMetaObject::invokeMethod(engine, &SyncEngine::start, Qt::QueuedConnection);
        QMetaObject::invokeMethod(engine, &SyncEngine::nudge, Qt::QueuedConnection);
        QTRY_VERIFY_WITH_TIMEOUT(passes >= 2, 10000);
        QMetaObject::invokeMethod(engine, &SyncEngine::stop, Qt::BlockingQueuedConnection);
        thread.quit();
        thread.wait();
        delete engine;
        QCOMPARE(serverCount(server, QStringLiteral("SELECT count(*) FROM sales")), 2);
        QCOMPARE(Outbox(client.store->db()).pendingCount().value_or(-1), 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncPush)
#include "testsyncpush.moc"
