// Restored backups, copied disks and wrong clocks, one situation at a time: the real SyncEngine and the real server
// (ingest + DeviceEpochs) in-process, deterministic, no random faults unless a test asks for one.
#include "syncharness.h"
#include "tempdir.h"
#include "why.h"

#include "client/enrollment.h"

#include <QTest>

using namespace nexus;
using namespace nexus::test;

namespace {

// Answers like the server but loses the answer of the first epoch change after the server committed it.
class LosesFirstEpochAnswer final : public Transport
{
public:
    explicit LosesFirstEpochAnswer(InProcessServer &server) : m_server(server) { }
    [[nodiscard]] Result<HttpResponse> send(const TransportRequest &request) override
    {
        HttpResponse response = m_server.handle(request);
        if (request.path == wire::kEpochPath && ++m_epochRequests == 1)
            return fail(ErrorCode::Network, "connection reset after the server answered (fault)");
        return response;
    }
    int m_epochRequests = 0;

private:
    InProcessServer &m_server;
};

QString setting(LocalStore &store, const QString &key)
{
    return store.setting(key).value_or(QStringLiteral("?"));
}

} // namespace

class TestSyncRestore final : public QObject
{
    Q_OBJECT

private:
    static std::unique_ptr<Till> makeTill(InProcessServer &server, const TempDir &dir, const QString &name,
        const EnrolledDevice &device, qint64 skewSeconds = 0, int batchSize = 50)
    {
        return std::make_unique<Till>(
            server, dir.file(name + QStringLiteral(".db")), name, device, skewSeconds, 1, batchSize, FaultRates {});
    }

    static QList<ClientSale> sell(Till &till, std::mt19937 &random, int count, int &folio)
    {
        QList<ClientSale> sales;
        for (int i = 0; i < count; ++i)
            sales.append(commitSale(till.store(), till.device().deviceId, random, ++folio, kHarnessBranch, &till.clock()));
        return sales;
    }

