// A customer's points and tier are the same at every branch: two counters of different branches (MTY, GDL) enrolled
// with the real nexus-server over HTTPS, selling through the real CheckoutService and syncing with the real
// SyncEngine. Points earned at MTY can be spent at GDL once they came down (the "customers" bucket carries head
// office's figures); the points tender refuses more than head office's balance plus the counter's own facts not yet
// acknowledged; a sale still on its way up is neither lost when the server's older figure comes down nor counted
// twice once the server has it; the tier's 12-month spend adds up every branch, and so do the card's lifetime
// purchases, value, average ticket and rhythm (tenant migration 0026). SQLite files, or PostgreSQL with
// NEXUS_TEST_BACKEND=postgresql (e2e_testloyaltybranches_postgresql).
#include "../server/serverbackend.h"
#include "enrolledcounter.h"
#include "tempdir.h"
#include "tenantstack.h"
#include "why.h"

#include "common/clock.h"
#include "customers/customeranalytics.h"
#include "customers/customerservice.h"
#include "customers/loyaltyledger.h"
#include "sales/cashsessionservice.h"
#include "sales/checkoutservice.h"

#include <QTest>

using namespace nexus;
using namespace nexus::test;

class TestLoyaltyBranches final : public QObject
{
    Q_OBJECT

private:
    TempDir m_root;
    TenantFixture m_acme = TenantFixture::standard(QStringLiteral("acme"));
    std::unique_ptr<ServerBackend> m_backend;
    std::unique_ptr<ServerProcess> m_server;
    EnrolledCounter m_mty;
    EnrolledCounter m_gdl;
    QString m_customer;

    static qint64 points(EnrolledCounter &counter, const QString &customerId)
    {
        Result<qint64> balance = LoyaltyLedger(counter.db()).balance(customerId);
        return balance ? *balance : -1;
    }

    static Money spend(EnrolledCounter &counter, const QString &customerId)
    {
        Result<CustomerAnalytics> a = customerAnalytics(counter.db(), customerId, QDateTime::currentDateTimeUtc());
        return a ? a->rolling12MonthSpend : Money(-1);
    }

    CustomerAnalytics analytics(EnrolledCounter &counter) const
    {
        Result<CustomerAnalytics> a = customerAnalytics(counter.db(), m_customer, QDateTime::currentDateTimeUtc());
        if (a)
            return *a;
        CustomerAnalytics failed;
        failed.purchases = -1;
        return failed;
    }

    // Sells one part worth `cents` (IVA included) to the customer, `pointsCents` of it paid with points and the rest
    // in cash.
    Result<SaleReceipt> sell(EnrolledCounter &counter, qint64 cents, qint64 pointsCents = 0)
    {
        Cart cart;
        cart.setCustomerId(m_customer);
        const CartItem item { 7001, QStringLiteral("BAL-7001"), QStringLiteral("Balatas delanteras"), counter.shelf(),
            Money(cents), Money(cents), Money(cents / 2), TaxRate::iva16(), 1, QStringLiteral("25174003"),
            QStringLiteral("H87") };
        if (Status added = cart.add(item, Quantity::units(1)); !added)
            return std::unexpected(added.error());
        std::vector<Tender> tenders;
        if (pointsCents > 0)
            tenders.push_back(Tender { TenderMethod::LoyaltyPoints, Money(pointsCents), 0, {} });
        if (cents > pointsCents)
            tenders.push_back(Tender { TenderMethod::Cash, Money(cents - pointsCents), 0, {} });
        return CheckoutService(counter.db(), Clock::system())
            .checkout(cart, tenders,
                CheckoutContext { counter.profile.deviceId, counter.profile.branchId, counter.profile.folioSeries,
                    cashier(counter), Role::Cashier, false });
    }

    QString cashier(EnrolledCounter &counter) const
    {
        return m_acme.userId(&counter == &m_mty ? QStringLiteral("acme-mty-cajero") : QStringLiteral("acme-gdl-cajero"));
    }

