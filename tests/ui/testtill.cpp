// Till dialogs on a real enrolled nexus.db: cash in with a reason, cash out by a cashier with the manager's PIN, the
// close with the cash counted by denomination (running total, live differences, confirmation, Z on screen, Print),
// the X report dialog's Print, and TillActions' refusal without an open till. Screenshots of the close and the Z go
// to /tmp (NEXUS_TILL_SHOTS overrides the folder).
#include "tempdir.h"
#include "whenmodal.h"
#include "uifixture.h"
#include "uisession.h"
#include "why.h"

#include "app/languagemanager.h"
#include "auth/authservice.h"
#include "cash/tillledger.h"
#include "cash/tillreportdocument.h"
#include "cash/tillreports.h"
#include "common/clock.h"
#include "sales/cashsessionservice.h"
#include "sales/checkoutservice.h"
#include "till/cashmovementdialog.h"
#include "till/closetilldialog.h"
#include "till/tillactions.h"
#include "till/tillreportdialog.h"
#include "till/tillreportview.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTimer>

#include <functional>

using namespace nexus;
using namespace nexus::test;

namespace {

QString shotsDir()
{
    const QString dir = qEnvironmentVariable("NEXUS_TILL_SHOTS");
    return dir.isEmpty() ? QStringLiteral("/tmp") : dir;
}

} // namespace

class TestTill final : public QObject
{
    Q_OBJECT

private:
    TempDir m_root;
    int m_round = 0;
    QString m_dir;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<AuthService> m_auth;
    QString m_session;

    Database &db() { return m_store->db(); }
    qint64 scalar(const QString &sql, const QVariantList &values = {})
    {
        Result<QVariant> value = db().scalar(sql, values);
        return value && value->isValid() ? value->toLongLong() : -1;
    }
    CashMovementService movements()
    {
        return CashMovementService(db(), Clock::system(), DeviceFixture::kDeviceId, DeviceFixture::kBranchId);
    }

    bool sell(qint64 cents, const Tender &tender)
    {
        Cart cart;
        const CartItem item { 7, QStringLiteral("BAL-7"), QStringLiteral("Balata delantera"), QStringLiteral("wh-1"),
            Money(cents), Money(cents), Money(cents / 2), TaxRate::iva16(), 1, QStringLiteral("25174400"),
            QStringLiteral("H87") };
        if (!cart.add(item, Quantity::units(1)))
            return false;
        const CheckoutContext context { DeviceFixture::kDeviceId, DeviceFixture::kBranchId, QStringLiteral("CEN1"),
            QStringLiteral("user-ana"), Role::Cashier, false };
        Result<SaleReceipt> sold = CheckoutService(db(), Clock::system()).checkout(cart, { tender }, context);
        if (!sold)
            qWarning("sale: %s", qPrintable(sold.error().logMessage()));
        return sold.has_value();
    }

    static void type(QSpinBox *spin, const QString &text)
    {
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        initUiTests();
        QVERIFY(m_root.isValid());
    }

    void init()
    {
        m_dir = m_root.file(QStringLiteral("device-%1").arg(++m_round));
        QVERIFY(QDir().mkpath(m_dir));
        QVERIFY(DeviceFixture::enroll(m_dir));
        QVERIFY(DeviceFixture::addUser(m_dir,
            { QStringLiteral("ana"), QStringLiteral("Ana López"), Role::Cashier, QStringLiteral("caja"),
                QStringLiteral("1111") }));
        QVERIFY(DeviceFixture::addUser(m_dir,
            { QStringLiteral("beto"), QStringLiteral("Beto Garza"), Role::Manager, QStringLiteral("gerente"),
                QStringLiteral("4321") }));
        auto store = LocalStore::open(
            QDir(m_dir).filePath(QStringLiteral("nexus.db")), QStringLiteral("till-ui-%1").arg(m_round));
        QVERIFY2(store.has_value(), why(store).constData());
        m_store = std::move(*store);
        m_auth = std::make_unique<AuthService>(db(), Clock::system(), DeviceFixture::kDeviceId);
        QVERIFY(m_auth->login(QStringLiteral("ana"), QStringLiteral("caja")).has_value());
        Result<CashSession> opened
            = CashSessionService(db(), Clock::system(), DeviceFixture::kDeviceId, DeviceFixture::kBranchId)
                  .open(QStringLiteral("user-ana"), Money(50000));
        QVERIFY2(opened.has_value(), why(opened).constData());
        m_session = opened->id;
    }

