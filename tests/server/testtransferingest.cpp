// Transfers through the real push ingest and the real change log: counters of three branches (real nexus.db files,
// TransferService) push their steps' outbox rows, pull the "transfers" bucket as ChangeLogReader pages it and merge
// it as the sync engine does. The server's stock equals its ledger and the in-transit view the shipped-but-not-arrived
// pieces; replays and the same step under another mutation id move nothing; a device posts steps for its own branch
// only and a tenant never reaches another's transfer; offline conflicts open exceptions and keep the stock right.
// Each test runs on an SQLite tenant file and on a PostgreSQL tenant schema (skipped where none exists, unless CI).
#include "ingestbackends.h"
#include "ingestchecks.h"
#include "tempdir.h"
#include "tenantfixture.h"
#include "why.h"

#include "client/transferreplica.h"
#include "common/clock.h"
#include "common/idgenerator.h"
#include "inventory/stockledger.h"
#include "inventory/transferpayload.h"
#include "inventory/transferservice.h"
#include "protocol/pullmessages.h"
#include "protocol/transferwire.h"
#include "server/ingestservice.h"
#include "store/localstore.h"
#include "store/outbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace nexus;
using namespace nexus::test;

namespace {

constexpr qint64 kBrake = 7;
constexpr qint64 kFilter = 9;

Quantity units(qint64 n)
{
    return Quantity::units(n);
}

QStringList statuses(const Result<wire::PushResponse> &response)
{
    return pushStatuses(response);
}

} // namespace

class TestTransferIngest final : public QObject
{
    Q_OBJECT

private:
    TempDir m_dir;
    TenantFixture m_acme = [] {
        TenantFixture fixture = TenantFixture::standard(QStringLiteral("acme"));
        fixture.branchCodes << QStringLiteral("CUU");
        return fixture;
    }();
    IngestBackends m_backends { m_dir };
    IngestTenant m_acmeTenant;
    Database *m_tenant = nullptr;
    std::unique_ptr<IngestService> m_ingest;
    std::unique_ptr<ChangeLogReader> m_log;
    int m_round = 0;

    // A counter of one branch: its nexus.db (warehouses, the tenant's branches), the device the server sees, and the
    // seq of the next mutation a test crafts by hand.
    struct Counter
    {
        std::unique_ptr<LocalStore> store;
        DeviceContext device;
        QString code;
        qint64 nextSeq = 1;

        [[nodiscard]] QString shelf() const { return device.branchId + QStringLiteral("-wh-A"); }
        [[nodiscard]] TransferService service()
        {
            return TransferService(store->db(), Clock::system(),
                TransferContext { device.deviceId, device.branchId, code + QStringLiteral("1") });
        }
        [[nodiscard]] TransferActor manager() const
        {
            return TransferActor { device.branchId + QStringLiteral("-gerente"), QStringLiteral("Gerente ") + code,
                Role::Manager };
        }
    };

    QString branch(const char *code) const { return m_acme.branchId(QString::fromLatin1(code)); }

    Counter counter(const QString &code)
    {
        Counter c;
        const int round = ++m_round;
        Result<std::unique_ptr<LocalStore>> store = LocalStore::open(
            m_dir.file(QStringLiteral("counter-%1.db").arg(round)), QStringLiteral("counter-%1").arg(round));
        if (!store)
            return c;
        c.store = std::move(*store);
        c.code = code;
        c.device = DeviceContext { QStringLiteral("t-acme"), QStringLiteral("acme"), m_acme.branchId(code),
            IdGenerator::instance().nextString(), 1 };
        Database &db = c.store->db();
        bool ok = true;
        for (const QString &other : m_acme.branchCodes) {
            ok = ok
                && db.exec(QStringLiteral("INSERT INTO remote_branches(id, code, name) VALUES (?, ?, ?)"),
                         { m_acme.branchId(other), other, QString(QStringLiteral("Sucursal ") + other) })
                       .has_value();
        }
        ok = ok
            && db.exec(QStringLiteral("INSERT INTO branches(id, code, name) VALUES (?, ?, ?)"),
                     { c.device.branchId, code, code })
                   .has_value();
        for (const QString &wh : { QStringLiteral("A"), QStringLiteral("B") })
            ok = ok
                && db.exec(QStringLiteral("INSERT INTO warehouses(id, branch_id, code, name) VALUES (?, ?, ?, ?)"),
                         { QString(c.device.branchId + QStringLiteral("-wh-") + wh), c.device.branchId, wh, wh })
                       .has_value();
        if (!ok)
            c.store.reset();
        return c;
    }