    // A customer created by the counter's manager becomes the test's customer; the counter pushes it.
    bool addCustomer(EnrolledCounter &counter, const QString &name, const QString &phone)
    {
        CustomerFields f;
        f.name = name;
        f.phone = phone;
        Result<Customer> customer = CustomerService(counter.db(), Clock::system())
                                        .create(f,
                                            CustomerContext { counter.profile.deviceId, counter.profile.branchId,
                                                QStringLiteral("u-gerente"), Role::Manager, {}, {} });
        if (!customer)
            return false;
        m_customer = customer->id;
        return counter.sync();
    }

    bool openTill(EnrolledCounter &counter)
    {
        CashSessionService tills(counter.db(), Clock::system(), counter.profile.deviceId, counter.profile.branchId);
        return tills.open(cashier(counter), Money(50000)).has_value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("NEXUS_SECRET_STORE", "file");
        QVERIFY(m_root.isValid());
        m_backend = std::make_unique<ServerBackend>(m_root.path() + QStringLiteral("/server"));
        const Status started = m_backend->start();
        NEXUS_REQUIRE_POSTGRES(started);
        const TenantStack stack = createTenantStack(
            m_root.path(), m_backend->databaseUrl(), m_acme, { QStringLiteral("MTY"), QStringLiteral("GDL") });
        QVERIFY2(stack.error.isEmpty(), qPrintable(stack.error));
        m_server = m_backend->server();
        QVERIFY2(m_server->start(), qPrintable(m_server->log()));
        m_mty = enrollCounter(*m_server, stack.codes.at(0), m_root.file(QStringLiteral("mty")), QStringLiteral("mty"));
        m_gdl = enrollCounter(*m_server, stack.codes.at(1), m_root.file(QStringLiteral("gdl")), QStringLiteral("gdl"));
        QVERIFY(m_mty.store && m_gdl.store);
        QVERIFY(openTill(m_mty));
        QVERIFY(openTill(m_gdl));

        QVERIFY(addCustomer(m_mty, QStringLiteral("Ana Treviño"), QStringLiteral("8110002233")));
        QVERIFY(m_gdl.sync());
    }

    void cleanupTestCase()
    {
        m_mty = {};
        m_gdl = {};
        if (m_server)
            QCOMPARE(m_server->stop(), 0);
    }

