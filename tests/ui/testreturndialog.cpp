// The return dialog on a real enrolled nexus.db with a real sale made by CheckoutService: the folio scanned in odd
// form plus Enter, quantities typed on the lines, Space for the defective location, live refund equal to what the
// service records, F12; a cashier gets the manager PIN prompt; refusals show and write nothing; es_MX screenshots.
#include "salefixture.h"
#include "tempdir.h"
#include "whenmodal.h"
#include "uifixture.h"
#include "uisession.h"
#include "why.h"

#include "auth/authservice.h"
#include "customers/customerlistmodel.h"
#include "customers/customerpickerdialog.h"
#include "customers/customerservice.h"
#include "returns/returndialog.h"
#include "returns/returnlinesmodel.h"
#include "sales/checkoutservice.h"
#include "sales/counterprofile.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>

#include <functional>

using namespace nexus;
using namespace nexus::test;

namespace {

CartItem part(qint64 id, qint64 priceCents, const QString &name)
{
    return CartItem { id, QStringLiteral("BAL-%1").arg(id), name, SaleFixture::kCounter, Money(priceCents),
        Money(priceCents), Money(priceCents / 2), TaxRate::iva16(), 1, QStringLiteral("25174400"),
        QStringLiteral("H87") };
}

} // namespace

class TestReturnDialog final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<AuthService> m_auth;
    SaleReceipt m_sale;

    qint64 count(const QString &sql, const QVariantList &values = {})
    {
        Result<QVariant> value = m_store->db().scalar(sql, values);
        return value && value->isValid() ? value->toLongLong() : -1;
    }

    void login(const QString &user, const QString &password)
    {
        m_auth = std::make_unique<AuthService>(m_store->db(), Clock::system(), DeviceFixture::kDeviceId);
        Result<User> logged = m_auth->login(user, password);
        QVERIFY2(logged.has_value(), why(logged).constData());
    }

    template <typename T> static T *child(QWidget *parent, const char *name)
    {
        return parent->findChild<T *>(QString::fromLatin1(name));
    }

    // Shows the dialog as the sale screen would (active window, so its F-keys work).
    static void showActive(ReturnDialog &dialog)
    {
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
    }

    // Scans the folio the way a US-layout scanner types it on a Latin American keyboard: lower case, "'" for "-".
    void scan(ReturnDialog &dialog)
    {
        auto *folio = child<QLineEdit>(&dialog, "returnFolioEdit");
        QVERIFY(folio);
        QTRY_COMPARE(QApplication::focusWidget(), folio);
        QTest::keyClicks(folio, m_sale.folio.toLower().replace(QLatin1Char('-'), QLatin1Char('\'')));
        QTest::keyClick(folio, Qt::Key_Return);
        QCOMPARE(dialog.linesModel()->rowCount(), 3);
        QCOMPARE(folio->text(), m_sale.folio);
    }

    // Types a whole-piece quantity on a line's "to return" cell and commits it with Enter.
    void typeQuantity(ReturnDialog &dialog, int row, int pieces)
    {
        auto *view = child<QTableView>(&dialog, "returnLinesView");
        QVERIFY(view);
        view->setFocus();
        view->setCurrentIndex(dialog.linesModel()->index(row, ReturnLinesModel::ToReturn));
        QTest::keyClick(view, Qt::Key(Qt::Key_0 + pieces));
        QWidget *editor = QApplication::focusWidget();
        QVERIFY(editor && editor->objectName() == QStringLiteral("returnQuantityEditor"));
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits and closes its editor on the next turn of the event loop.
        QTRY_VERIFY(view->indexWidget(view->currentIndex()) == nullptr);
        QTRY_COMPARE(dialog.linesModel()
                         ->index(row, ReturnLinesModel::ToReturn)
                         .data(ReturnLinesModel::ThousandthsRole)
                         .toLongLong(),
            qint64(pieces) * 1000);
    }

    void typeReason(ReturnDialog &dialog, const QString &reason)
    {
        auto *combo = child<QComboBox>(&dialog, "returnReasonCombo");
        QVERIFY(combo);
        combo->setFocus();
        QTest::keyClicks(combo->lineEdit(), reason);
    }