    // The counter's pending outbox as one push (then marked acked, as the engine would on success).
    Result<wire::PushResponse> push(Counter &c)
    {
        wire::PushRequest request { c.device.deviceId, 1, {} };
        Result<QList<OutboxEntry>> pending = Outbox(c.store->db()).pending(100);
        if (!pending)
            return std::unexpected(pending.error());
        for (const OutboxEntry &entry : *pending) {
            request.mutations.append(wire::PushMutation {
                entry.mutationId, entry.seq, entry.schemaVersion, entry.type, entry.payload, {}, {} });
            c.nextSeq = std::max(c.nextSeq, entry.seq + 1);
        }
        Result<wire::PushResponse> answer = m_ingest->push(c.device, request);
        if (answer)
            (void)Outbox(c.store->db()).markAcked(answer->ackedSeq, QStringLiteral("2026-01-15T10:00:00.000Z"));
        return answer;
    }

    // One mutation crafted by the test, as `device` sends it.
    Result<wire::PushResponse> pushOne(Counter &c, const QString &type, const QJsonObject &payload)
    {
        return m_ingest->push(c.device,
            wire::PushRequest { c.device.deviceId, 1,
                { wire::PushMutation {
                    IdGenerator::instance().nextString(), c.nextSeq++, 1, type, payload, {}, {} } } });
    }

    // The counter's pull of the transfers bucket, applied as PullClient does. Returns the rows it got.
    qint64 pull(Counter &c)
    {
        Result<wire::PullResponse> page
            = m_log->page(QString(wire::kBucketTransfers), { c.device.branchId }, QString(), 1000);
        if (!page)
            return -1;
        Transaction transaction(c.store->db());
        if (!transaction.begin())
            return -1;
        for (const wire::PullRow &row : page->rows)
            if (!applyTransferRow(c.store->db(), row.row, QStringLiteral("2026-01-15T10:05:00.000Z")))
                return -1;
        return transaction.commit() ? page->rows.size() : -1;
    }

    Transfer local(Counter &c, const QString &id)
    {
        Result<std::optional<Transfer>> found = TransferStore(c.store->db()).find(id);
        return found && *found ? **found : Transfer {};
    }

    Transfer atServer(const QString &id)
    {
        Result<std::optional<Transfer>> found = TransferStore(*m_tenant, TransferStore::Copy::Server).find(id);
        return found && *found ? **found : Transfer {};
    }

    qint64 count(const QString &sql, const QVariantList &values = {})
    {
        Result<QVariant> value = m_tenant->scalar(sql, values);
        return value && value->isValid() ? value->toLongLong() : -1;
    }

    qint64 stock(qint64 part, const QString &warehouse)
    {
        return count(QStringLiteral("SELECT quantity FROM stock_levels WHERE part_id = ? AND warehouse_id = ?"),
            { part, warehouse });
    }

    qint64 stockOffLedger() { return nexus::test::stockOffLedger(*m_tenant); }

    qint64 inTransit(const QString &transferId)
    {
        return count(QStringLiteral("SELECT CAST(coalesce(sum(quantity), 0) AS BIGINT) FROM transfer_in_transit "
                                    "WHERE transfer_id = ?"),
            { transferId });
    }

    // Opening stock at the server, as if received there before (a receipt movement and its balance).
    bool seed(qint64 part, const QString &warehouse, const QString &branchId, qint64 quantity)
    {
        return m_tenant
                   ->exec(QStringLiteral("INSERT INTO stock_movements(id, part_id, warehouse_id, branch_id, kind, "
                                         "quantity, ref_type, ref_id, device_id, user_id, at) VALUES (?, ?, ?, ?, "
                                         "'receipt', ?, 'purchase_order', 'po-1', 'seed', 'seed', '2026-01-10')"),
                       { QStringLiteral("seed-%1-%2").arg(part).arg(warehouse), part, warehouse, branchId, quantity })
                   .has_value()
            && m_tenant
                   ->exec(QStringLiteral("INSERT INTO stock_levels(part_id, warehouse_id, quantity) VALUES (?, ?, ?)"),
                       { part, warehouse, quantity })
                   .has_value();
    }

