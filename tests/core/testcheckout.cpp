// Checkout: one transaction for sale, lines, payments, stock and outbox; validation before writing; durability.
#include "common/idgenerator.h"
#include "inventory/stockledger.h"
#include "mockclock.h"
#include "sales/cashsessionservice.h"
#include "sales/checkoutservice.h"
#include "store/localstore.h"
#include "store/outbox.h"
#include "tempdir.h"
#include "why.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QProcess>
#include <QTest>

#include <csignal>
#include <cstdio>

using namespace nexus;

namespace {

const QString kDevice = QStringLiteral("dev-1");
const QString kBranch = QStringLiteral("branch-1");
const QString kWarehouseA = QStringLiteral("wh-mostrador");
const QString kWarehouseB = QStringLiteral("wh-bodega");

CartItem item(qint64 partId, qint64 priceCents, const QString &warehouse = kWarehouseA)
{
    return CartItem{partId,
                    QStringLiteral("SKU-%1").arg(partId),
                    QStringLiteral("Pieza %1").arg(partId),
                    warehouse,
                    Money(priceCents),
                    Money(priceCents + 1000),
                    Money(priceCents / 2),
                    TaxRate::iva16(),
                    3,
                    QStringLiteral("25174400"),
                    QStringLiteral("H87")};
}

CheckoutContext context(Role role = Role::Cashier)
{
    return CheckoutContext{kDevice, kBranch, QStringLiteral("MTZ1"), QStringLiteral("user-cajero"), role, false};
}

qint64 count(Database &db, const QString &table)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM ") + table)->toLongLong();
}

// Child mode for the durability test: check out one sale, say so, then die by SIGKILL before any clean shutdown.
int runChild(const QString &path)
{
    auto store = LocalStore::open(path);
    if (!store)
        return 3;
    Cart cart;
    if (!cart.add(item(7, 19990), Quantity::units(2)))
        return 4;
    CheckoutService checkout((*store)->db(), Clock::system());
    Result<SaleReceipt> receipt = checkout.checkout(cart, {Tender{TenderMethod::Cash, Money(50000), 0, {}}}, context());
    if (!receipt)
        return 5;
    std::printf("committed %s\n", qPrintable(receipt->folio));
    std::fflush(stdout);
    std::raise(SIGKILL);
    return 6;
}

} // namespace

class TestCheckout final : public QObject
{
    Q_OBJECT

private:
    test::TempDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    test::MockClock m_clock;
    int m_round = 0;

    Database &db() { return m_store->db(); }
    void openTill()
    {
        CashSessionService tills(db(), m_clock, kDevice, kBranch);
        QVERIFY(tills.open(QStringLiteral("user-cajero"), Money(100000)).has_value());
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::move(*LocalStore::open(m_dir.file(QStringLiteral("nexus-%1.db").arg(++m_round))));
    }
    void cleanup() { m_store.reset(); }

    void needsAnOpenTillAndWritesNothingWithout()
    {
        Cart cart;
        QVERIFY(cart.add(item(1, 10000), Quantity::units(1)).has_value());
        const Result<SaleReceipt> receipt = CheckoutService(db(), m_clock)
                                                .checkout(cart, {Tender{TenderMethod::Cash, Money(10000), 0, {}}}, context());
        QVERIFY(!receipt.has_value());
        QCOMPARE(receipt.error().field(), QStringLiteral("cash_session"));
        QCOMPARE(count(db(), QStringLiteral("sales")), 0);
        QCOMPARE(count(db(), QStringLiteral("folio_counters")), 0);
        QCOMPARE(count(db(), QStringLiteral("stock_movements")), 0);
        QCOMPARE(count(db(), QStringLiteral("outbox")), 0);
    }

    void tillOpensOnce()
    {
        CashSessionService tills(db(), m_clock, kDevice, kBranch);
        QVERIFY(tills.open(QStringLiteral("u"), Money(50000)).has_value());
        const Result<CashSession> again = tills.open(QStringLiteral("u"), Money(50000));
        QCOMPARE(again.error().code(), ErrorCode::Conflict);
        QCOMPARE(count(db(), QStringLiteral("outbox")), 1); // the opening only
        QCOMPARE(tills.open(QStringLiteral("u"), Money(-1)).error().field(), QStringLiteral("opening_float"));
    }