    void cleanup()
    {
        m_auth.reset();
        m_store.reset();
    }

    void cashInNeedsAReasonThenIsRecorded()
    {
        CashMovementService service = movements();
        CashMovementDialog dialog(service, *m_auth, CashMovementKind::In);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.findChild<QRadioButton *>(QStringLiteral("cashInRadio"))->isChecked());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("dialogText"))->text().contains(Money(50000).format()));
        auto *amount = dialog.findChild<QLineEdit *>(QStringLiteral("cashAmountEdit"));
        auto *reason = dialog.findChild<QLineEdit *>(QStringLiteral("cashReasonEdit"));
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("cashMovementError"));
        QCOMPARE(QApplication::focusWidget(), amount);
        QTest::keyClicks(amount, QStringLiteral("250.50"));
        QTest::keyClick(amount, Qt::Key_Return); // the default button: refused, no reason
        QVERIFY(dialog.isVisible());
        QVERIFY(error->isVisible());
        QCOMPARE(QApplication::focusWidget(), reason);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM cash_movements")), 0);
        QVERIFY(dialog.grab().save(shotsDir() + QStringLiteral("/till-cash-in.png")));
        QTest::keyClicks(reason, QStringLiteral("Cambio de la matriz"));
        QTest::keyClick(reason, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.movement().amount.centavos(), 25050);
        QCOMPARE(scalar(QStringLiteral("SELECT amount_cents FROM cash_movements WHERE kind = 'in' AND reason = ?"),
                     { QStringLiteral("Cambio de la matriz") }),
            25050);
    }

    void cashOutByACashierTakesTheManagersPin()
    {
        CashMovementService service = movements();
        CashMovementDialog dialog(service, *m_auth, CashMovementKind::Out);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("cashAmountEdit")), QStringLiteral("200"));
        QTest::keyClicks(
            dialog.findChild<QLineEdit *>(QStringLiteral("cashReasonEdit")), QStringLiteral("Pago a proveedor"));
        QString seen;
        whenModal([&](QWidget *manager) {
            seen = manager->objectName();
            QTest::keyClicks(
                manager->findChild<QLineEdit *>(QStringLiteral("managerUserEdit")), QStringLiteral("beto"));
            auto *pin = manager->findChild<QLineEdit *>(QStringLiteral("managerPinEdit"));
            QTest::keyClicks(pin, QStringLiteral("4321"));
            QTest::keyClick(pin, Qt::Key_Return);
        });
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("cashMovementSave")), Qt::LeftButton);
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(seen, QStringLiteral("managerAuthDialog"));
        QCOMPARE(dialog.movement().authorizedBy, QStringLiteral("user-beto"));
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM cash_movements WHERE kind = 'out' AND amount_cents = 20000 "
                                  "AND authorized_by = 'user-beto' AND user_id = 'user-ana'")),
            1);
    }

    void cashOutAboveTheDrawerIsRefusedInTheDialog()
    {
        m_auth->logout();
        QVERIFY(m_auth->login(QStringLiteral("beto"), QStringLiteral("gerente")).has_value()); // may withdraw alone
        CashMovementService service = movements();
        CashMovementDialog dialog(service, *m_auth, CashMovementKind::Out);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("cashAmountEdit")), QStringLiteral("600"));
        QTest::keyClicks(
            dialog.findChild<QLineEdit *>(QStringLiteral("cashReasonEdit")), QStringLiteral("Deposito al banco"));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("cashMovementSave")), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("cashMovementError"));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(Money(50000).format()), qPrintable(error->text()));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM cash_movements")), 0);
    }

    void closeCountsDenominationsAndShowsTheZ()
    {
        LanguageManager languages; // Spanish on screen, as the store sees it
        QVERIFY(languages.setLanguage(QStringLiteral("es_MX")));
        // A cash sale of $116 paid with $200, a credit card sale of $50.
        QVERIFY(sell(11600, Tender { TenderMethod::Cash, Money(20000), 0, {} }));
        QVERIFY(sell(5000, Tender { TenderMethod::CardCredit, Money(5000), 0, QStringLiteral("AUT-1") }));
        QVERIFY(movements()
                    .record({ CashMovementKind::In, Money(10000), QStringLiteral("Morralla"),
                        QStringLiteral("user-ana"), Role::Cashier, {} })
                    .has_value());

        CloseTillDialog dialog(db(), *m_auth, DeviceFixture::kDeviceId, DeviceFixture::kBranchId);
        std::vector<QStringList> printed;
        dialog.setPrintHandler([&](const ReceiptDocument &document) -> Status {
            printed.push_back(document.plainLines(48));
            return {};
        });
        dialog.resize(1100, 760);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Expected pesos: 500 + 116 + 100 = 716.
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("expected_cash"))->text(), Money(71600).format());
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("expected_card_credit"))->text(), Money(5000).format());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("expected_card_debit")) == nullptr); // nothing expected

        // 1 × 500, 2 × 100, 1 × 10, 5 × 0.50 = 712.50; Enter walks down the grid.
        auto *five = dialog.findChild<QSpinBox *>(QStringLiteral("pieces_50000"));
        type(five, QStringLiteral("1"));
        QTest::keyClick(five, Qt::Key_Return);
        QCOMPARE(QApplication::focusWidget(), dialog.findChild<QSpinBox *>(QStringLiteral("pieces_20000")));
        type(dialog.findChild<QSpinBox *>(QStringLiteral("pieces_10000")), QStringLiteral("2"));
        type(dialog.findChild<QSpinBox *>(QStringLiteral("pieces_1000")), QStringLiteral("1"));
        type(dialog.findChild<QSpinBox *>(QStringLiteral("pieces_50")), QStringLiteral("5"));
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("pieceTotal_10000"))->text(), Money(20000).format());
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("countedCashTotal"))->text(), Money(71250).format());
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("counted_cash"))->text(), Money(71250).format());
        QVERIFY2(dialog.findChild<QLabel *>(QStringLiteral("difference_cash"))->text().contains(Money(350).format()),
            qPrintable(dialog.findChild<QLabel *>(QStringLiteral("difference_cash"))->text()));
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("difference_card_credit"))->text(), QStringLiteral("—"));
        auto *card = dialog.findChild<QLineEdit *>(QStringLiteral("counted_card_credit"));
        card->setFocus();
        QTest::keyClicks(card, QStringLiteral("50"));
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("difference_card_credit"))->text(), Money(0).format());
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("closeNoteEdit")), QStringLiteral("Sin novedad"));
        QVERIFY(dialog.grab().save(shotsDir() + QStringLiteral("/till-close.png")));

        // First F12: the confirmation, nothing written yet.
        QTest::keyClick(&dialog, Qt::Key_F12);
        auto *message = dialog.findChild<QLabel *>(QStringLiteral("closeTillMessage"));
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(Money(350).format()), qPrintable(message->text()));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM cash_sessions WHERE status = 'open'")), 1);
        QVERIFY(dialog.grab().save(shotsDir() + QStringLiteral("/till-close-confirm.png")));
        // An edit after it asks again; then two presses close.
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("closeNoteEdit")), QStringLiteral("."));
        QVERIFY(!message->isVisible());
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("closeTillButton")), Qt::LeftButton);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM cash_sessions WHERE status = 'open'")), 1);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("closeTillButton")), Qt::LeftButton);

        QVERIFY(dialog.closed().has_value());
        QCOMPARE(dialog.closed()->zNumber, 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM cash_sessions WHERE status = 'open'")), 0);
        QCOMPARE(
            scalar(QStringLiteral("SELECT counted_cash_cents FROM cash_sessions WHERE id = ?"), { m_session }), 71250);
        QCOMPARE(scalar(QStringLiteral("SELECT counted_cents FROM cash_session_tenders WHERE method = 'card_credit'")),
            5000);
        QCOMPARE(
            scalar(QStringLiteral("SELECT pieces FROM cash_session_denominations WHERE denomination_cents = 50")), 5);
        auto *view = dialog.findChild<TillReportView *>();
        QVERIFY(view->isVisible());
        QVERIFY2(view->lines().contains(QStringLiteral("     CORTE Z No. 1")), qPrintable(view->lines().join(u'\n')));
        QVERIFY(view->toPlainText().contains(QStringLiteral("Faltante")));
        QVERIFY(view->toPlainText().contains(QStringLiteral("Nota: Sin novedad.")));
        QVERIFY(dialog.grab().save(shotsDir() + QStringLiteral("/till-z.png")));
        QVERIFY(view->find(QStringLiteral("ESPERADO VS. CONTADO")));
        QTextCursor cursor = view->textCursor();
        cursor.clearSelection();
        view->setTextCursor(cursor);
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->value() + view->viewport()->height() / 3);
        QVERIFY(dialog.grab().save(shotsDir() + QStringLiteral("/till-z-tenders.png")));

        // Print sends exactly what is on screen.
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("closeTillPrint")), Qt::LeftButton);
        QCOMPARE(int(printed.size()), 1);
        QCOMPARE(printed.front(), view->lines());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("tillReportStatus"))->isVisible());
        // Esc after the close still means "closed".
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
    }

    void closeRefusalIsShownAndWritesNothing()
    {
        QVERIFY(sell(5000, Tender { TenderMethod::Transfer, Money(5000), 0, QStringLiteral("SPEI-1") }));
        CloseTillDialog dialog(db(), *m_auth, DeviceFixture::kDeviceId, DeviceFixture::kBranchId);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *close = dialog.findChild<QPushButton *>(QStringLiteral("closeTillButton"));
        auto *message = dialog.findChild<QLabel *>(QStringLiteral("closeTillMessage"));
        auto *transfer = dialog.findChild<QLineEdit *>(QStringLiteral("counted_transfer"));
        // The transfer left blank: asked for before any confirmation, the field gets the focus.
        QTest::mouseClick(close, Qt::LeftButton);
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("Transfer")), qPrintable(message->text()));
        QCOMPARE(QApplication::focusWidget(), transfer);
        QTest::mouseClick(close, Qt::LeftButton);
        QVERIFY(!dialog.closed().has_value());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM cash_session_tenders")), 0);

        // Closed meanwhile elsewhere (another window of this computer): the core's refusal is shown, nothing written.
        QTest::keyClicks(transfer, QStringLiteral("50"));
        QVERIFY(db().exec(QStringLiteral("UPDATE cash_sessions SET status = 'closed', z_number = 7")));
        QTest::mouseClick(close, Qt::LeftButton);
        QTest::mouseClick(close, Qt::LeftButton);
        QVERIFY(!dialog.closed().has_value());
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("7")), qPrintable(message->text()));
        QCOMPARE(dialog.findChild<QStackedWidget *>()->currentIndex(), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM cash_session_tenders")), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE type = 'cash_session.closed'")), 0);
    }

    void xReportDialogPrintsThroughTheHandler()
    {
        QVERIFY(sell(11600, Tender { TenderMethod::Cash, Money(11600), 0, {} }));
        Result<TillReport> report = TillReports(db(), Clock::system()).x(m_session);
        QVERIFY2(report.has_value(), why(report).constData());
        TillReportDialog dialog(tillReportDocument(*report), QStringLiteral("X"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *print = dialog.findChild<QPushButton *>(QStringLiteral("tillReportPrint"));
        QVERIFY(!print->isEnabled()); // no printer connected
        QVERIFY(dialog.view()->lines().contains(QStringLiteral("        CORTE X")));
        dialog.resize(640, 760);
        QVERIFY(dialog.grab().save(shotsDir() + QStringLiteral("/till-x.png")));
        int calls = 0;
        dialog.setPrintHandler([&](const ReceiptDocument &) -> Status {
            ++calls;
            return fail(ErrorCode::Io, NX_ERR("The printer is out of paper"));
        });
        QVERIFY(print->isEnabled());
        QTest::mouseClick(print, Qt::LeftButton);
        QCOMPARE(calls, 1);
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("tillReportStatus"));
        QVERIFY(status->isVisible());
        QCOMPARE(status->text(), QStringLiteral("The printer is out of paper"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM cash_sessions WHERE status = 'open'")), 1);
    }

    void tillActionsPrintTheSlipOfACashOut()
    {
        m_auth->logout();
        QVERIFY(m_auth->login(QStringLiteral("beto"), QStringLiteral("gerente")).has_value());
        QWidget screen;
        TillActions actions(db(), *m_auth, DeviceFixture::kDeviceId, DeviceFixture::kBranchId, &screen);
        std::vector<ReceiptDocument> printed;
        actions.setPrintHandler([&](const ReceiptDocument &document) -> Status {
            printed.push_back(document);
            return {};
        });
        int changed = 0;
        connect(&actions, &TillActions::tillChanged, this, [&] { ++changed; });
        whenModal([](QWidget *dialog) {
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("cashAmountEdit")), QStringLiteral("150"));
            auto *reason = dialog->findChild<QLineEdit *>(QStringLiteral("cashReasonEdit"));
            QTest::keyClicks(reason, QStringLiteral("Deposito al banco"));
            QTest::keyClick(reason, Qt::Key_Return);
        });
        QVERIFY(actions.cashOut());
        QCOMPARE(changed, 1);
        QCOMPARE(int(printed.size()), 1);
        QVERIFY(printed.front().kicksDrawer());
        const QStringList lines = printed.front().plainLines(48);
        QVERIFY2(lines.join(u'\n').contains(QStringLiteral("RETIRO DE EFECTIVO")), qPrintable(lines.join(u'\n')));
        QVERIFY(lines.contains(QStringLiteral("Motivo: Deposito al banco")));
        QCOMPARE(scalar(QStringLiteral("SELECT amount_cents FROM cash_movements WHERE kind = 'out'")), 15000);
        // No close yet: there is no Z to reprint.
        QStringList errors;
        connect(&actions, &TillActions::message, this, [&](const QString &text, bool error) {
            if (error)
                errors.append(text);
        });
        QVERIFY(!actions.showLastZReport());
        QCOMPARE(errors.size(), 1);
    }

    void tillActionsSayWhenNoTillIsOpen()
    {
        QWidget screen;
        TillActions actions(db(), *m_auth, DeviceFixture::kDeviceId, DeviceFixture::kBranchId, &screen);
        QStringList messages;
        connect(&actions, &TillActions::message, this, [&](const QString &text, bool error) {
            if (error)
                messages.append(text);
        });
        QVERIFY(db().exec(QStringLiteral("UPDATE cash_sessions SET status = 'closed'")));
        QVERIFY(!actions.cashIn());
        QVERIFY(!actions.cashOut());
        QVERIFY(!actions.showXReport());
        QVERIFY(!actions.closeTill());
        QCOMPARE(messages.size(), 4);
        QVERIFY(QApplication::activeModalWidget() == nullptr);
    }
};

QTEST_MAIN(TestTill)
#include "testtill.moc"
