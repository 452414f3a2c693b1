// Till facts through the real push ingest: a counter's own outbox (till opened, a sale, cash in/out, the close) is
// applied to tenant.db once, replays change nothing, a close beyond the tolerance opens one "cash_difference"
// exception, and movements or closes of another branch's till are quarantined.
#include "tempdir.h"
#include "tenantfixture.h"
#include "why.h"

#include "cash/cashmovementservice.h"
#include "cash/tillcloseservice.h"
#include "common/clock.h"
#include "common/idgenerator.h"
#include "protocol/pushmessages.h"
#include "sales/cashsessionservice.h"
#include "sales/checkoutservice.h"
#include "server/ingestservice.h"
#include "store/localstore.h"
#include "store/outbox.h"
#include "store/schemadatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace nexus;
using namespace nexus::test;

class TestTill final : public QObject
{
    Q_OBJECT

private:
    TempDir m_dir;
    TenantFixture m_fixture = TenantFixture::standard(QStringLiteral("acme"));
    std::unique_ptr<Database> m_tenant;
    std::unique_ptr<IngestService> m_ingest;
    std::unique_ptr<LocalStore> m_counter;
    DeviceContext m_device;
    int m_round = 0;

    QString branch() const { return m_fixture.branchId(QStringLiteral("MTY")); }
    QString cashier() const { return m_fixture.userId(QStringLiteral("acme-mty-cajero")); }

    qint64 serverCount(const QString &sql, const QVariantList &values = {})
    {
        Result<QVariant> value = m_tenant->scalar(sql, values);
        return value && value->isValid() ? value->toLongLong() : -1;
    }

    // Everything the counter has not pushed yet, as the sync engine sends it.
    wire::PushRequest pendingBatch()
    {
        wire::PushRequest request;
        request.deviceId = m_device.deviceId;
        request.epoch = 1;
        Result<QList<OutboxEntry>> entries = Outbox(m_counter->db()).pending(100);
        if (entries)
            for (const OutboxEntry &entry : *entries)
                request.mutations.append(wire::PushMutation {
                    entry.mutationId, entry.seq, entry.schemaVersion, entry.type, entry.payload, {}, {} });
        return request;
    }

    // Pushes the batch and marks it acked at the counter; returns the status of each mutation by type.
    QMultiMap<QString, QString> push(const wire::PushRequest &request)
    {
        Result<wire::PushResponse> response = m_ingest->push(m_device, request);
        QMultiMap<QString, QString> statuses;
        if (!response) {
            qWarning("push failed: %s", qPrintable(response.error().logMessage()));
            return statuses;
        }
        for (const wire::PushResult &result : response->results)
            for (const wire::PushMutation &mutation : request.mutations)
                if (mutation.mutationId == result.mutationId)
                    statuses.insert(mutation.type,
                        result.status + (result.detail.isEmpty() ? QString() : QStringLiteral(": ") + result.detail));
        (void)Outbox(m_counter->db()).markAcked(response->ackedSeq, QStringLiteral("2026-11-25T20:00:00.000Z"));
        return statuses;
    }

    QString openTill(qint64 floatCents)
    {
        Result<CashSession> opened = CashSessionService(m_counter->db(), Clock::system(), m_device.deviceId, branch())
                                         .open(cashier(), Money(floatCents));
        return opened ? opened->id : QString();
    }

    bool sellForCash(qint64 cents)
    {
        Cart cart;
        const CartItem item { 7, QStringLiteral("BAL-1"), QStringLiteral("Balata"), branch() + QStringLiteral("-wh-A"),
            Money(cents), Money(cents), Money(cents / 2), TaxRate::iva16(), 1, QStringLiteral("25174400"),
            QStringLiteral("H87") };
        if (!cart.add(item, Quantity::units(1)))
            return false;
        const CheckoutContext context { m_device.deviceId, branch(), QStringLiteral("MTY1"), cashier(), Role::Cashier,
            false };
        Result<SaleReceipt> sold = CheckoutService(m_counter->db(), Clock::system())
                                       .checkout(cart, { Tender { TenderMethod::Cash, Money(cents), 0, {} } }, context);
        return sold.has_value();
    }