    void twentyLineMixedCartWithSplitPayment()
    {
        openTill();
        StockLedger ledger(db());
        Cart cart;
        qint64 expectedGross = 0;
        for (int i = 1; i <= 20; ++i) {
            const qint64 price = 1999 + 1237 * i; // odd centavos on purpose
            QVERIFY(cart.add(item(i, price, i % 2 ? kWarehouseA : kWarehouseB), Quantity(i % 3 == 0 ? 1500 : 2000))
                        .has_value());
            expectedGross += Money(price).times(i % 3 == 0 ? 1500 : 2000).centavos();
        }
        QCOMPARE(cart.totals().gross.centavos(), expectedGross);
        const Money total = cart.totals().gross;
        const std::vector<Tender> tenders{
            Tender{TenderMethod::CardDebit, Money(total.centavos() / 2), 0, QStringLiteral("AUT-778812")},
            Tender{TenderMethod::Cash, Money(total.centavos() - total.centavos() / 2 + 5000), 0, {}}};
        const Result<SaleReceipt> receipt = CheckoutService(db(), m_clock).checkout(cart, tenders, context());
        QVERIFY2(receipt.has_value(), test::why(receipt).constData());
        QCOMPARE(receipt->folio, QStringLiteral("MTZ1-000001"));
        QCOMPARE(receipt->change.centavos(), qint64(5000));

        // Header totals are the sums of the stored lines, to the centavo.
        auto sums = db().exec(QStringLiteral("SELECT sum(base_cents), sum(tax_cents), sum(base_cents + tax_cents), "
                                             "count(*) FROM sale_lines WHERE sale_id = ?"),
                              {receipt->saleId});
        QVERIFY(sums->next());
        auto header = db().exec(QStringLiteral("SELECT subtotal_cents, tax_cents, total_cents FROM sales WHERE id = ?"),
                                {receipt->saleId});
        QVERIFY(header->next());
        QCOMPARE(header->value(0).toLongLong(), sums->value(0).toLongLong());
        QCOMPARE(header->value(1).toLongLong(), sums->value(1).toLongLong());
        QCOMPARE(header->value(2).toLongLong(), expectedGross);
        QCOMPARE(sums->value(3).toInt(), 20);
        // Payments: applied amounts add up to the total; cash tendered more than it applied (the change).
        QCOMPARE(db().scalar(QStringLiteral("SELECT sum(amount_cents) FROM sale_payments"))->toLongLong(), expectedGross);
        QCOMPARE(db().scalar(QStringLiteral("SELECT tendered_cents - amount_cents FROM sale_payments WHERE method = 'cash'"))
                     ->toLongLong(),
                 qint64(5000));
        // Stock: one movement per line, balances down by the quantities (negative: nothing was received).
        QCOMPARE(count(db(), QStringLiteral("stock_movements")), 20);
        QCOMPARE(ledger.balance(3, kWarehouseA)->thousandths(), qint64(-1500));
        QCOMPARE(ledger.balance(4, kWarehouseB)->thousandths(), qint64(-2000));
        QCOMPARE(receipt->negativeStockParts.size(), std::size_t(20));
        // Outbox: the till opening and the sale, in order, with the full sale.
        const QList<OutboxEntry> pending = *Outbox(db()).pending(10);
        QCOMPARE(pending.size(), 2);
        QCOMPARE(pending.at(1).type, QStringLiteral("sale.completed"));
        QCOMPARE(pending.at(1).seq, receipt->outboxSeq);
        QVERIFY(pending.at(0).seq < pending.at(1).seq);
        QCOMPARE(pending.at(1).payload.value(QStringLiteral("lines")).toArray().size(), 20);
        QCOMPARE(pending.at(1).payload.value(QStringLiteral("total_cents")).toInteger(), expectedGross);
    }

