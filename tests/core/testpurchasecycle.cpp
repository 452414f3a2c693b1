// The whole reorder cycle on one real nexus.db, the way the Inventario screen drives it: real counter sales
// (CheckoutService) take a part below its reorder point → the alert scan raises an alert for what is missing up to the
// maximum → F7's drafts (createDraftPurchaseOrders) give a dollar supplier's draft at the day's rate the counter keeps
// for cash in dollars → sent → a partial receipt (still at the reorder point: the alert stays open) → the rest →
// the branch's average cost moves with each receipt at the order's rate → the alert resolves → closed.
// (ui_teststockcontrol and ui_testpurchasing drive the same steps' screens; sync_testpurchaseordermessages sends it.)
#include "inventory/reorderservice.h"
#include "inventory/stockledger.h"
#include "mockclock.h"
#include "purchasing/purchaseordermessage.h"
#include "purchasing/purchasingservice.h"
#include "sales/cashsessionservice.h"
#include "sales/checkoutservice.h"
#include "sales/exchangerate.h"
#include "store/localstore.h"
#include "store/outbox.h"
#include "tempdir.h"
#include "why.h"

#include <QTest>

using namespace nexus;
using namespace nexus::test;

namespace {

const QString kBranch = QStringLiteral("branch-mty");
const QString kShelf = QStringLiteral("wh-mty-a");
const QString kManager = QStringLiteral("u-gerente");
const QString kCashier = QStringLiteral("u-cajero");
constexpr qint64 kBrake = 7;
constexpr qint64 kRate = 17'250'000; // $17.25 per dollar

Quantity units(qint64 n)
{
    return Quantity::units(n);
}

} // namespace

class TestPurchaseCycle final : public QObject
{
    Q_OBJECT

    TempDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    MockClock m_clock;
    const PurchasingActor m_actor { kManager, QStringLiteral("Gerente"), Role::Manager };

    Database &db() { return m_store->db(); }
    qint64 stock() { return StockLedger(db()).balance(kBrake, kShelf).value_or(Quantity(-999)).thousandths(); }
    PurchasingService purchasing()
    {
        return PurchasingService(db(), m_clock, PurchasingContext { QStringLiteral("device-mty"), kBranch,
            QStringLiteral("MTY1") });
    }
    bool sell(qint64 quantity)
    {
        m_clock.advanceMs(3'600'000);
        Cart cart;
        if (!cart.add(CartItem { kBrake, QStringLiteral("BAL-7"), QStringLiteral("Balata delantera"), kShelf,
                          Money(35000), Money(35000), Money(12000), TaxRate::iva16(), 1, QStringLiteral("25174400"),
                          QStringLiteral("H87") },
                units(quantity)))
            return false;
        const CheckoutContext context { QStringLiteral("device-mty"), kBranch, QStringLiteral("MTY1"), kCashier,
            Role::Cashier, false };
        return CheckoutService(db(), m_clock)
            .checkout(cart, { Tender { TenderMethod::Cash, Money(1000000), 0, {} } }, context)
            .has_value();
    }
    qint64 averageCost()
    {
        Result<std::optional<qint64>> average = purchasing().averageCost(kBrake);
        return average && *average ? **average : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Result<std::unique_ptr<LocalStore>> store = LocalStore::open(m_dir.file(QStringLiteral("nexus.db")));
        QVERIFY2(store.has_value(), why(store).constData());
        m_store = std::move(*store);
        QVERIFY(db().exec(QStringLiteral("INSERT INTO branches(id, code, name) VALUES (?, 'MTY', 'Monterrey')"),
            { kBranch }));
        QVERIFY(db().exec(QStringLiteral("INSERT INTO warehouses(id, branch_id, code, name) VALUES (?, ?, 'A', "
                                         "'Mostrador')"),
            { kShelf, kBranch }));
        for (const auto &[id, role] : { std::pair { kManager, "manager" }, std::pair { kCashier, "cashier" } })
            QVERIFY(db().exec(QStringLiteral("INSERT INTO users(id, username, display_name, role, branch_id, "
                                             "password_hash, updated_at) VALUES (?, ?, ?, ?, ?, 'x', '2026-01-01')"),
                { id, id, id, QString::fromLatin1(role), kBranch }));
        QVERIFY(CashSessionService(db(), m_clock, QStringLiteral("device-mty"), kBranch).open(kCashier, Money(50000)));
        QVERIFY(storeUsdRate(*m_store, kRate)); // the counter's rate for cash in dollars today
    }
    void cleanupTestCase() { m_store.reset(); }

