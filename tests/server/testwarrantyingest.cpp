// warranty_claim.* and rma.* against the real nexus-server over HTTPS: a counter's real claims (WarrantyClaimService,
// RmaService on its own nexus.db) resolved by every path — replace (stock out of the shelf, the defective piece into
// the defective location), refund of a part (the return path: sale.returned) and of labor (cash.moved), reject,
// close — and an RMA credited, pushed from its outbox in one batch: every fact applied, the tenant's claims, RMA and
// stock equal to the counter's; a replay changes nothing; a fact of another branch is quarantined. Runs on the
// SQLite files and, as server_testwarrantyingest_postgresql, on PostgreSQL.
#include "enrolleddevice.h"
#include "serverbackend.h"
#include "serverprocess.h"
#include "tempdir.h"
#include "tenantfixture.h"
#include "why.h"

#include "client/curltransport.h"
#include "client/transportsession.h"
#include "common/clock.h"
#include "common/idgenerator.h"
#include "inventory/stockledger.h"
#include "protocol/pushmessages.h"
#include "sales/cashsessionservice.h"
#include "sales/checkoutservice.h"
#include "store/localstore.h"
#include "store/outbox.h"
#include "warranty/rmaservice.h"
#include "warranty/warrantyclaimservice.h"
#include "warranty/warrantypayload.h"
#include "warranty/warrantypolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace nexus;
using namespace nexus::test;

class TestWarrantyIngest final : public QObject
{
    Q_OBJECT

private:
    TempDir m_root;
    std::unique_ptr<ServerBackend> m_backend;
    std::unique_ptr<ServerProcess> m_server;
    TenantFixture m_acme = TenantFixture::standard(QStringLiteral("acme"));

    QString shelf() const { return m_acme.branchId(QStringLiteral("MTY")) + QStringLiteral("-wh-A"); }
    QString defective() const { return shelf() + QStringLiteral(":defective"); }

    qint64 count(const QString &sql, const QVariantList &values = {})
    {
        auto db = m_backend->openTenant(QStringLiteral("acme"), QStringLiteral("check"));
        if (!db)
            return -1;
        Result<QVariant> value = (*db)->scalar(sql, values);
        return value && value->isValid() ? value->toLongLong() : -1;
    }

    static wire::PushRequest outbox(Database &db, const QString &deviceId)
    {
        wire::PushRequest request { deviceId, 1, {} };
        Result<QList<OutboxEntry>> pending = Outbox(db).pending(500);
        if (pending)
            for (const OutboxEntry &entry : *pending)
                request.mutations.append(wire::PushMutation {
                    entry.mutationId, entry.seq, entry.schemaVersion, entry.type, entry.payload, {}, {} });
        return request;
    }

