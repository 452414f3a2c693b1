// The statement of account of an ordinary credit customer, by keyboard on a real enrolled device: Ctrl+K finds the
// customer, F3 opens their card, Ctrl+E asks for the period and the file, Enter writes the PDF through the report
// layout. The PDF read back with pdftotext has the opening balance, the credit sales, the abono, the return credited
// and the saldo a favor applied, the closing balance and the aging of what they owe, and names a ticket still owed at
// another branch (head office's open documents). Screenshots of the dialog and
// the PDF's first page (pdftoppm) go to $NEXUS_STATEMENT_SHOTS (default /tmp/nexus-statement).
#include "salefixture.h"
#include "screenshots.h"
#include "tempdir.h"
#include "uifixture.h"
#include "uisession.h"
#include "whenmodal.h"
#include "why.h"

#include "common/clock.h"
#include "customers/customerlistmodel.h"
#include "customers/customerpaymentservice.h"
#include "customers/customerpickerdialog.h"
#include "customers/customerservice.h"
#include "mockclock.h"
#include "returns/returnservice.h"
#include "sale/salescreen.h"
#include "sales/checkoutservice.h"

#include <QApplication>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QStandardPaths>

using namespace nexus;
using namespace nexus::test;

namespace {

const QString &shots()
{
    static const QString dir = shotsDir("NEXUS_STATEMENT_SHOTS", QStringLiteral("/tmp/nexus-statement"));
    return dir;
}

} // namespace

class TestCustomerStatementUi final : public QObject
{
    Q_OBJECT

private:
    TempDir m_template;
    std::unique_ptr<TempDir> m_dir;
    QString m_customerId;
    QDateTime m_now;

    QString dir() const { return m_dir->path(); }

    Result<SaleReceipt> sellOnCredit(Database &db, qint64 cents, int daysAgo)
    {
        std::optional<SaleFixture::CatalogPart> part
            = SaleFixture::partAt(QDir(dir()).filePath(QStringLiteral("catalog.db")), 40 + daysAgo);
        if (!part)
            return fail(ErrorCode::NotFound, NX_ERR("no part"));
        Cart cart;
        if (Status added = cart.add(CartItem { part->id, part->sku, QStringLiteral("Pieza"), SaleFixture::kCounter,
                                        Money(cents), Money(cents), Money(cents / 2), TaxRate::iva16(), 1,
                                        QStringLiteral("25174400"), QStringLiteral("H87") },
                Quantity::units(1));
            !added)
            return std::unexpected(added.error());
        cart.setCustomerId(m_customerId);
        MockClock clock(m_now.addDays(-daysAgo));
        return CheckoutService(db, clock).checkout(cart, { Tender { TenderMethod::StoreCredit, Money(cents), 0, {} } },
            CheckoutContext { DeviceFixture::kDeviceId, DeviceFixture::kBranchId, QStringLiteral("CEN1"),
                QStringLiteral("user-maria"), Role::Manager, false, {} });
    }

private Q_SLOTS:
    void initTestCase()
    {
        initUiTests();
        QVERIFY(SaleFixture::writeCatalogue(m_template.path(), 2000));
    }