    // GDL requests 5 balatas and 2 filters from MTY, pushes, and MTY pulls it.
    Transfer requestAndRelay(Counter &gdl, Counter &mty)
    {
        Result<Transfer> asked = gdl.service().request(
            TransferRequest { branch("MTY"), gdl.shelf(), {},
                { { kBrake, QStringLiteral("BAL-7"), QStringLiteral("Balata"), units(5) },
                    { kFilter, QStringLiteral("FIL-9"), QStringLiteral("Filtro"), units(2) } } },
            gdl.manager());
        if (!asked || statuses(push(gdl)) != QStringList { QStringLiteral("applied") } || pull(mty) < 1)
            return {};
        return *asked;
    }

    TransferShipmentRequest shipAll(const Transfer &transfer, const Counter &mty)
    {
        TransferShipmentRequest request { transfer.id, {}, {}, {}, {} };
        for (const TransferLine &line : transfer.lines)
            request.lines.push_back({ line.lineNo, line.requested, mty.shelf() });
        return request;
    }

private Q_SLOTS:
    void initTestCase_data()
    {
        QTest::addColumn<bool>("postgres");
        QTest::newRow("sqlite") << false;
        QTest::newRow("postgresql") << true;
    }

    void initTestCase()
    {
        qputenv("NEXUS_SECRET_STORE", "file");
        const Status started = m_backends.startPostgres();
        NEXUS_WARN_WITHOUT_POSTGRES(started);
    }

    void init()
    {
        QFETCH_GLOBAL(bool, postgres);
        if (postgres && !m_backends.hasPostgres())
            QSKIP("no PostgreSQL server on this machine");
        Result<IngestTenant> tenant = m_backends.create(postgres, QStringLiteral("acme%1").arg(++m_round));
        QVERIFY2(tenant.has_value(), why(tenant).constData());
        m_acmeTenant = std::move(*tenant);
        Result<std::unique_ptr<ChangeLogReader>> log = m_backends.changeLog(m_acmeTenant);
        QVERIFY2(log.has_value(), why(log).constData());
        m_log = std::move(*log);
        m_tenant = &m_acmeTenant.db();
        QVERIFY(m_acme.writeInto(*m_tenant));
        m_ingest = std::make_unique<IngestService>(*m_tenant, Clock::system());
        QVERIFY(seed(kBrake, branch("MTY") + QStringLiteral("-wh-A"), branch("MTY"), 10000));
        QVERIFY(seed(kFilter, branch("MTY") + QStringLiteral("-wh-A"), branch("MTY"), 10000));
    }

    void cleanup()
    {
        m_log.reset();
        m_ingest.reset();
        m_tenant = nullptr;
        m_acmeTenant = {};
    }