    static qint64 exactlyOnce(InProcessServer &server, const QList<ClientSale> &sales)
    {
        qint64 wrong = 0;
        for (const ClientSale &sale : sales)
            wrong += server.count(QStringLiteral("SELECT count(*) FROM sales WHERE id = ?"), { sale.id }) == 1 ? 0 : 1;
        return wrong;
    }

private Q_SLOTS:
    void restoredBackupChangesEpochAndKeepsEverySale()
    {
        TempDir dir;
        InProcessServer server(dir.file(QStringLiteral("server")));
        auto till = makeTill(server, dir, QStringLiteral("caja"), server.enroll());
        const QString deviceId = till->device().deviceId;
        std::mt19937 random(1);
        int folio = 0;
        const QList<ClientSale> before = sell(*till, random, 3, folio);
        QVERIFY(till->engine().pushPending().has_value());
        QVERIFY(till->store().db().exec(QStringLiteral("INSERT INTO folio_counters(series, next_number) VALUES ('MTY1', 4)")));
        copyDatabase(till->store(), dir.file(QStringLiteral("backup.db")));

        // After the backup: four sales reach head office, one more never leaves the disk that is about to die.
        const QList<ClientSale> onlyAtServer = sell(*till, random, 4, folio);
        QVERIFY(till->engine().pushPending().has_value());
        const QList<ClientSale> gone = sell(*till, random, 1, folio);
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM sales")), 7);

        till->restoreFrom(dir.file(QStringLiteral("backup.db")));
        QCOMPARE(setting(till->store(), QStringLiteral("epoch")), QString()); // the backup knows nothing of this
        folio = 3; // the restored counter numbers its tickets from where the backup was
        const QList<ClientSale> afterRestore = sell(*till, random, 2, folio);
        const qint64 seqOfFirstNew = Outbox(till->store().db()).pending(1)->first().seq;
        QCOMPARE(seqOfFirstNew, 4); // the same seq as the first sale the server has from the lost disk

        Result<SyncEngine::PassResult> pass = till->engine().pushPending();
        QVERIFY2(pass.has_value(), why(pass).constData());
        QCOMPARE(pass->pending, 0);
        QCOMPARE(pass->epochChanges, 1);
        QCOMPARE(exactlyOnce(server, before + onlyAtServer + afterRestore), 0);
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM sales WHERE id = ?"), { gone.first().id }), 0);
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM sales")), 9);
        // Nothing was applied under someone else's seq, and the server's ledger still sums up.
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM exceptions WHERE kind = 'seq_reuse'")), 0);
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM stock_levels l WHERE quantity != (SELECT "
                                             "coalesce(sum(quantity), 0) FROM stock_movements m WHERE m.part_id = "
                                             "l.part_id AND m.warehouse_id = l.warehouse_id)")),
            0);

        // The agreement: epoch 2 at both ends, the new sales right above the floor, the ack contiguous again.
        QCOMPARE(server.deviceEpoch(deviceId), 2);
        QCOMPARE(setting(till->store(), QStringLiteral("epoch")), QStringLiteral("2"));
        QCOMPARE(setting(till->store(), QStringLiteral("sync_seq_offset")), QStringLiteral("4")); // floor 7 + 1 - 4
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM device_seqs WHERE device_id = ? AND seq IN (8, 9)"),
                     { deviceId }),
            2);
        QCOMPARE(server.count(QStringLiteral("SELECT acked_seq FROM device_cursors WHERE device_id = ?"), { deviceId }), 9);
        QCOMPARE(pass->ackedSeq, 9);
        // The outbox keeps its own seqs (ledgers point at them).
        QCOMPARE(till->store().db().scalar(QStringLiteral("SELECT max(seq) FROM outbox"))->toLongLong(), 5);
        // Head office hears it; the audit says why and from where.
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM exceptions WHERE kind = 'device_rekeyed' AND ref = ?"),
                     { deviceId }),
            1);
        Result<QVariant> details = server.tenantDb().scalar(
            QStringLiteral("SELECT details FROM exceptions WHERE kind = 'device_rekeyed'"));
        const QJsonObject audit = QJsonDocument::fromJson(details->toString().toUtf8()).object();
        QCOMPARE(audit.value(QStringLiteral("reason")).toString(), QStringLiteral("diverged"));
        QCOMPARE(audit.value(QStringLiteral("seq_floor")).toInteger(), 7);
        QCOMPARE(audit.value(QStringLiteral("client_seq")).toInteger(), 5);
        QCOMPARE(till->store().db().scalar(
                     QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'sync_epoch_changed'"))->toLongLong(),
            1);
        // Its next ticket comes after the highest one head office has from it (MTY1-000007), not MTY1-000006 again.
        QCOMPARE(till->store().db().scalar(QStringLiteral("SELECT next_number FROM folio_counters WHERE series = 'MTY1'"))
                     ->toLongLong(),
            8);

        // Later sales go straight through under the new epoch, no second change.
        const QList<ClientSale> later = sell(*till, random, 2, folio);
        pass = till->engine().pushPending();
        QVERIFY2(pass.has_value(), why(pass).constData());
        QCOMPARE(pass->epochChanges, 0);
        QCOMPARE(exactlyOnce(server, later), 0);
        QCOMPARE(server.deviceEpoch(deviceId), 2);
    }

    void restoredPendingSalesTheServerHasAreReplayed()
    {
        TempDir dir;
        InProcessServer server(dir.file(QStringLiteral("server")));
        auto till = makeTill(server, dir, QStringLiteral("caja"), server.enroll());
        std::mt19937 random(2);
        int folio = 0;
        // The backup is taken while three sales wait for the network; the lost disk then sent them and two more.
        const QList<ClientSale> pendingInBackup = sell(*till, random, 3, folio);
        copyDatabase(till->store(), dir.file(QStringLiteral("backup.db")));
        const QList<ClientSale> onlyAtServer = sell(*till, random, 2, folio);
        QVERIFY(till->engine().pushPending().has_value());
        const qint64 appliedBefore = server.count(QStringLiteral("SELECT count(*) FROM applied_mutations"));

        till->restoreFrom(dir.file(QStringLiteral("backup.db")));
        QCOMPARE(till->pending(), 3);
        Result<SyncEngine::PassResult> pass = till->engine().pushPending();
        QVERIFY2(pass.has_value(), why(pass).constData());
        QCOMPARE(pass->pending, 0);
        // Same mutation ids: replayed, not applied again; the ack above this database's last seq was noticed.
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM applied_mutations")), appliedBefore);
        QCOMPARE(exactlyOnce(server, pendingInBackup + onlyAtServer), 0);
        QCOMPARE(pass->epochChanges, 1);
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM exceptions WHERE kind = 'device_rekeyed' "
                                             "AND details LIKE '%\"reason\":\"behind\"%'")),
            1);
        const QList<ClientSale> after = sell(*till, random, 1, folio);
        pass = till->engine().pushPending();
        QVERIFY2(pass.has_value(), why(pass).constData());
        QCOMPARE(exactlyOnce(server, after), 0);
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM sales")), 6);
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM exceptions WHERE kind = 'seq_reuse'")), 0);
    }

    void lostEpochAnswerIsAskedForAgainWithTheSameId()
    {
        TempDir dir;
        InProcessServer server(dir.file(QStringLiteral("server")));
        auto till = makeTill(server, dir, QStringLiteral("caja"), server.enroll());
        std::mt19937 random(3);
        int folio = 0;
        (void)sell(*till, random, 1, folio);
        QVERIFY(till->engine().pushPending().has_value());
        copyDatabase(till->store(), dir.file(QStringLiteral("backup.db")));
        (void)sell(*till, random, 2, folio);
        QVERIFY(till->engine().pushPending().has_value());
        till->restoreFrom(dir.file(QStringLiteral("backup.db")));
        const QList<ClientSale> after = sell(*till, random, 2, folio);

        LosesFirstEpochAnswer network(server);
        SyncEngine::Config config;
        config.databasePath = till->path();
        config.connectionName = QStringLiteral("lossy-engine");
        config.deviceId = till->device().deviceId;
        config.deviceSecret = till->device().secret;
        QByteArrayList kept; // the keychain: every secret the engine asked to keep
        config.storeSecret = [&kept](const QByteArray &secret) -> Status {
            kept.append(secret);
            return {};
        };
        {
            SyncEngine engine(config, std::make_unique<BorrowedTransport>(network));
            Result<SyncEngine::PassResult> lost = engine.pushPending();
            QVERIFY(!lost.has_value());
            QCOMPARE(lost.error().code(), ErrorCode::Network);
            // The server moved on; this database still holds its request, not the answer.
            QCOMPARE(server.deviceEpoch(till->device().deviceId), 2);
            QVERIFY(setting(till->store(), QStringLiteral("sync_epoch_change")).contains(QLatin1String("\"from\":1")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("lossy-engine"));
        // The process restarts: the same request again gets the same answer, not a third epoch.
        SyncEngine engine(config, std::make_unique<BorrowedTransport>(network));
        Result<SyncEngine::PassResult> pass = engine.pushPending();
        QVERIFY2(pass.has_value(), why(pass).constData());
        QCOMPARE(pass->pending, 0);
        QCOMPARE(network.m_epochRequests, 2);
        QCOMPARE(server.deviceEpoch(till->device().deviceId), 2);
        // The lost answer carried a new secret: the old one got it again (the same request), and it was kept once.
        QCOMPARE(kept.size(), 1);
        QVERIFY(kept.first() != till->device().secret.toUtf8());
        QCOMPARE(setting(till->store(), QStringLiteral("epoch")), QStringLiteral("2"));
        QCOMPARE(setting(till->store(), QStringLiteral("sync_epoch_change")), QString());
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM exceptions WHERE kind = 'device_rekeyed'")), 1);
        QCOMPARE(exactlyOnce(server, after), 0);
    }

    void copiedDiskIsRefusedAndEnrolledAgain()
    {
        TempDir dir;
        InProcessServer server(dir.file(QStringLiteral("server")));
        auto a = makeTill(server, dir, QStringLiteral("caja"), server.enroll());
        const QString identity = a->device().deviceId;
        QVERIFY(a->store().setSetting(QStringLiteral("device_id"), identity));
        std::mt19937 random(4);
        int folio = 0;
        const QList<ClientSale> shared = sell(*a, random, 2, folio);
        QVERIFY(a->engine().pushPending().has_value());
        // Someone images the counter's disk onto a second PC; both sell under the same identity.
        copyDatabase(a->store(), dir.file(QStringLiteral("copy.db")));
        auto b = std::make_unique<Till>(server, dir.file(QStringLiteral("copy.db")), QStringLiteral("copy"), a->device(),
            0, 2, 50, FaultRates {});
        const QList<ClientSale> soldByA = sell(*a, random, 3, folio);
        const QList<ClientSale> soldByB = sell(*b, random, 2, folio);
        QVERIFY(a->engine().pushPending().has_value());
        // B's seqs are A's at the server: refused whole, B takes a new epoch and goes on above A's.
        Result<SyncEngine::PassResult> pushedB = b->engine().pushPending();
        QVERIFY2(pushedB.has_value(), why(pushedB).constData());
        QCOMPARE(pushedB->epochChanges, 1);
        QCOMPARE(server.deviceEpoch(identity), 2);

        // A sells again and is told it is on an epoch its identity has left: a copy, blocked.
        const QList<ClientSale> blockedOnA = sell(*a, random, 1, folio);
        Result<SyncEngine::PassResult> refused = a->engine().pushPending();
        QVERIFY(!refused.has_value());
        QCOMPARE(refused.error().code(), ErrorCode::Conflict);
        QVERIFY(a->refusedAsCopy());
        QVERIFY(!isEnrolled(a->store())); // nexus-pos shows the enrollment wizard at its next start
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM exceptions WHERE kind = 'device_cloned' AND ref = ?"),
                     { identity }),
            1);
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM sales WHERE id = ?"), { blockedOnA.first().id }), 0);
        // Blocked means quiet: no request at all until it is enrolled again, and no second exception.
        const int requests = server.requests();
        refused = a->engine().pushPending();
        QVERIFY(!refused.has_value());
        QCOMPARE(server.requests(), requests);
        QCOMPARE(a->pending(), 1);
        QCOMPARE(a->store().db().scalar(
                     QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'sync_refused_as_copy'"))->toLongLong(),
            1);

        // B keeps the identity and keeps selling.
        const QList<ClientSale> laterOnB = sell(*b, random, 1, folio);
        QVERIFY(b->engine().pushPending().has_value());

        // Head office gives A a new code: new identity, same outbox, everything arrives once.
        a->enrollAgain();
        QVERIFY(a->device().deviceId != identity);
        Result<SyncEngine::PassResult> again = a->engine().pushPending();
        QVERIFY2(again.has_value(), why(again).constData());
        QCOMPARE(again->pending, 0);
        QCOMPARE(exactlyOnce(server, shared + soldByA + soldByB + blockedOnA + laterOnB), 0);
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM sales")), 9);
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM sales WHERE id = ? AND device_id = ?"),
                     { blockedOnA.first().id, a->device().deviceId }),
            1);
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM exceptions WHERE kind = 'seq_reuse'")), 0);
        QCOMPARE(b->pending(), 0);
    }

    void skewedClocks_data()
    {
        QTest::addColumn<qint64>("skew");
        QTest::addColumn<bool>("flagged");
        QTest::newRow("right") << qint64(0) << false;
        QTest::newRow("90 s ahead (tolerated)") << qint64(90) << false;
        QTest::newRow("3 h ahead") << qint64(3 * 3600) << true;
        QTest::newRow("3 h behind") << qint64(-3 * 3600) << true;
        QTest::newRow("2 days ahead") << qint64(2 * 86400) << true;
        QTest::newRow("2 days behind") << qint64(-2 * 86400) << true;
        QTest::newRow("90 days behind") << qint64(-90 * 86400) << true;
    }

    void skewedClocks()
    {
        QFETCH(qint64, skew);
        QFETCH(bool, flagged);
        TempDir dir;
        InProcessServer server(dir.file(QStringLiteral("server")));
        auto till = makeTill(server, dir, QStringLiteral("caja"), server.enroll(), skew);
        std::mt19937 random(5);
        int folio = 0;
        QList<ClientSale> sales = sell(*till, random, 2, folio);
        Result<SyncEngine::PassResult> pass = till->engine().pushPending();
        QVERIFY2(pass.has_value(), why(pass).constData());
        QCOMPARE(till->engine().tokensFetched(), 1);
        // The engine measured its clock against the server's from the token answer.
        QVERIFY(till->engine().clockSkewSeconds().has_value());
        QVERIFY(std::abs(*till->engine().clockSkewSeconds() - skew) <= 1);

        // Twenty minutes later at the server the token has expired, whatever this computer's clock says: the server's
        // refusal gets a fresh token and the push goes through.
        server.clock().advanceMs(20 * 60 * 1000);
        sales += sell(*till, random, 2, folio);
        pass = till->engine().pushPending();
        QVERIFY2(pass.has_value(), why(pass).constData());
        QCOMPARE(pass->pending, 0);
        QCOMPARE(till->engine().tokensFetched(), 2);
        QCOMPARE(exactlyOnce(server, sales), 0);
        // Each sale keeps the time the counter gave it; the server's own time is kept beside it.
        for (const ClientSale &sale : std::as_const(sales))
            QCOMPARE(server.tenantDb().scalar(QStringLiteral("SELECT sold_at FROM sales WHERE id = ?"), { sale.id })->toString(),
                sale.soldAt);
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM sales WHERE received_at = sold_at")), skew == 0 ? 4 : 0);
        // Head office hears of a wrong clock once, not once per sale.
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM exceptions WHERE kind = 'clock_skew' AND ref = ?"),
                     { till->device().deviceId }),
            flagged ? 1 : 0);
        // A clock error is not an identity problem.
        QCOMPARE(server.deviceEpoch(till->device().deviceId), 1);
    }

    void epochEndpointChecksWhoAsksAndWhat()
    {
        TempDir dir;
        InProcessServer server(dir.file(QStringLiteral("server")));
        const EnrolledDevice device = server.enroll();
        const EnrolledDevice other = server.enroll();
        auto tokenOf = [&server](const EnrolledDevice &d) {
            const HttpResponse reply = server.handle({ TransportRequest::Method::Post, QString(wire::kTokenPath),
                QJsonDocument(wire::TokenRequest { d.deviceId, d.secret }.toJson()).toJson(), {} });
            const QJsonObject json = QJsonDocument::fromJson(reply.body).object();
            return std::pair { json.value(QStringLiteral("token")).toString(), json.value(QStringLiteral("epoch")).toInt() };
        };
        const auto [token, epoch] = tokenOf(device);
        QCOMPARE(epoch, 1); // tokens say the device's epoch
        auto ask = [&](const QJsonObject &body, const QString &bearer) {
            const HttpResponse reply = server.handle(
                { TransportRequest::Method::Post, QString(wire::kEpochPath), QJsonDocument(body).toJson(), bearer });
            return std::pair { reply.status, QJsonDocument::fromJson(reply.body).object() };
        };
        const wire::EpochRequest good { device.deviceId, 1, QStringLiteral("r-1"), QStringLiteral("behind"), 0, {}, {} };
        auto field = [](const QJsonObject &answer) {
            return answer.value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString();
        };
        QCOMPARE(ask(good.toJson(), {}).first, 401);
        QCOMPARE(ask(good.toJson(), tokenOf(other).first).first, 403); // another device's token
        for (const auto &[key, value, named] :
            { std::tuple { QStringLiteral("from_epoch"), QJsonValue(0), QStringLiteral("from_epoch") },
                std::tuple { QStringLiteral("from_epoch"), QJsonValue(5), QStringLiteral("from_epoch") },
                std::tuple { QStringLiteral("reason"), QJsonValue(QStringLiteral("bored")), QStringLiteral("reason") },
                std::tuple { QStringLiteral("last_seq"), QJsonValue(-1), QStringLiteral("last_seq") },
                std::tuple { QStringLiteral("rekey_id"), QJsonValue(QString()), QStringLiteral("rekey_id") } }) {
            QJsonObject body = good.toJson();
            body.insert(key, value);
            const auto [status, answer] = ask(body, token);
            QCOMPARE(status, 400);
            QCOMPARE(field(answer), named);
        }
        // Bad requests changed nothing.
        QCOMPARE(server.deviceEpoch(device.deviceId), 1);
        const auto [status, answer] = ask(good.toJson(), token);
        QCOMPARE(status, 200);
        QCOMPARE(answer.value(QStringLiteral("epoch")).toInt(), 2);
        // The old token died with the old epoch; the same request with a new token gets the same answer.
        QCOMPARE(ask(good.toJson(), token).first, 401);
        const auto [again, second] = ask(good.toJson(), tokenOf(device).first);
        QCOMPARE(again, 200);
        QCOMPARE(second, answer);
        // Another request still on epoch 1 is a copy.
        wire::EpochRequest copy = good;
        copy.rekeyId = QStringLiteral("r-2");
        const auto [refused, verdict] = ask(copy.toJson(), tokenOf(device).first);
        QCOMPARE(refused, 409);
        QCOMPARE(verdict.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
            QString(wire::errorcode::kDeviceCloned));
        QCOMPARE(server.deviceEpoch(device.deviceId), 2);
    }

    void olderClientsPushAsBefore()
    {
        // A client that predates epochs sends neither clock_skew_s nor anything new: taken as before.
        TempDir dir;
        InProcessServer server(dir.file(QStringLiteral("server")));
        const EnrolledDevice device = server.enroll();
        const HttpResponse tokenReply = server.handle({ TransportRequest::Method::Post, QString(wire::kTokenPath),
            QJsonDocument(wire::TokenRequest { device.deviceId, device.secret }.toJson()).toJson(), {} });
        Result<wire::TokenResponse> token = wire::TokenResponse::fromJson(QJsonDocument::fromJson(tokenReply.body).object());
        QVERIFY(token.has_value());
        std::mt19937 random(6);
        Result<std::unique_ptr<LocalStore>> store = LocalStore::open(dir.file(QStringLiteral("old.db")), QStringLiteral("old"));
        QVERIFY(store.has_value());
        const ClientSale sale = commitSale(**store, device.deviceId, random, 1);
        Result<QList<OutboxEntry>> entries = Outbox((*store)->db()).pending(10);
        QVERIFY(entries.has_value());
        QJsonObject body { { QStringLiteral("device_id"), device.deviceId }, { QStringLiteral("epoch"), 1 },
            { QStringLiteral("mutations"),
                QJsonArray { wire::PushMutation { entries->first().mutationId, entries->first().seq, 1,
                    entries->first().type, entries->first().payload, {}, {} }
                                 .toJson() } } };
        QVERIFY(!body.contains(QStringLiteral("clock_skew_s")));
        const HttpResponse reply = server.handle(
            { TransportRequest::Method::Post, QString(wire::kPushPath), QJsonDocument(body).toJson(), token->token });
        QCOMPARE(reply.status, 200);
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM sales WHERE id = ?"), { sale.id }), 1);
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM exceptions WHERE kind IN ('clock_skew', "
                                             "'device_rekeyed', 'device_cloned')")),
            0);
    }

    void seededRestoresAndCopies_data()
    {
        QTest::addColumn<int>("event");
        QTest::newRow("restored backups") << static_cast<int>(ScheduleEvent::Restore);
        QTest::newRow("copied disks") << static_cast<int>(ScheduleEvent::Clone);
    }

    void seededRestoresAndCopies()
    {
        QFETCH(int, event);
        TempDir dir;
        InProcessServer server(dir.file(QStringLiteral("server")));
        const QString clientTemplate = makeClientTemplate(dir.path());
        int lost = 0, duplicated = 0, diverged = 0, changes = 0, refused = 0, skewed = 0;
        for (quint32 seed = 1; seed <= 40; ++seed) {
            const Verdict verdict
                = runSchedule(server, dir.path(), clientTemplate, seed, 16, static_cast<ScheduleEvent>(event));
            lost += verdict.lost;
            duplicated += verdict.duplicated;
            diverged += verdict.diverged;
            changes += verdict.epochChanges;
            refused += verdict.refusedCopies;
            skewed += verdict.skewed;
            if (!verdict.notes.isEmpty())
                qWarning().noquote() << "seed" << seed << verdict.notes.join(QStringLiteral("; "));
        }
        QCOMPARE(lost, 0);
        QCOMPARE(duplicated, 0);
        QCOMPARE(diverged, 0);
        // Not a vacuous pass: epochs changed, copies were refused (only where there were copies), clocks were off.
        QVERIFY(changes > 5);
        if (static_cast<ScheduleEvent>(event) == ScheduleEvent::Clone)
            QCOMPARE(refused, 40);
        else
            QCOMPARE(refused, 0);
        QVERIFY(skewed > 5);
        QVERIFY(server.count(QStringLiteral("SELECT count(*) FROM exceptions WHERE kind = 'clock_skew'")) >= skewed);
    }
};

QTEST_GUILESS_MAIN(TestSyncRestore)
#include "testsyncrestore.moc"
