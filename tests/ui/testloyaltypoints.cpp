// Paying with loyalty points at the counter, by keyboard on a real enrolled device: a customer who earned 500 points
// is attached, F12 opens the payment with their balance and what it is worth; Alt+P goes to the points row, the cash
// row follows what the points leave, Enter charges; the sale's points leave the balance (ledger, outbox fact). More
// than the balance is flagged as it is typed and refused on Enter with nothing written. Screenshot of the payment to
// $NEXUS_LOYALTY_SHOTS (default /tmp/nexus-loyalty).
#include "salefixture.h"
#include "screenshots.h"
#include "tempdir.h"
#include "uifixture.h"
#include "uisession.h"
#include "whenmodal.h"
#include "why.h"

#include "common/clock.h"
#include "customers/customerservice.h"
#include "customers/loyalty.h"
#include "customers/loyaltyledger.h"
#include "sale/cartmodel.h"
#include "sale/salescreen.h"
#include "sales/checkoutservice.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>

using namespace nexus;
using namespace nexus::test;

namespace {

const QString &shots()
{
    static const QString dir = shotsDir("NEXUS_LOYALTY_SHOTS", QStringLiteral("/tmp/nexus-loyalty"));
    return dir;
}

} // namespace

class TestLoyaltyPointsUi final : public QObject
{
    Q_OBJECT

private:
    TempDir m_template;
    std::unique_ptr<TempDir> m_dir;
    QString m_sku;
    QString m_customerId;

    QString dir() const { return m_dir->path(); }

    std::unique_ptr<LocalStore> openStore()
    {
        Result<std::unique_ptr<LocalStore>> store
            = LocalStore::open(QDir(dir()).filePath(QStringLiteral("nexus.db")), QStringLiteral("loyalty-probe"));
        return store ? std::move(*store) : nullptr;
    }

    qint64 scalar(const QString &sql, const QVariantList &values = {})
    {
        std::unique_ptr<LocalStore> store = openStore();
        Result<QVariant> value = store ? store->db().scalar(sql, values) : Result<QVariant>(QVariant());
        return value && value->isValid() ? value->toLongLong() : -1;
    }

    qint64 balance()
    {
        std::unique_ptr<LocalStore> store = openStore();
        Result<qint64> points = store ? LoyaltyLedger(store->db()).balance(m_customerId) : Result<qint64>(qint64(-1));
        return points ? *points : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        initUiTests();
        QVERIFY(SaleFixture::writeCatalogue(m_template.path(), 2000));
        Result<std::unique_ptr<CatalogStore>> catalog
            = CatalogStore::open(m_template.file(QStringLiteral("catalog.db")), QStringLiteral("template"));
        QVERIFY2(catalog.has_value(), why(catalog).constData());
        Result<QVariant> sku = (*catalog)->db().scalar(
            QStringLiteral("SELECT sku FROM parts WHERE active = 1 ORDER BY id LIMIT 1 OFFSET 30"));
        QVERIFY(sku && sku->isValid());
        m_sku = sku->toString();
    }

    void init()
    {
        m_dir = std::make_unique<TempDir>();
        QVERIFY(DeviceFixture::enroll(dir()));
        QVERIFY(SaleFixture::addWarehouses(dir()));
        QVERIFY(DeviceFixture::addUser(dir(),
            { QStringLiteral("maria"), QString::fromUtf8("María López"), Role::Cashier, QStringLiteral("caja"),
                QStringLiteral("4821") }));
        QVERIFY(QFile::copy(
            m_template.file(QStringLiteral("catalog.db")), QDir(dir()).filePath(QStringLiteral("catalog.db"))));
        QVERIFY(SaleFixture::openTill(dir(), QStringLiteral("user-maria"), Money(50000)));
        std::unique_ptr<LocalStore> store = openStore();
        QVERIFY(store);
        const CustomerContext manager { DeviceFixture::kDeviceId, DeviceFixture::kBranchId,
            QStringLiteral("user-maria"), Role::Manager, {}, {} };
        CustomerFields fields;
        fields.name = QString::fromUtf8("Taller Mecánico Hernández");
        fields.phone = QStringLiteral("5544332211");
        Result<Customer> created = CustomerService(store->db(), Clock::system()).create(fields, manager);
        QVERIFY2(created, why(created).constData());
        m_customerId = created->id;
        // An earlier $5,000.00 ticket in cash: 500 points.
        Cart earlier;
        QVERIFY(earlier.add(CartItem { 1, QStringLiteral("EARLIER-1"), QStringLiteral("Motor de arranque"),
                                SaleFixture::kCounter, Money(500000), Money(500000), Money(250000), TaxRate::iva16(),
                                1, QStringLiteral("25174400"), QStringLiteral("H87") },
            Quantity::units(1)));
        earlier.setCustomerId(m_customerId);
        const CheckoutContext context { DeviceFixture::kDeviceId, DeviceFixture::kBranchId, QStringLiteral("CEN1"),
            QStringLiteral("user-maria"), Role::Cashier, false };
        Result<SaleReceipt> sold = CheckoutService(store->db(), Clock::system())
                                       .checkout(earlier, { Tender { TenderMethod::Cash, Money(500000), 0, {} } }, context);
        QVERIFY2(sold, why(sold).constData());
    }

