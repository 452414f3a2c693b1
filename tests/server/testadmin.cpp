// HQ admin API end to end: the real nexus-server over loopback HTTPS and the real nexus-admin, with admin keys
// per tenant (refusals, isolation), price changes seen through the device pull, bulk %, the exceptions queue a
// negative-stock sale opens, and the sales report against the pushed sales.
#include "enrolleddevice.h"
#include "serverbackend.h"
#include "serverprocess.h"
#include "tempdir.h"
#include "tenantfixture.h"
#include "testadminfixture.h"
#include "why.h"

#include "auth/passwordhasher.h"
#include "client/curltransport.h"
#include "client/httpclient.h"
#include "client/transportsession.h"
#include "common/idgenerator.h"
#include "protocol/enrollmessages.h"
#include "protocol/pullmessages.h"
#include "protocol/pushmessages.h"
#include "server/adminkeys.h"
#include "store/schemadatabase.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace nexus;
using namespace nexus::test;

class TestAdmin final : public QObject
{
    Q_OBJECT

private:
    using Device = EnrolledDevice;

    TempDir m_root;
    QString m_data;
    std::unique_ptr<ServerBackend> m_backend;
    std::unique_ptr<ServerProcess> m_server;
    TenantFixture m_acme = TenantFixture::standard(QStringLiteral("acme"));
    TenantFixture m_other = TenantFixture::standard(QStringLiteral("other"));
    QMap<QString, QString> m_keyFiles; // slug → file holding its admin key
    QMap<QString, QString> m_keys;

    QStringList remote(const QString &slug) const
    {
        return { QStringLiteral("--server"), m_server->url(), QStringLiteral("--ca"), m_server->caFile(),
            QStringLiteral("--key-file"), m_keyFiles.value(slug) };
    }

    AdminRun admin(const QString &slug, const QStringList &args) const { return runAdmin(args + remote(slug)); }

    // The --json answer of a successful remote command.
    QJsonObject adminJson(const QString &slug, const QStringList &args) const
    {
        const AdminRun run = admin(slug, args + QStringList { QStringLiteral("--json") });
        if (run.exitCode != 0)
            qWarning().noquote() << args << "exit" << run.exitCode << run.err;
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }

    std::unique_ptr<Database> tenantDb(const QString &slug)
    {
        auto db = m_backend->openTenant(slug, QStringLiteral("check-%1-%2").arg(slug).arg(++m_connections));
        return db ? std::move(*db) : nullptr;
    }
    int m_connections = 0;

    qint64 scalar(const QString &slug, const QString &sql, const QVariantList &values = {})
    {
        std::unique_ptr<Database> db = tenantDb(slug);
        Result<QVariant> value = db ? db->scalar(sql, values) : Result<QVariant>(QVariant());
        return value && value->isValid() && !value->isNull() ? value->toLongLong() : -1;
    }

    QMap<qint64, qint64> retailOverrides(const QString &slug)
    {
        QMap<qint64, qint64> prices;
        std::unique_ptr<Database> db = tenantDb(slug);
        Result<QSqlQuery> query = db->exec(
            QStringLiteral("SELECT part_id, price_cents FROM part_prices WHERE price_list = '' ORDER BY part_id"));
        while (query && query->next())
            prices.insert(query->value(0).toLongLong(), query->value(1).toLongLong());
        return prices;
    }

    HttpClient http() const { return HttpClient(HttpClient::Options { m_server->caFile(), 5000, 15000, nullptr }); }

    Device enroll(const QString &slug, const TenantFixture &fixture)
    {
        return enrollDevice(*m_backend, *m_server, slug, fixture);
    }

    // A sale of 2 × part 7 (total 232.00, tax 32.00) on `soldAt`: stock is 0, so it opens negative_stock.
    static QJsonObject sale(const QString &id, const QString &branchId, const QString &soldAt)
    {
        return adminTestSale(id, branchId, soldAt);
    }

    // The price rows a device of `slug` pulls, by key "<part_id>/<list>".
    QMap<QString, QJsonObject> pulledPrices(TransportSession &session)
    {
        QMap<QString, QJsonObject> rows;
        Result<HttpResponse> reply
            = session.get(QString(wire::kPullPath) + QStringLiteral("?bucket=prices&limit=1000"));
        if (!reply || reply->status != 200)
            return rows;
        Result<wire::PullResponse> page = wire::PullResponse::fromJson(QJsonDocument::fromJson(reply->body).object());
        if (!page)
            return rows;
        for (const wire::PullRow &row : page->rows)
            if (!row.deleted)
                rows.insert(row.key, row.row);
        return rows;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        m_data = m_root.file(QStringLiteral("server"));
        m_backend = std::make_unique<ServerBackend>(m_data);
        const Status started = m_backend->start();
        NEXUS_REQUIRE_POSTGRES(started);
        for (const auto &[slug, fixture] :
            { std::pair { QStringLiteral("acme"), &m_acme }, std::pair { QStringLiteral("other"), &m_other } }) {
            const QString made = createAdminTenant(*m_backend, slug, *fixture);
            QVERIFY2(made.isEmpty(), qPrintable(made));

            QString failure;
            const QString file = m_root.file(slug + QStringLiteral(".key"));
            m_keys.insert(slug, createAdminKeyFile(*m_backend, slug, file, &failure));
            QVERIFY2(m_keys.value(slug).startsWith(QLatin1String("nxa_")), qPrintable(failure));
            m_keyFiles.insert(slug, file);
        }
        QVERIFY(m_keys.value(QStringLiteral("acme")) != m_keys.value(QStringLiteral("other")));
        m_server = m_backend->server();
        QVERIFY2(m_server->start(), qPrintable(m_server->log()));
    }

    void cleanupTestCase()
    {
        if (m_server)
            QCOMPARE(m_server->stop(), 0);
    }

    void keyIsStoredOnlyAsItsHashAndWrongKeysAreRefused()
    {
        auto master = m_backend->openMaster(QStringLiteral("check-master"));
        QVERIFY2(master.has_value(), why(master).constData());
        const QString key = m_keys.value(QStringLiteral("acme"));
        const QString hash
            = QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex());
        Result<QVariant> byHash
            = (*master)->scalar(QStringLiteral("SELECT count(*) FROM admin_keys WHERE key_hash = ?"), { hash });
        QVERIFY2(byHash.has_value(), why(byHash).constData());
        QCOMPARE(byHash->toLongLong(), 1);
        Result<QVariant> plain = (*master)->scalar(
            QStringLiteral("SELECT count(*) FROM admin_keys WHERE key_hash = ? OR name = ?"), { key, key });
        QCOMPARE(plain->toLongLong(), 0);

