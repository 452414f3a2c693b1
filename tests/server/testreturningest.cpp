// sale.returned through the real push ingest: a counter's real sale and return (CheckoutService, ReturnService)
// taken from its outbox and applied to a tenant.db; stock equals the ledger, replays cannot move stock twice,
// another branch's return is quarantined, a return of a sale the server has not seen opens one exception. Each test
// runs on an SQLite tenant file and on a PostgreSQL tenant schema (a throwaway cluster; skipped where none exists).
#include "ingesttest.h"
#include "ingestchecks.h"
#include "postgrescluster.h"
#include "tempdir.h"
#include "tenantfixture.h"
#include "why.h"

#include "common/clock.h"
#include "common/idgenerator.h"
#include "returns/returnpayload.h"
#include "returns/returnservice.h"
#include "sales/cashsessionservice.h"
#include "sales/checkoutservice.h"
#include "server/ingestservice.h"
#include "server/serveroptions.h"
#include "server/serverstorage.h"
#include "server/serverstoragefactory.h"
#include "server/sqlitetenantstore.h"
#include "server/tenantservice.h"
#include "store/localstore.h"
#include "store/outbox.h"
#include "store/schemadatabase.h"

#include <QJsonArray>
#include <QTest>

using namespace nexus;
using namespace nexus::test;

class TestReturnIngest final : public IngestTest
{
    Q_OBJECT

private:

    QString mty() const { return m_acme.branchId(QStringLiteral("MTY")); }
    QString shelf() const { return mty() + QStringLiteral("-wh-A"); }

    // A counter of the MTY branch: its own nexus.db, an open till.
    struct Counter
    {
        std::unique_ptr<LocalStore> store;
        DeviceContext device;
    };

    Counter counter(const QString &branchCode = QStringLiteral("MTY"))
    {
        Counter c;
        const int round = ++m_round;
        Result<std::unique_ptr<LocalStore>> store = LocalStore::open(
            m_dir.file(QStringLiteral("counter-%1.db").arg(round)), QStringLiteral("counter-%1").arg(round));
        if (!store)
            return c;
        c.store = std::move(*store);
        c.device = DeviceContext { QStringLiteral("t-acme"), QStringLiteral("acme"), m_acme.branchId(branchCode),
            IdGenerator::instance().nextString(), 1 };
        if (!CashSessionService(c.store->db(), Clock::system(), c.device.deviceId, c.device.branchId)
                 .open(QStringLiteral("u-cajero"), Money(50000)))
            c.store.reset();
        return c;
    }

    SaleReceipt sell(Counter &c)
    {
        Cart cart;
        for (qint64 part : { 7, 8 })
            if (!cart.add(CartItem { part, QStringLiteral("SKU-%1").arg(part), QStringLiteral("Pieza"), shelf(),
                              Money(11599), Money(11599), Money(6000), TaxRate::iva16(), 1, QStringLiteral("25174400"),
                              QStringLiteral("H87") },
                    Quantity::units(3)))
                return {};
        const CheckoutContext context { c.device.deviceId, c.device.branchId, QStringLiteral("MTY1"),
            QStringLiteral("u-cajero"), Role::Manager, false };
        Result<SaleReceipt> receipt
            = CheckoutService(c.store->db(), Clock::system())
                  .checkout(cart, { Tender { TenderMethod::Cash, Money(100000), 0, {} } }, context);
        return receipt ? *receipt : SaleReceipt {};
    }

    Result<ReturnRecord> giveBack(Counter &c, const QString &saleId, const QString &branchId)
    {
        const ReturnRequest request { saleId,
            { { 1, Quantity::units(2), ReturnDestination::Stock },
                { 2, Quantity::units(1), ReturnDestination::Defective } },
            QStringLiteral("Pieza equivocada"), RefundMethod::Cash, {}, {} };
        return ReturnService(c.store->db(), Clock::system())
            .processReturn(request,
                ReturnContext { c.device.deviceId, branchId, QStringLiteral("MTY1"), QStringLiteral("u-cajero"),
                    Role::Manager, {} });
    }

    // The counter's pending outbox as one push, optionally only the entries of one type.
    wire::PushRequest outbox(Counter &c, const QString &onlyType = {})
    {
        wire::PushRequest request { c.device.deviceId, 1, {} };
        Result<QList<OutboxEntry>> pending = Outbox(c.store->db()).pending(100);
        if (!pending)
            return request;
        for (const OutboxEntry &entry : *pending)
            if (onlyType.isEmpty() || entry.type == onlyType)
                request.mutations.append(wire::PushMutation {
                    entry.mutationId, entry.seq, entry.schemaVersion, entry.type, entry.payload, {}, {} });
        return request;
    }

    static QStringList statuses(const Result<wire::PushResponse> &response) { return pushStatuses(response); }

    qint64 count(const QString &sql, const QVariantList &values = {})
    {
        Result<QVariant> value = m_tenant->scalar(sql, values);
        return value && value->isValid() ? value->toLongLong() : -1;
    }