    void foliosAreSequentialAndStockAccumulates()
    {
        openTill();
        StockLedger ledger(db());
        Transaction receiving(db());
        QVERIFY(receiving.begin().has_value());
        QVERIFY(ledger.post({{IdGenerator::instance().nextString(), 9, kWarehouseA, QStringLiteral("receipt"),
                              Quantity::units(5), QStringLiteral("purchase_order"), QStringLiteral("po-1"),
                              QStringLiteral("u"), QStringLiteral("2026-01-01T00:00:00Z")}}).has_value());
        QVERIFY(receiving.commit().has_value());
        for (int i = 1; i <= 3; ++i) {
            Cart cart;
            QVERIFY(cart.add(item(9, 10000), Quantity::units(2)).has_value());
            const Result<SaleReceipt> receipt = CheckoutService(db(), m_clock)
                                                    .checkout(cart, {Tender{TenderMethod::Cash, Money(20000), 0, {}}}, context());
            QVERIFY(receipt.has_value());
            QCOMPARE(receipt->folio, QStringLiteral("MTZ1-%1").arg(i, 6, 10, QLatin1Char('0')));
            QCOMPARE(receipt->negativeStockParts.empty(), i < 3); // 5 − 6 < 0 on the third sale only
        }
        QCOMPARE(ledger.balance(9, kWarehouseA)->thousandths(), qint64(-1000));
        QCOMPARE(db().scalar(QStringLiteral("SELECT sum(quantity) FROM stock_movements WHERE part_id = 9"))->toLongLong(),
                 qint64(-1000)); // the summary equals the ledger
    }

