// The pull against the real nexus-server: cursor paging, has_more, checkpoint, scopes, reset answers, and the
// client's PullClient applying pages into a real nexus.db (own branch stock untouched, mismatch repaired).
#include "serverbackend.h"
#include "serverprocess.h"
#include "tempdir.h"
#include "tenantfixture.h"
#include "why.h"

#include "client/curltransport.h"
#include "client/enrollment.h"
#include "client/httpclient.h"
#include "client/pullclient.h"
#include "client/transportsession.h"
#include "common/clock.h"
#include "protocol/pullmessages.h"
#include "store/localstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

using namespace nexus;
using namespace nexus::test;

class TestPull final : public QObject
{
    Q_OBJECT

private:
    TempDir m_root;
    QString m_data;
    std::unique_ptr<ServerBackend> m_backend; // SQLite files, or PostgreSQL with NEXUS_TEST_BACKEND=postgresql
    std::unique_ptr<ServerProcess> m_server;
    TenantFixture m_acme = TenantFixture::standard(QStringLiteral("acme"));
    TempDir m_deviceDir;
    std::unique_ptr<LocalStore> m_device;
    std::unique_ptr<CurlTransport> m_transport;
    std::unique_ptr<TransportSession> m_session;

    [[nodiscard]] QString warehouse(const QString &branch) const
    {
        return m_acme.branchId(branch) + QStringLiteral("-wh-A");
    }

    // Writes at the server as HQ or the ingest would: straight into tenant.db (the triggers keep the log).
    bool serverSql(const QString &sql, const QVariantList &values = {})
    {
        auto db = m_backend->openTenant(QStringLiteral("acme"));
        return db && (*db)->exec(sql, values).has_value();
    }