    void alertDraftSendReceiveResolve()
    {
        // Six brakes on the shelf from an earlier MXN order at $120.00; reorder at 3, up to 10.
        Supplier local;
        local.name = QStringLiteral("Frenos del Norte");
        local.parts = { SupplierPart { kBrake, QStringLiteral("BAL-7"), QStringLiteral("Balata delantera"), {}, 12000,
            false } };
        Result<Supplier> localSaved = purchasing().saveSupplier(local, m_actor);
        QVERIFY2(localSaved.has_value(), why(localSaved).constData());
        Result<PurchaseOrder> first = purchasing().saveDraft(
            { {}, localSaved->id, kShelf, Currency::MXN, kExchangeRateOne, {},
                { PurchaseOrderLine { 0, kBrake, QStringLiteral("BAL-7"), {}, {}, QStringLiteral("Balata delantera"),
                    units(6), 12000 } } },
            m_actor);
        QVERIFY2(first.has_value(), why(first).constData());
        QVERIFY(purchasing().markSent(first->id, m_actor));
        QVERIFY(purchasing().receive({ first->id, QStringLiteral("F-100"), {}, { { 1, units(6), {}, {} } } }, m_actor));
        QCOMPARE(stock(), units(6).thousandths());
        QCOMPARE(averageCost(), 12000);

        // The preferred supplier sells in dollars, at US$6.00.
        Supplier usd;
        usd.name = QStringLiteral("Brake Parts Inc.");
        usd.currency = Currency::USD;
        usd.leadTimeDays = 5;
        usd.email = QStringLiteral("orders@brakeparts.com");
        usd.parts = { SupplierPart { kBrake, QStringLiteral("BAL-7"), QStringLiteral("Balata delantera"),
            QStringLiteral("BP-77"), 600, true } };
        Result<Supplier> usdSaved = purchasing().saveSupplier(usd, m_actor);
        QVERIFY2(usdSaved.has_value(), why(usdSaved).constData());
        ReorderService reorder(db(), m_clock, kBranch);
        QVERIFY(reorder.setLevel({ kBrake, kShelf, QStringLiteral("BAL-7"), QStringLiteral("Balata delantera"), units(1),
                                     units(3), units(10), false },
            kManager, Role::Manager));

        // Real sales: 6 → 4 (above the point, no alert) → 2 (an alert for 8).
        QVERIFY(sell(2));
        QCOMPARE(reorder.scan()->raised, 0);
        QVERIFY(sell(2));
        QCOMPARE(stock(), units(2).thousandths());
        Result<AlertScan> scanned = reorder.scan();
        QVERIFY2(scanned.has_value(), why(scanned).constData());
        QCOMPARE(scanned->raised, 1);
        Result<std::vector<StockAlert>> alerts = reorder.alerts();
        QVERIFY(alerts.has_value());
        QCOMPARE(alerts->size(), size_t(1));
        const StockAlert alert = alerts->front();
        QCOMPARE(alert.toOrder, units(8));

        // F7: the draft for the dollar supplier, at the day's rate, both currencies shown.
        Result<qint64> dayRate = storedUsdRate(*m_store);
        QVERIFY(dayRate.has_value());
        Result<DraftOrdersOutcome> drafted = purchasing().createDraftPurchaseOrders(
            { { alert.partId, alert.sku, alert.description, {}, alert.toOrder, alert.warehouseId, {}, {} } }, m_actor, *dayRate);
        QVERIFY2(drafted.has_value(), why(drafted).constData());
        QCOMPARE(drafted->orders.size(), size_t(1));
        const PurchaseOrder draft = drafted->orders.front();
        QCOMPARE(draft.supplierId, usdSaved->id);
        QCOMPARE(draft.currency, Currency::USD);
        QCOMPARE(draft.exchangeRateMicros, kRate);
        QCOMPARE(draft.totalCents(), 4800);
        QCOMPARE(purchaseMoneyBoth(draft.totalCents(), draft.currency, draft.exchangeRateMicros),
            QString::fromUtf8("US$48.00 (≈ $828.00 MXN)"));
        // Without a rate at the counter a dollar draft cannot be made: it says which field.
        Result<DraftOrdersOutcome> noRate = purchasing().createDraftPurchaseOrders(
            { { alert.partId, alert.sku, alert.description, {}, alert.toOrder, alert.warehouseId, {}, {} } }, m_actor, 0);
        QVERIFY(!noRate);
        QCOMPARE(noRate.error().field(), QStringLiteral("exchange_rate"));

        // Sent, then one piece arrives: 3 on the shelf, still at the reorder point: the alert stays.
        Result<PurchaseOrder> sent = purchasing().markSent(draft.id, m_actor);
        QVERIFY2(sent.has_value(), why(sent).constData());
        Result<PurchaseOrder> partial
            = purchasing().receive({ draft.id, QStringLiteral("INV-1"), {}, { { 1, units(1), {}, {} } } }, m_actor);
        QVERIFY2(partial.has_value(), why(partial).constData());
        QCOMPARE(partial->status, PurchaseOrderStatus::PartiallyReceived);
        QCOMPARE(stock(), units(3).thousandths());
        const qint64 unitMxn = 10350; // US$6.00 × 17.25
        qint64 expected = divideRounded(2 * 12000 + 1 * unitMxn, 3);
        QCOMPARE(averageCost(), expected);
        scanned = reorder.scan();
        QCOMPARE(scanned->resolved, 0);
        QCOMPARE(scanned->open, 1);

        // The other seven: 10 on the shelf, the average moves again, the alert resolves, the order closes.
        Result<PurchaseOrder> full
            = purchasing().receive({ draft.id, QStringLiteral("INV-2"), {}, { { 1, units(7), {}, {} } } }, m_actor);
        QVERIFY2(full.has_value(), why(full).constData());
        QCOMPARE(full->status, PurchaseOrderStatus::Received);
        QCOMPARE(stock(), units(10).thousandths());
        expected = divideRounded(3 * expected + 7 * unitMxn, 10);
        QCOMPARE(averageCost(), expected);
        QCOMPARE(expected, 10680);
        scanned = reorder.scan();
        QCOMPARE(scanned->resolved, 1);
        QCOMPARE(scanned->open, 0);
        Result<std::vector<StockAlert>> after = reorder.alerts(true);
        QVERIFY(after.has_value());
        QCOMPARE(after->size(), size_t(1));
        QVERIFY(!after->front().resolvedAtUtc.isEmpty());
        Result<PurchaseOrder> closed = purchasing().close(draft.id, m_actor);
        QVERIFY2(closed.has_value(), why(closed).constData());
        QCOMPARE(closed->status, PurchaseOrderStatus::Closed);
        // What is owed: the dollar order at its rate, in pesos (the MXN order too).
        Result<std::vector<SupplierPayable>> payables = purchasing().payables();
        QVERIFY(payables.has_value());
        qint64 owed = 0;
        for (const SupplierPayable &p : *payables)
            owed += p.supplierId == usdSaved->id ? p.balanceCents() : 0;
        QCOMPARE(owed, 82800);
    }
};

QTEST_GUILESS_MAIN(TestPurchaseCycle)
#include "testpurchasecycle.moc"