    void requestShipReceiveThroughTheServer()
    {
        Counter mty = counter(QStringLiteral("MTY"));
        Counter gdl = counter(QStringLiteral("GDL"));
        Counter cuu = counter(QStringLiteral("CUU"));
        QVERIFY(mty.store && gdl.store && cuu.store);
        const Transfer asked = requestAndRelay(gdl, mty);
        QVERIFY(!asked.id.isEmpty());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM transfers WHERE id = ? AND state = 'requested' AND "
                                      "version = 1 AND requested_device = ?"),
                     { asked.id, gdl.device.deviceId }),
            1);
        QCOMPARE(local(mty, asked.id).state(), TransferState::Requested);
        QCOMPARE(local(mty, asked.id).serverState, QStringLiteral("requested"));
        QCOMPARE(local(mty, asked.id).lines.size(), size_t(2));
        // The bucket reaches the transfer's two branches only.
        QCOMPARE(pull(cuu), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM change_log WHERE bucket = 'transfers' AND key = ?"),
                     { asked.id }),
            2);

        // MTY ships 4 balatas and 2 filters.
        TransferShipmentRequest shipping = shipAll(asked, mty);
        shipping.lines[0].quantity = units(4);
        Result<Transfer> shipped = mty.service().ship(shipping, mty.manager());
        QVERIFY2(shipped.has_value(), why(shipped).constData());
        QCOMPARE(statuses(push(mty)), QStringList { QStringLiteral("applied") });
        QCOMPARE(stock(kBrake, mty.shelf()), 6000);
        QCOMPARE(stock(kFilter, mty.shelf()), 8000);
        QCOMPARE(inTransit(asked.id), 6000);
        QCOMPARE(atServer(asked.id).state(), TransferState::Shipped);
        QCOMPARE(atServer(asked.id).serverVersion, 2);
        QCOMPARE(pull(gdl), 1);
        QCOMPARE(local(gdl, asked.id).state(), TransferState::Shipped);
        QCOMPARE(local(gdl, asked.id).inTransit().thousandths(), 6000);

        // GDL receives 3 balatas and 1 filter, one filter arrived broken; later the last balata.
        Result<Transfer> first
            = gdl.service().receive(TransferReceiptRequest { asked.id,
                                        { { 1, units(3), {}, {}, gdl.shelf() },
                                            { 2, units(1), units(1), QStringLiteral("Llegó roto"), gdl.shelf() } },
                                        {} },
                gdl.manager());
        QVERIFY2(first.has_value(), why(first).constData());
        QCOMPARE(statuses(push(gdl)), QStringList { QStringLiteral("applied") });
        QCOMPARE(atServer(asked.id).state(), TransferState::PartiallyReceived);
        QCOMPARE(inTransit(asked.id), 1000);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM transfer_in_transit WHERE transfer_id = ? AND part_id = ? "
                                      "AND quantity = 1000 AND from_branch_id = ? AND to_branch_id = ?"),
                     { asked.id, kBrake, branch("MTY"), branch("GDL") }),
            1);
        QCOMPARE(stock(kBrake, gdl.shelf()), 3000);
        QCOMPARE(stock(kFilter, gdl.shelf()), 1000);
        Result<Transfer> second = gdl.service().receive(
            TransferReceiptRequest { asked.id, { { 1, units(1), {}, {}, gdl.shelf() } }, {} }, gdl.manager());
        QVERIFY2(second.has_value(), why(second).constData());
        QCOMPARE(statuses(push(gdl)), QStringList { QStringLiteral("applied") });
        QCOMPARE(atServer(asked.id).state(), TransferState::Closed);
        QCOMPARE(inTransit(asked.id), 0);
        QCOMPARE(count(QStringLiteral("SELECT shipped_qty - received_qty - shortage_qty FROM transfer_lines "
                                      "WHERE transfer_id = ? AND line_no = 2"),
                     { asked.id }),
            0);

        // Both branches end with the server's copy; nothing moved twice or got lost.
        QCOMPARE(pull(mty), 1);
        QCOMPARE(pull(gdl), 1);
        for (Counter *side : { &mty, &gdl }) {
            const Transfer t = local(*side, asked.id);
            QCOMPARE(t.state(), TransferState::Closed);
            QCOMPARE(t.serverState, QStringLiteral("closed"));
            QCOMPARE(t.serverVersion, 4);
            QCOMPARE(t.receipts.size(), size_t(2));
            QCOMPARE(t.shipments.size(), size_t(1));
        }
        QCOMPARE(stockOffLedger(), 0);
        QCOMPARE(stock(kBrake, mty.shelf()) + stock(kBrake, gdl.shelf()), 10000);
        QCOMPARE(stock(kFilter, mty.shelf()) + stock(kFilter, gdl.shelf()) + 1000 /* broken */, 10000);
        // The device's own ledger agrees with the server's for its warehouses.
        QCOMPARE(StockLedger(gdl.store->db()).balance(kBrake, gdl.shelf())->thousandths(), stock(kBrake, gdl.shelf()));
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM stock_movements WHERE ref_type = 'transfer' AND ref_id = ?"),
                { asked.id }),
            5);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM quarantine")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM exceptions")), 0);
    }

    void replaysAndRepeatedStepsMoveNothing()
    {
        Counter mty = counter(QStringLiteral("MTY"));
        Counter gdl = counter(QStringLiteral("GDL"));
        const Transfer asked = requestAndRelay(gdl, mty);
        QVERIFY(!asked.id.isEmpty());
        QVERIFY(mty.service().ship(shipAll(asked, mty), mty.manager()).has_value());
        Result<QList<OutboxEntry>> shipment = Outbox(mty.store->db()).pending(10);
        QVERIFY(shipment && shipment->size() == 1);
        const wire::PushRequest batch { mty.device.deviceId, 1,
            { wire::PushMutation { shipment->front().mutationId, shipment->front().seq, 1, shipment->front().type,
                shipment->front().payload, {}, {} } } };
        QCOMPARE(statuses(m_ingest->push(mty.device, batch)), QStringList { QStringLiteral("applied") });
        // The same batch again (the answer was lost): replayed.
        QCOMPARE(statuses(m_ingest->push(mty.device, batch)), QStringList { QStringLiteral("replayed") });
        // The same shipment under another mutation id (a restored outbox): applied as a duplicate, nothing moves.
        mty.nextSeq = shipment->front().seq + 1;
        QCOMPARE(statuses(pushOne(mty, QStringLiteral("transfer.shipped"), shipment->front().payload)),
            QStringList { QStringLiteral("applied") });
        QCOMPARE(stock(kBrake, mty.shelf()), 5000);
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM transfer_shipments WHERE transfer_id = ?"), { asked.id }), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM applied_mutations WHERE result LIKE '%duplicate%'")), 1);
        QCOMPARE(atServer(asked.id).serverVersion, 2);
        QCOMPARE(inTransit(asked.id), 7000);

        // The same for the request and a receipt.
        QVERIFY(pull(gdl) >= 1);
        QVERIFY(gdl.service()
                    .receive(TransferReceiptRequest { asked.id, { { 1, units(5), {}, {}, gdl.shelf() } }, {} },
                        gdl.manager())
                    .has_value());
        Result<QList<OutboxEntry>> gdlSteps = Outbox(gdl.store->db()).pending(10);
        QVERIFY(gdlSteps && gdlSteps->size() == 1);
        QCOMPARE(statuses(push(gdl)), QStringList { QStringLiteral("applied") });
        const QJsonObject receipt = gdlSteps->front().payload;
        QCOMPARE(statuses(pushOne(gdl, QStringLiteral("transfer.received"), receipt)),
            QStringList { QStringLiteral("applied") });
        const QJsonObject request = [&] {
            Result<QVariant> sent
                = m_tenant->scalar(QStringLiteral("SELECT document FROM transfers WHERE id = ?"), { asked.id });
            QJsonObject document = QJsonDocument::fromJson(sent->toString().toUtf8()).object();
            for (const char *key : { "shipments", "receipts", "cancellation", "state", "version", "updated_at" })
                document.remove(QLatin1String(key));
            return document;
        }();
        QCOMPARE(statuses(pushOne(gdl, QStringLiteral("transfer.requested"), request)),
            QStringList { QStringLiteral("applied") });
        QCOMPARE(stock(kBrake, gdl.shelf()), 5000);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM transfer_receipts")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM transfers")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM transfer_lines")), 2);
        QCOMPARE(stockOffLedger(), 0);
        // Another request under an existing id is not the same request: quarantined.
        QJsonObject changed = request;
        changed.insert(QStringLiteral("folio"), QStringLiteral("GDL1-T999999"));
        QCOMPARE(statuses(pushOne(gdl, QStringLiteral("transfer.requested"), changed)),
            QStringList { QStringLiteral("quarantined") });
    }

    void aDevicePostsStepsOfItsOwnBranchOnly()
    {
        Counter mty = counter(QStringLiteral("MTY"));
        Counter gdl = counter(QStringLiteral("GDL"));
        Counter cuu = counter(QStringLiteral("CUU"));
        const Transfer asked = requestAndRelay(gdl, mty);
        QVERIFY(!asked.id.isEmpty());
        QVERIFY(mty.service().ship(shipAll(asked, mty), mty.manager()).has_value());
        Result<QList<OutboxEntry>> steps = Outbox(mty.store->db()).pending(10);
        QVERIFY(steps && steps->size() == 1);
        const QJsonObject shipment = steps->front().payload;
        const qint64 movements = count(QStringLiteral("SELECT count(*) FROM stock_movements"));

        // GDL's device posts MTY's shipment: its branch field is MTY's.
        Result<wire::PushResponse> byGdl = pushOne(gdl, QStringLiteral("transfer.shipped"), shipment);
        QCOMPARE(statuses(byGdl), QStringList { QStringLiteral("quarantined") });
        QVERIFY(byGdl->results.front().detail.contains(QStringLiteral("payload.from_branch_id")));
        // ...or claims to be the sender: not the sender of this transfer.
        QJsonObject claimed = shipment;
        claimed.insert(QStringLiteral("from_branch_id"), branch("GDL"));
        Result<wire::PushResponse> asSender = pushOne(gdl, QStringLiteral("transfer.shipped"), claimed);
        QCOMPARE(statuses(asSender), QStringList { QStringLiteral("quarantined") });
        QVERIFY(asSender->results.front().detail.contains(QStringLiteral("Only the branch that sends")));
        // MTY ships from a GDL warehouse: quarantined.
        QJsonObject foreign = shipment;
        QJsonArray lines = foreign.value(QStringLiteral("lines")).toArray();
        QJsonObject line = lines.at(0).toObject();
        line.insert(QStringLiteral("warehouse_id"), gdl.shelf());
        lines.replace(0, line);
        foreign.insert(QStringLiteral("lines"), lines);
        mty.nextSeq = 10;
        Result<wire::PushResponse> fromForeign = pushOne(mty, QStringLiteral("transfer.shipped"), foreign);
        QCOMPARE(statuses(fromForeign), QStringList { QStringLiteral("quarantined") });
        QVERIFY(fromForeign->results.front().detail.contains(QStringLiteral("payload.lines[0].warehouse_id")));
        // MTY requests on GDL's behalf.
        Transfer forged = asked;
        forged.id = IdGenerator::instance().nextString();
        QCOMPARE(statuses(pushOne(mty, QStringLiteral("transfer.requested"), transferRequestPayload(forged))),
            QStringList { QStringLiteral("quarantined") });
        // CUU cancels a transfer between MTY and GDL.
        const QJsonObject cancel { { QStringLiteral("transfer_id"), asked.id },
            { QStringLiteral("branch_id"), branch("CUU") }, { QStringLiteral("cancelled_by"), QStringLiteral("u-cuu") },
            { QStringLiteral("cancelled_at"), QStringLiteral("2026-01-15T10:00:00.000Z") },
            { QStringLiteral("reason"), QStringLiteral("x") } };
        Result<wire::PushResponse> byCuu = pushOne(cuu, QStringLiteral("transfer.cancelled"), cancel);
        QCOMPARE(statuses(byCuu), QStringList { QStringLiteral("quarantined") });
        QVERIFY(byCuu->results.front().detail.contains(QStringLiteral("payload.transfer_id")));
        // GDL receives before anything shipped... from MTY's point of view: MTY may not receive at all.
        const QJsonObject receipt { { QStringLiteral("transfer_id"), asked.id },
            { QStringLiteral("to_branch_id"), branch("MTY") },
            { QStringLiteral("id"), IdGenerator::instance().nextString() },
            { QStringLiteral("received_by"), QStringLiteral("u") },
            { QStringLiteral("received_at"), QStringLiteral("2026-01-15") },
            { QStringLiteral("lines"),
                QJsonArray { QJsonObject { { QStringLiteral("line_no"), 1 }, { QStringLiteral("quantity"), 1000 },
                    { QStringLiteral("shortage"), 0 }, { QStringLiteral("warehouse_id"), mty.shelf() } } } } };
        QCOMPARE(statuses(pushOne(mty, QStringLiteral("transfer.received"), receipt)),
            QStringList { QStringLiteral("quarantined") });

        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM stock_movements")), movements);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM transfers")), 1);
        QCOMPARE(atServer(asked.id).state(), TransferState::Requested);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM quarantine")), 6);
        // The real shipment still goes through afterwards.
        QCOMPARE(statuses(m_ingest->push(mty.device,
                     wire::PushRequest { mty.device.deviceId, 1,
                         { wire::PushMutation { steps->front().mutationId, steps->front().seq, 1, steps->front().type,
                             shipment, {}, {} } } })),
            QStringList { QStringLiteral("applied") });
        QCOMPARE(atServer(asked.id).state(), TransferState::Shipped);
    }

    void anotherTenantNeverReachesTheTransfer()
    {
        QFETCH_GLOBAL(bool, postgres);
        Counter mty = counter(QStringLiteral("MTY"));
        Counter gdl = counter(QStringLiteral("GDL"));
        const Transfer asked = requestAndRelay(gdl, mty);
        QVERIFY(!asked.id.isEmpty());
        QVERIFY(mty.service().ship(shipAll(asked, mty), mty.manager()).has_value());
        Result<QList<OutboxEntry>> steps = Outbox(mty.store->db()).pending(10);
        QVERIFY(steps && steps->size() == 1);

        // Tenant "other" with the same branch codes: its MTY device posts acme's shipment to its own tenant.
        TenantFixture other = TenantFixture::standard(QStringLiteral("acme")); // same ids: the worst case
        Result<IngestTenant> otherTenant = m_backends.create(postgres, QStringLiteral("other%1").arg(m_round));
        QVERIFY2(otherTenant.has_value(), why(otherTenant).constData());
        TenantStore *otherStore = otherTenant->store;
        QVERIFY(other.writeInto(otherStore->db()));
        IngestService otherIngest(otherStore->db(), Clock::system());
        const DeviceContext intruder { QStringLiteral("t-other"), QStringLiteral("other"), mty.device.branchId,
            IdGenerator::instance().nextString(), 1 };
        Result<wire::PushResponse> answer = otherIngest.push(intruder,
            wire::PushRequest { intruder.deviceId, 1,
                { wire::PushMutation { IdGenerator::instance().nextString(), 1, 1, steps->front().type,
                    steps->front().payload, {}, {} } } });
        QCOMPARE(statuses(answer), QStringList { QStringLiteral("quarantined") });
        QVERIFY(answer->results.front().detail.contains(QStringLiteral("payload.transfer_id")));
        Result<QVariant> moved = otherStore->db().scalar(QStringLiteral("SELECT count(*) FROM stock_movements"));
        QCOMPARE(moved->toLongLong(), 0);
        // acme's transfer is untouched by it.
        QCOMPARE(atServer(asked.id).state(), TransferState::Requested);
        QCOMPARE(stock(kBrake, mty.shelf()), 10000);
    }

    void offlineConflictsKeepTheStockRight()
    {
        Counter mty = counter(QStringLiteral("MTY"));
        Counter gdl = counter(QStringLiteral("GDL"));
        // 1. Both offline: GDL cancels, MTY ships; the cancel reaches the server first.
        const Transfer first = requestAndRelay(gdl, mty);
        QVERIFY(!first.id.isEmpty());
        QVERIFY(gdl.service().cancel(first.id, QStringLiteral("Ya no"), gdl.manager()).has_value());
        QVERIFY(mty.service().ship(shipAll(first, mty), mty.manager()).has_value());
        QCOMPARE(statuses(push(gdl)), QStringList { QStringLiteral("applied") });
        QCOMPARE(atServer(first.id).state(), TransferState::Cancelled);
        QCOMPARE(statuses(push(mty)), QStringList { QStringLiteral("applied") });
        QCOMPARE(atServer(first.id).state(), TransferState::Shipped);
        QVERIFY(atServer(first.id).cancelOverruled());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM exceptions WHERE kind = 'transfer_shipped_after_cancel' "
                                      "AND ref = ?"),
                     { first.id }),
            1);
        QCOMPARE(stock(kBrake, mty.shelf()), 5000);
        QCOMPARE(inTransit(first.id), 7000);
        QVERIFY(pull(gdl) >= 1);
        QCOMPARE(local(gdl, first.id).state(), TransferState::Shipped);

        // 2. The other order: the shipment first, then the cancel. The shipment stands.
        const Transfer second = requestAndRelay(gdl, mty);
        QVERIFY(!second.id.isEmpty());
        QVERIFY(mty.service().ship(shipAll(second, mty), mty.manager()).has_value());
        QVERIFY(gdl.service().cancel(second.id, QStringLiteral("Ya no"), gdl.manager()).has_value());
        QCOMPARE(statuses(push(mty)), QStringList { QStringLiteral("applied") });
        QCOMPARE(statuses(push(gdl)), QStringList { QStringLiteral("applied") });
        QCOMPARE(atServer(second.id).state(), TransferState::Shipped);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM exceptions WHERE kind = 'transfer_cancel_after_ship' AND "
                                      "ref = ?"),
                     { second.id }),
            1);
        QCOMPARE(stock(kBrake, mty.shelf()), 0);
        QCOMPARE(pull(mty), 2);
        QCOMPARE(pull(gdl), 2);
        QCOMPARE(local(mty, second.id).state(), local(gdl, second.id).state());
        QVERIFY(local(mty, second.id).cancelOverruled() && local(gdl, second.id).cancelOverruled());

        // 3. A receipt no device should have made (more than in transit, no reason): applied, HQ hears of it.
        QJsonObject receipt { { QStringLiteral("transfer_id"), second.id },
            { QStringLiteral("to_branch_id"), branch("GDL") },
            { QStringLiteral("id"), IdGenerator::instance().nextString() },
            { QStringLiteral("received_by"), QStringLiteral("u") },
            { QStringLiteral("received_at"), QStringLiteral("2026-01-15") },
            { QStringLiteral("lines"),
                QJsonArray { QJsonObject { { QStringLiteral("line_no"), 1 }, { QStringLiteral("quantity"), 6000 },
                    { QStringLiteral("shortage"), 0 }, { QStringLiteral("warehouse_id"), gdl.shelf() } } } } };
        QCOMPARE(statuses(pushOne(gdl, QStringLiteral("transfer.received"), receipt)),
            QStringList { QStringLiteral("applied") });
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM exceptions WHERE kind = 'transfer_unexplained_difference' "
                                      "AND ref = ?"),
                     { second.id }),
            1);
        QCOMPARE(stock(kBrake, gdl.shelf()), 6000);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM transfer_in_transit WHERE transfer_id = ? AND line_no = 1"),
                     { second.id }),
            0);
        QCOMPARE(stockOffLedger(), 0);

        // 4. Malformed steps are quarantined, never block the queue.
        QJsonObject empty = receipt;
        empty.insert(QStringLiteral("id"), IdGenerator::instance().nextString());
        empty.insert(QStringLiteral("lines"), QJsonArray {});
        QJsonObject negative = receipt;
        negative.insert(QStringLiteral("id"), IdGenerator::instance().nextString());
        negative.insert(QStringLiteral("lines"),
            QJsonArray { QJsonObject { { QStringLiteral("line_no"), 1 }, { QStringLiteral("quantity"), -1000 },
                { QStringLiteral("shortage"), 0 }, { QStringLiteral("warehouse_id"), gdl.shelf() } } });
        QCOMPARE(statuses(pushOne(gdl, QStringLiteral("transfer.received"), empty)),
            QStringList { QStringLiteral("quarantined") });
        QCOMPARE(statuses(pushOne(gdl, QStringLiteral("transfer.received"), negative)),
            QStringList { QStringLiteral("quarantined") });
        QCOMPARE(stock(kBrake, gdl.shelf()), 6000);
    }

    void publishedDocumentReadsBackWhole()
    {
        Counter mty = counter(QStringLiteral("MTY"));
        Counter gdl = counter(QStringLiteral("GDL"));
        const Transfer asked = requestAndRelay(gdl, mty);
        TransferShipmentRequest shipping = shipAll(asked, mty);
        shipping.carrier = QStringLiteral("Estafeta");
        shipping.tracking = QStringLiteral("EST-123");
        QVERIFY(mty.service().ship(shipping, mty.manager()).has_value());
        QCOMPARE(statuses(push(mty)), QStringList { QStringLiteral("applied") });
        Result<QVariant> sent
            = m_tenant->scalar(QStringLiteral("SELECT document FROM transfers WHERE id = ?"), { asked.id });
        QVERIFY2(sent.has_value(), why(sent).constData());
        Result<Transfer> read
            = wire::transferDocumentFromJson(QJsonDocument::fromJson(sent->toString().toUtf8()).object());
        QVERIFY2(read.has_value(), why(read).constData());
        QCOMPARE(read->folio, asked.folio);
        QCOMPARE(read->serverState, QStringLiteral("shipped"));
        QCOMPARE(read->serverVersion, 2);
        QCOMPARE(read->shipments.size(), size_t(1));
        QCOMPARE(read->shipments.front().carrier, QStringLiteral("Estafeta"));
        QCOMPARE(read->shipments.front().tracking, QStringLiteral("EST-123"));
        QCOMPARE(read->shipments.front().shippedByName, QStringLiteral("Gerente MTY"));
        QCOMPARE(read->totals(1).shipped.thousandths(), 5000);
        QCOMPARE(read->state(), TransferState::Shipped);
        // A document that is not one is refused by the device with a protocol error, never half-applied.
        Transaction transaction(gdl.store->db());
        QVERIFY(transaction.begin());
        Status bad = applyTransferRow(
            gdl.store->db(), QJsonObject { { QStringLiteral("id"), asked.id } }, QStringLiteral("2026-01-15"));
        QVERIFY(!bad);
        QCOMPARE(bad.error().code(), ErrorCode::Protocol);
    }
};

QTEST_GUILESS_MAIN(TestTransferIngest)
#include "testtransferingest.moc"