    Result<TillClose> close(const QString &session, std::vector<DenominationCount> pieces)
    {
        return TillCloseService(m_counter->db(), Clock::system(), m_device.deviceId, branch())
            .close({ session, cashier(), Role::Cashier, std::move(pieces), {}, QStringLiteral("cierre") });
    }

    // A hand-made mutation for the refusal cases.
    wire::PushMutation fact(const QString &type, const QJsonObject &payload)
    {
        return wire::PushMutation { IdGenerator::instance().nextString(), 0, 1, type, payload, {}, {} };
    }

private Q_SLOTS:
    void init()
    {
        ++m_round;
        auto tenant = openWithSchema(m_dir.file(QStringLiteral("tenant-%1.db").arg(m_round)), Durability::Full,
            QStringLiteral("server/tenant"), QStringLiteral("tenant-%1").arg(m_round));
        QVERIFY2(tenant.has_value(), why(tenant).constData());
        m_tenant = std::move(*tenant);
        QVERIFY(m_fixture.writeInto(*m_tenant));
        m_ingest = std::make_unique<IngestService>(*m_tenant, Clock::system());
        auto counter = LocalStore::open(
            m_dir.file(QStringLiteral("nexus-%1.db").arg(m_round)), QStringLiteral("counter-%1").arg(m_round));
        QVERIFY2(counter.has_value(), why(counter).constData());
        m_counter = std::move(*counter);
        m_device = DeviceContext { QStringLiteral("t-acme"), QStringLiteral("acme"), branch(),
            QStringLiteral("dev-mty-%1").arg(m_round), 1 };
    }

    void cleanup()
    {
        m_ingest.reset();
        m_tenant.reset();
        m_counter.reset();
    }

    void counterDayReachesTheServerOnce()
    {
        const QString session = openTill(50000);
        QVERIFY(!session.isEmpty());
        QVERIFY(sellForCash(11600));
        CashMovementService moves(m_counter->db(), Clock::system(), m_device.deviceId, branch());
        Result<CashMovement> in = moves.record(
            { CashMovementKind::In, Money(20000), QStringLiteral("cambio"), cashier(), Role::Cashier, {} });
        QVERIFY2(in.has_value(), why(in).constData());
        Result<CashMovement> out = moves.record({ CashMovementKind::Out, Money(30000), QStringLiteral("depósito"),
            cashier(), Role::Cashier, m_fixture.userId(QStringLiteral("acme-mty-gerente")) });
        QVERIFY(!out.has_value()); // the manager is not in this counter's users table: refused at the counter
        out = moves.record(
            { CashMovementKind::Out, Money(30000), QStringLiteral("depósito"), cashier(), Role::Manager, {} });
        QVERIFY2(out.has_value(), why(out).constData());
        // Expected 500 + 116 + 200 − 300 = 516; counted 500 + 10 = 510: $6 short, inside the $20 tolerance.
        Result<TillClose> closed = close(session, { { 50000, 1 }, { 1000, 1 } });
        QVERIFY2(closed.has_value(), why(closed).constData());
        QVERIFY(!closed->flagged());

        const wire::PushRequest batch = pendingBatch();
        QCOMPARE(batch.mutations.size(), 5);
        const QMultiMap<QString, QString> statuses = push(batch);
        QCOMPARE(statuses.values(QStringLiteral("cash.moved")),
            (QStringList { QStringLiteral("applied"), QStringLiteral("applied") }));
        QCOMPARE(statuses.value(QStringLiteral("cash_session.closed")), QStringLiteral("applied"));

        QCOMPARE(
            serverCount(QStringLiteral("SELECT count(*) FROM cash_movements WHERE cash_session_id = ?"), { session }),
            2);
        QCOMPARE(
            serverCount(QStringLiteral("SELECT amount_cents FROM cash_movements WHERE id = ?"), { out->id }), 30000);
        QCOMPARE(m_tenant
                     ->scalar(QStringLiteral("SELECT kind || '|' || reason || '|' || device_id || '|' || branch_id "
                                             "FROM cash_movements WHERE id = ?"),
                         { out->id })
                     ->toString(),
            QStringLiteral("out|depósito|%1|%2").arg(m_device.deviceId, branch()));
        QCOMPARE(serverCount(QStringLiteral("SELECT z_number FROM cash_sessions WHERE id = ?"), { session }), 1);
        QCOMPARE(serverCount(QStringLiteral("SELECT counted_cash_cents FROM cash_sessions WHERE id = ?"), { session }),
            51000);
        QCOMPARE(serverCount(QStringLiteral("SELECT expected_cents FROM cash_session_tenders WHERE cash_session_id = ? "
                                            "AND method = 'cash'"),
                     { session }),
            51600);
        QCOMPARE(serverCount(QStringLiteral("SELECT SUM(denomination_cents * pieces) FROM cash_session_denominations "
                                            "WHERE cash_session_id = ?"),
                     { session }),
            51000);
        const QJsonObject summary = QJsonDocument::fromJson(
            m_tenant->scalar(QStringLiteral("SELECT close_summary FROM cash_sessions WHERE id = ?"), { session })
                ->toString()
                .toUtf8())
                                        .object();
        QCOMPARE(summary.value(QStringLiteral("sales_count")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("cash_out_cents")).toInteger(), 30000);
        QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM exceptions WHERE kind = 'cash_difference'")), 0);

        // The same batch again (the ack was lost): replayed, nothing doubled.
        const QMultiMap<QString, QString> again = push(batch);
        // (the detail of a replay is the original status)
        QCOMPARE(again.value(QStringLiteral("cash_session.closed")), QStringLiteral("replayed: applied"));
        QCOMPARE(again.values(QStringLiteral("cash.moved")),
            (QStringList { QStringLiteral("replayed: applied"), QStringLiteral("replayed: applied") }));
        QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM cash_movements")), 2);
        QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM cash_session_tenders")), 1);
        QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM quarantine")), 0);
    }