    void pointsFollowTheCustomerAcrossBranches()
    {
        QCOMPARE(points(m_gdl, m_customer), 0);

        // $1,000 at MTY earns 100 points: counted once at MTY before and after the server has the sale.
        Result<SaleReceipt> first = sell(m_mty, 1000'00);
        QVERIFY2(first, why(first).constData());
        QCOMPARE(points(m_mty, m_customer), 100);
        QVERIFY(m_mty.sync());
        QCOMPARE(points(m_mty, m_customer), 100);

        // GDL has not pulled yet: it cannot spend what it does not know of.
        Result<SaleReceipt> early = sell(m_gdl, 300'00, 5'00);
        QVERIFY(!early);
        QCOMPARE(early.error().field(), QStringLiteral("loyalty_points"));
        QVERIFY(m_gdl.sync());
        QCOMPARE(points(m_gdl, m_customer), 100);

        // GDL: $300 with $5.00 of points (50) earns 29 on the $295 paid with money: 100 − 50 + 29 = 79 at once, and
        // the points tender refuses 80 of them ($8.00).
        Result<SaleReceipt> spent = sell(m_gdl, 300'00, 5'00);
        QVERIFY2(spent, why(spent).constData());
        QCOMPARE(points(m_gdl, m_customer), 79);
        Result<SaleReceipt> tooMuch = sell(m_gdl, 100'00, 8'00);
        QVERIFY(!tooMuch);
        QCOMPARE(tooMuch.error().field(), QStringLiteral("loyalty_points"));
        QCOMPARE(points(m_mty, m_customer), 100); // MTY has not heard yet
        QVERIFY(m_gdl.sync());
        QCOMPARE(points(m_gdl, m_customer), 79);
        QVERIFY(m_mty.sync());
        QCOMPARE(points(m_mty, m_customer), 79);

        // MTY sells $200 (20 points) and does not push; meanwhile GDL sells $100 (10 points) and syncs. MTY pulls only:
        // the server's 89 (without MTY's new sale) plus its own 20 still on the way up.
        Result<SaleReceipt> unpushed = sell(m_mty, 200'00);
        QVERIFY2(unpushed, why(unpushed).constData());
        QCOMPARE(points(m_mty, m_customer), 99);
        Result<SaleReceipt> other = sell(m_gdl, 100'00);
        QVERIFY2(other, why(other).constData());
        QVERIFY(m_gdl.sync());
        Result<SyncEngine::PullPassResult> pulled = m_mty.engine->pullBuckets();
        QVERIFY2(pulled, why(pulled).constData());
        QVERIFY(m_mty.pending() > 0);
        QCOMPARE(points(m_mty, m_customer), 109);
        // 109 points are there to spend at MTY ($10.90), not one more.
        Result<SaleReceipt> overdraw = sell(m_mty, 50'00, 10'91);
        QVERIFY(!overdraw);
        QCOMPARE(overdraw.error().field(), QStringLiteral("loyalty_points"));
        QVERIFY(m_mty.sync());
        QCOMPARE(points(m_mty, m_customer), 109);
        QVERIFY(m_gdl.sync());
        QCOMPARE(points(m_gdl, m_customer), 109);

        // The tier's spend is every branch's: 1,000 + 300 + 200 + 100.
        QCOMPARE(spend(m_mty, m_customer), Money(1600'00));
        QCOMPARE(spend(m_gdl, m_customer), Money(1600'00));
    }

    void lifetimeFiguresAreTheChains()
    {
        // A customer first seen at GDL buys at both branches: each card shows every branch's purchases once pulled.
        QVERIFY(addCustomer(m_gdl, QStringLiteral("Beto Garza"), QStringLiteral("3310004455")));
        QVERIFY(m_mty.sync());
        QVERIFY(sell(m_mty, 1000'00).has_value());
        QVERIFY(sell(m_gdl, 500'00).has_value());
        QVERIFY(sell(m_gdl, 250'00).has_value());
        // Before any sync each counter knows its own tickets only.
        QCOMPARE(analytics(m_mty).purchases, 1);
        QCOMPARE(analytics(m_gdl).lifetimeValue, Money(750'00));
        QVERIFY(m_mty.sync());
        QVERIFY(m_gdl.sync());
        QVERIFY(m_mty.sync());
        for (EnrolledCounter *counter : { &m_mty, &m_gdl }) {
            const CustomerAnalytics a = analytics(*counter);
            QVERIFY(a.allBranches);
            QCOMPARE(a.purchases, 3);
            QCOMPARE(a.lifetimeValue, Money(1750'00));
            QCOMPARE(a.averageTicket, Money(583'33));
            QCOMPARE(a.purchaseDays, 1);
            QCOMPARE(a.daysSinceLast, 0);
        }
        QCOMPARE(analytics(m_mty).lastPurchaseUtc, analytics(m_gdl).lastPurchaseUtc);

        // MTY sells again and only pulls: head office's three plus its own still on the way up, not counted twice
        // once the server has it; GDL sees four after its pull.
        QVERIFY(sell(m_mty, 150'00).has_value());
        Result<SyncEngine::PullPassResult> pulled = m_mty.engine->pullBuckets();
        QVERIFY2(pulled, why(pulled).constData());
        QCOMPARE(analytics(m_mty).purchases, 4);
        QCOMPARE(analytics(m_mty).lifetimeValue, Money(1900'00));
        QVERIFY(m_mty.sync());
        QVERIFY(m_gdl.sync());
        for (EnrolledCounter *counter : { &m_mty, &m_gdl }) {
            const CustomerAnalytics a = analytics(*counter);
            QCOMPARE(a.purchases, 4);
            QCOMPARE(a.lifetimeValue, Money(1900'00));
            QCOMPARE(a.averageTicket, Money(475'00));
            QCOMPARE(a.rolling12MonthSpend, Money(1900'00));
            // The brake pads of every ticket, wherever sold: what the favourite categories are made of.
            QCOMPARE(a.spendByPart.value(7001), Money(1900'00));
        }
    }
};

QTEST_GUILESS_MAIN(TestLoyaltyBranches)
#include "testloyaltybranches.moc"