    qint64 stockOffLedger() { return nexus::test::stockOffLedger(*m_tenant); }

    qint64 stock(qint64 part, const QString &warehouse)
    {
        return count(QStringLiteral("SELECT quantity FROM stock_levels WHERE part_id = ? AND warehouse_id = ?"),
            { part, warehouse });
    }

private Q_SLOTS:
    void initTestCase_data() { backendRows(); }
    void initTestCase() { startBackends(); }
    void init() { openTenant(QStringLiteral("acme")); }
    void cleanup() { closeTenant(); }

    void saleAndReturnFromTheOutboxKeepStockEqualToTheLedger()
    {
        Counter c = counter();
        QVERIFY(c.store);
        const SaleReceipt sale = sell(c);
        QVERIFY(!sale.saleId.isEmpty());
        Result<ReturnRecord> record = giveBack(c, sale.saleId, c.device.branchId);
        QVERIFY2(record.has_value(), why(record).constData());
        const wire::PushRequest batch = outbox(c);
        QCOMPARE(batch.mutations.size(), 3); // till opened, sale, return
        Result<wire::PushResponse> answer = m_ingest->push(c.device, batch);
        QVERIFY2(answer.has_value(), why(answer).constData());
        QCOMPARE(statuses(answer),
            (QStringList { QStringLiteral("applied"), QStringLiteral("applied"), QStringLiteral("applied") }));
        QCOMPARE(answer->ackedSeq, 3);

        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM returns WHERE id = ? AND sale_id = ? AND folio = ? AND "
                                      "total_cents = ? AND device_id = ?"),
                     { record->id, sale.saleId, record->folio, record->totals.gross.centavos(), c.device.deviceId }),
            1);
        QCOMPARE(count(QStringLiteral("SELECT sum(total_cents) FROM return_lines WHERE return_id = ?"), { record->id }),
            record->totals.gross.centavos());
        // Stock: sold 3 of each, 2 of part 7 back on the shelf, 1 of part 8 in the shelf's defective location.
        QCOMPARE(stock(7, shelf()), -1000);
        QCOMPARE(stock(8, shelf()), -3000);
        const QString defective = defectiveWarehouseId(shelf());
        QCOMPARE(stock(8, defective), 1000);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM warehouses WHERE id = ? AND branch_id = ?"),
                     { defective, mty() }),
            1);
        // ...but a counter enrolling later is not offered it as a warehouse to sell from.
        Result<QList<wire::WarehouseRow>> offered = m_acmeTenant.store->warehouses(mty());
        QVERIFY2(offered.has_value(), why(offered).constData());
        QCOMPARE(offered->size(), 2);
        for (const wire::WarehouseRow &row : *offered)
            QVERIFY(!row.id.endsWith(QStringLiteral(":defective")));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM stock_movements WHERE id IN (?, ?) AND kind = 'return'"),
                     { QString(record->id + QStringLiteral(":1")), QString(record->id + QStringLiteral(":2")) }),
            2);
        QCOMPARE(stockOffLedger(), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM exceptions WHERE kind IN ('return_unknown_sale', "
                                      "'over_return')")),
            0);

        // The same batch again: replayed, nothing moves.
        Result<wire::PushResponse> again = m_ingest->push(c.device, batch);
        QCOMPARE(statuses(again),
            (QStringList { QStringLiteral("replayed"), QStringLiteral("replayed"), QStringLiteral("replayed") }));
        // The same return under a new mutation id (a restored outbox): refused, the stock cannot move twice.
        wire::PushMutation copy = batch.mutations.last();
        copy.mutationId = IdGenerator::instance().nextString();
        copy.seq = 4;
        Result<wire::PushResponse> duplicate
            = m_ingest->push(c.device, wire::PushRequest { c.device.deviceId, 1, { copy } });
        QCOMPARE(statuses(duplicate), QStringList { QStringLiteral("quarantined") });
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM returns")), 1);
        QCOMPARE(stock(7, shelf()), -1000);
        QCOMPARE(stock(8, defective), 1000);
        QCOMPARE(stockOffLedger(), 0);
    }

    void returnBeforeItsSaleOpensOneExceptionThenTheSaleArrives()
    {
        // Sold on counter 1, returned on counter 2 of the same branch (its copy of the ticket, as if replicated);
        // counter 2 pushes first.
        Counter seller = counter();
        QVERIFY(seller.store);
        const SaleReceipt sale = sell(seller);
        QVERIFY(!sale.saleId.isEmpty());
        Result<ReturnRecord> record = giveBack(seller, sale.saleId, seller.device.branchId);
        QVERIFY2(record.has_value(), why(record).constData());
        DeviceContext other = seller.device;
        other.deviceId = IdGenerator::instance().nextString();
        wire::PushRequest returnOnly = outbox(seller, QStringLiteral("sale.returned"));
        QCOMPARE(returnOnly.mutations.size(), 1);
        returnOnly.deviceId = other.deviceId;
        returnOnly.mutations[0].seq = 1;
        Result<wire::PushResponse> first = m_ingest->push(other, returnOnly);
        QCOMPARE(statuses(first), QStringList { QStringLiteral("applied") });
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM exceptions WHERE kind = 'return_unknown_sale' AND ref = ?"),
                     { record->id }),
            1);
        QCOMPARE(stock(7, shelf()), 2000);
        QCOMPARE(stockOffLedger(), 0);

        wire::PushRequest saleOnly = outbox(seller);
        saleOnly.mutations.removeLast(); // the return went through the other counter
        Result<wire::PushResponse> second = m_ingest->push(seller.device, saleOnly);
        QCOMPARE(statuses(second), (QStringList { QStringLiteral("applied"), QStringLiteral("applied") }));
        QCOMPARE(stock(7, shelf()), -1000);
        QCOMPARE(stockOffLedger(), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM exceptions WHERE kind = 'return_unknown_sale'")), 1);
    }

    void anotherBranchsReturnIsQuarantined()
    {
        Counter c = counter();
        QVERIFY(c.store);
        const SaleReceipt sale = sell(c);
        Result<ReturnRecord> record = giveBack(c, sale.saleId, c.device.branchId);
        QVERIFY2(record.has_value(), why(record).constData());
        DeviceContext gdl = c.device;
        gdl.branchId = m_acme.branchId(QStringLiteral("GDL"));
        Result<wire::PushResponse> answer = m_ingest->push(gdl, outbox(c));
        QVERIFY2(answer.has_value(), why(answer).constData());
        QCOMPARE(statuses(answer),
            (QStringList {
                QStringLiteral("quarantined"), QStringLiteral("quarantined"), QStringLiteral("quarantined") }));
        QVERIFY(answer->results.last().detail.contains(QStringLiteral("payload.branch_id")));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM returns")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM stock_movements")), 0);
    }

    void malformedOrForeignStockIsQuarantinedOverReturnIsAnException()
    {
        Counter c = counter();
        QVERIFY(c.store);
        const SaleReceipt sale = sell(c);
        Result<ReturnRecord> record = giveBack(c, sale.saleId, c.device.branchId);
        QVERIFY2(record.has_value(), why(record).constData());
        wire::PushRequest batch = outbox(c);
        QCOMPARE(
            statuses(m_ingest->push(c.device, wire::PushRequest { c.device.deviceId, 1, batch.mutations.mid(0, 2) })),
            (QStringList { QStringLiteral("applied"), QStringLiteral("applied") }));
        const QJsonObject good = batch.mutations.last().payload;
        auto variant = [&](qint64 seq, const std::function<void(QJsonObject & line)> &edit) {
            QJsonObject payload = good;
            payload.insert(QStringLiteral("id"), IdGenerator::instance().nextString());
            QJsonArray lines = payload.value(QStringLiteral("lines")).toArray();
            QJsonObject first = lines.at(0).toObject();
            edit(first);
            lines.replace(0, first);
            payload.insert(QStringLiteral("lines"), lines);
            return wire::PushMutation { IdGenerator::instance().nextString(), seq, 1, QStringLiteral("sale.returned"),
                payload, {}, {} };
        };
        const QString gdlShelf = m_acme.branchId(QStringLiteral("GDL")) + QStringLiteral("-wh-A");
        const wire::PushRequest bad { c.device.deviceId, 1,
            { variant(3, [](QJsonObject &l) { l.insert(QStringLiteral("destination"), QStringLiteral("trash")); }),
                variant(4, [&](QJsonObject &l) { l.insert(QStringLiteral("warehouse_id"), gdlShelf); }),
                variant(5,
                    [&](QJsonObject &l) {
                        l.insert(QStringLiteral("destination"), QStringLiteral("defective"));
                        l.insert(QStringLiteral("warehouse_id"), defectiveWarehouseId(gdlShelf));
                    }),
                variant(6, [](QJsonObject &l) { l.insert(QStringLiteral("quantity"), 0); }),
                // Well-formed but more than was sold: applied, and HQ hears of it.
                variant(7, [](QJsonObject &l) { l.insert(QStringLiteral("quantity"), 5000); }) } };
        Result<wire::PushResponse> answer = m_ingest->push(c.device, bad);
        QVERIFY2(answer.has_value(), why(answer).constData());
        QCOMPARE(statuses(answer),
            (QStringList { QStringLiteral("quarantined"), QStringLiteral("quarantined"), QStringLiteral("quarantined"),
                QStringLiteral("quarantined"), QStringLiteral("applied") }));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM returns")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM exceptions WHERE kind = 'over_return'")), 1);
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM warehouses WHERE id = ?"), { defectiveWarehouseId(gdlShelf) }),
            0);
        QCOMPARE(stock(7, shelf()), -3000 + 5000);
        QCOMPARE(stockOffLedger(), 0);
    }
};

QTEST_GUILESS_MAIN(TestReturnIngest)
#include "testreturningest.moc"