    void init()
    {
        m_dir = std::make_unique<TempDir>();
        QVERIFY(DeviceFixture::enroll(dir()));
        QVERIFY(SaleFixture::addWarehouses(dir()));
        QVERIFY(DeviceFixture::addUser(dir(),
            { QStringLiteral("maria"), QString::fromUtf8("María López"), Role::Manager, QStringLiteral("caja"),
                QStringLiteral("4821") }));
        QVERIFY(QFile::copy(
            m_template.file(QStringLiteral("catalog.db")), QDir(dir()).filePath(QStringLiteral("catalog.db"))));
        QVERIFY(SaleFixture::openTill(dir(), QStringLiteral("user-maria"), Money(50000)));
        Result<std::unique_ptr<LocalStore>> store = LocalStore::open(
            QDir(dir()).filePath(QStringLiteral("nexus.db")), QStringLiteral("statement-fixture"));
        QVERIFY2(store, why(store).constData());
        Database &db = (*store)->db();
        const CustomerContext manager { DeviceFixture::kDeviceId, DeviceFixture::kBranchId,
            QStringLiteral("user-maria"), Role::Manager, {}, {} };
        CustomerFields f;
        f.name = QStringLiteral("Transportes del Norte SA de CV");
        f.phone = QStringLiteral("8112345678");
        f.creditLimit = Money(2'000'000);
        f.creditDays = 30;
        Result<Customer> customer = CustomerService(db, Clock::system()).create(f, manager);
        QVERIFY2(customer, why(customer).constData());
        m_customerId = customer->id;
        // 18:00 UTC, noon in central Mexico: every movement falls on the same local day anywhere in the country.
        m_now = QDateTime(QDate::currentDate(), QTime(18, 0), Qt::UTC);

        // Before the period: $1,000.00 on credit (due 15 days ago by the end). In it: $500.00 on credit, a $300.00
        // abono, that $500.00 ticket returned to saldo a favor, and $200.00 on credit paid from that saldo.
        QVERIFY2(sellOnCredit(db, 100000, 45), "sale A");
        Result<SaleReceipt> b = sellOnCredit(db, 50000, 20);
        QVERIFY2(b, why(b).constData());
        MockClock abonoClock(m_now.addDays(-15));
        Result<CustomerPaymentReceipt> abono = CustomerPaymentService(db, abonoClock)
                                                   .recordCash(m_customerId, Money(30000),
                                                       { DeviceFixture::kDeviceId, DeviceFixture::kBranchId,
                                                           QStringLiteral("CEN1"), QStringLiteral("user-maria"),
                                                           Role::Manager });
        QVERIFY2(abono, why(abono).constData());
        MockClock returnClock(m_now.addDays(-10));
        Result<ReturnRecord> returned = ReturnService(db, returnClock)
                                            .processReturn(ReturnRequest { b->saleId,
                                                               { ReturnLineRequest { 1, Quantity::units(1),
                                                                   ReturnDestination::Stock } },
                                                               QStringLiteral("No era la medida"),
                                                               RefundMethod::StoreCredit, {}, {} },
                                                ReturnContext { DeviceFixture::kDeviceId, DeviceFixture::kBranchId,
                                                    QStringLiteral("CEN1"), QStringLiteral("user-maria"),
                                                    Role::Manager, {} });
        QVERIFY2(returned, why(returned).constData());
        QVERIFY2(sellOnCredit(db, 20000, 5), "sale C");
        // Head office says they also owe a ticket charged at GDL (not due yet): this counter's ledger has no entry.
        const QString gdlAt = m_now.addDays(-3).toString(Qt::ISODateWithMs);
        const QString gdlDue = m_now.addDays(27).date().toString(Qt::ISODate);
        QVERIFY(db.exec(QStringLiteral("UPDATE customers SET open_documents = json_array(json_object('id', "
                                       "'s-gdl:account', 'folio', 'GDL1-000042', 'at', ?, 'due_on', ?, "
                                       "'remaining_cents', 123450)) WHERE name = 'Transportes del Norte SA de CV'"),
            { gdlAt, gdlDue }));
    }

    void cleanup() { m_dir.reset(); }

    void statementPdfFromTheCard()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        UiSession session(dir());
        QVERIFY(session.signInAndWait(QStringLiteral("maria"), QStringLiteral("caja")));
        SaleScreen *sale = session.main()->saleScreen();
        QVERIFY(sale && sale->isReady());
        const QString pdf = QDir(dir()).filePath(QStringLiteral("estado-de-cuenta.pdf"));

