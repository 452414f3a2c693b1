// Push against the real nexus-server over HTTPS: tokens (issue, refresh, 401), idempotency, contiguous ack with a
// gap, wrong-branch quarantine, tenant isolation, and the vehicle a counter sale was for (sale.completed schema 5).
#include "enrolleddevice.h"
#include "serverbackend.h"
#include "serverprocess.h"
#include "tempdir.h"
#include "tenantfixture.h"
#include "why.h"

#include "client/curltransport.h"
#include "client/httpclient.h"
#include "client/transportsession.h"
#include "common/idgenerator.h"
#include "protocol/apierror.h"
#include "protocol/enrollmessages.h"
#include "protocol/pushmessages.h"
#include "protocol/tokenmessages.h"
#include "store/schemadatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace nexus;
using namespace nexus::test;

class TestPush final : public QObject
{
    Q_OBJECT

private:
    using Device = EnrolledDevice;

    TempDir m_root;
    QString m_data;
    std::unique_ptr<ServerBackend> m_backend; // SQLite files, or PostgreSQL with NEXUS_TEST_BACKEND=postgresql
    std::unique_ptr<ServerProcess> m_server;
    TenantFixture m_acme = TenantFixture::standard(QStringLiteral("acme"));
    TenantFixture m_other = TenantFixture::standard(QStringLiteral("other"));

    HttpClient http() const { return HttpClient(HttpClient::Options { m_server->caFile(), 5000, 15000, nullptr }); }

    Device enroll(const QString &tenant, const TenantFixture &fixture)
    {
        return enrollDevice(*m_backend, *m_server, tenant, fixture);
    }

