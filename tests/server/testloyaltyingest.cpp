// Loyalty points through the real nexus-server over HTTPS: a counter (its own nexus.db, the real CheckoutService and
// ReturnService) sells to a customer, lets them pay part of a later ticket with points and takes that ticket back;
// its pushed facts land in the tenant: the points payment, the ledger's debit and the return's credit, the return's
// store credit only for what did not go back as points. Another branch's move and one whose value does not match
// its points are quarantined. Runs on SQLite, and on PostgreSQL with NEXUS_TEST_BACKEND=postgresql.
#include "counterpushtest.h"

#include "common/clock.h"
#include "customers/loyaltyledger.h"
#include "returns/returnservice.h"
#include "sales/cashsessionservice.h"
#include "sales/checkoutservice.h"

using namespace nexus;
using namespace nexus::test;

class TestLoyaltyIngest final : public CounterPushTest
{
    Q_OBJECT

private:
    Result<SaleReceipt> sell(const QString &customerId, qint64 cents, const std::vector<Tender> &tenders)
    {
        Cart cart;
        if (Status added = cart.add(CartItem { 7, QStringLiteral("SKU-7"), QStringLiteral("Balata"),
                                        m_device.branchId + QStringLiteral("-wh-A"), Money(cents), Money(cents),
                                        Money(cents / 2), TaxRate::iva16(), 1, QStringLiteral("25174400"),
                                        QStringLiteral("H87") },
                Quantity::units(1));
            !added)
            return std::unexpected(added.error());
        cart.setCustomerId(customerId);
        const CheckoutContext context { m_device.id, m_device.branchId, QStringLiteral("MTY1"),
            QStringLiteral("u-cajero"), Role::Cashier, false };
        return CheckoutService(m_counter->db(), Clock::system()).checkout(cart, tenders, context);
    }

private Q_SLOTS:
    void initTestCase() { startCounterAndServer(); }

    void cleanupTestCase() { stopServer(); }

    void pointsPaidAndGivenBackReachTheTenant()
    {
        CustomerFields f;
        f.name = QStringLiteral("Refaccionaria del Valle");
        f.phone = QStringLiteral("8119876543");
        Result<Customer> customer = CustomerService(m_counter->db(), Clock::system()).create(f, context());
        QVERIFY2(customer, why(customer).constData());
        QVERIFY(CashSessionService(m_counter->db(), Clock::system(), m_device.id, m_device.branchId)
                    .open(QStringLiteral("u-cajero"), Money(50000)));
        Result<SaleReceipt> earned = sell(customer->id, 500000, { Tender { TenderMethod::Cash, Money(500000), 0, {} } });
        QVERIFY2(earned, why(earned).constData());
        Result<SaleReceipt> paid = sell(customer->id, 11600,
            { Tender { TenderMethod::LoyaltyPoints, Money(4000), 0, {} }, Tender { TenderMethod::Cash, Money(7600), 0, {} } });
        QVERIFY2(paid, why(paid).constData());
        const ReturnRequest request { paid->saleId, { ReturnLineRequest { 1, Quantity::units(1),
                                                       ReturnDestination::Stock } },
            QStringLiteral("No le quedó"), RefundMethod::StoreCredit, {}, {} };
        const ReturnContext returnContext { m_device.id, m_device.branchId, QStringLiteral("MTY1"),
            QStringLiteral("u-gerente"), Role::Manager, {} };
        Result<ReturnRecord> returned
            = ReturnService(m_counter->db(), Clock::system()).processReturn(request, returnContext);
        QVERIFY2(returned, why(returned).constData());
        QCOMPARE(returned->pointsBack, qint64(400));

        // customer, till, two sales, a points move, the return, its points move: all applied.
        const QStringList applied = pushCounter();
        QVERIFY2(!applied.isEmpty() && applied.count(QStringLiteral("applied")) == applied.size(),
            qPrintable(applied.join(QLatin1Char(','))));
        QCOMPARE(count(QStringLiteral("SELECT amount_cents FROM sale_payments WHERE sale_id = ? AND method = "
                                      "'loyalty_points'"),
                     { paid->saleId }),
            4000);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM loyalty_ledger WHERE customer_id = ? AND device_id = ?"),
                     { customer->id, m_device.id }),
            2);
        QCOMPARE(count(QStringLiteral("SELECT points FROM loyalty_ledger WHERE ref_id = ? AND ref_type = 'sale'"),
                     { paid->saleId }),
            -400);
        QCOMPARE(count(QStringLiteral("SELECT value_cents FROM loyalty_ledger WHERE ref_id = ? AND ref_type = "
                                      "'return'"),
                     { returned->id }),
            4000);
        QCOMPARE(count(QStringLiteral("SELECT CAST(sum(points) AS BIGINT) FROM loyalty_ledger WHERE customer_id = ?"),
                     { customer->id }),
            0);
        // The return's store credit is what did not go back as points: $116.00 − $40.00.
        QCOMPARE(count(QStringLiteral("SELECT amount_cents FROM store_credit_ledger WHERE ref_id = ?"), { returned->id }),
            7600);

        // Another branch's move, a value that does not match its points, a sale that gives points: quarantined.
        LoyaltyMove move { IdGenerator::instance().nextString(), customer->id, m_device.branchId, -10, Money(100),
            QStringLiteral("sale"), paid->saleId, paid->folio, QStringLiteral("2026-03-02T15:00:00.000Z") };
        LoyaltyMove foreign = move;
        foreign.branchId = m_acme.branchId(QStringLiteral("GDL"));
        QCOMPARE(pushOne(QString(kLoyaltyPointsMovedMutation), loyaltyMovePayload(foreign)),
            QStringList { QStringLiteral("quarantined") });
        LoyaltyMove wrongValue = move;
        wrongValue.value = Money(150);
        QCOMPARE(pushOne(QString(kLoyaltyPointsMovedMutation), loyaltyMovePayload(wrongValue)),
            QStringList { QStringLiteral("quarantined") });
        LoyaltyMove saleGives = move;
        saleGives.points = 10;
        QCOMPARE(pushOne(QString(kLoyaltyPointsMovedMutation), loyaltyMovePayload(saleGives)),
            QStringList { QStringLiteral("quarantined") });
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM loyalty_ledger")), 2);
        // A well-formed move of a customer the server does not know is kept, with an exception for HQ.
        LoyaltyMove orphan = move;
        orphan.customerId = IdGenerator::instance().nextString();
        QCOMPARE(pushOne(QString(kLoyaltyPointsMovedMutation), loyaltyMovePayload(orphan)),
            QStringList { QStringLiteral("applied") });
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM exceptions WHERE kind = 'unknown_customer' AND ref = ?"),
                     { orphan.id }),
            1);
    }
};

QTEST_GUILESS_MAIN(TestLoyaltyIngest)
#include "testloyaltyingest.moc"
