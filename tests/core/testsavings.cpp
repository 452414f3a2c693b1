// Savings against agency prices (issues 7 and 10), figures worked by hand: per part line retail × quantity − paid,
// never below zero per line, nothing for a line without a retail price, a return taking its pieces' savings back; the
// same rule in the counter's totals panel (cartsummary.h), a customer's card (customeranalytics.h) and per period.
#include "customers/customeranalytics.h"
#include "customers/customerservice.h"
#include "mockclock.h"
#include "reports/reportservice.h"
#include "sales/cartsummary.h"
#include "sales/cashsessionservice.h"
#include "sales/checkoutservice.h"
#include "sales/savings.h"
#include "store/localstore.h"
#include "tempdir.h"
#include "why.h"

#include <QTest>

using namespace nexus;

namespace {

const QString kDevice = QStringLiteral("0190a1b2-dev1");
const QString kBranch = QStringLiteral("branch-1");

struct LineSpec
{
    qint64 partId;
    qint64 price;
    qint64 retail;
    int units;
    qint64 discountPpm;
};

CartItem item(const LineSpec &l)
{
    return CartItem { l.partId, QStringLiteral("SKU-%1").arg(l.partId), QStringLiteral("Pieza %1").arg(l.partId),
        QStringLiteral("wh-1"), Money(l.price), Money(l.retail), Money(l.price / 2), TaxRate::iva16(), 1,
        QStringLiteral("25174400"), QStringLiteral("H87") };
}

} // namespace

class TestSavings final : public QObject
{
    Q_OBJECT

private:
    test::TempDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    test::MockClock m_clock { QDateTime(QDate(2026, 2, 10), QTime(18, 0), Qt::UTC) };

    Database &db() { return m_store->db(); }
    QString customer(const QString &name)
    {
        CustomerFields f;
        f.name = name;
        const CustomerContext manager { kDevice, kBranch, QStringLiteral("u-gerente"), Role::Manager, {}, {} };
        Result<Customer> created = CustomerService(db(), m_clock).create(f, manager);
        return created ? created->id : QString();
    }
    static Cart cartOf(const QList<LineSpec> &lines)
    {
        Cart cart;
        for (const LineSpec &l : lines) {
            if (!cart.add(item(l), Quantity::units(l.units)))
                qWarning("add refused");
            if (l.discountPpm > 0 && !cart.setLineDiscountPpm(int(cart.lines().size()) - 1, l.discountPpm))
                qWarning("discount refused");
        }
        return cart;
    }
    Result<SaleReceipt> sell(const QString &customerId, const QList<LineSpec> &lines)
    {
        Cart cart = cartOf(lines);
        cart.setCustomerId(customerId);
        const Money total = summarizeCart(cart).totals.gross;
        return CheckoutService(db(), m_clock)
            .checkout(cart, { Tender { TenderMethod::Cash, total, 0, {} } },
                CheckoutContext { kDevice, kBranch, QStringLiteral("MTZ1"), QStringLiteral("u-gerente"),
                    Role::Manager, true, {} });
    }
    Money saved(const QString &saleId, const QString &customerId = {}, const QString &fromUtc = {}, const QString &toUtc = {})
    {
        SavingsScope scope;
        scope.saleId = saleId;
        scope.customerId = customerId;
        scope.fromUtc = fromUtc;
        scope.toUtc = toUtc;
        Result<Money> money = savingsDelivered(db(), scope);
        if (!money)
            qWarning("savings failed: %s", qPrintable(money.error().logMessage()));
        return money ? *money : Money(-1);
    }

    // The first sale: $100 (agency $150) ×2 → 100.00 saved; $200 (agency $250) −10% → paid 180, 70.00 saved; $50 with
    // no agency price ×3 → 0; $300 above its agency price of $280 → 0 (not −20). 170.00 in all, where the ticket-wide
    // rule (agency 830 − paid 830) would have said nothing.
    const QList<LineSpec> m_first { { 7, 10000, 15000, 2, 0 }, { 8, 20000, 25000, 1, 100000 },
        { 9, 5000, 0, 3, 0 }, { 10, 30000, 28000, 1, 0 } };

private Q_SLOTS:
    void init()
    {
        Result<std::unique_ptr<LocalStore>> store = LocalStore::open(m_dir.file(QStringLiteral("nexus.db")));
        QVERIFY2(store, test::why(store).constData());
        m_store = std::move(*store);
        QVERIFY(CashSessionService(db(), m_clock, kDevice, kBranch).open(QStringLiteral("u-gerente"), Money(50000)));
    }
    void cleanup()
    {
        m_store.reset();
        QFile::remove(m_dir.file(QStringLiteral("nexus.db")));
    }

    void lineRule()
    {
        QCOMPARE(lineSavings(Money(15000), 2000, Money(20000)), Money(10000));
        QCOMPARE(lineSavings(Money(28000), 1000, Money(30000)), Money()); // paid above the agency price
        QCOMPARE(lineSavings(Money(), 3000, Money(15000)), Money()); // no agency price
        QCOMPARE(lineSavings(Money(15000), 0, Money()), Money()); // all returned
        QCOMPARE(lineSavings(Money(15000), 1500, Money(15000)), Money(7500)); // 1.5 units
    }

    void counterShowsTheSameRule()
    {
        QCOMPARE(summarizeCart(cartOf(m_first)).savings, Money(17000));
    }