    void discountsFollowTheRole()
    {
        openTill();
        Cart cart;
        QVERIFY(cart.add(item(1, 10000), Quantity::units(1)).has_value());
        QVERIFY(cart.setLineDiscountPpm(0, 100'000).has_value());
        QVERIFY(cart.setTicketDiscountPpm(50'000).has_value()); // compounded: 14.5 % > 10 %
        QCOMPARE(cart.maxEffectiveDiscountPpm(), qint64(145'000));
        const std::vector<Tender> cash{Tender{TenderMethod::Cash, Money(10000), 0, {}}};
        const Result<SaleReceipt> denied = CheckoutService(db(), m_clock).checkout(cart, cash, context());
        QCOMPARE(denied.error().code(), ErrorCode::PermissionDenied);
        QCOMPARE(count(db(), QStringLiteral("sales")), 0);
        CheckoutContext authorized = context();
        authorized.discountAuthorized = true;
        const Result<SaleReceipt> approved = CheckoutService(db(), m_clock).checkout(cart, cash, authorized);
        QVERIFY2(approved.has_value(), test::why(approved).constData());
        // 100.00 − 10 % = 90.00, − 5 % = 85.50; discount 14.50 recorded on the line.
        QCOMPARE(approved->totals.gross.centavos(), qint64(8550));
        QCOMPARE(db().scalar(QStringLiteral("SELECT discount_cents FROM sale_lines"))->toLongLong(), qint64(1450));
        QCOMPARE(approved->change.centavos(), qint64(1450));
        // A manager needs no authorisation.
        QVERIFY(CheckoutService(db(), m_clock).checkout(cart, cash, context(Role::Manager)).has_value());
        // A mechanic cannot sell at all.
        QCOMPARE(CheckoutService(db(), m_clock).checkout(cart, cash, context(Role::Mechanic)).error().code(),
                 ErrorCode::PermissionDenied);
    }

    void borderBranchChargesEightPercent()
    {
        openTill();
        Cart cart;
        cart.setBorderRegion(true);
        QVERIFY(cart.add(item(1, 10800), Quantity::units(1)).has_value());
        const Result<SaleReceipt> receipt = CheckoutService(db(), m_clock)
                                                .checkout(cart, {Tender{TenderMethod::Cash, Money(10800), 0, {}}}, context());
        QVERIFY(receipt.has_value());
        QCOMPARE(receipt->totals.base.centavos(), qint64(10000));
        QCOMPARE(receipt->totals.tax.centavos(), qint64(800));
        QCOMPARE(db().scalar(QStringLiteral("SELECT tax_code FROM sale_lines"))->toString(), QStringLiteral("iva8"));
    }

    void tendersAreValidated_data()
    {
        QTest::addColumn<int>("method");
        QTest::addColumn<qint64>("tendered");
        QTest::addColumn<qint64>("rate");
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("field");
        QTest::newRow("short cash") << int(TenderMethod::Cash) << qint64(9999) << qint64(0) << QString() << QStringLiteral("amount");
        QTest::newRow("card overpay") << int(TenderMethod::CardCredit) << qint64(10001) << qint64(0)
                                      << QStringLiteral("A1") << QStringLiteral("amount");
        QTest::newRow("card without reference") << int(TenderMethod::CardCredit) << qint64(10000) << qint64(0)
                                                << QString() << QStringLiteral("reference");
        QTest::newRow("usd without rate") << int(TenderMethod::CashUsd) << qint64(1000) << qint64(0) << QString()
                                          << QStringLiteral("exchange_rate");
        QTest::newRow("credit without customer") << int(TenderMethod::StoreCredit) << qint64(10000) << qint64(0)
                                                 << QString() << QStringLiteral("customer");
        QTest::newRow("zero") << int(TenderMethod::Cash) << qint64(0) << qint64(0) << QString() << QStringLiteral("amount");
    }
    void tendersAreValidated()
    {
        QFETCH(int, method);
        QFETCH(qint64, tendered);
        QFETCH(qint64, rate);
        QFETCH(QString, reference);
        QFETCH(QString, field);
        openTill();
        Cart cart;
        QVERIFY(cart.add(item(1, 10000), Quantity::units(1)).has_value());
        const Result<SaleReceipt> receipt = CheckoutService(db(), m_clock).checkout(
            cart, {Tender{TenderMethod(method), Money(tendered), rate, reference}}, context());
        QVERIFY(!receipt.has_value());
        QCOMPARE(receipt.error().field(), field);
        QCOMPARE(count(db(), QStringLiteral("sales")), 0);
        QCOMPARE(count(db(), QStringLiteral("outbox")), 1); // only the till opening
    }

    void dollarsAtTheDaysRate()
    {
        openTill();
        Cart cart;
        QVERIFY(cart.add(item(1, 45000), Quantity::units(1)).has_value()); // $450.00
        // US$30.00 at 17.2534 MXN = $517.60 (517.602 rounded); change $67.60 in pesos.
        const Result<SaleReceipt> receipt = CheckoutService(db(), m_clock).checkout(
            cart, {Tender{TenderMethod::CashUsd, Money(3000, Currency::USD), 17'253'400, {}}}, context());
        QVERIFY2(receipt.has_value(), test::why(receipt).constData());
        QCOMPARE(receipt->change.centavos(), qint64(6760));
        QCOMPARE(db().scalar(QStringLiteral("SELECT exchange_rate_ppm FROM sale_payments"))->toLongLong(),
                 qint64(17'253'400));
    }

    void cartEditingRules()
    {
        Cart cart;
        QCOMPARE(cart.add(item(1, 100), Quantity(0)).error().field(), QStringLiteral("quantity"));
        QVERIFY(cart.add(item(1, 100), Quantity::units(1)).has_value());
        QVERIFY(cart.add(item(1, 100), Quantity::units(2)).has_value());
        QCOMPARE(cart.lines().size(), std::size_t(1)); // same part and warehouse merge
        QCOMPARE(cart.lines().front().quantity, Quantity::units(3));
        QVERIFY(cart.add(item(1, 100, kWarehouseB), Quantity::units(1)).has_value());
        QCOMPARE(cart.lines().size(), std::size_t(2)); // another warehouse is another line
        QCOMPARE(cart.setQuantity(5, Quantity::units(1)).error().field(), QStringLiteral("line"));
        QCOMPARE(cart.setLineDiscountPpm(0, 1'000'001).error().field(), QStringLiteral("discount"));
        QVERIFY(cart.remove(0).has_value());
        QCOMPARE(cart.lines().front().item.warehouseId, kWarehouseB);
    }

    // kill -9 right after checkout returns: reopening finds the sale exactly once, with its outbox row.
    void survivesKillRightAfterCommit()
    {
        const QString path = m_dir.file(QStringLiteral("killed.db"));
        {
            auto store = LocalStore::open(path);
            QVERIFY(CashSessionService((*store)->db(), m_clock, kDevice, kBranch)
                        .open(QStringLiteral("u"), Money(0)).has_value());
        }
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child-checkout"), path});
        QVERIFY(child.waitForFinished(30000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QVERIFY(child.readAllStandardOutput().startsWith("committed MTZ1-000001"));
        auto store = LocalStore::open(path);
        QVERIFY(store.has_value());
        QCOMPARE(count((*store)->db(), QStringLiteral("sales")), 1);
        QCOMPARE(count((*store)->db(), QStringLiteral("sale_lines")), 1);
        QCOMPARE((*store)->db().scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE type = 'sale.completed'"))->toInt(), 1);
        QCOMPARE(StockLedger((*store)->db()).balance(7, kWarehouseA)->thousandths(), qint64(-2000));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--child-checkout") == 0)
        return runChild(QString::fromLocal8Bit(argv[2]));
    TestCheckout test;
    return QTest::qExec(&test, argc, argv);
}

#include "testcheckout.moc"