private Q_SLOTS:
    void initTestCase() { initUiTests(); }

    void init()
    {
        m_dir = std::make_unique<TempDir>();
        QVERIFY(m_dir->isValid());
        const QString dir = m_dir->path();
        QVERIFY(DeviceFixture::enroll(dir));
        QVERIFY(SaleFixture::addWarehouses(dir));
        QVERIFY(DeviceFixture::addUser(dir,
            { QStringLiteral("maria"), QString::fromUtf8("María López"), Role::Cashier, QStringLiteral("caja"),
                QStringLiteral("4821") }));
        QVERIFY(DeviceFixture::addUser(dir,
            { QStringLiteral("jorge"), QString::fromUtf8("Jorge Ramírez"), Role::Manager, QStringLiteral("gerencia"),
                QStringLiteral("1357") }));
        QVERIFY(SaleFixture::receiveStock(dir, { SaleFixture::receipt(101, SaleFixture::kCounter, 10) }));
        QVERIFY(SaleFixture::openTill(dir, QStringLiteral("user-maria"), Money(50000)));
        Result<std::unique_ptr<LocalStore>> store
            = LocalStore::open(QDir(dir).filePath(QStringLiteral("nexus.db")), QStringLiteral("returns-ui"));
        QVERIFY2(store.has_value(), why(store).constData());
        m_store = std::move(*store);

        // The real sale: 3 brake pads, a water pump and 2 spark plugs; $500 by card, the rest in cash.
        Result<CounterProfile> profile = loadCounterProfile(m_store->db());
        QVERIFY2(profile.has_value(), why(profile).constData());
        Cart cart;
        QVERIFY(cart.add(part(101, 45000, QString::fromUtf8("Balata delantera cerámica")), Quantity::units(3)));
        QVERIFY(cart.add(part(102, 129900, QString::fromUtf8("Bomba de agua")), Quantity::units(1)));
        QVERIFY(cart.add(part(103, 8990, QString::fromUtf8("Bujía de iridio")), Quantity::units(2)));
        QVERIFY(cart.setLineDiscountPpm(0, 50'000));
        Result<SaleReceipt> sale
            = CheckoutService(m_store->db(), Clock::system())
                  .checkout(cart,
                      { Tender { TenderMethod::CardCredit, Money(50000), 0, QStringLiteral("AUT-4411") },
                          Tender { TenderMethod::Cash, Money(400000), 0, {} } },
                      CheckoutContext { profile->deviceId, profile->branchId, profile->folioSeries,
                          QStringLiteral("user-maria"), Role::Cashier, false });
        QVERIFY2(sale.has_value(), why(sale).constData());
        m_sale = *sale;
    }

    void cleanup()
    {
        m_auth.reset();
        m_store.reset();
        m_dir.reset();
    }

    void managerReturnsTwoLinesWithTheKeyboard()
    {
        login(QStringLiteral("jorge"), QStringLiteral("gerencia"));
        ReturnDialog dialog(*m_store, *m_auth);
        QAbstractItemModelTester tester(dialog.linesModel());
        showActive(dialog);
        scan(dialog);
        // Focus went to the first line's quantity: typing is enough.
        auto *view = child<QTableView>(&dialog, "returnLinesView");
        QTRY_COMPARE(QApplication::focusWidget(), view);
        QCOMPARE(view->currentIndex(), dialog.linesModel()->index(0, ReturnLinesModel::ToReturn));
        typeQuantity(dialog, 0, 2);
        typeQuantity(dialog, 2, 1);
        QTest::keyClick(view, Qt::Key_Space); // the spark plug goes to the defective location
        QCOMPARE(dialog.linesModel()->index(2, ReturnLinesModel::Destination).data().toString(),
            ReturnLinesModel::destinationName(ReturnDestination::Defective));
        // A quantity above what was sold is clamped by the editor.
        typeQuantity(dialog, 1, 1);
        view->setCurrentIndex(dialog.linesModel()->index(1, ReturnLinesModel::ToReturn));
        QTest::keyClick(view, Qt::Key_9);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY(view->indexWidget(view->currentIndex()) == nullptr);
        QCOMPARE(dialog.linesModel()->index(1, ReturnLinesModel::ToReturn).data().toString(), QStringLiteral("1"));
        typeQuantity(dialog, 1, 0);
        typeReason(dialog, QStringLiteral("No le quedo al Tsuru")); // keyClicks types ASCII only
        const QString shown = child<QLabel>(&dialog, "returnTotal")->text();
        QVERIFY(shown != Money().format());

        QTest::keyClick(&dialog, Qt::Key_F12);
        QVERIFY(dialog.record().has_value());
        const ReturnRecord &record = *dialog.record();
        QCOMPARE(shown, record.totals.gross.format()); // the live total is what was refunded
        QVERIFY(record.folio.endsWith(QStringLiteral("-D000001")));
        QCOMPARE(record.approvedBy, QStringLiteral("user-jorge"));
        QCOMPARE(record.lines.size(), std::size_t(2));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM returns WHERE sale_id = ? AND total_cents = ?"),
                     { m_sale.saleId, record.totals.gross.centavos() }),
            1);
        QCOMPARE(count(QStringLiteral("SELECT quantity FROM stock_levels WHERE part_id = 101 AND warehouse_id = ?"),
                     { SaleFixture::kCounter }),
            10000 - 3000 + 2000);
        QCOMPARE(count(QStringLiteral("SELECT quantity FROM stock_levels WHERE part_id = 103 AND warehouse_id = ?"),
                     { defectiveWarehouseId(SaleFixture::kCounter) }),
            1000);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE type = 'sale.returned'")), 1);
        auto *done = child<QLabel>(&dialog, "returnDoneText");
        QVERIFY(done->isVisible() && done->text().contains(record.folio));
        // The slip for the lead to print.
        const QString slip = dialog.slip().plainLines(48).join(QLatin1Char('\n'));
        QVERIFY2(slip.contains(record.folio) && slip.contains(m_sale.folio) && slip.contains(QStringLiteral("BAL-101"))
                && slip.contains(QString::fromUtf8("Sucursal Centro")),
            qPrintable(slip));
        QVERIFY(dialog.slip().kicksDrawer());
        // F12 again closes; nothing more is written.
        QTest::keyClick(&dialog, Qt::Key_F12);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM returns")), 1);
    }

    void cashierNeedsTheManagersPin()
    {
        login(QStringLiteral("maria"), QStringLiteral("caja"));
        ReturnDialog dialog(*m_store, *m_auth);
        showActive(dialog);
        scan(dialog);
        typeQuantity(dialog, 1, 1);
        typeReason(dialog, QStringLiteral("Pieza equivocada"));
        // First the manager walks away: nothing is written.
        whenModal([](QWidget *modal) {
            QCOMPARE(modal->objectName(), QStringLiteral("managerAuthDialog"));
            child<QPushButton>(modal, "managerAuthCancel")->click();
        });
        QTest::keyClick(&dialog, Qt::Key_F12);
        QVERIFY(!dialog.record().has_value());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM returns")), 0);
        // The offscreen platform has no window manager to give the focus back after the modal closed.
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        // Then the manager types user and PIN.
        whenModal([](QWidget *modal) {
            QTest::keyClicks(child<QLineEdit>(modal, "managerUserEdit"), QStringLiteral("jorge"));
            QTest::keyClicks(child<QLineEdit>(modal, "managerPinEdit"), QStringLiteral("1357"));
            child<QPushButton>(modal, "authorizeButton")->click();
        });
        QTest::keyClick(&dialog, Qt::Key_F12);
        QVERIFY(dialog.record().has_value());
        QCOMPARE(dialog.record()->cashierId, QStringLiteral("user-maria"));
        QCOMPARE(dialog.record()->approvedBy, QStringLiteral("user-jorge"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM returns WHERE cashier_id = 'user-maria' AND approved_by = "
                                      "'user-jorge'")),
            1);
        // Esc after the return: the dialog reports it as accepted (the sale screen prints the slip then).
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'manager_authorized' AND "
                                      "user_id = 'user-jorge'")),
            1);
    }

    void refusalsShowAndWriteNothing()
    {
        login(QStringLiteral("jorge"), QStringLiteral("gerencia"));
        ReturnDialog dialog(*m_store, *m_auth);
        showActive(dialog);
        auto *error = child<QLabel>(&dialog, "returnError");
        // An unknown folio.
        QVERIFY(!dialog.findTicket(QStringLiteral("CEN9-999999")));
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("CEN9-999999")));
        QCOMPARE(dialog.linesModel()->rowCount(), 0);
        scan(dialog);
        QVERIFY(!error->isVisible());
        // Nothing chosen yet.
        QVERIFY(!dialog.confirm());
        QCOMPARE(QApplication::focusWidget(), child<QTableView>(&dialog, "returnLinesView"));
        typeQuantity(dialog, 1, 1); // the water pump, $1,299.00
        typeReason(dialog, QStringLiteral("Defectuosa"));
        // Card reversal: the reference is required, and only $500.00 was paid by card.
        auto *method = child<QComboBox>(&dialog, "returnMethodCombo");
        method->setCurrentIndex(method->findData(QStringLiteral("card_reversal")));
        auto *reference = child<QLineEdit>(&dialog, "returnReferenceEdit");
        QVERIFY(reference->isEnabled());
        QVERIFY(!dialog.confirm());
        QCOMPARE(QApplication::focusWidget(), reference);
        QTest::keyClicks(reference, QStringLiteral("REV-1"));
        QVERIFY(!dialog.confirm());
        QVERIFY2(error->text().contains(Money(50000).format()), qPrintable(error->text()));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM returns")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE type = 'sale.returned'")), 0);
        // Store credit without a customer on the ticket: refused naming the customer field, focus on it.
        method->setCurrentIndex(method->findData(QStringLiteral("store_credit")));
        QVERIFY(!dialog.confirm());
        QCOMPARE(QApplication::focusWidget(), child<QPushButton>(&dialog, "returnCustomerButton"));
        QVERIFY2(error->text().contains(QStringLiteral("Customer (Ctrl+K)")), qPrintable(error->text()));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM returns")), 0);
        // Cash goes through.
        method->setCurrentIndex(method->findData(QStringLiteral("cash")));
        QVERIFY(dialog.confirm());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM returns")), 1);
    }

    // The ticket had no customer: Ctrl+K opens the counter's customer picker, the one chosen receives the store credit;
    // the picker again changes them.
    void storeCreditGoesToTheCustomerChosenWithCtrlK()
    {
        CustomerService customers(m_store->db(), Clock::system());
        const CustomerContext manager { DeviceFixture::kDeviceId, DeviceFixture::kBranchId, QStringLiteral("user-jorge"),
            Role::Manager, {}, {} };
        QStringList ids;
        for (const char *name : { "Refaccionaria Zamora", "Taller Ochoa" }) {
            CustomerFields fields;
            fields.name = QString::fromUtf8(name);
            fields.phone = name[0] == 'R' ? QStringLiteral("8112345678") : QStringLiteral("8187654321");
            Result<Customer> saved = customers.create(fields, manager);
            QVERIFY2(saved, why(saved).constData());
            ids << saved->id;
        }
        login(QStringLiteral("jorge"), QStringLiteral("gerencia"));
        ReturnDialog dialog(*m_store, *m_auth);
        showActive(dialog);
        scan(dialog);
        typeQuantity(dialog, 2, 1);
        typeReason(dialog, QStringLiteral("Pieza equivocada"));
        auto *button = child<QPushButton>(&dialog, "returnCustomerButton");
        QVERIFY(button->text().startsWith(QStringLiteral("No customer")));
        const auto pick = [&](const QString &typed) {
            bool seen = false;
            whenModal([&](QWidget *modal) {
                const auto guard = closeIfLeftOpen(modal);
                QCOMPARE(modal->objectName(), QStringLiteral("customerPickerDialog"));
                auto *search = modal->findChild<QLineEdit *>(QStringLiteral("customerSearchEdit"));
                QVERIFY(QTest::qWaitFor([&] { return QApplication::focusWidget() == search; }, 3000));
                QTest::keyClicks(search, typed);
                QTRY_COMPARE(qobject_cast<CustomerPickerDialog *>(modal)->model()->rowCount(), 1);
                seen = true;
                QTest::keyClick(search, Qt::Key_Return);
            });
            QTest::keyClick(child<QTableView>(&dialog, "returnLinesView"), Qt::Key_K, Qt::ControlModifier);
            return seen;
        };
        QVERIFY(pick(QStringLiteral("zamora")));
        QCOMPARE(dialog.customerId(), ids.at(0));
        QVERIFY2(button->text().contains(QStringLiteral("Refaccionaria Zamora")), qPrintable(button->text()));
        // Choosing a customer is for store credit: the refund method follows.
        QCOMPARE(child<QComboBox>(&dialog, "returnMethodCombo")->currentData().toString(),
            QStringLiteral("store_credit"));
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QVERIFY(pick(QStringLiteral("ochoa")));
        QCOMPARE(dialog.customerId(), ids.at(1));
        QVERIFY(button->text().contains(QStringLiteral("Taller Ochoa")));
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTest::keyClick(&dialog, Qt::Key_F12);
        QVERIFY(dialog.record().has_value());
        QCOMPARE(dialog.record()->customerId, ids.at(1));
        QCOMPARE(count(QStringLiteral("SELECT amount_cents FROM store_credit_ledger WHERE customer_id = ? AND "
                                      "ref_type = 'return'"),
                     { ids.at(1) }),
            dialog.record()->totals.gross.centavos());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM store_credit_ledger WHERE customer_id = ?"), { ids.at(0) }),
            0);
    }

    // Looked at by a person: the dialog in Spanish with a ticket loaded, then after the return.
    void screenshots()
    {
        LanguageManager languages;
        QVERIFY(languages.setLanguage(QStringLiteral("es_MX")));
        login(QStringLiteral("jorge"), QStringLiteral("gerencia"));
        ReturnDialog dialog(*m_store, *m_auth);
        dialog.resize(1180, 720);
        showActive(dialog);
        scan(dialog);
        typeQuantity(dialog, 0, 2);
        typeQuantity(dialog, 2, 1);
        QTest::keyClick(child<QTableView>(&dialog, "returnLinesView"), Qt::Key_Space);
        child<QComboBox>(&dialog, "returnReasonCombo")->setCurrentIndex(1);
        QTest::qWait(50); // let the layout settle before the picture
        QVERIFY(dialog.grab().save(QStringLiteral("/tmp/returns-dialog.png")));
        QVERIFY(dialog.confirm());
        QTest::qWait(50);
        QVERIFY(dialog.grab().save(QStringLiteral("/tmp/returns-dialog-done.png")));
        QFile slip(QStringLiteral("/tmp/returns-slip.txt"));
        QVERIFY(slip.open(QIODevice::WriteOnly | QIODevice::Truncate));
        slip.write(dialog.slip().plainLines(48).join(QLatin1Char('\n')).toUtf8());
        languages.setLanguage(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestReturnDialog)
#include "testreturndialog.moc"