    void customerPeriodSaleAndReturn()
    {
        const QString ruiz = customer(QStringLiteral("Taller Ruiz"));
        const QString lopez = customer(QStringLiteral("Refaccionaria López"));
        QVERIFY(!ruiz.isEmpty() && !lopez.isEmpty());
        Result<SaleReceipt> first = sell(ruiz, m_first);
        QVERIFY2(first, test::why(first).constData());

        // Ten days later: 4 × $100 (agency $150) → 200.00 saved; one piece comes back for $100 → 3 kept, 150.00.
        m_clock.set(QDateTime(QDate(2026, 2, 20), QTime(18, 0), Qt::UTC));
        Result<SaleReceipt> second = sell(ruiz, { { 7, 10000, 15000, 4, 0 } });
        QVERIFY2(second, test::why(second).constData());
        QCOMPARE(saved(second->saleId), Money(20000));
        Result<QSqlQuery> ret = db().exec(
            QStringLiteral("INSERT INTO returns(id, folio, sale_id, branch_id, device_id, cash_session_id, cashier_id, "
                           "approved_by, reason, refund_method, subtotal_cents, tax_cents, total_cents, returned_at) "
                           "SELECT 'ret-1', 'MTZ1-D000001', id, branch_id, device_id, cash_session_id, cashier_id, "
                           "'u-gerente', 'No era', 'cash', 8621, 1379, 10000, '2026-02-21T17:00:00.000Z' "
                           "FROM sales WHERE id = ?"),
            { second->saleId });
        QVERIFY2(ret, test::why(ret).constData());
        Result<QSqlQuery> retLine = db().exec(
            QStringLiteral("INSERT INTO return_lines(return_id, line_no, sale_line_no, part_id, quantity, base_cents, "
                           "tax_cents, total_cents, destination, warehouse_id) SELECT 'ret-1', 1, line_no, part_id, "
                           "1000, 8621, 1379, 10000, 'stock', 'wh-1' FROM sale_lines WHERE sale_id = ?"),
            { second->saleId });
        QVERIFY2(retLine, test::why(retLine).constData());

        // Another customer: $100 against $110 → 10.00.
        Result<SaleReceipt> other = sell(lopez, { { 7, 10000, 11000, 1, 0 } });
        QVERIFY2(other, test::why(other).constData());

        QCOMPARE(saved(first->saleId), Money(17000));
        QCOMPARE(saved(second->saleId), Money(15000)); // the return took 50.00 back
        QCOMPARE(saved({}, ruiz), Money(32000));
        QCOMPARE(saved({}, lopez), Money(1000));
        QCOMPARE(saved({}), Money(33000));
        QCOMPARE(saved({}, ruiz, QStringLiteral("2026-02-01T00:00:00.000Z"), QStringLiteral("2026-02-15T00:00:00.000Z")),
            Money(17000));
        QCOMPARE(saved({}, ruiz, QStringLiteral("2026-02-15T00:00:00.000Z"), QStringLiteral("2026-03-01T00:00:00.000Z")),
            Money(15000));

        // The savings-by-customer report of February: the same figures, most saved first.
        {
            ReportRequest request;
            request.kind = ReportKind::SavingsByCustomer;
            request.from = QDate(2026, 2, 1);
            request.to = QDate(2026, 2, 28);
            request.timeZone = QTimeZone::utc();
            Result<ReportTable> report
                = ReportService(db(), QString()).run(request, ReportViewer { QString(), Role::Hq, QString() });
            QVERIFY2(report, test::why(report).constData());
            QCOMPARE(report->rows.size(), 2);
            QCOMPARE(report->rows.at(0).at(0).toString(), QStringLiteral("Taller Ruiz"));
            QCOMPARE(report->rows.at(0).at(1).toLongLong(), 2); // tickets that saved
            QCOMPARE(report->rows.at(0).at(2).toLongLong(), 32000);
            QCOMPARE(report->rows.at(0).at(3).toLongLong(), 16000); // per ticket
            QCOMPARE(report->rows.at(1).at(0).toString(), QStringLiteral("Refaccionaria López"));
            QCOMPARE(report->rows.at(1).at(2).toLongLong(), 1000);
            const int saved = report->columnIndex(QStringLiteral("saved"));
            QCOMPARE(report->totals.at(saved).toLongLong(), 33000);
            // January: nothing sold, no rows.
            request.from = QDate(2026, 1, 1);
            request.to = QDate(2026, 1, 31);
            QCOMPARE(ReportService(db(), QString()).run(request, ReportViewer { QString(), Role::Hq, QString() })->rows.size(), 0);
        }

        // A cancelled ticket delivered nothing.
        Result<QSqlQuery> cancel = db().exec(QStringLiteral("UPDATE sales SET status = 'cancelled' WHERE id = ?"), { other->saleId });
        QVERIFY2(cancel, test::why(cancel).constData());
        QCOMPARE(saved({}, lopez), Money());

        // The customer's card reads the same figure.
        Result<CustomerAnalytics> card = customerAnalytics(db(), ruiz, m_clock.nowUtc());
        QVERIFY2(card, test::why(card).constData());
        QCOMPARE(card->savings, Money(32000));
    }
};

QTEST_GUILESS_MAIN(TestSavings)
#include "testsavings.moc"
