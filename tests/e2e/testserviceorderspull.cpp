// The "service_orders" pull bucket end to end: two counters of branch MTY and one of GDL enrolled with the real
// nexus-server over loopback HTTPS (real nexus.db files, the real ServiceOrderService, the real SyncEngine over
// CurlTransport). An order opened and moved at MTY's first counter shows at the second with its status, its history
// (who, when, why), its lines, its note and the stock it holds back; the second moves it further and the first sees
// it; GDL never gets it; a move made at the second counter and not yet acknowledged survives a pull that brings the
// server's older state; the second counter charges the pulled order at its till like one of its own, each part line
// with the cost, list price and price version the first counter reserved it with (in its nexus.db, in the sale fact
// and so on the server: margin reports stay right wherever the order is charged). Both counters
// open orders under their own folio series, so the board's folios stay unique. SQLite files, or PostgreSQL with
// NEXUS_TEST_BACKEND=postgresql (e2e_testserviceorderspull_postgresql).
#include "branchcounters.h"
#include "tempdir.h"
#include "why.h"

#include "common/clock.h"
#include "common/idgenerator.h"
#include "inventory/stockledger.h"
#include "sales/cashsessionservice.h"
#include "sales/checkoutservice.h"
#include "store/database.h"
#include "workshop/serviceorderservice.h"

#include <QTest>

using namespace nexus;
using namespace nexus::test;

class TestServiceOrdersPull final : public QObject
{
    Q_OBJECT

private:
    TempDir m_root;
    TenantFixture m_acme = withMechanic(TenantFixture::standard(QStringLiteral("acme")));