        bool written = false;
        QString cardStatus;
        whenModal([&](QWidget *picker) {
            const auto guard = closeIfLeftOpen(picker);
            auto *search = picker->findChild<QLineEdit *>(QStringLiteral("customerSearchEdit"));
            QTest::keyClicks(search, QStringLiteral("transportes norte"));
            QCOMPARE(qobject_cast<CustomerPickerDialog *>(picker)->model()->rowCount(), 1);
            whenModal(
                [&](QWidget *card) {
                    const auto cardGuard = closeIfLeftOpen(card);
                    QCOMPARE(card->objectName(), QStringLiteral("customerDetailDialog"));
                    whenModal(
                        [&](QWidget *dialog) {
                            const auto dialogGuard = closeIfLeftOpen(dialog);
                            QCOMPARE(dialog->objectName(), QStringLiteral("customerStatementDialog"));
                            auto *from = dialog->findChild<QDateEdit *>(QStringLiteral("statementFromEdit"));
                            auto *to = dialog->findChild<QDateEdit *>(QStringLiteral("statementToEdit"));
                            QCOMPARE(to->date(), QDate::currentDate()); // up to today unless changed
                            from->setDate(QDate::currentDate().addDays(-30));
                            auto *path = dialog->findChild<QLineEdit *>(QStringLiteral("statementPathEdit"));
                            QVERIFY(path->text().endsWith(QStringLiteral(".pdf")));
                            path->setFocus();
                            path->selectAll();
                            QTest::keyClicks(path, pdf);
                            shoot(dialog, shots(), "01-statement-dialog");
                            QTest::keyClick(path, Qt::Key_Return);
                            written = !dialog->isVisible();
                        },
                        card);
                    QTest::keyClick(card, Qt::Key_E, Qt::ControlModifier);
                    auto *status = card->findChild<QLabel *>(QStringLiteral("crmStatus"));
                    cardStatus = status && status->isVisible() ? status->text() : QString();
                    QTest::keyClick(card, Qt::Key_Escape);
                },
                picker);
            QTest::keyClick(search, Qt::Key_F3);
            QTest::keyClick(search, Qt::Key_Escape);
        });
        QTest::keyClick(sale->findChild<QLineEdit *>(QStringLiteral("saleSearchEdit")), Qt::Key_K,
            Qt::ControlModifier);
        QVERIFY(written);
        QVERIFY2(cardStatus.contains(pdf), qPrintable(cardStatus));
        QVERIFY(QFileInfo(pdf).size() > 1000);

        QProcess text;
        text.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
        QVERIFY(text.waitForFinished(30000));
        const QString body = QString::fromUtf8(text.readAllStandardOutput());
        for (const QString &expected : { QStringLiteral("Transportes del Norte SA de CV"),
                 QStringLiteral("$1,000.00"), // opening balance
                 QStringLiteral("$500.00"), QStringLiteral("$300.00"), QStringLiteral("$200.00"),
                 QStringLiteral("$900.00"), // closing: 1,000 + 500 + 200 − 300 − 500
                 QStringLiteral("$700.00") }) // 1–30 days late: what the abono left of the first ticket
            QVERIFY2(body.contains(expected), qPrintable(expected + QStringLiteral(" missing in:\n") + body));
        for (const char *word : { "Estado de cuenta", "Saldo anterior", "Venta a crédito", "Abono recibido",
                 "Devolución acreditada", "Saldo a favor aplicado", "Antigüedad" })
            QVERIFY2(body.contains(QString::fromUtf8(word)), qPrintable(QString::fromUtf8(word) + QStringLiteral(" missing in:\n") + body));
        // Every cell fits its column: the widest folio (the return's "D" series) is not elided.
        QVERIFY2(!body.contains(QChar(0x2026)), qPrintable(QStringLiteral("elided text in:\n") + body));
        QVERIFY2(body.contains(QStringLiteral("-D0000")), qPrintable(body));
        // GDL's ticket is named under the table, with what is pending.
        QVERIFY2(body.contains(QStringLiteral("Adeudos en otras sucursales")), qPrintable(body));
        QVERIFY2(body.contains(QStringLiteral("GDL1-000042 del ")) && body.contains(QStringLiteral("$1,234.50 pendiente")),
            qPrintable(body));
        if (!QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty())
            QProcess::execute(QStringLiteral("pdftoppm"), { QStringLiteral("-png"), QStringLiteral("-r"),
                                                               QStringLiteral("80"), QStringLiteral("-f"),
                                                               QStringLiteral("1"), QStringLiteral("-l"),
                                                               QStringLiteral("1"), pdf,
                                                               QDir(shots()).filePath(QStringLiteral("02-statement-pdf")) });
    }
};

QTEST_MAIN(TestCustomerStatementUi)
#include "testcustomerstatement.moc"