    Result<wire::PullResponse> page(const QString &bucket, const QString &after, int limit)
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("bucket"), bucket);
        query.addQueryItem(QStringLiteral("after"), after);
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
        Result<HttpResponse> response
            = m_session->get(QString(wire::kPullPath) + QLatin1Char('?') + query.toString(QUrl::FullyEncoded));
        if (!response)
            return std::unexpected(response.error());
        if (response->status != 200)
            return fail(ErrorCode::Protocol, "HTTP %1: %2",
                { QString::number(response->status), QString::fromUtf8(response->body) });
        return wire::PullResponse::fromJson(QJsonDocument::fromJson(response->body).object());
    }

    // Every page of a bucket from `after`; the last page's checkpoint and cursor.
    Result<QList<wire::PullResponse>> all(const QString &bucket, const QString &after, int limit)
    {
        QList<wire::PullResponse> pages;
        QString cursor = after;
        while (true) {
            Result<wire::PullResponse> next = page(bucket, cursor, limit);
            if (!next)
                return std::unexpected(next.error());
            pages.append(*next);
            cursor = next->nextCursor;
            if (!next->hasMore || next->reset || pages.size() > 100)
                return pages;
        }
    }

    qint64 deviceCount(const QString &sql)
    {
        auto value = m_device->db().scalar(sql);
        return value ? value->toLongLong() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("NEXUS_SECRET_STORE", "file");
        QVERIFY(m_root.isValid());
        m_data = m_root.file(QStringLiteral("server"));
        m_backend = std::make_unique<ServerBackend>(m_data);
        const Status started = m_backend->start();
        NEXUS_REQUIRE_POSTGRES(started);
        const QString demo = m_root.file(QStringLiteral("demo"));
        QVERIFY(m_acme.writeDemoFolder(demo));
        {
            // Stock that exists before the import: the log is seeded from it when the tenant is created.
            auto db = openWithSchema(
                demo + QStringLiteral("/tenant.db"), Durability::Full, QStringLiteral("server/tenant"));
            QVERIFY(db);
            for (int part = 1; part <= 25; ++part)
                QVERIFY((*db)->exec(
                    QStringLiteral("INSERT INTO stock_levels(part_id, warehouse_id, quantity) VALUES (?, ?, ?)"),
                    { part, warehouse(QStringLiteral("MTY")), part * 1000 }));
        }
        if (!m_backend->postgres()) {
            const AdminRun created = runAdmin({ QStringLiteral("tenant"), QStringLiteral("create"),
                QStringLiteral("--data"), m_data, QStringLiteral("--slug"), QStringLiteral("acme"),
                QStringLiteral("--name"), QStringLiteral("Acme"), QStringLiteral("--import"), demo });
            QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        } else {
            // PostgreSQL imports no SQLite files: an empty tenant, then the same rows (the triggers log them).
            const AdminRun created
                = runAdmin(QStringList { QStringLiteral("tenant"), QStringLiteral("create") } + m_backend->adminArgs()
                    + QStringList { QStringLiteral("--slug"), QStringLiteral("acme"), QStringLiteral("--name"),
                        QStringLiteral("Acme") });
            QVERIFY2(created.exitCode == 0, qPrintable(created.err));
            auto db = m_backend->openTenant(QStringLiteral("acme"));
            QVERIFY2(db.has_value(), why(db).constData());
            QVERIFY(m_acme.writeInto(**db));
            for (int part = 1; part <= 25; ++part)
                QVERIFY((*db)->exec(
                    QStringLiteral("INSERT INTO stock_levels(part_id, warehouse_id, quantity) VALUES (?, ?, ?)"),
                    { part, warehouse(QStringLiteral("MTY")), part * 1000 }));
        }
        // …and stock written afterwards goes through the triggers.
        for (int part = 1; part <= 5; ++part)
            QVERIFY(
                serverSql(QStringLiteral("INSERT INTO stock_levels(part_id, warehouse_id, quantity) VALUES (?, ?, ?)"),
                    { part, warehouse(QStringLiteral("GDL")), part * 2000 }));

        m_server = m_backend->server();
        QVERIFY2(m_server->start(), qPrintable(m_server->log()));
        auto store = LocalStore::open(m_deviceDir.file(QStringLiteral("nexus.db")));
        QVERIFY(store);
        m_device = std::move(*store);
        const AdminRun code = runAdmin(QStringList { QStringLiteral("enroll-code") } + m_backend->adminArgs()
            + QStringList { QStringLiteral("--tenant"), QStringLiteral("acme"), QStringLiteral("--branch"),
                QStringLiteral("MTY") });
        QCOMPARE(code.exitCode, 0);
        Result<EnrollmentResult> enrolled = enrollDevice(*m_device,
            EnrollmentRequest { m_server->url(), code.out.trimmed(), QStringLiteral("caja"), m_server->caFile() });
        QVERIFY2(enrolled, why(enrolled).constData());
        Result<QByteArray> secret = loadDeviceSecret(*m_device);
        QVERIFY(secret);
        m_transport = std::make_unique<CurlTransport>(
            m_server->url(), HttpClient::Options { m_server->caFile(), 5000, 30000, nullptr });
        m_session = std::make_unique<TransportSession>(*m_transport, enrolled->deviceId, QString::fromUtf8(*secret));
    }

    void cleanupTestCase()
    {
        m_session.reset();
        if (m_server)
            QCOMPARE(m_server->stop(), 0);
    }

    void pagesFollowTheCursor()
    {
        Result<QList<wire::PullResponse>> pages = all(QStringLiteral("stock"), QString(), 10);
        QVERIFY2(pages, why(pages).constData());
        QCOMPARE(pages->size(), 3);
        QCOMPARE(pages->at(0).rows.size(), 10);
        QVERIFY(pages->at(0).hasMore);
        QVERIFY(pages->at(1).hasMore);
        QVERIFY(!pages->at(2).hasMore);
        QCOMPARE(pages->at(2).rows.size(), 10);
        qint64 previous = 0;
        qint64 checksum = 0;
        QSet<QString> keys;
        for (const wire::PullResponse &p : *pages)
            for (const wire::PullRow &row : p.rows) {
                QVERIFY(row.seq > previous);
                previous = row.seq;
                QVERIFY(!row.deleted);
                keys.insert(row.key);
                checksum += wire::PullCheckpoint::checksumTerm(row.seq);
            }
        QCOMPARE(keys.size(), 30);
        const wire::PullCheckpoint &checkpoint = pages->last().checkpoint;
        QCOMPARE(checkpoint.count, 30);
        QCOMPARE(checkpoint.checksum, checksum);
        QCOMPARE(checkpoint.seq, previous);
        // The rows carry the columns and the warehouse's branch.
        const wire::PullRow &first = pages->first().rows.first();
        QCOMPARE(first.row.value(QStringLiteral("branch_id")).toString(), m_acme.branchId(QStringLiteral("MTY")));
        QCOMPARE(first.row.value(QStringLiteral("quantity")).toInteger(),
            first.row.value(QStringLiteral("part_id")).toInteger() * 1000);
        // Caught up: asking again from the last cursor brings nothing new.
        Result<wire::PullResponse> again = page(QStringLiteral("stock"), pages->last().nextCursor, 10);
        QVERIFY2(again, why(again).constData());
        QVERIFY(again->rows.isEmpty());
        QVERIFY(!again->hasMore);
        QCOMPARE(again->checkpoint, checkpoint);
    }

    void aChangeWhilePagingMovesTheKeyToTheEnd()
    {
        Result<wire::PullResponse> first = page(QStringLiteral("stock"), QString(), 10);
        QVERIFY2(first, why(first).constData());
        const wire::PullRow changed = first->rows.at(3);
        const qint64 part = changed.row.value(QStringLiteral("part_id")).toInteger();
        const QString wh = changed.row.value(QStringLiteral("warehouse_id")).toString();
        QVERIFY(serverSql(
            QStringLiteral("UPDATE stock_levels SET quantity = 123456 WHERE part_id = ? AND warehouse_id = ?"),
            { part, wh }));
        Result<QList<wire::PullResponse>> rest = all(QStringLiteral("stock"), first->nextCursor, 10);
        QVERIFY2(rest, why(rest).constData());
        const wire::PullRow last = rest->last().rows.last();
        QCOMPARE(last.key, changed.key);
        QVERIFY(last.seq > changed.seq);
        QCOMPARE(last.row.value(QStringLiteral("quantity")).toInteger(), 123456);
        QCOMPARE(rest->last().checkpoint.count, 30); // still 30 keys: the old entry is gone, not duplicated
    }

    void usersStayInTheirBranch()
    {
        Result<QList<wire::PullResponse>> pages = all(QStringLiteral("users"), QString(), 1000);
        QVERIFY2(pages, why(pages).constData());
        QStringList names;
        for (const wire::PullRow &row : pages->first().rows)
            names.append(row.row.value(QStringLiteral("username")).toString());
        names.sort();
        QCOMPARE(names, m_acme.expectedUsernames(QStringLiteral("MTY")));
        QCOMPARE(pages->first().checkpoint.count, names.size());
    }

    void staleCursorsAreAnsweredWithReset()
    {
        Result<wire::PullResponse> current = page(QStringLiteral("stock"), QString(), 1);
        QVERIFY(current);
        const QString logId = current->nextCursor.section(QLatin1Char(':'), 0, 0);
        QVERIFY(!logId.isEmpty());
        for (const QString &cursor : { QStringLiteral("garbage"), QStringLiteral("0123456789abcdef:3"),
                 QString(logId + QStringLiteral(":999999999")) }) {
            Result<wire::PullResponse> answer = page(QStringLiteral("stock"), cursor, 10);
            QVERIFY2(answer, why(answer).constData());
            QVERIFY2(answer->reset, qPrintable(cursor));
            QVERIFY(answer->rows.isEmpty()); // never an empty "state" a client could mistake for deletions
            QVERIFY(answer->hasMore);
            QVERIFY(answer->nextCursor.isEmpty());
            QCOMPARE(answer->checkpoint.count, 30);
        }
        // Tombstones pruned up to a floor: a cursor below it must start over too.
        QVERIFY(serverSql(QStringLiteral("INSERT INTO change_log_floor(bucket, floor_seq) VALUES ('stock', 5)")));
        Result<wire::PullResponse> belowFloor = page(QStringLiteral("stock"), logId + QStringLiteral(":2"), 10);
        QVERIFY(belowFloor && belowFloor->reset);
        QVERIFY(serverSql(QStringLiteral("DELETE FROM change_log_floor")));
    }

    void badRequestsAreRefused()
    {
        Result<HttpResponse> unknown = m_session->get(QString(wire::kPullPath) + QStringLiteral("?bucket=bogus"));
        QVERIFY(unknown);
        QCOMPARE(unknown->status, 400);
        QVERIFY(unknown->body.contains("unknown_bucket"));
        Result<HttpResponse> limit = m_session->get(QString(wire::kPullPath) + QStringLiteral("?bucket=stock&limit=0"));
        QVERIFY(limit);
        QCOMPARE(limit->status, 400);
        HttpClient anonymous(HttpClient::Options { m_server->caFile(), 5000, 15000, nullptr });
        Result<HttpResponse> noToken
            = anonymous.get(m_server->url() + QString(wire::kPullPath) + QStringLiteral("?bucket=stock"));
        QVERIFY(noToken);
        QCOMPARE(noToken->status, 401);
    }

    void pullClientAppliesVerifiesAndRepairs()
    {
        // The counter's own ledger balance for one of its warehouses: the pull must never overwrite it.
        QVERIFY(m_device->db().exec(
            QStringLiteral("INSERT INTO stock_levels(part_id, warehouse_id, quantity) VALUES (1, ?, 777000)"),
            { warehouse(QStringLiteral("MTY")) }));
        PullClient client(m_device->db(), *m_session, Clock::system());
        Result<PullOutcome> stock = client.pull(QStringLiteral("stock"), 7);
        QVERIFY2(stock, why(stock).constData());
        QCOMPARE(stock->pages, 5);
        QCOMPARE(stock->checkpoint.count, 30);
        QCOMPARE(deviceCount(QStringLiteral("SELECT count(*) FROM remote_stock_levels")), 30);
        QCOMPARE(deviceCount(QStringLiteral("SELECT quantity FROM stock_levels WHERE part_id = 1")), 777000);
        QCOMPARE(deviceCount(QStringLiteral("SELECT count(*) FROM remote_stock_levels WHERE branch_id = '")
                     + m_acme.branchId(QStringLiteral("GDL")) + QStringLiteral("'")),
            5);

        Result<PullOutcome> users = client.pull(QStringLiteral("users"));
        QVERIFY2(users, why(users).constData());
        QCOMPARE(deviceCount(QStringLiteral("SELECT count(*) FROM users")),
            m_acme.expectedUsernames(QStringLiteral("MTY")).size());

        // Changes at the server: an update, a deletion, a user moved to the other branch.
        QVERIFY(
            serverSql(QStringLiteral("UPDATE stock_levels SET quantity = 42000 WHERE part_id = 2 AND warehouse_id = ?"),
                { warehouse(QStringLiteral("GDL")) }));
        QVERIFY(serverSql(QStringLiteral("DELETE FROM stock_levels WHERE part_id = 3 AND warehouse_id = ?"),
            { warehouse(QStringLiteral("GDL")) }));
        QVERIFY(serverSql(QStringLiteral("UPDATE users SET branch_id = ? WHERE id = ?"),
            { m_acme.branchId(QStringLiteral("GDL")), m_acme.userId(QStringLiteral("acme-mty-cajero")) }));
        Result<PullOutcome> delta = client.pull(QStringLiteral("stock"), 7);
        QVERIFY2(delta, why(delta).constData());
        QCOMPARE(delta->rows, 2);
        QCOMPARE(delta->fullPasses, 0);
        QCOMPARE(deviceCount(QStringLiteral("SELECT count(*) FROM remote_stock_levels")), 29);
        QCOMPARE(deviceCount(
                     QStringLiteral("SELECT quantity FROM remote_stock_levels WHERE part_id = 2 AND warehouse_id = '")
                     + warehouse(QStringLiteral("GDL")) + QStringLiteral("'")),
            42000);
        Result<PullOutcome> moved = client.pull(QStringLiteral("users"));
        QVERIFY2(moved, why(moved).constData());
        QCOMPARE(deviceCount(QStringLiteral("SELECT active FROM users WHERE username = 'acme-mty-cajero'")), 0);

        // A damaged local copy (a row lost): the checkpoint no longer adds up, a full pass repairs it.
        QVERIFY(m_device->db().exec(QStringLiteral("DELETE FROM pull_rows WHERE bucket = 'stock' AND key LIKE '%/4'")));
        QVERIFY(m_device->db().exec(QStringLiteral("DELETE FROM remote_stock_levels WHERE part_id = 4")));
        QVERIFY(m_device->db().exec(
            QStringLiteral("INSERT INTO remote_stock_levels(part_id, warehouse_id, quantity, pulled_at) "
                           "VALUES (999, 'ghost', 1, 'x')")));
        QVERIFY(m_device->db().exec(
            QStringLiteral("INSERT INTO pull_rows(bucket, key, seq, pass) VALUES ('stock', 'ghost/999', 1, 0)")));
        Result<PullOutcome> repaired = client.pull(QStringLiteral("stock"), 50);
        QVERIFY2(repaired, why(repaired).constData());
        QCOMPARE(repaired->fullPasses, 1);
        QCOMPARE(deviceCount(QStringLiteral("SELECT count(*) FROM remote_stock_levels")), 29);
        QCOMPARE(deviceCount(QStringLiteral("SELECT count(*) FROM remote_stock_levels WHERE part_id = 4")), 2);
        QCOMPARE(deviceCount(QStringLiteral("SELECT count(*) FROM remote_stock_levels WHERE part_id = 999")), 0);
        Result<wire::PullCheckpoint> local = client.localCheckpoint(QStringLiteral("stock"));
        QVERIFY(local);
        QCOMPARE(local->count, repaired->checkpoint.count);
        QCOMPARE(local->checksum, repaired->checkpoint.checksum);
        QCOMPARE(deviceCount(QStringLiteral("SELECT quantity FROM stock_levels WHERE part_id = 1")), 777000);
    }
};

QTEST_GUILESS_MAIN(TestPull)
#include "testpull.moc"