        // A key that looks right but is not, and one of a tenant that does not exist: 401, exit 3.
        const QString wrongFile = m_root.file(QStringLiteral("wrong.key"));
        QFile wrong(wrongFile);
        QVERIFY(wrong.open(QIODevice::WriteOnly));
        wrong.write(key.left(key.size() - 2).toUtf8() + "xx");
        wrong.close();
        const AdminRun refused = runAdmin({ QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--server"),
            m_server->url(), QStringLiteral("--ca"), m_server->caFile(), QStringLiteral("--key-file"), wrongFile });
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains(QLatin1String("401")), qPrintable(refused.err));
        QVERIFY(refused.out.isEmpty());
        // No key at all: a command-line error before any request.
        const AdminRun missing = runAdmin({ QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--server"),
            m_server->url(), QStringLiteral("--ca"), m_server->caFile() });
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(QLatin1String("--key-file")), qPrintable(missing.err));
        // A device token is no admin key either.
        Result<HttpResponse> raw = http().send(m_server->url() + QStringLiteral("/v1/admin/users"), nullptr,
            { QByteArrayLiteral("Authorization: Bearer v1.abc.def") });
        QVERIFY2(raw.has_value(), why(raw).constData());
        QCOMPARE(raw->status, 401);

        // The right key: the tenant's own users, as a table and as JSON.
        const AdminRun users = admin(QStringLiteral("acme"), { QStringLiteral("users"), QStringLiteral("list") });
        QCOMPARE(users.exitCode, 0);
        QVERIFY2(users.out.startsWith(QLatin1String("USERNAME")), qPrintable(users.out));
        QVERIFY(users.out.contains(QLatin1String("acme-mty-cajero")));
        QVERIFY(!users.out.contains(QLatin1String("other-")));
        const QJsonArray rows = adminJson(QStringLiteral("acme"), { QStringLiteral("users"), QStringLiteral("list") })
                                    .value(QStringLiteral("rows"))
                                    .toArray();
        QCOMPARE(rows.size(), m_acme.users.size());
    }

    void priceSetReachesTheDevicesPull()
    {
        const Device device = enroll(QStringLiteral("acme"), m_acme);
        QVERIFY(!device.id.isEmpty());
        CurlTransport transport(m_server->url(), HttpClient::Options { m_server->caFile(), 5000, 15000, nullptr });
        TransportSession session(transport, device.id, device.secret);

        // Part 8's catalogue price_version is 3: the first change is version 4, the next 5.
        const AdminRun set = admin(QStringLiteral("acme"),
            { QStringLiteral("price"), QStringLiteral("set"), QStringLiteral("--sku"), QStringLiteral("BAL-2"),
                QStringLiteral("--price"), QStringLiteral("300.50") });
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        QVERIFY2(set.out.contains(QLatin1String("300.50")), qPrintable(set.out));
        QMap<QString, QJsonObject> pulled = pulledPrices(session);
        QVERIFY(pulled.contains(QStringLiteral("8/")));
        QCOMPARE(pulled.value(QStringLiteral("8/")).value(QStringLiteral("price_cents")).toInteger(), 30050);
        QCOMPARE(pulled.value(QStringLiteral("8/")).value(QStringLiteral("price_version")).toInteger(), 4);

        const QJsonObject again = adminJson(QStringLiteral("acme"),
            { QStringLiteral("price"), QStringLiteral("set"), QStringLiteral("--sku"), QStringLiteral("BAL-2"),
                QStringLiteral("--list"), QStringLiteral("mayoreo"), QStringLiteral("--price"),
                QStringLiteral("250") });
        QCOMPARE(again.value(QStringLiteral("price_version")).toInteger(), 4);
        QCOMPARE(again.value(QStringLiteral("price_cents")).toInteger(), 25000);
        const QJsonObject third = adminJson(QStringLiteral("acme"),
            { QStringLiteral("price"), QStringLiteral("set"), QStringLiteral("--sku"), QStringLiteral("BAL-2"),
                QStringLiteral("--price"), QStringLiteral("310") });
        QCOMPARE(third.value(QStringLiteral("price_version")).toInteger(), 5);
        pulled = pulledPrices(session);
        QCOMPARE(pulled.value(QStringLiteral("8/")).value(QStringLiteral("price_cents")).toInteger(), 31000);
        QCOMPARE(pulled.value(QStringLiteral("8/mayoreo")).value(QStringLiteral("price_cents")).toInteger(), 25000);
    }

    void badInputNamesTheFieldAndWritesNothing()
    {
        const qint64 before = scalar(QStringLiteral("acme"), QStringLiteral("SELECT count(*) FROM part_prices"));
        const qint64 logBefore = scalar(QStringLiteral("acme"), QStringLiteral("SELECT max(seq) FROM change_log"));
        const QList<std::pair<QStringList, QString>> cases {
            { { QStringLiteral("price"), QStringLiteral("set"), QStringLiteral("--sku"), QStringLiteral("BAL-1"),
                  QStringLiteral("--price"), QStringLiteral("-3") },
                QStringLiteral("--price") },
            { { QStringLiteral("price"), QStringLiteral("set"), QStringLiteral("--sku"), QStringLiteral("NOPE-1"),
                  QStringLiteral("--price"), QStringLiteral("10") },
                QStringLiteral("--sku") },
            { { QStringLiteral("price"), QStringLiteral("set"), QStringLiteral("--sku"), QStringLiteral("BAL-1"),
                  QStringLiteral("--list"), QStringLiteral("vip"), QStringLiteral("--price"), QStringLiteral("10") },
                QStringLiteral("--list") },
            { { QStringLiteral("price"), QStringLiteral("bulk"), QStringLiteral("--brand"), QStringLiteral("Nadie"),
                  QStringLiteral("--percent"), QStringLiteral("+5") },
                QStringLiteral("--brand") },
            { { QStringLiteral("price"), QStringLiteral("bulk"), QStringLiteral("--brand"), QStringLiteral("Bosch"),
                  QStringLiteral("--percent"), QStringLiteral("cinco") },
                QStringLiteral("--percent") },
            { { QStringLiteral("report"), QStringLiteral("sales"), QStringLiteral("--branch"), QStringLiteral("XXX"),
                  QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"),
                  QStringLiteral("2026-01-02") },
                QStringLiteral("--branch") },
            { { QStringLiteral("exceptions"), QStringLiteral("resolve"), QStringLiteral("999999"),
                  QStringLiteral("--note"), QStringLiteral("x") },
                QStringLiteral("--id") },
        };
        for (const auto &[args, field] : cases) {
            const AdminRun run = admin(QStringLiteral("acme"), args);
            QVERIFY2(run.exitCode == 2, qPrintable(args.join(u' ') + QStringLiteral(" → ") + run.err));
            QVERIFY2(run.err.contains(field), qPrintable(run.err));
        }
        QCOMPARE(scalar(QStringLiteral("acme"), QStringLiteral("SELECT count(*) FROM part_prices")), before);
        QCOMPARE(scalar(QStringLiteral("acme"), QStringLiteral("SELECT max(seq) FROM change_log")), logBefore);
    }

    void bulkPercentChangesExactlyTheBrandsParts()
    {
        const QMap<qint64, qint64> before = retailOverrides(QStringLiteral("acme"));
        const qint64 part7 = before.value(7, 11600);
        const qint64 part8 = before.value(8, 25900);
        const QJsonObject answer = adminJson(QStringLiteral("acme"),
            { QStringLiteral("price"), QStringLiteral("bulk"), QStringLiteral("--brand"), QStringLiteral("bosch"),
                QStringLiteral("--percent"), QStringLiteral("+7.5") });
        QCOMPARE(answer.value(QStringLiteral("changed")).toArray().size(), 2);
        const QMap<qint64, qint64> after = retailOverrides(QStringLiteral("acme"));
        // Half up to the centavo: 11600 × 1.075 = 12470, 31000 × 1.075 = 33325.
        QCOMPARE(after.value(7), (part7 * 10750 + 5000) / 10000);
        QCOMPARE(after.value(8), (part8 * 10750 + 5000) / 10000);
        QCOMPARE(after.value(8), 33325);
        QVERIFY(!after.contains(9)); // ATE's part untouched
        QCOMPARE(before.value(9, -1), after.value(9, -1));
        // The other tenant's prices did not move.
        QVERIFY(retailOverrides(QStringLiteral("other")).isEmpty());
    }

    void exceptionsQueueAndSalesReportFollowPushedSales()
    {
        const Device device = enroll(QStringLiteral("acme"), m_acme);
        QVERIFY(!device.id.isEmpty());
        CurlTransport transport(m_server->url(), HttpClient::Options { m_server->caFile(), 5000, 15000, nullptr });
        TransportSession session(transport, device.id, device.secret);
        const QStringList days { QStringLiteral("2026-03-02T15:00:00.000Z"), QStringLiteral("2026-03-02T18:30:00.000Z"),
            QStringLiteral("2026-03-04T10:00:00.000Z") };
        QList<wire::PushMutation> mutations;
        QStringList saleIds;
        for (const QString &day : days) {
            saleIds.append(IdGenerator::instance().nextString());
            mutations.append(wire::PushMutation { IdGenerator::instance().nextString(), mutations.size() + 1, 1,
                QStringLiteral("sale.completed"), sale(saleIds.last(), device.branchId, day), {}, {} });
        }
        const wire::PushRequest request { device.id, 1, mutations };
        Result<HttpResponse> pushed
            = session.post(QString(wire::kPushPath), QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact));
        QVERIFY2(pushed.has_value(), why(pushed).constData());
        QCOMPARE(pushed->status, 200);

        // The queue shows the negative stock of each sale.
        QJsonArray open = adminJson(
            QStringLiteral("acme"), { QStringLiteral("exceptions"), QStringLiteral("list"), QStringLiteral("--open") })
                              .value(QStringLiteral("rows"))
                              .toArray();
        qint64 firstId = 0;
        int forOurSales = 0;
        for (const QJsonValue &value : open) {
            const QJsonObject row = value.toObject();
            if (row.value(QStringLiteral("kind")).toString() == QLatin1String("negative_stock")
                && saleIds.contains(row.value(QStringLiteral("ref")).toString())) {
                ++forOurSales;
                if (firstId == 0)
                    firstId = row.value(QStringLiteral("id")).toInteger();
            }
        }
        QCOMPARE(forOurSales, 3);
        const AdminRun table = admin(QStringLiteral("acme"), { QStringLiteral("exceptions"), QStringLiteral("list") });
        QVERIFY2(table.out.contains(QLatin1String("negative_stock")), qPrintable(table.out));

        const AdminRun resolved = admin(QStringLiteral("acme"),
            { QStringLiteral("exceptions"), QStringLiteral("resolve"), QString::number(firstId),
                QStringLiteral("--note"), QStringLiteral("conteo físico: había 2 en bodega") });
        QVERIFY2(resolved.exitCode == 0, qPrintable(resolved.err));
        open = adminJson(
            QStringLiteral("acme"), { QStringLiteral("exceptions"), QStringLiteral("list"), QStringLiteral("--open") })
                   .value(QStringLiteral("rows"))
                   .toArray();
        for (const QJsonValue &value : open)
            QVERIFY(value.toObject().value(QStringLiteral("id")).toInteger() != firstId);
        QVERIFY(scalar(QStringLiteral("acme"),
                    QStringLiteral("SELECT count(*) FROM exceptions WHERE id = ? AND "
                                   "resolved_at IS NOT NULL"),
                    { firstId })
            == 1);
        const AdminRun all = admin(QStringLiteral("acme"), { QStringLiteral("exceptions"), QStringLiteral("list") });
        QVERIFY2(all.out.contains(QStringLiteral("resolved: conteo físico")), qPrintable(all.out));
        // Twice: refused, naming the id.
        const AdminRun twice = admin(QStringLiteral("acme"),
            { QStringLiteral("exceptions"), QStringLiteral("resolve"), QString::number(firstId),
                QStringLiteral("--note"), QStringLiteral("otra vez") });
        QCOMPARE(twice.exitCode, 2);
        QVERIFY2(twice.err.contains(QLatin1String("--id")), qPrintable(twice.err));

        // Sales report: per day and totals equal to the pushed sales (two on the 2nd, one on the 4th).
        const QJsonObject report = adminJson(QStringLiteral("acme"),
            { QStringLiteral("report"), QStringLiteral("sales"), QStringLiteral("--branch"), QStringLiteral("MTY"),
                QStringLiteral("--from"), QStringLiteral("2026-03-01"), QStringLiteral("--to"),
                QStringLiteral("2026-03-04") });
        QCOMPARE(report.value(QStringLiteral("count")).toInteger(), 3);
        QCOMPARE(report.value(QStringLiteral("total_cents")).toInteger(),
            scalar(QStringLiteral("acme"),
                QStringLiteral("SELECT sum(total_cents) FROM sales WHERE sold_at LIKE '2026-03-%'")));
        QCOMPARE(report.value(QStringLiteral("total_cents")).toInteger(), 3 * 23200);
        QCOMPARE(report.value(QStringLiteral("tax_cents")).toInteger(), 3 * 3200);
        const QJsonArray perDay = report.value(QStringLiteral("days")).toArray();
        QCOMPARE(perDay.size(), 2);
        QCOMPARE(perDay.at(0).toObject().value(QStringLiteral("day")).toString(), QStringLiteral("2026-03-02"));
        QCOMPARE(perDay.at(0).toObject().value(QStringLiteral("count")).toInteger(), 2);
        QCOMPARE(perDay.at(1).toObject().value(QStringLiteral("total_cents")).toInteger(), 23200);
        // The --to day is included, the day after is not.
        const QJsonObject firstDay = adminJson(QStringLiteral("acme"),
            { QStringLiteral("report"), QStringLiteral("sales"), QStringLiteral("--branch"), QStringLiteral("MTY"),
                QStringLiteral("--from"), QStringLiteral("2026-03-02"), QStringLiteral("--to"),
                QStringLiteral("2026-03-03") });
        QCOMPARE(firstDay.value(QStringLiteral("count")).toInteger(), 2);
        const AdminRun human = admin(QStringLiteral("acme"),
            { QStringLiteral("report"), QStringLiteral("sales"), QStringLiteral("--branch"), QStringLiteral("MTY"),
                QStringLiteral("--from"), QStringLiteral("2026-03-01"), QStringLiteral("--to"),
                QStringLiteral("2026-03-04") });
        QVERIFY2(human.out.contains(QLatin1String("696.00")), qPrintable(human.out));

        // Stock report: part 7 went to -6 in MTY's warehouse A.
        const QJsonArray stock = adminJson(QStringLiteral("acme"),
            { QStringLiteral("report"), QStringLiteral("stock"), QStringLiteral("--branch"), QStringLiteral("MTY"),
                QStringLiteral("--sku"), QStringLiteral("BAL-1") })
                                     .value(QStringLiteral("rows"))
                                     .toArray();
        QCOMPARE(stock.size(), 1);
        QCOMPARE(stock.at(0).toObject().value(QStringLiteral("quantity_milli")).toInteger(),
            scalar(QStringLiteral("acme"),
                QStringLiteral("SELECT quantity FROM stock_levels WHERE part_id = 7 AND warehouse_id = ?"),
                { QString(device.branchId + QStringLiteral("-wh-A")) }));
        QVERIFY(stock.at(0).toObject().value(QStringLiteral("quantity_milli")).toInteger() <= -6000);

        // Devices list has both enrolled counters of acme.
        const QJsonArray devices
            = adminJson(QStringLiteral("acme"), { QStringLiteral("devices"), QStringLiteral("list") })
                  .value(QStringLiteral("rows"))
                  .toArray();
        QStringList ids;
        for (const QJsonValue &value : devices)
            ids.append(value.toObject().value(QStringLiteral("id")).toString());
        QVERIFY(ids.contains(device.id));
    }

    // The branch's local days, not UTC days, and returns netted on the day they were made. MTY is moved to Tijuana
    // (UTC-7 in May, UTC-8 in January) and back to Mexico City (UTC-6): the same pushed facts fall on other days.
    void salesReportCountsLocalDaysAndNetsReturns()
    {
        const Device device = enroll(QStringLiteral("acme"), m_acme);
        QVERIFY(!device.id.isEmpty());
        CurlTransport transport(m_server->url(), HttpClient::Options { m_server->caFile(), 5000, 15000, nullptr });
        TransportSession session(transport, device.id, device.secret);
        const QString late = IdGenerator::instance().nextString(); // Tijuana 9 May 23:30, UTC 10 May 06:30
        const QList<std::pair<QString, QString>> sales { { late, QStringLiteral("2026-05-10T06:30:00.000Z") },
            { IdGenerator::instance().nextString(), QStringLiteral("2026-05-10T07:10:00.000Z") }, // 10 May 00:10
            { IdGenerator::instance().nextString(), QStringLiteral("2026-05-11T05:00:00.000Z") }, // 10 May 22:00
            { IdGenerator::instance().nextString(), QStringLiteral("2026-01-15T07:30:00.000Z") } }; // 14 Jan 23:30 PST
        QList<wire::PushMutation> mutations;
        for (const auto &[id, soldAt] : sales)
            mutations.append(wire::PushMutation { IdGenerator::instance().nextString(), mutations.size() + 1, 1,
                QStringLiteral("sale.completed"), sale(id, device.branchId, soldAt), {}, {} });
        // One of the late sale's two pieces comes back a minute before Tijuana's midnight of the 10th.
        mutations.append(wire::PushMutation { IdGenerator::instance().nextString(), mutations.size() + 1, 1,
            QStringLiteral("sale.returned"),
            adminTestReturn(IdGenerator::instance().nextString(), late, device.branchId,
                QStringLiteral("2026-05-11T06:59:00.000Z")),
            {}, {} });
        const wire::PushRequest request { device.id, 1, mutations };
        Result<HttpResponse> pushed
            = session.post(QString(wire::kPushPath), QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact));
        QVERIFY2(pushed.has_value(), why(pushed).constData());
        QCOMPARE(pushed->status, 200);
        QCOMPARE(
            scalar(QStringLiteral("acme"), QStringLiteral("SELECT count(*) FROM returns WHERE sale_id = ?"), { late }),
            1);

        const QStringList setZone { QStringLiteral("branches"), QStringLiteral("timezone"), QStringLiteral("--code"),
            QStringLiteral("MTY"), QStringLiteral("--timezone") };
        const AdminRun wrong = admin(QStringLiteral("acme"), setZone + QStringList { QStringLiteral("Marte/Olimpo") });
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY2(wrong.err.contains(QLatin1String("--timezone")), qPrintable(wrong.err));
        const AdminRun tijuana
            = admin(QStringLiteral("acme"), setZone + QStringList { QStringLiteral("America/Tijuana") });
        QVERIFY2(tijuana.exitCode == 0, qPrintable(tijuana.err));
        const auto report = [this](const QString &from, const QString &to) {
            return adminJson(QStringLiteral("acme"),
                { QStringLiteral("report"), QStringLiteral("sales"), QStringLiteral("--branch"), QStringLiteral("MTY"),
                    QStringLiteral("--from"), from, QStringLiteral("--to"), to });
        };
        // {day: [sales, sales cents, returns, returned cents, net, net tax]}
        const auto days = [](const QJsonObject &answer) {
            QMap<QString, QList<qint64>> byDay;
            for (const QJsonValue &value : answer.value(QStringLiteral("days")).toArray()) {
                const QJsonObject row = value.toObject();
                QList<qint64> figures;
                for (const char *key :
                    { "count", "sales_cents", "returns", "returned_cents", "total_cents", "tax_cents" })
                    figures.append(row.value(QLatin1String(key)).toInteger());
                byDay.insert(row.value(QStringLiteral("day")).toString(), figures);
            }
            return byDay;
        };
        QJsonObject may = report(QStringLiteral("2026-05-09"), QStringLiteral("2026-05-11"));
        QCOMPARE(may.value(QStringLiteral("timezone")).toString(), QStringLiteral("America/Tijuana"));
        QMap<QString, QList<qint64>> expected {
            { QStringLiteral("2026-05-09"), { 1, 23200, 0, 0, 23200, 3200 } },
            { QStringLiteral("2026-05-10"), { 2, 46400, 1, 11600, 34800, 4800 } },
        };
        QCOMPARE(days(may), expected);
        QCOMPARE(may.value(QStringLiteral("count")).toInteger(), 3);
        QCOMPARE(may.value(QStringLiteral("returned_cents")).toInteger(), 11600);
        QCOMPARE(may.value(QStringLiteral("total_cents")).toInteger(), 3 * 23200 - 11600);
        QCOMPARE(may.value(QStringLiteral("tax_cents")).toInteger(), 3 * 3200 - 1600);
        // Winter: Tijuana is UTC-8, so 07:30Z is still the 14th.
        QCOMPARE(days(report(QStringLiteral("2026-01-14"), QStringLiteral("2026-01-15"))).keys(),
            QStringList { QStringLiteral("2026-01-14") });
        const AdminRun human = admin(QStringLiteral("acme"),
            { QStringLiteral("report"), QStringLiteral("sales"), QStringLiteral("--branch"), QStringLiteral("MTY"),
                QStringLiteral("--from"), QStringLiteral("2026-05-09"), QStringLiteral("--to"),
                QStringLiteral("2026-05-11") });
        QVERIFY2(human.out.contains(QLatin1String("days in America/Tijuana")), qPrintable(human.out));
        QVERIFY2(
            human.out.contains(QRegularExpression(QStringLiteral("2026-05-10 +2 +464.00 +1 +116.00 +348.00 +48.00"))),
            qPrintable(human.out));

        // Mexico City (UTC-6 all year): the three May sales are all on the 10th, the return alone on the 11th.
        QVERIFY(admin(QStringLiteral("acme"), setZone + QStringList { QStringLiteral("America/Mexico_City") }).exitCode
            == 0);
        expected = { { QStringLiteral("2026-05-10"), { 3, 69600, 0, 0, 69600, 9600 } },
            { QStringLiteral("2026-05-11"), { 0, 0, 1, 11600, -11600, -1600 } } };
        may = report(QStringLiteral("2026-05-09"), QStringLiteral("2026-05-11"));
        QCOMPARE(days(may), expected);
        QCOMPARE(may.value(QStringLiteral("total_cents")).toInteger(), 3 * 23200 - 11600);
        QCOMPARE(days(report(QStringLiteral("2026-01-14"), QStringLiteral("2026-01-15"))).keys(),
            QStringList { QStringLiteral("2026-01-15") });
        // A year and a day is too long a report: refused naming --to.
        const AdminRun tooLong = admin(QStringLiteral("acme"),
            { QStringLiteral("report"), QStringLiteral("sales"), QStringLiteral("--branch"), QStringLiteral("MTY"),
                QStringLiteral("--from"), QStringLiteral("2025-01-01"), QStringLiteral("--to"),
                QStringLiteral("2026-01-02") });
        QCOMPARE(tooLong.exitCode, 2);
        QVERIFY2(tooLong.err.contains(QLatin1String("--to")), qPrintable(tooLong.err));
    }

    void oneTenantsKeyCannotTouchAnother()
    {
        // other's key sees other's (empty) queue and sales, never acme's.
        const QJsonArray exceptions
            = adminJson(QStringLiteral("other"), { QStringLiteral("exceptions"), QStringLiteral("list") })
                  .value(QStringLiteral("rows"))
                  .toArray();
        QCOMPARE(exceptions.size(), 0);
        QVERIFY(scalar(QStringLiteral("acme"), QStringLiteral("SELECT count(*) FROM exceptions")) > 0);
        const QJsonObject report = adminJson(QStringLiteral("other"),
            { QStringLiteral("report"), QStringLiteral("sales"), QStringLiteral("--branch"), QStringLiteral("MTY"),
                QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"),
                QStringLiteral("2026-12-31") });
        QCOMPARE(report.value(QStringLiteral("count")).toInteger(), 0);
        QCOMPARE(adminJson(QStringLiteral("other"), { QStringLiteral("devices"), QStringLiteral("list") })
                     .value(QStringLiteral("rows"))
                     .toArray()
                     .size(),
            0);

        // other's price change lands in other's data only.
        const QMap<qint64, qint64> acmeBefore = retailOverrides(QStringLiteral("acme"));
        const AdminRun set = admin(QStringLiteral("other"),
            { QStringLiteral("price"), QStringLiteral("set"), QStringLiteral("--sku"), QStringLiteral("BAL-1"),
                QStringLiteral("--price"), QStringLiteral("1.00") });
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        QCOMPARE(retailOverrides(QStringLiteral("other")).value(7), 100);
        QCOMPARE(retailOverrides(QStringLiteral("acme")), acmeBefore);

        // And an acme exception id cannot be resolved through other's key.
        const qint64 acmeOpen = scalar(
            QStringLiteral("acme"), QStringLiteral("SELECT min(id) FROM exceptions WHERE resolved_at IS NULL"));
        QVERIFY(acmeOpen > 0);
        const AdminRun resolve = admin(QStringLiteral("other"),
            { QStringLiteral("exceptions"), QStringLiteral("resolve"), QString::number(acmeOpen),
                QStringLiteral("--note"), QStringLiteral("no es mía") });
        QCOMPARE(resolve.exitCode, 2);
        QCOMPARE(
            scalar(QStringLiteral("acme"),
                QStringLiteral("SELECT count(*) FROM exceptions WHERE id = ? AND resolved_at IS NULL"), { acmeOpen }),
            1);
    }

    void catalogCsvImportIsAllOrNothingAndNamesEveryBadRow()
    {
        const QString catalogPath = m_data + QStringLiteral("/tenants/other/catalog.db");
        const auto partCount = [&catalogPath]() {
            auto db = Database::open(catalogPath, Durability::Normal, QStringLiteral("check-import-catalog"));
            Result<QVariant> count
                = db ? (*db)->scalar(QStringLiteral("SELECT count(*) FROM parts")) : Result<QVariant>(QVariant());
            return count && count->isValid() ? count->toLongLong() : -1;
        };
        const auto writeCsv = [this](const QString &name, const QByteArray &text) {
            const QString path = m_root.file(name);
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return QString();
            file.write(text);
            return path;
        };
        const QByteArray header = "sku,name,brand,category,sat_product_key,sat_unit_key,unit_name,cost,list_price,"
                                  "retail_price,barcode\n";
        const QString bad = writeCsv(QStringLiteral("bad.csv"),
            header
                + "NEW-1,Bien,Bosch,Balatas,25174003,H87,Pieza,1,2,3,\n"
                  "NEW-2,Mal,Bosch,Balatas,2517,H87,Pieza,1,2,tres,\n"
                  "NEW-1,Repetido,Bosch,Balatas,25174003,H87,Pieza,1,2,3,\n");
        const qint64 before = partCount();
        QCOMPARE(before, 3);
        const AdminRun refused
            = runAdmin(QStringList { QStringLiteral("catalog"), QStringLiteral("import") } + m_backend->adminArgs()
                + QStringList { QStringLiteral("--tenant"), QStringLiteral("other"), QStringLiteral("--csv"), bad });
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.out.contains(QLatin1String("sat_product_key")), qPrintable(refused.out));
        QVERIFY(refused.out.contains(QLatin1String("retail_price")));
        QVERIFY(refused.out.contains(QLatin1String("SKU repeated (first on line 2)")));
        QVERIFY2(
            refused.err.contains(QLatin1String("2 of 3 rows rejected: nothing was imported")), qPrintable(refused.err));
        QCOMPARE(partCount(), before);

        // A good file: one new part with a new brand and category (a quoted comma), one retail price change.
        const QString good = writeCsv(QStringLiteral("good.csv"),
            header
                + "NEW-1,\"Balata, cerámica\",Frenos MX,Balatas "
                  "nuevas,25174003,H87,Pieza,100.00,250,199.90,7501234567890\n"
                  "BAL-2,BAL-2,Bosch,Balatas,25174003,H87,Pieza,1.00,270.00,270.00,\n");
        const AdminRun imported
            = runAdmin(QStringList { QStringLiteral("catalog"), QStringLiteral("import") } + m_backend->adminArgs()
                + QStringList { QStringLiteral("--tenant"), QStringLiteral("other"), QStringLiteral("--csv"), good,
                    QStringLiteral("--json") });
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const QJsonObject report = QJsonDocument::fromJson(imported.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("inserted")).toInteger(), 1);
        QCOMPARE(report.value(QStringLiteral("updated")).toInteger(), 1);
        QCOMPARE(report.value(QStringLiteral("new_brands")).toInteger(), 1);
        QCOMPARE(partCount(), before + 1);
        auto db = Database::open(catalogPath, Durability::Normal, QStringLiteral("check-import-rows"));
        QVERIFY(db);
        Result<QVariant> name = (*db)->scalar(QStringLiteral("SELECT name FROM parts WHERE sku = 'NEW-1'"));
        QCOMPARE(name->toString(), QStringLiteral("Balata, cerámica"));
        Result<QVariant> version = (*db)->scalar(QStringLiteral("SELECT price_version FROM parts WHERE sku = 'BAL-2'"));
        QCOMPARE(version->toLongLong(), 4); // was 3: the new price is a new version
        // The same file again changes nothing.
        const AdminRun again
            = runAdmin(QStringList { QStringLiteral("catalog"), QStringLiteral("import") } + m_backend->adminArgs()
                + QStringList { QStringLiteral("--tenant"), QStringLiteral("other"), QStringLiteral("--csv"), good });
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(QLatin1String("0 new, 0 updated, 2 unchanged")), qPrintable(again.out));
    }

    // A new, empty database in the test's cluster: where a PostgreSQL backup is restored.
    QString newDatabase(const QString &name)
    {
        auto db = Database::openPostgres(
            m_backend->databaseUrl(), QStringLiteral("public"), QStringLiteral("create-") + name);
        if (!db || !(*db)->execScript(QStringLiteral("CREATE DATABASE ") + name))
            return QString();
        QUrl url(m_backend->databaseUrl());
        url.setPath(u'/' + name);
        return url.toString();
    }

    bool hasMasterSchema(const QString &url)
    {
        auto db
            = Database::openPostgres(url, QStringLiteral("public"), QStringLiteral("probe-%1").arg(++m_connections));
        Result<QVariant> found = db ? (*db)->scalar(QStringLiteral(
                                     "SELECT 1 FROM information_schema.schemata WHERE schema_name = 'nexus_master'"))
                                    : Result<QVariant>(QVariant());
        return found && found->isValid();
    }

    void backupWhileRunningRestoresIntoAWorkingServer()
    {
        const bool postgres = m_backend->postgres();
        const QStringList salesArgs { QStringLiteral("report"), QStringLiteral("sales"), QStringLiteral("--branch"),
            QStringLiteral("MTY"), QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"),
            QStringLiteral("2026-12-31") };
        const QJsonObject original = adminJson(QStringLiteral("acme"), salesArgs);
        QVERIFY(original.value(QStringLiteral("count")).toInteger() >= 3);

        const QString backup = m_root.file(QStringLiteral("backup"));
        const QStringList backupArgs = QStringList { QStringLiteral("backup") } + m_backend->adminArgs()
            + QStringList { QStringLiteral("--out"), backup };
        const AdminRun made = runAdmin(backupArgs + QStringList { QStringLiteral("--json") });
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        const QJsonObject summary = QJsonDocument::fromJson(made.out.toUtf8()).object();
        QCOMPARE(summary.value(QStringLiteral("storage")).toString(),
            postgres ? QStringLiteral("postgresql") : QStringLiteral("sqlite"));
        QCOMPARE(summary.value(QStringLiteral("tenants")).toArray().size(), 2);
        QVERIFY(QFileInfo::exists(backup + QStringLiteral("/manifest.json")));
        if (postgres) {
            QVERIFY(QFileInfo::exists(backup + QStringLiteral("/postgresql.dump")));
            QVERIFY(QFileInfo::exists(backup + QStringLiteral("/tenants/acme/catalog.db")));
            // Every table of nexus_master and both tenant schemas, with the rows the server holds.
            QVERIFY(summary.value(QStringLiteral("tables")).toInteger() > 20);
            QVERIFY(summary.value(QStringLiteral("rows")).toInteger()
                >= scalar(QStringLiteral("acme"), QStringLiteral("SELECT count(*) FROM sales")));
        }
        // A second backup into the same folder is refused.
        QCOMPARE(runAdmin(backupArgs).exitCode, 2);

        // A damaged copy is refused and leaves no folder behind.
        const QString damaged = m_root.file(QStringLiteral("damaged"));
        QVERIFY(QDir().mkpath(damaged));
        QVERIFY(QFile::copy(backup + QStringLiteral("/manifest.json"), damaged + QStringLiteral("/manifest.json")));
        const QString damagedNowhere = m_root.file(QStringLiteral("restored-damaged"));
        const AdminRun refused = runAdmin(QStringList { QStringLiteral("restore"), QStringLiteral("--from"), damaged,
                                              QStringLiteral("--data"), damagedNowhere }
            + (postgres ? QStringList { QStringLiteral("--database"), newDatabase(QStringLiteral("never")) }
                        : QStringList()));
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QLatin1String("missing")), qPrintable(refused.err));
        QVERIFY(!QFileInfo::exists(damagedNowhere));
        {
            QFile flipped(
                backup + (postgres ? QStringLiteral("/postgresql.dump") : QStringLiteral("/tenants/acme/tenant.db")));
            QVERIFY(flipped.open(QIODevice::ReadWrite));
            const QByteArray bytes = flipped.readAll();
            QVERIFY(bytes.size() > 9000);
            flipped.seek(9000);
            flipped.write(QByteArray(1, static_cast<char>(bytes.at(9000) ^ 0x5a)));
            flipped.close();
            const AdminRun checksum = runAdmin(
                { QStringLiteral("restore"), QStringLiteral("--from"), backup, QStringLiteral("--verify-only") });
            QCOMPARE(checksum.exitCode, 2);
            QVERIFY2(checksum.err.contains(QLatin1String("checksum")), qPrintable(checksum.err));
            QVERIFY(flipped.open(QIODevice::ReadWrite));
            flipped.seek(9000);
            flipped.write(QByteArray(1, bytes.at(9000)));
        }
        const AdminRun verified = runAdmin(
            { QStringLiteral("restore"), QStringLiteral("--from"), backup, QStringLiteral("--verify-only") });
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));

        QString restoredUrl;
        if (postgres) {
            // The backup of a PostgreSQL server needs a database to go to, and a new one.
            const AdminRun noDatabase = runAdmin({ QStringLiteral("restore"), QStringLiteral("--from"), backup,
                QStringLiteral("--data"), m_root.file(QStringLiteral("restored-nodb")) });
            QCOMPARE(noDatabase.exitCode, 2);
            QVERIFY2(noDatabase.err.contains(QLatin1String("--database")), qPrintable(noDatabase.err));
            const AdminRun occupied = runAdmin({ QStringLiteral("restore"), QStringLiteral("--from"), backup,
                QStringLiteral("--data"), m_root.file(QStringLiteral("restored-occupied")),
                QStringLiteral("--database"), m_backend->databaseUrl() });
            QCOMPARE(occupied.exitCode, 2);
            QVERIFY2(occupied.err.contains(QLatin1String("nexus_master")), qPrintable(occupied.err));

            // A restore whose tables do not match the backup's figures keeps nothing: here the manifest says one
            // row more for acme's sales than the dump holds.
            const QString tampered = m_root.file(QStringLiteral("tampered"));
            QVERIFY(QDir().mkpath(tampered));
            QDirIterator files(backup, QDir::Files, QDirIterator::Subdirectories);
            while (files.hasNext()) {
                const QString path = files.next();
                const QString relative = QDir(backup).relativeFilePath(path);
                QVERIFY(QDir().mkpath(QFileInfo(tampered + u'/' + relative).absolutePath()));
                QVERIFY(QFile::copy(path, tampered + u'/' + relative));
            }
            QFile manifestFile(tampered + QStringLiteral("/manifest.json"));
            QVERIFY(manifestFile.open(QIODevice::ReadWrite));
            QJsonObject manifest = QJsonDocument::fromJson(manifestFile.readAll()).object();
            QJsonObject pg = manifest.value(QStringLiteral("postgresql")).toObject();
            QJsonArray tables = pg.value(QStringLiteral("tables")).toArray();
            bool edited = false;
            for (qsizetype i = 0; i < tables.size(); ++i) {
                QJsonObject table = tables.at(i).toObject();
                if (table.value(QStringLiteral("schema")).toString() == QLatin1String("tenant_acme")
                    && table.value(QStringLiteral("table")).toString() == QLatin1String("sales")) {
                    table.insert(QStringLiteral("rows"), table.value(QStringLiteral("rows")).toInteger() + 1);
                    tables[i] = table;
                    edited = true;
                }
            }
            QVERIFY(edited);
            pg.insert(QStringLiteral("tables"), tables);
            manifest.insert(QStringLiteral("postgresql"), pg);
            manifestFile.resize(0);
            manifestFile.write(QJsonDocument(manifest).toJson());
            manifestFile.close();
            const QString scratchUrl = newDatabase(QStringLiteral("scratch"));
            QVERIFY(!scratchUrl.isEmpty());
            const QString scratchDir = m_root.file(QStringLiteral("restored-scratch"));
            const AdminRun mismatch = runAdmin({ QStringLiteral("restore"), QStringLiteral("--from"), tampered,
                QStringLiteral("--data"), scratchDir, QStringLiteral("--database"), scratchUrl });
            QCOMPARE(mismatch.exitCode, 2);
            QVERIFY2(mismatch.err.contains(QLatin1String("tenant_acme.sales")), qPrintable(mismatch.err));
            QVERIFY(!QFileInfo::exists(scratchDir));
            QVERIFY(!hasMasterSchema(scratchUrl));

            restoredUrl = newDatabase(QStringLiteral("restored"));
            QVERIFY(!restoredUrl.isEmpty());
        }

        const QString restored = m_root.file(QStringLiteral("restored"));
        const AdminRun done = runAdmin(QStringList { QStringLiteral("restore"), QStringLiteral("--from"), backup,
                                           QStringLiteral("--data"), restored, QStringLiteral("--json") }
            + (postgres ? QStringList { QStringLiteral("--database"), restoredUrl } : QStringList()));
        QVERIFY2(done.exitCode == 0, qPrintable(done.err));
        if (postgres)
            QCOMPARE(QJsonDocument::fromJson(done.out.toUtf8()).object().value(QStringLiteral("tables")).toInteger(),
                summary.value(QStringLiteral("tables")).toInteger());
        ServerProcess second(restored, restoredUrl);
        QVERIFY2(second.start(), qPrintable(second.log()));
        // Same key (the master data came along), same answers.
        const AdminRun report = runAdmin(salesArgs
            + QStringList { QStringLiteral("--json"), QStringLiteral("--server"), second.url(), QStringLiteral("--ca"),
                second.caFile(), QStringLiteral("--key-file"), m_keyFiles.value(QStringLiteral("acme")) });
        QVERIFY2(report.exitCode == 0, qPrintable(report.err));
        QCOMPARE(QJsonDocument::fromJson(report.out.toUtf8()).object(), original);
        QCOMPARE(second.stop(), 0);
    }

    void branchesEnrollCodesAndRevokedDevices()
    {
        // A new branch with a warehouse, then a counter enrolled there with a code issued over the API.
        const AdminRun branch = admin(QStringLiteral("acme"),
            { QStringLiteral("branches"), QStringLiteral("add"), QStringLiteral("--code"), QStringLiteral("QRO"),
                QStringLiteral("--name"), QStringLiteral("Querétaro") });
        QVERIFY2(branch.exitCode == 0, qPrintable(branch.err));
        QCOMPARE(admin(QStringLiteral("acme"),
                     { QStringLiteral("branches"), QStringLiteral("add"), QStringLiteral("--code"),
                         QStringLiteral("QRO"), QStringLiteral("--name"), QStringLiteral("Otra") })
                     .exitCode,
            2);
        QCOMPARE(admin(QStringLiteral("acme"),
                     { QStringLiteral("branches"), QStringLiteral("add"), QStringLiteral("--code"),
                         QStringLiteral("q r"), QStringLiteral("--name"), QStringLiteral("Mal") })
                     .exitCode,
            2);
        const AdminRun warehouse = admin(QStringLiteral("acme"),
            { QStringLiteral("warehouses"), QStringLiteral("add"), QStringLiteral("--branch"), QStringLiteral("QRO"),
                QStringLiteral("--code"), QStringLiteral("MOS"), QStringLiteral("--name"),
                QStringLiteral("Mostrador") });
        QVERIFY2(warehouse.exitCode == 0, qPrintable(warehouse.err));
        const AdminRun listed = admin(QStringLiteral("acme"), { QStringLiteral("branches"), QStringLiteral("list") });
        QVERIFY2(
            listed.out.contains(QRegularExpression(QStringLiteral("QRO +Querétaro +MOS"))), qPrintable(listed.out));
        QVERIFY(!admin(QStringLiteral("other"), { QStringLiteral("branches"), QStringLiteral("list") })
                     .out.contains(QLatin1String("QRO")));

        const AdminRun code = admin(QStringLiteral("acme"),
            { QStringLiteral("enroll-code"), QStringLiteral("--branch"), QStringLiteral("QRO") });
        QVERIFY2(code.exitCode == 0, qPrintable(code.err));
        QVERIFY2(code.err.contains(QStringLiteral("Querétaro")), qPrintable(code.err));
        const wire::EnrollRequest request { code.out.trimmed(), QStringLiteral("caja qro") };
        Result<HttpResponse> enrolled = http().postJson(m_server->url() + QStringLiteral("/v1/enroll"),
            QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact));
        QVERIFY2(enrolled.has_value(), why(enrolled).constData());
        QCOMPARE(enrolled->status, 200);
        const QJsonObject device = QJsonDocument::fromJson(enrolled->body).object();
        const QString deviceId = device.value(QStringLiteral("device_id")).toString();
        CurlTransport transport(m_server->url(), HttpClient::Options { m_server->caFile(), 5000, 15000, nullptr });
        TransportSession session(transport, deviceId, device.value(QStringLiteral("device_secret")).toString());
        Result<HttpResponse> before = session.get(QString(wire::kPullPath) + QStringLiteral("?bucket=branches"));
        QVERIFY2(before.has_value(), why(before).constData());
        QCOMPARE(before->status, 200);
        QVERIFY(before->body.contains("Quer"));

        // Another tenant's key cannot revoke it; its own can, and the device is refused from then on.
        const AdminRun foreign
            = admin(QStringLiteral("other"), { QStringLiteral("devices"), QStringLiteral("revoke"), deviceId });
        QCOMPARE(foreign.exitCode, 2);
        const AdminRun revoked
            = admin(QStringLiteral("acme"), { QStringLiteral("devices"), QStringLiteral("revoke"), deviceId });
        QVERIFY2(revoked.exitCode == 0, qPrintable(revoked.err));
        Result<HttpResponse> after = session.get(QString(wire::kPullPath) + QStringLiteral("?bucket=branches"));
        QVERIFY(!after.has_value() || after->status == 401);
        const QJsonArray devices
            = adminJson(QStringLiteral("acme"), { QStringLiteral("devices"), QStringLiteral("list") })
                  .value(QStringLiteral("rows"))
                  .toArray();
        bool sawRevoked = false;
        for (const QJsonValue &value : devices)
            if (value.toObject().value(QStringLiteral("id")).toString() == deviceId)
                sawRevoked = !value.toObject().value(QStringLiteral("revoked_at")).isNull();
        QVERIFY(sawRevoked);
    }

    void usersAddedAndDeactivatedReachTheCounters()
    {
        const QString secrets = m_root.file(QStringLiteral("new-user.txt"));
        QFile file(secrets);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("contraseña-larga\n4821\n");
        file.close();
        const QStringList add { QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--username"),
            QStringLiteral("mty.nueva"), QStringLiteral("--name"), QStringLiteral("Cajera Nueva"),
            QStringLiteral("--role"), QStringLiteral("cashier"), QStringLiteral("--branch"), QStringLiteral("MTY"),
            QStringLiteral("--password-file"), secrets };
        const AdminRun added = admin(QStringLiteral("acme"), add);
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QCOMPARE(admin(QStringLiteral("acme"), add).exitCode, 2); // taken username
        QStringList noBranch = add;
        noBranch[3] = QStringLiteral("sin.sucursal");
        noBranch.removeAt(noBranch.indexOf(QStringLiteral("--branch")) + 1);
        noBranch.removeAt(noBranch.indexOf(QStringLiteral("--branch")));
        const AdminRun refused = admin(QStringLiteral("acme"), noBranch);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QLatin1String("--branch")), qPrintable(refused.err));

        // The stored hashes verify against what was in the file; the password itself was never sent or stored.
        std::unique_ptr<Database> db = tenantDb(QStringLiteral("acme"));
        Result<QSqlQuery> row = db->exec(
            QStringLiteral("SELECT password_hash, pin_hash, active FROM users WHERE username = 'mty.nueva'"));
        QVERIFY(row && row->next());
        QVERIFY(PasswordHasher::verify(QStringLiteral("contraseña-larga"), row->value(0).toString()));
        QVERIFY(PasswordHasher::verify(QStringLiteral("4821"), row->value(1).toString()));

        const Device device = enroll(QStringLiteral("acme"), m_acme);
        CurlTransport transport(m_server->url(), HttpClient::Options { m_server->caFile(), 5000, 15000, nullptr });
        TransportSession session(transport, device.id, device.secret);
        const auto pulledActive = [&session]() -> int {
            Result<HttpResponse> reply
                = session.get(QString(wire::kPullPath) + QStringLiteral("?bucket=users&limit=1000"));
            if (!reply || reply->status != 200)
                return -2;
            Result<wire::PullResponse> page
                = wire::PullResponse::fromJson(QJsonDocument::fromJson(reply->body).object());
            if (!page)
                return -2;
            for (const wire::PullRow &pulled : page->rows)
                if (pulled.row.value(QStringLiteral("username")).toString() == QLatin1String("mty.nueva"))
                    return pulled.row.value(QStringLiteral("active")).toVariant().toInt();
            return -1;
        };
        QCOMPARE(pulledActive(), 1);
        const AdminRun off = admin(QStringLiteral("acme"),
            { QStringLiteral("users"), QStringLiteral("deactivate"), QStringLiteral("mty.nueva") });
        QVERIFY2(off.exitCode == 0, qPrintable(off.err));
        QCOMPARE(pulledActive(), 0);
        QCOMPARE(admin(QStringLiteral("other"),
                     { QStringLiteral("users"), QStringLiteral("deactivate"), QStringLiteral("mty.nueva") })
                     .exitCode,
            2);
    }

    void revokedAdminKeyIsRefusedAtOnce()
    {
        const QStringList local
            = m_backend->adminArgs() + QStringList { QStringLiteral("--tenant"), QStringLiteral("acme") };
        const AdminRun created = runAdmin(QStringList { QStringLiteral("admin-key"), QStringLiteral("create"),
                                              QStringLiteral("--name"), QStringLiteral("script") }
            + local);
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        const QString key = created.out.trimmed();
        const QString file = m_root.file(QStringLiteral("script.key"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(key.toUtf8());
        out.close();
        const QStringList withScriptKey { QStringLiteral("--server"), m_server->url(), QStringLiteral("--ca"),
            m_server->caFile(), QStringLiteral("--key-file"), file };
        const QStringList devicesList { QStringLiteral("devices"), QStringLiteral("list"), QStringLiteral("--json") };
        const AdminRun works = runAdmin(devicesList + withScriptKey);
        QCOMPARE(works.exitCode, 0);
        const QJsonArray devices
            = QJsonDocument::fromJson(works.out.toUtf8()).object().value(QStringLiteral("rows")).toArray();
        QVERIFY(!devices.isEmpty());
        QCOMPARE(devices.at(0).toObject().value(QStringLiteral("branch")).toString(), QStringLiteral("MTY"));

        const AdminRun listed = runAdmin(QStringList { QStringLiteral("admin-key"), QStringLiteral("list") } + local);
        QCOMPARE(listed.exitCode, 0);
        const QString id = AdminKeys::hashOf(key).left(12);
        QVERIFY2(listed.out.contains(id) && listed.out.contains(QLatin1String("script")), qPrintable(listed.out));
        QVERIFY(!listed.out.contains(key));
        // Not a key of "other": refused there, nothing revoked.
        QCOMPARE(
            runAdmin(QStringList { QStringLiteral("admin-key"), QStringLiteral("revoke"), QStringLiteral("--id"), id }
                + m_backend->adminArgs() + QStringList { QStringLiteral("--tenant"), QStringLiteral("other") })
                .exitCode,
            2);
        QCOMPARE(runAdmin(devicesList + withScriptKey).exitCode, 0);
        const AdminRun revoked = runAdmin(
            QStringList { QStringLiteral("admin-key"), QStringLiteral("revoke"), QStringLiteral("--id"), id } + local);
        QVERIFY2(revoked.exitCode == 0, qPrintable(revoked.err));
        QCOMPARE(runAdmin(devicesList + withScriptKey).exitCode, 3);
        QCOMPARE(admin(QStringLiteral("acme"), devicesList).exitCode, 0); // the first key still works
    }
};

QTEST_GUILESS_MAIN(TestAdmin)
#include "testadmin.moc"