    static QJsonObject sale(const QString &id, const QString &branchId, const QString &warehouseId)
    {
        const QJsonArray lines { QJsonObject { { QStringLiteral("part_id"), 7 },
            { QStringLiteral("sku"), QStringLiteral("BAL-1") }, { QStringLiteral("warehouse_id"), warehouseId },
            { QStringLiteral("quantity"), 2000 }, { QStringLiteral("unit_price_cents"), 11600 },
            { QStringLiteral("discount_cents"), 0 }, { QStringLiteral("base_cents"), 20000 },
            { QStringLiteral("tax_cents"), 3200 }, { QStringLiteral("cost_cents"), 7000 },
            { QStringLiteral("retail_price_cents"), 11600 }, { QStringLiteral("price_version"), 1 } } };
        return QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("folio"), QStringLiteral("MTY1-000001") },
            { QStringLiteral("branch_id"), branchId }, { QStringLiteral("cashier_id"), QStringLiteral("u") },
            { QStringLiteral("price_list"), QStringLiteral("publico") },
            { QStringLiteral("sold_at"), QStringLiteral("2026-01-05T10:00:00.000Z") },
            { QStringLiteral("subtotal_cents"), 20000 }, { QStringLiteral("tax_cents"), 3200 },
            { QStringLiteral("total_cents"), 23200 }, { QStringLiteral("lines"), lines },
            { QStringLiteral("payments"),
                QJsonArray { QJsonObject { { QStringLiteral("method"), QStringLiteral("cash") },
                    { QStringLiteral("amount_cents"), 23200 } } } } };
    }

    static wire::PushMutation mutation(qint64 seq, const QJsonObject &payload, QString id = {}, int schema = 1)
    {
        return wire::PushMutation { id.isEmpty() ? IdGenerator::instance().nextString() : id, seq, schema,
            QStringLiteral("sale.completed"), payload, {}, {} };
    }

    // The same sale as schema 2 writes it: every line also carries its tax code, SAT keys and description.
    static QJsonObject saleV2(const QString &id, const QString &branchId, const QString &warehouseId)
    {
        QJsonObject payload = sale(id, branchId, warehouseId);
        QJsonArray lines = payload.value(QStringLiteral("lines")).toArray();
        QJsonObject line = lines.at(0).toObject();
        line.insert(QStringLiteral("tax_code"), QStringLiteral("IVA16"));
        line.insert(QStringLiteral("sat_product_key"), QStringLiteral("25174400"));
        line.insert(QStringLiteral("sat_unit_key"), QStringLiteral("H87"));
        line.insert(QStringLiteral("description"), QString::fromUtf8("Balata delantera cerámica"));
        lines.replace(0, line);
        payload.insert(QStringLiteral("lines"), lines);
        return payload;
    }

    // POST /v1/sync/push through TransportSession (token fetched and refreshed by it).
    static QJsonObject push(
        TransportSession &session, const Device &device, QList<wire::PushMutation> mutations, int *status = nullptr)
    {
        const wire::PushRequest request { device.id, 1, mutations };
        Result<HttpResponse> reply
            = session.post(QString(wire::kPushPath), QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact));
        if (status)
            *status = reply ? reply->status : -1;
        return reply ? QJsonDocument::fromJson(reply->body).object() : QJsonObject {};
    }

    std::unique_ptr<Database> tenantDb(const QString &slug)
    {
        auto db = m_backend->openTenant(slug, QStringLiteral("check-") + slug);
        return db ? std::move(*db) : nullptr;
    }

    qint64 count(const QString &slug, const QString &sql, const QVariantList &values = {})
    {
        std::unique_ptr<Database> db = tenantDb(slug);
        Result<QVariant> value = db ? db->scalar(sql, values) : Result<QVariant>(QVariant());
        return value && value->isValid() ? value->toLongLong() : -1;
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
            const AdminRun created
                = runAdmin(QStringList { QStringLiteral("tenant"), QStringLiteral("create") } + m_backend->adminArgs()
                    + QStringList { QStringLiteral("--slug"), slug, QStringLiteral("--name"), slug });
            QVERIFY2(created.exitCode == 0, qPrintable(created.err));
            auto db = tenantDb(slug);
            QVERIFY(db);
            QVERIFY(fixture->writeInto(*db));
        }
        m_server = m_backend->server();
        QVERIFY2(m_server->start(), qPrintable(m_server->log()));
    }

    void cleanupTestCase()
    {
        if (m_server)
            QCOMPARE(m_server->stop(), 0);
    }

    void tokenIssueRefusalAnd401()
    {
        const Device device = enroll(QStringLiteral("acme"), m_acme);
        QVERIFY(!device.id.isEmpty());
        // Wrong secret: 401 invalid_credentials, no token.
        Result<HttpResponse> wrong = http().postJson(m_server->url() + QString(wire::kTokenPath),
            QJsonDocument(wire::TokenRequest { device.id, QStringLiteral("not-the-secret") }.toJson()).toJson());
        QVERIFY(wrong.has_value());
        QCOMPARE(wrong->status, 401);
        QCOMPARE(
            wire::ApiError::fromBody(wrong->status, wrong->body).code, QString(wire::errorcode::kInvalidCredentials));
        // No token on push: 401 invalid_token.
        Result<HttpResponse> anonymous = http().postJson(m_server->url() + QString(wire::kPushPath), "{}");
        QVERIFY(anonymous.has_value());
        QCOMPARE(anonymous->status, 401);
        QCOMPARE(
            wire::ApiError::fromBody(anonymous->status, anonymous->body).code, QString(wire::errorcode::kInvalidToken));
        // Right secret: a token valid for 15 minutes.
        Result<HttpResponse> right = http().postJson(m_server->url() + QString(wire::kTokenPath),
            QJsonDocument(wire::TokenRequest { device.id, device.secret }.toJson()).toJson());
        QVERIFY(right.has_value());
        QCOMPARE(right->status, 200);
        Result<wire::TokenResponse> token
            = wire::TokenResponse::fromJson(QJsonDocument::fromJson(right->body).object());
        QVERIFY(token.has_value());
        QCOMPARE(token->expiresIn, 900);
    }

    void tokenIsRefreshedAfterTheServerForgotItsKey()
    {
        const Device device = enroll(QStringLiteral("acme"), m_acme);
        CurlTransport transport(m_server->url(), HttpClient::Options { m_server->caFile(), 5000, 15000, nullptr });
        TransportSession session(transport, device.id, device.secret);
        int status = 0;
        (void)push(session, device, {}, &status);
        QCOMPARE(status, 200);
        QCOMPARE(session.tokensFetched(), 1);
        // A new key: every token issued so far fails its signature check; the session must recover by itself.
        QCOMPARE(m_server->stop(), 0);
        QVERIFY(QFile::remove(m_data + QStringLiteral("/token-key")));
        QVERIFY2(m_server->start(), qPrintable(m_server->log()));
        transport = CurlTransport(m_server->url(), HttpClient::Options { m_server->caFile(), 5000, 15000, nullptr });
        const QJsonObject answer = push(session, device,
            { mutation(1,
                sale(IdGenerator::instance().nextString(), device.branchId,
                    device.branchId + QStringLiteral("-wh-A"))) },
            &status);
        QCOMPARE(status, 200);
        QCOMPARE(session.tokensFetched(), 2);
        QCOMPARE(answer.value(QStringLiteral("acked_seq")).toInteger(), 1);

        // A revoked device is refused at once, token or not; nothing is cleared at the client (there is nothing to
        // clear here: the error is a value).
        {
            auto master = m_backend->openMaster(QStringLiteral("revoke"));
            QVERIFY(master);
            QVERIFY((*master)->exec(
                QStringLiteral("UPDATE devices SET revoked_at = '2026-01-01' WHERE id = ?"), { device.id }));
        }
        Result<HttpResponse> revoked = session.post(QString(wire::kPushPath), "{}");
        QVERIFY(!revoked.has_value());
        QCOMPARE(revoked.error().code(), ErrorCode::Unauthenticated);
    }

    void pushIsIdempotentAndAcksContiguously()
    {
        const Device device = enroll(QStringLiteral("acme"), m_acme);
        CurlTransport transport(m_server->url(), HttpClient::Options { m_server->caFile(), 5000, 15000, nullptr });
        TransportSession session(transport, device.id, device.secret);
        const QString wh = device.branchId + QStringLiteral("-wh-A");
        const wire::PushMutation first = mutation(1, sale(IdGenerator::instance().nextString(), device.branchId, wh));
        const wire::PushMutation second = mutation(2, sale(IdGenerator::instance().nextString(), device.branchId, wh));
        const wire::PushMutation third = mutation(3, sale(IdGenerator::instance().nextString(), device.branchId, wh));

        QJsonObject answer = push(session, device, { first, third });
        QCOMPARE(answer.value(QStringLiteral("acked_seq")).toInteger(), 1); // 2 is missing: the gap holds the ack
        answer = push(session, device, { first, second });
        QCOMPARE(answer.value(QStringLiteral("acked_seq")).toInteger(), 3);
        const QJsonArray results = answer.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("replayed"));
        QCOMPARE(results.at(1).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
        QCOMPARE(count(QStringLiteral("acme"), QStringLiteral("SELECT count(*) FROM sales WHERE device_id = ?"),
                     { device.id }),
            3);
        QCOMPARE(
            count(QStringLiteral("acme"),
                QStringLiteral("SELECT quantity FROM stock_levels WHERE part_id = 7 AND warehouse_id = ?"), { wh }),
            -2000 * count(QStringLiteral("acme"), QStringLiteral("SELECT count(*) FROM sales")));
        // Negative stock opened an exception per sale instead of refusing it.
        QVERIFY(count(QStringLiteral("acme"),
                    QStringLiteral("SELECT count(*) FROM exceptions WHERE kind = 'negative_stock'"))
            >= 3);
    }

    void schemaOneAndTwoAreBothUnderstood()
    {
        const Device device = enroll(QStringLiteral("acme"), m_acme);
        CurlTransport transport(m_server->url(), HttpClient::Options { m_server->caFile(), 5000, 15000, nullptr });
        TransportSession session(transport, device.id, device.secret);
        const QString wh = device.branchId + QStringLiteral("-wh-A");
        const QString v1 = IdGenerator::instance().nextString();
        const QString v2 = IdGenerator::instance().nextString();
        const QString v2Bare = IdGenerator::instance().nextString();
        const QString v3 = IdGenerator::instance().nextString();
        // Schema 2 without the tax code it must carry, and a schema this server does not know: quarantined.
        QJsonObject bare = saleV2(v2Bare, device.branchId, wh);
        QJsonArray bareLines = bare.value(QStringLiteral("lines")).toArray();
        QJsonObject bareLine = bareLines.at(0).toObject();
        bareLine.remove(QStringLiteral("tax_code"));
        bareLines.replace(0, bareLine);
        bare.insert(QStringLiteral("lines"), bareLines);
        const QJsonObject answer = push(session, device,
            { mutation(1, sale(v1, device.branchId, wh)), mutation(2, saleV2(v2, device.branchId, wh), {}, 2),
                mutation(3, bare, {}, 2), mutation(4, saleV2(v3, device.branchId, wh), {}, 4) });
        QCOMPARE(answer.value(QStringLiteral("acked_seq")).toInteger(), 4);
        const QJsonArray results = answer.value(QStringLiteral("results")).toArray();
        const QStringList expected { QStringLiteral("applied"), QStringLiteral("applied"), QStringLiteral("quarantined"),
            QStringLiteral("quarantined") };
        for (int i = 0; i < expected.size(); ++i)
            QCOMPARE(results.at(i).toObject().value(QStringLiteral("status")).toString(), expected.at(i));
        QCOMPARE(count(QStringLiteral("acme"),
                     QStringLiteral("SELECT count(*) FROM sale_lines WHERE sale_id = ? AND tax_code = 'IVA16' AND "
                                    "sat_product_key = '25174400' AND sat_unit_key = 'H87' AND description <> ''"),
                     { v2 }),
            1);
        QCOMPARE(count(QStringLiteral("acme"),
                     QStringLiteral("SELECT count(*) FROM sale_lines WHERE sale_id = ? AND tax_code = '' AND "
                                    "sat_product_key = ''"),
                     { v1 }),
            1);
        QCOMPARE(count(QStringLiteral("acme"), QStringLiteral("SELECT count(*) FROM sales WHERE id IN (?, ?)"),
                     { v2Bare, v3 }),
            0);
    }

    void aSaleForAVehicleArrivesWithIt()
    {
        // Schema 5: a counter sale for one of the customer's vehicles (a fleet's truck) keeps the vehicle at head
        // office; a sale for no vehicle stores none.
        const Device device = enroll(QStringLiteral("acme"), m_acme);
        CurlTransport transport(m_server->url(), HttpClient::Options { m_server->caFile(), 5000, 15000, nullptr });
        TransportSession session(transport, device.id, device.secret);
        const QString wh = device.branchId + QStringLiteral("-wh-A");
        const auto v5 = [&](const QString &saleId, const QString &vehicleId) {
            QJsonObject payload = saleV2(saleId, device.branchId, wh);
            QJsonArray lines = payload.value(QStringLiteral("lines")).toArray();
            QJsonObject line = lines.at(0).toObject();
            line.insert(QStringLiteral("kind"), QStringLiteral("part"));
            lines.replace(0, line);
            payload.insert(QStringLiteral("lines"), lines);
            payload.insert(QStringLiteral("customer_id"), QStringLiteral("c-transportes"));
            if (!vehicleId.isEmpty())
                payload.insert(QStringLiteral("vehicle_id"), vehicleId);
            return payload;
        };
        const QString forTruck = IdGenerator::instance().nextString();
        const QString forNone = IdGenerator::instance().nextString();
        const QString truck = IdGenerator::instance().nextString();
        const QJsonObject answer = push(session, device,
            { mutation(1, v5(forTruck, truck), {}, 5), mutation(2, v5(forNone, QString()), {}, 5) });
        QCOMPARE(answer.value(QStringLiteral("acked_seq")).toInteger(), 2);
        for (const QJsonValue &result : answer.value(QStringLiteral("results")).toArray())
            QCOMPARE(result.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
        QCOMPARE(count(QStringLiteral("acme"), QStringLiteral("SELECT count(*) FROM sales WHERE id = ? AND vehicle_id = ?"),
                     { forTruck, truck }),
            1);
        QCOMPARE(count(QStringLiteral("acme"),
                     QStringLiteral("SELECT count(*) FROM sales WHERE id = ? AND vehicle_id IS NULL"), { forNone }),
            1);
    }

    void wrongBranchIsQuarantined()
    {
        const Device device = enroll(QStringLiteral("acme"), m_acme);
        CurlTransport transport(m_server->url(), HttpClient::Options { m_server->caFile(), 5000, 15000, nullptr });
        TransportSession session(transport, device.id, device.secret);
        const QString gdl = m_acme.branchId(QStringLiteral("GDL"));
        const QString saleId = IdGenerator::instance().nextString();
        const QJsonObject answer = push(session, device,
            { mutation(1, sale(saleId, gdl, gdl + QStringLiteral("-wh-A"))),
                mutation(
                    2, sale(IdGenerator::instance().nextString(), device.branchId, gdl + QStringLiteral("-wh-A"))) });
        QCOMPARE(answer.value(QStringLiteral("acked_seq")).toInteger(), 2); // quarantined counts as processed
        const QJsonArray results = answer.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("quarantined"));
        QCOMPARE(results.at(1).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("quarantined"));
        QCOMPARE(
            count(QStringLiteral("acme"), QStringLiteral("SELECT count(*) FROM sales WHERE id = ?"), { saleId }), 0);
        QCOMPARE(count(QStringLiteral("acme"), QStringLiteral("SELECT count(*) FROM quarantine WHERE device_id = ?"),
                     { device.id }),
            2);
    }

    void anotherTenantsDeviceCannotPushIntoThisTenant()
    {
        const Device intruder = enroll(QStringLiteral("other"), m_other);
        QVERIFY(!intruder.id.isEmpty());
        CurlTransport transport(m_server->url(), HttpClient::Options { m_server->caFile(), 5000, 15000, nullptr });
        TransportSession session(transport, intruder.id, intruder.secret);
        const QString acmeMty = m_acme.branchId(QStringLiteral("MTY"));
        const QString saleId = IdGenerator::instance().nextString();
        // It names acme's branch and warehouse: its token scopes it to "other", where that branch does not exist.
        const QJsonObject answer
            = push(session, intruder, { mutation(1, sale(saleId, acmeMty, acmeMty + QStringLiteral("-wh-A"))) });
        QCOMPARE(answer.value(QStringLiteral("results"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
            QStringLiteral("quarantined"));
        QCOMPARE(
            count(QStringLiteral("acme"), QStringLiteral("SELECT count(*) FROM sales WHERE id = ?"), { saleId }), 0);
        QCOMPARE(
            count(QStringLiteral("other"), QStringLiteral("SELECT count(*) FROM sales WHERE id = ?"), { saleId }), 0);
        QCOMPARE(count(QStringLiteral("other"), QStringLiteral("SELECT count(*) FROM quarantine WHERE device_id = ?"),
                     { intruder.id }),
            1);
        // And it cannot pretend to be an acme device: device_id must be the token's.
        const Device acmeDevice = enroll(QStringLiteral("acme"), m_acme);
        int status = 0;
        (void)push(session, acmeDevice, {}, &status);
        QCOMPARE(status, 403);
    }
};

QTEST_GUILESS_MAIN(TestPush)
#include "testpush.moc"