    void cleanup() { m_dir.reset(); }

    void payPartWithPointsByKeyboard()
    {
        QCOMPARE(balance(), qint64(500));
        UiSession session(dir());
        QVERIFY(session.signInAndWait(QStringLiteral("maria"), QStringLiteral("caja")));
        SaleScreen *sale = session.main()->saleScreen();
        QVERIFY(sale && sale->isReady());
        QVERIFY(sale->attachCustomer(m_customerId));
        QVERIFY(sale->addByCode(m_sku, Quantity::units(1)));
        auto *search = sale->findChild<QLineEdit *>(QStringLiteral("saleSearchEdit"));
        QTRY_COMPARE(QApplication::focusWidget(), search);
        const Money total = sale->cartModel()->cart().totals().gross;
        QVERIFY(total > Money(4000));

        // Too many points first: flagged while typing, refused on Enter, nothing sold; then Esc.
        const qint64 salesBefore = scalar(QStringLiteral("SELECT count(*) FROM sales"));
        bool refused = false;
        whenModal([&](QWidget *dialog) {
            const auto guard = closeIfLeftOpen(dialog);
            QCOMPARE(dialog->objectName(), QStringLiteral("paymentDialog"));
            QTest::keyClick(dialog, Qt::Key_P, Qt::AltModifier);
            auto *points = dialog->findChild<QLineEdit *>(QStringLiteral("pointsAmountEdit"));
            QVERIFY(points);
            QTRY_COMPARE(QApplication::focusWidget(), points);
            QTest::keyClicks(points, QStringLiteral("60.00"));
            auto *error = dialog->findChild<QLabel *>(QStringLiteral("pointsError"));
            QVERIFY(error && error->isVisible());
            QVERIFY2(error->text().contains(QStringLiteral("500")), qPrintable(error->text()));
            QTest::keyClick(points, Qt::Key_Return);
            QVERIFY(dialog->isVisible());
            refused = true;
            QTest::keyClick(points, Qt::Key_Escape);
        });
        QTest::keyClick(search, Qt::Key_F12);
        QVERIFY(refused);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM sales")), salesBefore);

        // $40.00 with 400 points, the rest in cash, all by keyboard.
        QTRY_COMPARE(QApplication::focusWidget(), search);
        bool charged = false;
        whenModal([&](QWidget *dialog) {
            const auto guard = closeIfLeftOpen(dialog);
            auto *available = dialog->findChild<QLabel *>(QStringLiteral("pointsAvailable"));
            QVERIFY(available);
            QVERIFY2(available->text().contains(QStringLiteral("500")) && available->text().contains(Money(5000).format()),
                qPrintable(available->text()));
            QTest::keyClick(dialog, Qt::Key_P, Qt::AltModifier);
            auto *points = dialog->findChild<QLineEdit *>(QStringLiteral("pointsAmountEdit"));
            QTRY_COMPARE(QApplication::focusWidget(), points);
            QTest::keyClicks(points, QStringLiteral("40.00"));
            auto *cash = dialog->findChild<QLineEdit *>(QStringLiteral("cashAmountEdit"));
            QCOMPARE(cash->text(), (total - Money(4000)).toPlainString()); // the cash row follows the points
            shoot(dialog, shots(), "01-payment-with-points");
            charged = true;
            QTest::keyClick(points, Qt::Key_Return);
        });
        QTest::keyClick(search, Qt::Key_F12);
        QVERIFY(charged);
        QTRY_COMPARE(sale->cartModel()->rowCount(), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM sales")), salesBefore + 1);
        QCOMPARE(scalar(QStringLiteral("SELECT amount_cents FROM sale_payments WHERE method = 'loyalty_points'")),
            qint64(4000));
        QCOMPARE(scalar(QStringLiteral("SELECT points FROM loyalty_ledger WHERE customer_id = ?"), { m_customerId }),
            qint64(-400));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE type = 'loyalty.points_moved'")), qint64(1));
        QCOMPARE(balance(), qint64(500 - 400 + loyaltyPoints(total - Money(4000))));
    }
};

QTEST_MAIN(TestLoyaltyPointsUi)
#include "testloyaltypoints.moc"
