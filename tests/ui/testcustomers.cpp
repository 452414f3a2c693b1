// The customer at the counter, driven with the keyboard on a real enrolled device: Ctrl+K opens the picker, typing
// finds the customer (accents aside) and Enter attaches them; their price list becomes the ticket's and the header
// shows them with their available credit; Ctrl+N adds a new customer from the picker; the payment offers their
// store credit and charges their account; above the available credit the manager's PIN is asked; Ctrl+Q takes the
// customer off. Screenshots of the picker, the new-customer card and the ticket with its customer go to
// $NEXUS_CUSTOMER_SHOTS (default /tmp/nexus-customers).
#include "salefixture.h"
#include "screenshots.h"
#include "tempdir.h"
#include "uifixture.h"
#include "uisession.h"
#include "whenmodal.h"
#include "why.h"

#include "common/clock.h"
#include "customers/customerlistmodel.h"
#include "customers/customerpickerdialog.h"
#include "customers/customerservice.h"
#include "customers/rfc.h"
#include "sale/cartmodel.h"
#include "sale/salescreen.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QScopeGuard>
#include <QTemporaryDir>

using namespace nexus;
using namespace nexus::test;

namespace {

const QString &shots()
{
    static const QString dir = shotsDir("NEXUS_CUSTOMER_SHOTS", QStringLiteral("/tmp/nexus-customers"));
    return dir;
}

qint64 scalar(const QString &dir, const QString &sql, const QVariantList &values = {})
{
    Result<QVariant> value = DeviceFixture::read(dir, sql, values);
    return value && value->isValid() ? value->toLongLong() : -1;
}

QString text(const QString &dir, const QString &sql, const QVariantList &values = {})
{
    Result<QVariant> value = DeviceFixture::read(dir, sql, values);
    return value ? value->toString() : QString();
}

} // namespace

class TestCustomersUi final : public QObject
{
    Q_OBJECT

private:
    TempDir m_template;
    std::unique_ptr<TempDir> m_dir;
    QList<QString> m_skus;
    QString m_flotillaId;

    QString dir() const { return m_dir->path(); }

    void signIn(UiSession &session)
    {
        QVERIFY(session.signInAndWait(QStringLiteral("maria"), QStringLiteral("caja")));
    }

    QLineEdit *searchEdit(SaleScreen *sale) { return sale->findChild<QLineEdit *>(QStringLiteral("saleSearchEdit")); }

private Q_SLOTS:
    void initTestCase()
    {
        initUiTests();
        QVERIFY(SaleFixture::writeCatalogue(m_template.path(), 2000));
        Result<std::unique_ptr<CatalogStore>> catalog
            = CatalogStore::open(m_template.file(QStringLiteral("catalog.db")), QStringLiteral("template"));
        QVERIFY2(catalog.has_value(), why(catalog).constData());
        Result<QSqlQuery> rows = (*catalog)->db().exec(
            QStringLiteral("SELECT sku FROM parts WHERE active = 1 ORDER BY id LIMIT 2 OFFSET 30"));
        QVERIFY(rows.has_value());
        while (rows->next())
            m_skus << rows->value(0).toString();
        QCOMPARE(m_skus.size(), 2);
    }