    static Result<wire::PushResponse> push(TransportSession &session, const wire::PushRequest &request)
    {
        Result<HttpResponse> reply = session.post(
            QString(wire::kPushPath), QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact));
        if (!reply)
            return std::unexpected(reply.error());
        if (reply->status != 200)
            return fail(ErrorCode::Protocol, NX_ERR("HTTP %1"), { QString::number(reply->status) });
        return wire::PushResponse::fromJson(QJsonDocument::fromJson(reply->body).object());
    }

    static QStringList statuses(const wire::PushResponse &response)
    {
        QStringList list;
        for (const wire::PushResult &result : response.results)
            list << result.status + (result.detail.isEmpty() ? QString() : QStringLiteral(" ") + result.detail);
        return list;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        m_backend = std::make_unique<ServerBackend>(m_root.file(QStringLiteral("server")));
        const Status started = m_backend->start();
        NEXUS_REQUIRE_POSTGRES(started);
        const AdminRun created
            = runAdmin(QStringList { QStringLiteral("tenant"), QStringLiteral("create") } + m_backend->adminArgs()
                + QStringList { QStringLiteral("--slug"), QStringLiteral("acme"), QStringLiteral("--name"),
                    QStringLiteral("Acme") });
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        auto db = m_backend->openTenant(QStringLiteral("acme"), QStringLiteral("fixture"));
        QVERIFY(db);
        QVERIFY(m_acme.writeInto(**db));
        m_server = m_backend->server();
        QVERIFY2(m_server->start(), qPrintable(m_server->log()));
    }

    void cleanupTestCase()
    {
        if (m_server)
            QCOMPARE(m_server->stop(), 0);
    }

    void everyClaimPathArrivesWithItsStock()
    {
        const EnrolledDevice device = enrollDevice(*m_backend, *m_server, QStringLiteral("acme"), m_acme);
        QVERIFY(!device.id.isEmpty());
        Result<std::unique_ptr<LocalStore>> opened = LocalStore::open(m_root.file(QStringLiteral("counter.db")));
        QVERIFY(opened.has_value());
        Database &db = (*opened)->db();
        const QString manager = QStringLiteral("u-gerente");
        QVERIFY(CashSessionService(db, Clock::system(), device.id, device.branchId).open(manager, Money(100000)));
        {
            Transaction receipt(db);
            QVERIFY(receipt.begin().has_value());
            QVERIFY(StockLedger(db).post({ { QStringLiteral("rcv-7"), 7, shelf(), QStringLiteral("receipt"),
                Quantity::units(10), QStringLiteral("purchase_order"), QStringLiteral("po"), manager,
                QStringLiteral("2026-01-01T00:00:00.000Z") } }));
            QVERIFY(receipt.commit().has_value());
        }
        // 3 balatas and the labor; the part line gets a 6-month warranty on the ticket (no catalogue here).
        Cart cart;
        QVERIFY(cart.add(CartItem { 7, QStringLiteral("BAL-7"), QStringLiteral("Balata delantera"), shelf(),
                             Money(85000), Money(85000), Money(40000), TaxRate::iva16(), 1, QStringLiteral("25171713"),
                             QStringLiteral("SET") },
            Quantity::units(3)));
        CartItem labor { 0, QStringLiteral(""), QStringLiteral("Cambio de balatas"), QString(), Money(50000),
            Money(50000), Money(0), TaxRate::iva16(), 1, QStringLiteral("78181500"), QStringLiteral("E48") };
        labor.service = true;
        QVERIFY(cart.add(labor, Quantity::units(1)));
        Result<SaleReceipt> sale = CheckoutService(db, Clock::system())
                                       .checkout(cart, { Tender { TenderMethod::Cash, Money(400000), 0, {} } },
                                           CheckoutContext { device.id, device.branchId, QStringLiteral("MTY1"),
                                               manager, Role::Manager, false });
        QVERIFY2(sale.has_value(), why(sale).constData());
        QVERIFY(WarrantyPolicyStore(db).overrideLine(
            sale->saleId, 1, 180, QStringLiteral("Garantía del fabricante"), manager, QStringLiteral("2026-01-01")));

        const WarrantyActor actor { device.id, device.branchId, QStringLiteral("MTY1"), manager,
            QStringLiteral("Gloria"), Role::Manager, {} };
        WarrantyClaimService claims(db, Clock::system(), {}, m_root.file(QStringLiteral("evidencia")));
        const auto open = [&](int line) {
            return claims.open({ sale->saleId, line, Quantity::units(1), QStringLiteral("Rechinan"), true, {} }, actor);
        };
        Result<WarrantyClaim> replaced = open(1);
        QVERIFY2(replaced.has_value(), why(replaced).constData());
        QVERIFY(claims.resolve(replaced->id, { ClaimResolution::Replace, {}, {}, RefundMethod::Cash, {} }, actor));
        QVERIFY(claims.close(replaced->id, actor));
        Result<WarrantyClaim> refunded = open(1);
        QVERIFY(refunded.has_value());
        Result<WarrantyClaim> refund
            = claims.resolve(refunded->id, { ClaimResolution::Refund, {}, {}, RefundMethod::Cash, {} }, actor);
        QVERIFY2(refund.has_value(), why(refund).constData());
        Result<WarrantyClaim> laborClaim = open(2);
        QVERIFY2(laborClaim.has_value(), why(laborClaim).constData());
        QVERIFY(claims.resolve(laborClaim->id, { ClaimResolution::Refund, {}, {}, RefundMethod::Cash, {} }, actor));
        Result<WarrantyClaim> rejected = open(1);
        QVERIFY(rejected.has_value());
        QVERIFY(claims.resolve(rejected->id,
            { ClaimResolution::Reject, QStringLiteral("Desgaste por uso"), {}, RefundMethod::Cash, {} }, actor));
        RmaService rmas(db, Clock::system());
        Result<Rma> rma = rmas.send({ replaced->id, {}, QStringLiteral("Frenos del Norte"), QStringLiteral("RMA-1"), {} },
            actor);
        QVERIFY2(rma.has_value(), why(rma).constData());
        QVERIFY(rmas.settle(rma->id, RmaStatus::Credited, Money(40000), {}, actor));

        CurlTransport transport(m_server->url(), HttpClient::Options { m_server->caFile(), 5000, 15000, nullptr });
        TransportSession session(transport, device.id, device.secret);
        const wire::PushRequest batch = outbox(db, device.id);
        QVERIFY(batch.mutations.size() >= 12);
        Result<wire::PushResponse> answer = push(session, batch);
        QVERIFY2(answer.has_value(), why(answer).constData());
        QCOMPARE(answer->ackedSeq, batch.mutations.last().seq);
        for (const QString &status : statuses(*answer))
            QVERIFY2(status == QStringLiteral("applied"), qPrintable(status));

        // The tenant holds what the counter holds.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM warranty_claims WHERE branch_id = ?"), { device.branchId }),
            4);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM warranty_claims WHERE id = ? AND status = 'closed' AND "
                                      "resolution = 'replace'"),
                     { replaced->id }),
            1);
        QCOMPARE(count(QStringLiteral("SELECT refund_cents FROM warranty_claims WHERE id = ? AND return_id = ?"),
                     { refunded->id, refund->returnId }),
            85000);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM warranty_claims WHERE resolution = 'reject' AND "
                                      "resolution_note = 'Desgaste por uso'")),
            1);
        QCOMPARE(count(QStringLiteral("SELECT credit_cents FROM rmas WHERE id = ? AND status = 'credited'"),
                     { rma->id }),
            40000);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM warranty_events")), 11); // 4 opened, 4 resolved, 1 closed, 2 RMA
        // Stock: 10 received locally only, so the server sees the movements: −3 sold, −1 replacement.
        QCOMPARE(count(QStringLiteral("SELECT quantity FROM stock_levels WHERE part_id = 7 AND warehouse_id = ?"),
                     { shelf() }),
            -4000);
        // Defective location: +1 replaced, +1 refunded (sale.returned), −1 gone back to the supplier.
        QCOMPARE(count(QStringLiteral("SELECT quantity FROM stock_levels WHERE part_id = 7 AND warehouse_id = ?"),
                     { defective() }),
            1000);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM warehouses WHERE id = ?"), { defective() }), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM stock_movements WHERE ref_type IN ('warranty_claim', "
                                      "'rma')")),
            3);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM cash_movements WHERE amount_cents = 50000")), 1);

        // A replay of the whole batch changes nothing.
        Result<wire::PushResponse> again = push(session, batch);
        QVERIFY(again.has_value());
        for (const QString &status : statuses(*again))
            QVERIFY2(status.startsWith(QStringLiteral("replayed")), qPrintable(status));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM stock_movements WHERE ref_type IN ('warranty_claim', "
                                      "'rma')")),
            3);

        // The same close under another branch: quarantined, nothing changes.
        wire::PushMutation foreign = batch.mutations.at(0);
        for (const wire::PushMutation &m : batch.mutations)
            if (m.type == QLatin1String(warrantymutation::kClaimClosed))
                foreign = m;
        foreign.mutationId = IdGenerator::instance().nextString();
        foreign.seq = batch.mutations.last().seq + 1;
        foreign.payload.insert(QStringLiteral("branch_id"), m_acme.branchId(QStringLiteral("GDL")));
        foreign.payload.insert(QStringLiteral("event_id"), IdGenerator::instance().nextString());
        Result<wire::PushResponse> refused = push(session, wire::PushRequest { device.id, 1, { foreign } });
        QVERIFY(refused.has_value());
        QCOMPARE(refused->results.size(), 1);
        QCOMPARE(refused->results.first().status, QStringLiteral("quarantined"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM warranty_events")), 11); // 4 opened, 4 resolved, 1 closed, 2 RMA
    }
};

QTEST_GUILESS_MAIN(TestWarrantyIngest)
#include "testwarrantyingest.moc"