    void differenceBeyondToleranceOpensAnException()
    {
        const QString session = openTill(50000);
        QVERIFY(sellForCash(23200));
        // Expected 732; counted 500 + 200 = 700: $32 short, beyond the $20 tolerance. The close still goes through.
        Result<TillClose> closed = close(session, { { 50000, 1 }, { 20000, 1 } });
        QVERIFY2(closed.has_value(), why(closed).constData());
        QVERIFY(closed->flagged());
        const wire::PushRequest batch = pendingBatch();
        QCOMPARE(push(batch).value(QStringLiteral("cash_session.closed")), QStringLiteral("applied"));
        QCOMPARE(
            serverCount(QStringLiteral("SELECT count(*) FROM exceptions WHERE kind = 'cash_difference' AND ref = ?"),
                { session }),
            1);
        const QJsonObject details = QJsonDocument::fromJson(
            m_tenant->scalar(QStringLiteral("SELECT details FROM exceptions WHERE kind = 'cash_difference'"))
                ->toString()
                .toUtf8())
                                        .object();
        QCOMPARE(details.value(QStringLiteral("z_number")).toInt(), 1);
        const QJsonArray tenders = details.value(QStringLiteral("tenders")).toArray();
        QCOMPARE(tenders.size(), 1);
        QCOMPARE(tenders.at(0).toObject().value(QStringLiteral("method")).toString(), QStringLiteral("cash"));
        QCOMPARE(tenders.at(0).toObject().value(QStringLiteral("difference_cents")).toInteger(), -3200);
        QCOMPARE(tenders.at(0).toObject().value(QStringLiteral("tolerance_cents")).toInteger(), 2000);
        // A replay opens no second exception.
        (void)push(batch);
        QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM exceptions WHERE kind = 'cash_difference'")), 1);

        // The next till of the device: Z 2 on the server too.
        const QString next = openTill(0);
        QVERIFY(!(close(next, {})->flagged()));
        QCOMPARE(push(pendingBatch()).value(QStringLiteral("cash_session.closed")), QStringLiteral("applied"));
        QCOMPARE(serverCount(QStringLiteral("SELECT z_number FROM cash_sessions WHERE id = ?"), { next }), 2);
        QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM exceptions WHERE kind = 'cash_difference'")), 1);
    }