    void init()
    {
        m_dir = std::make_unique<TempDir>();
        QVERIFY(DeviceFixture::enroll(dir()));
        QVERIFY(SaleFixture::addWarehouses(dir()));
        QVERIFY(DeviceFixture::addUser(dir(),
            { QStringLiteral("maria"), QString::fromUtf8("María López"), Role::Cashier, QStringLiteral("caja"),
                QStringLiteral("4821") }));
        QVERIFY(DeviceFixture::addUser(dir(),
            { QStringLiteral("jorge"), QString::fromUtf8("Jorge Ramírez"), Role::Manager, QStringLiteral("gerencia"),
                QStringLiteral("1357") }));
        QVERIFY(QFile::copy(m_template.file(QStringLiteral("catalog.db")), QDir(dir()).filePath(QStringLiteral("catalog.db"))));
        QVERIFY(SaleFixture::openTill(dir(), QStringLiteral("user-maria"), Money(50000)));
        // Customers as the pull or an earlier sale left them (a manager set the credit).
        Result<std::unique_ptr<LocalStore>> store
            = LocalStore::open(QDir(dir()).filePath(QStringLiteral("nexus.db")), QStringLiteral("customers-fixture"));
        QVERIFY2(store, why(store).constData());
        CustomerService customers((*store)->db(), Clock::system());
        const CustomerContext manager { DeviceFixture::kDeviceId, DeviceFixture::kBranchId, QStringLiteral("user-jorge"),
            Role::Manager, {}, {} };
        CustomerFields flotilla;
        flotilla.name = QString::fromUtf8("Flotilla Ñandú del Norte SA de CV");
        flotilla.rfc = QStringLiteral("FND010203AB") + rfcCheckDigit(QStringLiteral("FND010203AB"));
        flotilla.fiscalRegime = QStringLiteral("601");
        flotilla.postalCode = QStringLiteral("64000");
        flotilla.phone = QStringLiteral("8183331200");
        flotilla.priceList = QStringLiteral("mayoreo");
        flotilla.creditLimit = Money(200000); // $2,000.00
        flotilla.creditDays = 30;
        Result<Customer> saved = customers.create(flotilla, manager);
        QVERIFY2(saved, why(saved).constData());
        m_flotillaId = saved->id;
        for (const char *name : { "Taller Mecánico Hernández", "Refaccionaria López", "José Martínez Ruiz" }) {
            CustomerFields other;
            other.name = QString::fromUtf8(name);
            QVERIFY(customers.create(other, manager));
        }
    }

    void cleanup() { m_dir.reset(); }