    static TenantFixture withMechanic(TenantFixture fixture)
    {
        fixture.users.push_back(
            { QStringLiteral("acme-mty-taller"), QStringLiteral("mechanic"), QStringLiteral("MTY"), true, true });
        return fixture;
    }
    WorkshopActor actor(const QString &username, const QString &name, Role role) const
    {
        return WorkshopActor { m_acme.userId(username), name, role };
    }
    static ServiceOrderService workshop(EnrolledCounter &counter)
    {
        return ServiceOrderService(counter.db(), Clock::system(),
            WorkshopContext { counter.profile.deviceId, counter.profile.branchId, counter.profile.borderRegion,
                counter.profile.folioSeries });
    }
    static qint64 count(EnrolledCounter &counter, const QString &sql, const QVariantList &values = {})
    {
        Result<QVariant> value = counter.db().scalar(sql, values);
        return value && value->isValid() ? value->toLongLong() : -1;
    }
    // "cost/list price/price version" of the line of part 7 in `table` (sale_lines, service_order_parts) where
    // `key` (sale_id, order_id) is `id`: the same query on a counter's nexus.db and on the tenant database.
    static QString gasketPrices(Database &db, const QString &table, const QString &key, const QString &id)
    {
        QStringList values;
        for (const char *column : { "cost_cents", "retail_price_cents", "price_version" }) {
            Result<QVariant> value = db.scalar(
                QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ? AND part_id = 7").arg(QLatin1String(column), table, key),
                { id });
            values << (value ? value->toString() : QStringLiteral("<%1>").arg(value.error().logMessage()));
        }
        return values.join(QLatin1Char('/'));
    }
    static bool sameHistory(const ServiceOrder &a, const ServiceOrder &b)
    {
        if (a.history.size() != b.history.size())
            return false;
        for (std::size_t i = 0; i < a.history.size(); ++i) {
            const StatusChange &x = a.history[i];
            const StatusChange &y = b.history[i];
            if (x.id != y.id || x.from != y.from || x.to != y.to || x.userId != y.userId || x.userName != y.userName
                || x.note != y.note || x.at != y.at)
                return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("NEXUS_SECRET_STORE", "file");
        QVERIFY(m_root.isValid());
    }

    void ordersComeDownToTheirBranch()
    {
        BranchCounters counters(m_root.path());
        const Status started = counters.startBackend();
        NEXUS_REQUIRE_POSTGRES(started);
        const QString error = counters.start(m_acme);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        EnrolledCounter &a = counters.a;
        EnrolledCounter &b = counters.b;
        EnrolledCounter &gdl = counters.gdl;
        QVERIFY(a.profile.folioSeries != b.profile.folioSeries);
        const WorkshopActor manager
            = actor(QStringLiteral("acme-mty-gerente"), QStringLiteral("Gloria Gerente"), Role::Manager);
        const WorkshopActor mechanic
            = actor(QStringLiteral("acme-mty-taller"), QStringLiteral("Beto Mecánico"), Role::Mechanic);
        const WorkshopActor cashier
            = actor(QStringLiteral("acme-mty-cajero"), QStringLiteral("Carla Cajera"), Role::Cashier);

        // Counter A: five gaskets on the shelf, then an order with the mechanic assigned, two gaskets reserved, a
        // flat labor line, a note, and two moves with their reasons.
        {
            Transaction received(a.db());
            QVERIFY(received.begin());
            QVERIFY(StockLedger(a.db()).post({ { IdGenerator::instance().nextString(), 7, a.shelf(),
                QStringLiteral("receipt"), Quantity::units(5), QStringLiteral("purchase_order"), QStringLiteral("po-1"),
                manager.userId, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) } }));
            QVERIFY(received.commit());
        }
        ServiceOrderService ordersA = workshop(a);
        NewServiceOrder ranger;
        ranger.customer = { {}, QStringLiteral("Rosa Treviño"), QStringLiteral("8112223344") };
        ranger.vehicle
            = { {}, QStringLiteral("RST-12-34"), {}, QStringLiteral("Ford"), QStringLiteral("Ranger"), 2018, 120500 };
        ranger.complaint = QStringLiteral("Rechinan los frenos");
        ranger.mechanicId = mechanic.userId;
        ranger.mechanicName = mechanic.name;
        Result<ServiceOrder> opened = ordersA.open(ranger, manager);
        QVERIFY2(opened, why(opened).constData());
        const QString id = opened->id;
        // From the workshop's list at $350.00 (list price $410.00), cost $200.00, price version 3.
        const CartItem gasket { 7, QStringLiteral("EMP-7"), QStringLiteral("Empaque de cárter"), a.shelf(),
            Money(35000), Money(41000), Money(20000), TaxRate::iva16(), 3, QStringLiteral("31411700"),
            QStringLiteral("H87") };
        QVERIFY2(ordersA.addPart(id, { gasket, Quantity::units(2), {} }, manager), "the gaskets are reserved at A");
        QVERIFY(ordersA.addLabor(
            id, { QStringLiteral("Cambio de empaque"), LaborPricing::Flat, {}, {}, Money(58000), {}, {} }, manager));
        QVERIFY(ordersA.addNote(id, QStringLiteral("El cliente espera en la sala"), manager));
        QVERIFY(ordersA.move(id, ServiceOrderStatus::Received, ServiceOrderStatus::Diagnosis, mechanic,
            QStringLiteral("Revisión de frenos")));
        Result<ServiceOrder> atA = ordersA.move(id, ServiceOrderStatus::Diagnosis, ServiceOrderStatus::WaitingParts,
            mechanic, QStringLiteral("Falta el empaque"));
        QVERIFY2(atA, why(atA).constData());
        // Counter B opens one of its own at the same time.
        ServiceOrderService ordersB = workshop(b);
        NewServiceOrder tsuru;
        tsuru.customer = { {}, QStringLiteral("Luis Garza"), {} };
        tsuru.vehicle
            = { {}, QStringLiteral("LGZ-98-76"), {}, QStringLiteral("Nissan"), QStringLiteral("Tsuru"), 2015, 230000 };
        tsuru.complaint = QStringLiteral("Afinación");
        Result<ServiceOrder> own = ordersB.open(tsuru, cashier);
        QVERIFY2(own, why(own).constData());
        QVERIFY2(own->folio != atA->folio, qPrintable(own->folio + QStringLiteral(" = ") + atA->folio));

        QVERIFY2(a.sync(), "A left facts pending");
        QVERIFY2(b.sync(), "B left facts pending");
        QVERIFY(a.sync());
        QVERIFY(gdl.sync());

        // B sees A's order as A has it: status, history (who, when, why), lines, note, and the stock it holds back.
        Result<ServiceOrder> atB = ordersB.load(id);
        QVERIFY2(atB, why(atB).constData());
        QCOMPARE(atB->folio, atA->folio);
        QCOMPARE(atB->status, ServiceOrderStatus::WaitingParts);
        QCOMPARE(atB->history.size(), std::size_t(3));
        QVERIFY(sameHistory(*atA, *atB));
        QCOMPARE(atB->history.back().userName, QStringLiteral("Beto Mecánico"));
        QCOMPARE(atB->history.back().note, QStringLiteral("Falta el empaque"));
        QCOMPARE(atB->mechanicId, mechanic.userId);
        QCOMPARE(atB->customer.name, QStringLiteral("Rosa Treviño"));
        QCOMPARE(atB->vehicle.plates, QStringLiteral("RST-12-34"));
        QCOMPARE(atB->parts.size(), std::size_t(1));
        QCOMPARE(atB->parts.front().status, PartLineStatus::Reserved);
        QCOMPARE(atB->parts.front().quantity, Quantity::units(2));
        QCOMPARE(gasketPrices(b.db(), QStringLiteral("service_order_parts"), QStringLiteral("order_id"), id),
            QStringLiteral("20000/41000/3"));
        QCOMPARE(atB->labor.size(), std::size_t(1));
        QCOMPARE(atB->labor.front().amount, Money(58000));
        QCOMPARE(atB->notes.size(), std::size_t(1));
        QCOMPARE(atB->notes.front().text, QStringLiteral("El cliente espera en la sala"));
        QCOMPARE(atB->checklist.size(), atA->checklist.size());
        QCOMPARE(
            count(b, QStringLiteral("SELECT quantity FROM stock_reservations WHERE part_id = 7 AND warehouse_id = ?"),
                { a.shelf() }),
            2000);
        // Applied as the server's state: no facts of B's own; both boards show both orders with distinct folios.
        QCOMPARE(b.pending(), 0);
        Result<std::vector<ServiceOrderCard>> boardA = ordersA.board({});
        Result<std::vector<ServiceOrderCard>> boardB = ordersB.board({});
        QVERIFY(boardA && boardB);
        QCOMPARE(boardA->size(), std::size_t(2));
        QCOMPARE(boardB->size(), std::size_t(2));
        // GDL's devices never get MTY's orders.
        QCOMPARE(count(gdl, QStringLiteral("SELECT count(*) FROM service_orders")), 0);
        QCOMPARE(count(gdl, QStringLiteral("SELECT count(*) FROM pull_rows WHERE bucket = 'service_orders'")), 0);

        // B moves it further; A sees it with B's move in its history.
        QVERIFY(ordersB.move(id, ServiceOrderStatus::WaitingParts, ServiceOrderStatus::Diagnosis, mechanic,
            QStringLiteral("Llegó el empaque")));
        QVERIFY(b.sync());
        QVERIFY(a.sync());
        Result<ServiceOrder> movedAtA = ordersA.load(id);
        QVERIFY2(movedAtA, why(movedAtA).constData());
        QCOMPARE(movedAtA->status, ServiceOrderStatus::Diagnosis);
        QCOMPARE(movedAtA->history.size(), std::size_t(4));
        QCOMPARE(movedAtA->history.back().note, QStringLiteral("Llegó el empaque"));
        QVERIFY(sameHistory(*movedAtA, *ordersB.load(id)));
        QCOMPARE(a.pending(), 0);

        // B moves it back to waiting for parts and has not pushed yet; A writes the diagnosis and syncs. A pull at B
        // brings the server's order (still in diagnosis): B's own move stands and stays on its way up.
        QVERIFY(ordersB.move(id, ServiceOrderStatus::Diagnosis, ServiceOrderStatus::WaitingParts, mechanic,
            QStringLiteral("Falta también la junta")));
        QVERIFY(ordersA.setDiagnosis(id, QStringLiteral("Empaque de cárter roto"), manager));
        QVERIFY(a.sync());
        Result<SyncEngine::PullPassResult> pulled = b.engine->pullBuckets();
        QVERIFY2(pulled, why(pulled).constData());
        QVERIFY(pulled->changed.contains(QStringLiteral("service_orders")));
        Result<ServiceOrder> kept = ordersB.load(id);
        QCOMPARE(kept->status, ServiceOrderStatus::WaitingParts);
        QCOMPARE(kept->history.back().note, QStringLiteral("Falta también la junta"));
        QVERIFY(b.pending() > 0);
        // Once the server has B's move, both counters agree: B's status, A's diagnosis.
        QVERIFY(b.sync());
        QVERIFY(a.sync());
        for (ServiceOrderService *orders : { &ordersA, &ordersB }) {
            Result<ServiceOrder> order = orders->load(id);
            QVERIFY2(order, why(order).constData());
            QCOMPARE(order->status, ServiceOrderStatus::WaitingParts);
            QCOMPARE(order->diagnosis, QStringLiteral("Empaque de cárter roto"));
            QCOMPARE(order->history.size(), std::size_t(5));
        }
        QVERIFY(sameHistory(*ordersA.load(id), *ordersB.load(id)));

        // B takes the pulled order to the end and charges it at its till, like one of its own.
        QVERIFY(ordersB.approveEstimate(id, QStringLiteral("Por teléfono"), cashier));
        ServiceOrderStatus from = ServiceOrderStatus::WaitingParts;
        for (ServiceOrderStatus to :
            { ServiceOrderStatus::Repair, ServiceOrderStatus::QualityCheck, ServiceOrderStatus::Ready }) {
            Result<ServiceOrder> moved = ordersB.move(id, from, to, mechanic, {});
            QVERIFY2(moved, why(moved).constData());
            from = to;
        }
        QVERIFY(CashSessionService(b.db(), Clock::system(), b.profile.deviceId, b.profile.branchId)
                    .open(cashier.userId, Money(50000)));
        Result<ServiceOrderCharge> charge = ordersB.charge(id);
        QVERIFY2(charge, why(charge).constData());
        QCOMPARE(charge->lines.size(), std::size_t(2));
        Cart cart;
        cart.setBorderRegion(b.profile.borderRegion);
        QVERIFY(cart.loadServiceOrder(id, atB->folio, cartLines(*charge)));
        CheckoutContext context { b.profile.deviceId, b.profile.branchId, b.profile.folioSeries, cashier.userId,
            Role::Cashier, false };
        context.inSale = [&](const QString &saleId, const QString &folio) {
            return ordersB.chargeInSale(cart, saleId, folio, cashier);
        };
        Result<SaleReceipt> receipt
            = CheckoutService(b.db(), Clock::system())
                  .checkout(cart, { Tender { TenderMethod::Cash, Money(200000), 0, {} } }, context);
        QVERIFY2(receipt, why(receipt).constData());
        QCOMPARE(
            count(b, QStringLiteral("SELECT quantity FROM stock_reservations WHERE part_id = 7 AND warehouse_id = ?"),
                { a.shelf() }),
            0);
        // The sale records the gaskets as A reserved them, and so does the server from B's sale fact.
        QCOMPARE(gasketPrices(b.db(), QStringLiteral("sale_lines"), QStringLiteral("sale_id"), receipt->saleId),
            QStringLiteral("20000/41000/3"));
        QVERIFY(b.sync());
        QVERIFY(a.sync());
        {
            Result<std::unique_ptr<Database>> tenant
                = counters.backend().openTenant(QStringLiteral("acme"), QStringLiteral("cost"));
            QVERIFY2(tenant, why(tenant).constData());
            QCOMPARE(gasketPrices(**tenant, QStringLiteral("sale_lines"), QStringLiteral("sale_id"), receipt->saleId),
                QStringLiteral("20000/41000/3"));
            QCOMPARE(gasketPrices(**tenant, QStringLiteral("service_order_parts"), QStringLiteral("order_id"), id),
                QStringLiteral("20000/41000/3"));
        }
        Result<ServiceOrder> delivered = ordersA.load(id);
        QVERIFY2(delivered, why(delivered).constData());
        QCOMPARE(delivered->status, ServiceOrderStatus::Delivered);
        QCOMPARE(delivered->saleFolio, receipt->folio);
        QCOMPARE(delivered->parts.front().status, PartLineStatus::Charged);
        // A gave its reservation back when the charge came down: the gaskets are no longer held at either counter.
        QCOMPARE(
            count(a, QStringLiteral("SELECT quantity FROM stock_reservations WHERE part_id = 7 AND warehouse_id = ?"),
                { a.shelf() }),
            0);
        QCOMPARE(a.pending(), 0);
        QCOMPARE(b.pending(), 0);
        QCOMPARE(count(gdl, QStringLiteral("SELECT count(*) FROM service_orders")), 0);
        QVERIFY(gdl.sync());
        QCOMPARE(count(gdl, QStringLiteral("SELECT count(*) FROM service_orders")), 0);
        QCOMPARE(counters.stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TestServiceOrdersPull)
#include "testserviceorderspull.moc"