    void anotherBranchsTillIsQuarantined()
    {
        const QString own = openTill(10000);
        QVERIFY(!own.isEmpty());
        QCOMPARE(push(pendingBatch()).value(QStringLiteral("cash_session.opened")), QStringLiteral("applied"));
        // A GDL till the server knows (another device of the tenant).
        const QString gdlTill = IdGenerator::instance().nextString();
        QVERIFY(
            m_tenant->exec(QStringLiteral("INSERT INTO cash_sessions(id, branch_id, device_id, opened_by, opened_at, "
                                          "opening_float_cents) VALUES (?, ?, 'dev-gdl', 'u', '2026-11-25', 0)"),
                { gdlTill, m_fixture.branchId(QStringLiteral("GDL")) }));
        const auto movement = [&](const QString &session, const QString &branchId) {
            return QJsonObject { { QStringLiteral("id"), IdGenerator::instance().nextString() },
                { QStringLiteral("cash_session_id"), session }, { QStringLiteral("branch_id"), branchId },
                { QStringLiteral("kind"), QStringLiteral("out") }, { QStringLiteral("amount_cents"), 100 },
                { QStringLiteral("reason"), QStringLiteral("x") }, { QStringLiteral("user_id"), QStringLiteral("u") },
                { QStringLiteral("authorized_by"), QJsonValue::Null },
                { QStringLiteral("at"), QStringLiteral("2026-11-25T20:00:00.000Z") } };
        };
        const auto closeOf = [&](const QString &session, const QString &branchId) {
            return QJsonObject { { QStringLiteral("id"), session }, { QStringLiteral("branch_id"), branchId },
                { QStringLiteral("closed_by"), QStringLiteral("u") },
                { QStringLiteral("closed_at"), QStringLiteral("2026-11-25T20:00:00.000Z") },
                { QStringLiteral("z_number"), 1 }, { QStringLiteral("counted_cash_cents"), 0 },
                { QStringLiteral("tenders"),
                    QJsonArray { QJsonObject { { QStringLiteral("method"), QStringLiteral("cash") },
                        { QStringLiteral("expected_cents"), 999999 }, { QStringLiteral("counted_cents"), 0 } } } },
                { QStringLiteral("denominations"), QJsonArray {} } };
        };
        wire::PushRequest request;
        request.deviceId = m_device.deviceId;
        qint64 seq = 2; // the opening was seq 1
        for (const wire::PushMutation &mutation : {
                 fact(QStringLiteral("cash.moved"), movement(own, m_fixture.branchId(QStringLiteral("GDL")))),
                 fact(QStringLiteral("cash.moved"), movement(gdlTill, branch())),
                 fact(QStringLiteral("cash.moved"), movement(QStringLiteral("no-such-till"), branch())),
                 fact(QStringLiteral("cash_session.closed"), closeOf(gdlTill, branch())),
                 fact(QStringLiteral("cash_session.closed"), closeOf(own, m_fixture.branchId(QStringLiteral("GDL")))),
             }) {
            wire::PushMutation numbered = mutation;
            numbered.seq = seq++;
            request.mutations.append(numbered);
        }
        Result<wire::PushResponse> response = m_ingest->push(m_device, request);
        QVERIFY2(response.has_value(), why(response).constData());
        QCOMPARE(response->results.size(), 5);
        for (const wire::PushResult &result : response->results)
            QVERIFY2(result.status == QLatin1String("quarantined"),
                qPrintable(result.status + QLatin1Char(' ') + result.detail));
        QCOMPARE(response->ackedSeq, 6); // quarantined facts count as processed: the queue is not blocked
        QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM quarantine")), 5);
        QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM cash_movements")), 0);
        QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM cash_sessions WHERE closed_at IS NOT NULL")), 0);
        QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM cash_session_tenders")), 0);
        QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM exceptions WHERE kind = 'cash_difference'")), 0);
    }
};

QTEST_GUILESS_MAIN(TestTill)
#include "testtill.moc"