    void attachWithTheKeyboardPayOnCreditAndTakeOff()
    {
        UiSession session(dir());
        signIn(session);
        SaleScreen *sale = session.main()->saleScreen();
        QVERIFY(sale && sale->isReady());
        QVERIFY(sale->addByCode(m_skus[0], Quantity::units(2)));
        CartModel *cart = sale->cartModel();
        const Money publico = cart->cart().lines().at(0).item.unitPrice;
        auto *chip = sale->findChild<QPushButton *>(QStringLiteral("customerChip"));
        QVERIFY(chip);
        QCOMPARE(chip->text(), QStringLiteral("Sin cliente  (Ctrl+K)"));

        // Ctrl+K, type without accents, Enter.
        bool pickerSeen = false;
        bool focusInSearch = false;
        whenModal([&](QWidget *dialog) {
            const auto guard = closeIfLeftOpen(dialog);
            QCOMPARE(dialog->objectName(), QStringLiteral("customerPickerDialog"));
            auto *search = dialog->findChild<QLineEdit *>(QStringLiteral("customerSearchEdit"));
            focusInSearch = QTest::qWaitFor([&] { return QApplication::focusWidget() == search; }, 3000);
            auto *picker = qobject_cast<CustomerPickerDialog *>(dialog);
            QAbstractItemModelTester tester(picker->model());
            QCOMPARE(picker->model()->rowCount(), 4);
            QTest::keyClicks(search, QStringLiteral("nandu norte"));
            QCOMPARE(picker->model()->rowCount(), 1);
            QCOMPARE(picker->model()->index(0, CustomerListModel::Phone).data().toString(),
                QStringLiteral("81 8333 1200"));
            QCOMPARE(picker->model()->index(0, CustomerListModel::PriceList).data().toString(),
                QStringLiteral("Mayoreo"));
            shoot(dialog, shots(), "01-customer-picker");
            pickerSeen = true;
            QTest::keyClick(search, Qt::Key_Return);
        });
        QTest::keyClick(searchEdit(sale), Qt::Key_K, Qt::ControlModifier);
        QVERIFY(pickerSeen);
        QVERIFY(focusInSearch); // the picker opens ready to type
        QVERIFY(sale->customer());
        QCOMPARE(sale->customer()->id, m_flotillaId);
        QCOMPARE(cart->cart().customerId(), m_flotillaId);
        QCOMPARE(cart->cart().priceList(), QStringLiteral("mayoreo"));
        QVERIFY(cart->cart().lines().at(0).item.unitPrice < publico); // repriced at the customer's list
        QVERIFY(chip->text().contains(QString::fromUtf8("Flotilla Ñandú")));
        QVERIFY(chip->text().contains(Money(200000).format()));
        QTRY_COMPARE(QApplication::focusWidget(), searchEdit(sale));
        shoot(sale, shots(), "02-ticket-with-customer");

        // F12: the store-credit row is there with what is available; the whole ticket on credit.
        const Money total = cart->cart().totals().gross;
        whenModal([&](QWidget *dialog) {
            const auto guard = closeIfLeftOpen(dialog);
            QCOMPARE(dialog->objectName(), QStringLiteral("paymentDialog"));
            auto *available = dialog->findChild<QLabel *>(QStringLiteral("storeCreditAvailable"));
            QVERIFY(available && available->text().contains(Money(200000).format()));
            auto *cash = dialog->findChild<QLineEdit *>(QStringLiteral("cashAmountEdit"));
            auto *credit = dialog->findChild<QLineEdit *>(QStringLiteral("storeCreditAmountEdit"));
            QVERIFY(credit);
            credit->setFocus();
            QTest::keyClicks(credit, total.toPlainString());
            QCOMPARE(cash->text(), QString()); // the cash row follows what the other tenders leave
            shoot(dialog, shots(), "03-payment-store-credit");
            QTest::keyClick(credit, Qt::Key_Return);
        });
        QTest::keyClick(searchEdit(sale), Qt::Key_F12);
        QTRY_COMPARE(cart->rowCount(), 0);
        QCOMPARE(scalar(dir(), QStringLiteral("SELECT sum(amount_cents) FROM customer_account_ledger WHERE "
                                              "customer_id = ? AND kind = 'charge' AND authorized_by IS NULL"),
                     { m_flotillaId }),
            total.centavos());
        QCOMPARE(text(dir(), QStringLiteral("SELECT customer_id FROM sales ORDER BY sold_at DESC LIMIT 1")), m_flotillaId);
        // After the sale the next ticket starts without customer, at público.
        QVERIFY(!sale->customer());
        QCOMPARE(chip->text(), QStringLiteral("Sin cliente  (Ctrl+K)"));
        QCOMPARE(cart->cart().priceList(), QStringLiteral("publico"));

        // Again with the customer: now more than what is left ($2,000 − the first ticket): the manager's PIN.
        QVERIFY(sale->attachCustomer(m_flotillaId));
        const Money available = Money(200000) - total;
        QVERIFY(chip->text().contains(available.format()));
        QVERIFY(sale->addByCode(m_skus[1], Quantity::units(40)));
        const Money bigTotal = cart->cart().totals().gross;
        QVERIFY(bigTotal > available);
        bool managerAsked = false;
        whenModal([&](QWidget *dialog) {
            const auto guard = closeIfLeftOpen(dialog);
            auto *credit = dialog->findChild<QLineEdit *>(QStringLiteral("storeCreditAmountEdit"));
            credit->setFocus();
            QTest::keyClicks(credit, bigTotal.toPlainString());
            auto *warning = dialog->findChild<QLabel *>(QStringLiteral("storeCreditError"));
            QVERIFY(warning && warning->isVisible());
            whenModal(
                [&](QWidget *authorize) {
                    const auto authorizeGuard = closeIfLeftOpen(authorize);
                    QCOMPARE(authorize->objectName(), QStringLiteral("managerAuthDialog"));
                    managerAsked = true;
                    QTest::keyClicks(authorize->findChild<QLineEdit *>(QStringLiteral("managerUserEdit")),
                        QStringLiteral("jorge"));
                    auto *pin = authorize->findChild<QLineEdit *>(QStringLiteral("managerPinEdit"));
                    QTest::keyClicks(pin, QStringLiteral("1357"));
                    shoot(authorize, shots(), "04-credit-above-limit-manager");
                    QTest::keyClick(pin, Qt::Key_Return);
                },
                dialog);
            QTest::keyClick(credit, Qt::Key_Return);
        });
        QVERIFY(QTest::qWaitForWindowActive(sale->window()));
        QTRY_COMPARE(QApplication::focusWidget(), searchEdit(sale));
        QTest::keyClick(searchEdit(sale), Qt::Key_F12);
        QTRY_COMPARE(cart->rowCount(), 0);
        QVERIFY(managerAsked);
        QCOMPARE(scalar(dir(), QStringLiteral("SELECT amount_cents FROM customer_account_ledger WHERE customer_id = ? "
                                              "AND authorized_by = 'jorge'"),
                     { m_flotillaId }),
            bigTotal.centavos());

        // Ctrl+K, Ctrl+Q takes the customer off.
        QVERIFY(sale->attachCustomer(m_flotillaId));
        whenModal([](QWidget *dialog) {
            const auto guard = closeIfLeftOpen(dialog);
            QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("removeCustomerButton")));
            auto *search = dialog->findChild<QLineEdit *>(QStringLiteral("customerSearchEdit"));
            QTRY_COMPARE(QApplication::focusWidget(), search);
            QTest::keyClick(search, Qt::Key_Q, Qt::ControlModifier);
        });
        QVERIFY(QTest::qWaitForWindowActive(sale->window()));
        QTRY_COMPARE(QApplication::focusWidget(), searchEdit(sale));
        QTest::keyClick(searchEdit(sale), Qt::Key_K, Qt::ControlModifier);
        QVERIFY(!sale->customer());
        QCOMPARE(cart->cart().customerId(), QString());
        QCOMPARE(cart->cart().priceList(), QStringLiteral("publico"));
    }

    void abonoInCashFromTheTillMenu()
    {
        UiSession session(dir());
        signIn(session);
        SaleScreen *sale = session.main()->saleScreen();
        QVERIFY(sale && sale->isReady());
        // Two tickets on credit, straight through checkout.
        QVERIFY(sale->attachCustomer(m_flotillaId));
        for (const QString &sku : m_skus) {
            QVERIFY(sale->addByCode(sku, Quantity::units(1)));
            const Money total = sale->cartModel()->cart().totals().gross;
            whenModal([&](QWidget *dialog) {
                const auto guard = closeIfLeftOpen(dialog);
                auto *credit = dialog->findChild<QLineEdit *>(QStringLiteral("storeCreditAmountEdit"));
                credit->setFocus();
                QTest::keyClicks(credit, total.toPlainString());
                QTest::keyClick(credit, Qt::Key_Return);
            });
            sale->pay();
            QTRY_COMPARE(sale->cartModel()->rowCount(), 0);
            QVERIFY(sale->attachCustomer(m_flotillaId));
        }
        const qint64 owed = scalar(dir(), QStringLiteral("SELECT sum(amount_cents) FROM customer_account_ledger "
                                                         "WHERE customer_id = ?"),
            { m_flotillaId });
        QVERIFY(owed > 0);
        const qint64 firstTicket = scalar(dir(),
            QStringLiteral("SELECT amount_cents FROM customer_account_ledger WHERE customer_id = ? ORDER BY at LIMIT 1"),
            { m_flotillaId });
        // The abono: all that is owed is offered; the cashier types the first ticket's amount plus $1.
        const Money paid = Money(firstTicket + 100);
        whenModal([&](QWidget *dialog) {
            const auto guard = closeIfLeftOpen(dialog);
            QCOMPARE(dialog->objectName(), QStringLiteral("customerPaymentDialog"));
            QCOMPARE(dialog->findChild<QTableWidget *>(QStringLiteral("customerOpenDocuments"))->rowCount(), 2);
            auto *amount = dialog->findChild<QLineEdit *>(QStringLiteral("customerPaymentAmountEdit"));
            QCOMPARE(amount->text(), Money(owed).toPlainString());
            shoot(dialog, shots(), "06-abono");
            amount->selectAll();
            QTest::keyClicks(amount, paid.toPlainString());
            QTest::keyClick(amount, Qt::Key_Return);
        });
        QVERIFY(sale->takeCustomerPayment());
        QCOMPARE(scalar(dir(), QStringLiteral("SELECT count(*) FROM cash_movements WHERE kind = 'in' AND amount_cents = ?"),
                     { paid.centavos() }),
            1);
        QCOMPARE(scalar(dir(), QStringLiteral("SELECT sum(amount_cents) FROM customer_account_ledger WHERE customer_id = ?"),
                     { m_flotillaId }),
            owed - paid.centavos());
        auto *chip = sale->findChild<QPushButton *>(QStringLiteral("customerChip"));
        QVERIFY(chip->text().contains((Money(200000) - Money(owed) + paid).format()));
    }

    void newCustomerFromThePickerWithTheKeyboard()
    {
        UiSession session(dir());
        signIn(session);
        SaleScreen *sale = session.main()->saleScreen();
        QVERIFY(sale && sale->isReady());
        bool refusedShown = false;
        whenModal([&](QWidget *picker) {
            const auto guard = closeIfLeftOpen(picker);
            auto *search = picker->findChild<QLineEdit *>(QStringLiteral("customerSearchEdit"));
            QTest::keyClicks(search, QStringLiteral("Autopartes Gomez"));
            QCOMPARE(qobject_cast<CustomerPickerDialog *>(picker)->model()->rowCount(), 0);
            whenModal(
                [&](QWidget *card) {
                    const auto cardGuard = closeIfLeftOpen(card);
                    QCOMPARE(card->objectName(), QStringLiteral("customerEditDialog"));
                    auto *name = card->findChild<QLineEdit *>(QStringLiteral("customerNameEdit"));
                    QCOMPARE(name->text(), QStringLiteral("Autopartes Gomez")); // what was typed
                    auto *rfc = card->findChild<QLineEdit *>(QStringLiteral("customerRfcEdit"));
                    auto *phone = card->findChild<QLineEdit *>(QStringLiteral("customerPhoneEdit"));
                    // A wrong date in the RFC: refused under the field, in Spanish.
                    rfc->setFocus();
                    QTest::keyClicks(rfc, QStringLiteral("GOMA800231XY1"));
                    QTest::keyClick(rfc, Qt::Key_Return);
                    auto *rfcError = card->findChild<QLabel *>(QStringLiteral("rfcError"));
                    refusedShown = card->isVisible() && rfcError->isVisible()
                        && rfcError->text().contains(QStringLiteral("no es una fecha"));
                    shoot(card, shots(), "05-new-customer-refused");
                    rfc->clear();
                    phone->setFocus();
                    QTest::keyClicks(phone, QStringLiteral("(81) 1234-5678"));
                    QTest::keyClick(phone, Qt::Key_Return);
                },
                picker);
            QTest::keyClick(search, Qt::Key_N, Qt::ControlModifier);
        });
        QTest::keyClick(searchEdit(sale), Qt::Key_K, Qt::ControlModifier);
        QVERIFY(refusedShown);
        QVERIFY(sale->customer());
        QCOMPARE(sale->customer()->fields.name, QStringLiteral("Autopartes Gomez"));
        QCOMPARE(sale->customer()->fields.phone, QStringLiteral("8112345678"));
        QCOMPARE(scalar(dir(), QStringLiteral("SELECT count(*) FROM outbox WHERE type = 'customer.created' AND "
                                              "json_extract(payload, '$.id') = ?"),
                     { sale->customer()->id }),
            1);
    }
};

int main(int argc, char **argv)
{
    QTemporaryDir config;
    useOffscreenScreen(config, 1366, 768); // the counter's screen
    QApplication app(argc, argv);
    TestCustomersUi test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "testcustomers.moc"
