// A cashier's whole day through the real sale screen, in Spanish, on a real enrolled device: a 20-line cart from both
// warehouses with a discount, split cash + card payment, the ticket printed by the "file" printer and read back as
// ESC/POS, a return of two lines approved by the manager's PIN, and the till closed with a Z report whose figures are
// the ledgers'. Screenshots of every step (from the search results on) go to $NEXUS_DAY_SHOTS (default /tmp/nexus-day).
#include "salefixture.h"
#include "tempdir.h"
#include "whenmodal.h"
#include "uifixture.h"
#include "uisession.h"
#include "why.h"

#include "app/languagemanager.h"
#include "main/mainwindow.h"
#include "printing/escposreader.h"
#include "printing/printerconfig.h"
#include "printing/receiptpainter.h"
#include "printing/receiptpdf.h"
#include "printing/saleticketbuilder.h"
#include "printing/ticketprinter.h"
#include "returns/returndialog.h"
#include "returns/returnlinesmodel.h"
#include "sale/cartmodel.h"
#include "sale/countermenu.h"
#include "sale/salescreen.h"
#include "sale/searchresultsmodel.h"
#include "sales/cartsummary.h"
#include "till/tillreportview.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QPushButton>

#include <functional>

using namespace nexus;
using namespace nexus::test;

namespace {

QString shotsDir()
{
    const QString dir = qEnvironmentVariable("NEXUS_DAY_SHOTS", QStringLiteral("/tmp/nexus-day"));
    QDir().mkpath(dir);
    return dir;
}

void shoot(QWidget *widget, const char *name)
{
    QVERIFY(widget->window()->grab().save(QDir(shotsDir()).filePath(QString::fromLatin1(name) + u".png")));
}

} // namespace

class TestCounterDay final : public QObject
{
    Q_OBJECT

private:
    TempDir m_template;
    std::unique_ptr<TempDir> m_dir;
    QList<QPair<qint64, QString>> m_parts; // id, barcode

    QString dir() const { return m_dir->path(); }
    QString spool() const { return QDir(dir()).filePath(QStringLiteral("printer.bin")); }

    std::unique_ptr<LocalStore> store() const
    {
        Result<std::unique_ptr<LocalStore>> opened = LocalStore::open(QDir(dir()).filePath(QStringLiteral("nexus.db")), QStringLiteral("day-probe"));
        return opened ? std::move(*opened) : nullptr;
    }

    qint64 scalar(const QString &sql, const QVariantList &values = {}) const
    {
        std::unique_ptr<LocalStore> probe = store();
        Result<QVariant> value = probe ? probe->db().scalar(sql, values) : Result<QVariant>(QVariant());
        return value && value->isValid() ? value->toLongLong() : -1;
    }

    QString text(const QString &sql, const QVariantList &values = {}) const
    {
        std::unique_ptr<LocalStore> probe = store();
        Result<QVariant> value = probe ? probe->db().scalar(sql, values) : Result<QVariant>(QVariant());
        return value ? value->toString() : QString();
    }

    // What the printer received so far, read back as a printer would print it.
    EscPosPage printed() const
    {
        QFile file(spool());
        if (!file.open(QIODevice::ReadOnly))
            return {};
        Result<EscPosPage> page = readEscPos(file.readAll(), 48);
        return page ? *page : EscPosPage {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        initUiTests();
        QVERIFY(SaleFixture::writeCatalogue(m_template.path(), 3000));
        Result<std::unique_ptr<CatalogStore>> catalog
            = CatalogStore::open(m_template.file(QStringLiteral("catalog.db")), QStringLiteral("template"));
        QVERIFY2(catalog.has_value(), why(catalog).constData());
        Result<QSqlQuery> rows = (*catalog)->db().exec(QStringLiteral(
            "SELECT id, barcode FROM parts WHERE barcode IS NOT NULL AND active = 1 ORDER BY id LIMIT 20 OFFSET 100"));
        QVERIFY(rows.has_value());
        while (rows->next())
            m_parts.append({ rows->value(0).toLongLong(), rows->value(1).toString() });
        QCOMPARE(m_parts.size(), 20);
    }

    void init()
    {
        m_dir = std::make_unique<TempDir>();
        QVERIFY(m_dir->isValid());
        QVERIFY(DeviceFixture::enroll(dir()));
        QVERIFY(SaleFixture::addWarehouses(dir()));
        QVERIFY(DeviceFixture::addUser(dir(),
            { QStringLiteral("maria"), QString::fromUtf8("María López"), Role::Cashier, QStringLiteral("caja"),
                QStringLiteral("4821") }));
        QVERIFY(DeviceFixture::addUser(dir(),
            { QStringLiteral("jorge"), QString::fromUtf8("Jorge Ramírez"), Role::Manager, QStringLiteral("gerencia"),
                QStringLiteral("1357") }));
        // Fifteen parts on the counter's shelf, five only in the back store: the cart mixes both warehouses.
        std::vector<StockMovement> stock;
        for (int i = 0; i < m_parts.size(); ++i)
            stock.push_back(SaleFixture::receipt(
                m_parts[i].first, i < 15 ? SaleFixture::kCounter : SaleFixture::kBack, 10));
        QVERIFY(SaleFixture::receiveStock(dir(), stock));
        QVERIFY(QFile::copy(
            m_template.file(QStringLiteral("catalog.db")), QDir(dir()).filePath(QStringLiteral("catalog.db"))));
        std::unique_ptr<LocalStore> probe = store();
        QVERIFY(probe);
        PrinterConfig printer;
        printer.kind = PrinterKind::File;
        printer.target = spool();
        printer.paperMm = 80;
        QVERIFY(PrinterSettings(probe->db()).save(printer).has_value());
        QVERIFY(SaleFixture::openTill(dir(), QStringLiteral("user-maria"), Money(50000)));
    }

    void cleanup() { m_dir.reset(); }

    void wholeDayAtTheCounter()
    {
        LanguageManager languages;
        QVERIFY(languages.setLanguage(QStringLiteral("es_MX")));
        UiSession session(dir());
        QVERIFY(session.signInAndWait(QStringLiteral("maria"), QStringLiteral("caja")));
        session.main()->resize(1366, 800);
        SaleScreen *sale = session.main()->saleScreen();
        QVERIFY(sale && sale->isReady());
        auto *search = sale->findChild<QLineEdit *>(QStringLiteral("saleSearchEdit"));

        // 0. A search as the cashier types it: the catalogue's results with price and stock per warehouse.
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("balata tras"));
        QTRY_VERIFY(sale->resultsModel()->rowCount() > 0);
        QTest::qWait(50); // let the table lay out before the picture
        shoot(sale, "00-search");
        search->clear();

        // 1. Twenty lines: the first ten by the scanner (a burst of keys ending in Enter), the rest by code.
        for (int i = 0; i < 10; ++i) {
            search->setFocus();
            QTest::keyClicks(QApplication::focusWidget(), m_parts[i].second);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            QTRY_COMPARE(sale->cartModel()->rowCount(), i + 1);
        }
        for (int i = 10; i < 20; ++i)
            QVERIFY(sale->addByCode(m_parts[i].second, Quantity::units(i % 3 + 1)));
        CartModel *cart = sale->cartModel();
        QCOMPARE(cart->rowCount(), 20);
        QSet<QString> warehouses;
        for (const CartLine &line : cart->cart().lines())
            warehouses.insert(line.item.warehouseId);
        QCOMPARE(warehouses, (QSet<QString> { SaleFixture::kCounter, SaleFixture::kBack }));
        QVERIFY(cart->setData(cart->index(3, CartModel::Discount), QStringLiteral("10")));
        shoot(sale, "01-cart");

        // 2. F12: half by credit card with its authorisation, the rest in cash with $100 of change.
        const Money total = summarizeCart(cart->cart()).totals.gross;
        const Money card(total.centavos() / 2);
        whenModal([&](QWidget *dialog) {
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("creditAmountEdit")), card.toPlainString());
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("creditReferenceEdit")),
                QStringLiteral("AUT-778812"));
            auto *cash = dialog->findChild<QLineEdit *>(QStringLiteral("cashAmountEdit"));
            cash->clear();
            QTest::keyClicks(cash, (total - card + Money(10000)).toPlainString());
            shoot(dialog, "02-payment");
            QTest::keyClick(cash, Qt::Key_Return);
        });
        QTest::keyClick(search, Qt::Key_F12);
        QCOMPARE(cart->rowCount(), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM sales")), 1);
        const QString saleId = text(QStringLiteral("SELECT id FROM sales"));
        const QString folio = text(QStringLiteral("SELECT folio FROM sales"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM sale_lines")), 20);
        QCOMPARE(scalar(QStringLiteral("SELECT total_cents FROM sales")), total.centavos());
        QCOMPARE(scalar(QStringLiteral("SELECT change_cents FROM sales")), 10000);

        // 3. The ticket reached the printer: folio, total, card reference, change, folio barcode, drawer opened.
        QTRY_VERIFY(printed().lines.join(u'\n').contains(folio));
        const EscPosPage ticket = printed();
        const QString paper = ticket.lines.join(u'\n');
        QVERIFY2(paper.contains(total.format()) && paper.contains(QStringLiteral("AUT-778812"))
                && paper.contains(Money(10000).format()),
            qPrintable(paper));
        QVERIFY(ticket.code128.contains(folio.toLatin1()) || ticket.qrCodes.join().contains(folio.toLatin1()));
        QCOMPARE(ticket.drawerKicks, 1);
        {
            std::unique_ptr<LocalStore> probe = store();
            Result<ReceiptDocument> document = sale->counterMenu()->printer().saleTicket(saleId, false);
            QVERIFY2(document.has_value(), why(document).constData());
            QVERIFY(writeReceiptPdf(*document, 80, QDir(shotsDir()).filePath(QStringLiteral("03-ticket.pdf")))
                        .has_value());
            QVERIFY(ReceiptPainter(*document, 80).toImage().save(QDir(shotsDir()).filePath(QStringLiteral("03-ticket.png"))));
        }

        // 4. F11: two lines come back (one to the shelf, one defective), cash refund, approved by the manager's PIN.
        const qint64 stockBefore = scalar(
            QStringLiteral("SELECT quantity FROM stock_levels WHERE part_id = ? AND warehouse_id = ?"),
            { m_parts[0].first, SaleFixture::kCounter });
        whenModal([&](QWidget *modal) {
            auto *dialog = qobject_cast<ReturnDialog *>(modal);
            QVERIFY(dialog);
            auto *folioEdit = dialog->findChild<QLineEdit *>(QStringLiteral("returnFolioEdit"));
            QTest::keyClicks(folioEdit, folio);
            QTest::keyClick(folioEdit, Qt::Key_Return);
            QCOMPARE(dialog->linesModel()->rowCount(), 20);
            QVERIFY(dialog->linesModel()->setData(
                dialog->linesModel()->index(0, ReturnLinesModel::ToReturn), QStringLiteral("1")));
            QVERIFY(dialog->linesModel()->setData(
                dialog->linesModel()->index(1, ReturnLinesModel::ToReturn), QStringLiteral("1")));
            auto *view = dialog->findChild<QTableView *>(QStringLiteral("returnLinesView"));
            view->setFocus();
            view->setCurrentIndex(dialog->linesModel()->index(1, ReturnLinesModel::ToReturn));
            QTest::keyClick(view, Qt::Key_Space); // the second one is defective
            auto *reason = dialog->findChild<QComboBox *>(QStringLiteral("returnReasonCombo"));
            reason->setFocus();
            QTest::keyClicks(reason->lineEdit(), QStringLiteral("No era para su modelo"));
            shoot(dialog, "04-return");
            whenModal([](QWidget *manager) {
                QTest::keyClicks(manager->findChild<QLineEdit *>(QStringLiteral("managerUserEdit")), QStringLiteral("jorge"));
                QTest::keyClicks(manager->findChild<QLineEdit *>(QStringLiteral("managerPinEdit")), QStringLiteral("1357"));
                manager->findChild<QPushButton *>(QStringLiteral("authorizeButton"))->click();
            }, dialog);
            QTest::keyClick(dialog, Qt::Key_F12);
            QVERIFY2(dialog->record().has_value(),
                qPrintable(dialog->findChild<QLabel *>(QStringLiteral("returnError"))->text()));
            shoot(dialog, "05-return-done");
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
        // The offscreen platform has no window manager to hand the focus back after a modal dialog.
        session.main()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(session.main()));
        QTest::keyClick(search, Qt::Key_F11);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM returns WHERE sale_id = ? AND approved_by = 'user-jorge'"),
                     { saleId }),
            1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM return_lines")), 2);
        const qint64 refund = scalar(QStringLiteral("SELECT total_cents FROM returns"));
        QVERIFY(refund > 0);
        QCOMPARE(scalar(QStringLiteral("SELECT quantity FROM stock_levels WHERE part_id = ? AND warehouse_id = ?"),
                     { m_parts[0].first, SaleFixture::kCounter }),
            stockBefore + 1000);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE type = 'sale.returned'")), 1);
        const QString returnFolio = text(QStringLiteral("SELECT folio FROM returns"));
        QTRY_VERIFY(printed().lines.join(u'\n').contains(returnFolio)); // the slip followed the ticket

        // 5. F10 → close the till: expected cash is the float + the cash kept − the refund; counted by denomination.
        const qint64 cashKept = scalar(QStringLiteral("SELECT amount_cents FROM sale_payments WHERE method = 'cash'"));
        const qint64 expectedCash = 50000 + cashKept - refund;
        const qint64 cardPaid
            = scalar(QStringLiteral("SELECT amount_cents FROM sale_payments WHERE method = 'card_credit'"));
        QCOMPARE(cardPaid, card.centavos());
        qint64 counted = 0;
        QString zText;
        whenModal([&](QWidget *dialog) {
            QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("expected_cash"))->text(), Money(expectedCash).format());
            // Count the drawer bill by bill, largest first; what is below 50 centavos cannot be counted in coins.
            qint64 rest = expectedCash;
            for (const qint64 denomination : { 100000, 50000, 20000, 10000, 5000, 2000, 1000, 500, 200, 100, 50 }) {
                const qint64 pieces = rest / denomination;
                rest -= pieces * denomination;
                counted += pieces * denomination;
                auto *spin = dialog->findChild<QSpinBox *>(QStringLiteral("pieces_%1").arg(denomination));
                QVERIFY2(spin, qPrintable(QString::number(denomination)));
                spin->setValue(int(pieces));
            }
            auto *countedCard = dialog->findChild<QLineEdit *>(QStringLiteral("counted_card_credit"));
            QTest::keyClicks(countedCard, Money(cardPaid).toPlainString());
            QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("countedCashTotal"))->text(), Money(counted).format());
            shoot(dialog, "06-close-till");
            QTest::keyClick(dialog, Qt::Key_F12); // confirmation
            QTest::keyClick(dialog, Qt::Key_F12); // close
            auto *report = dialog->findChild<TillReportView *>();
            QVERIFY(report && report->isVisible());
            zText = report->lines().join(u'\n');
            shoot(dialog, "07-z-report");
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("closeTillPrint")), Qt::LeftButton);
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
        sale->counterMenu()->closeTill();
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM cash_sessions WHERE status = 'open'")), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT z_number FROM cash_sessions")), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT expected_cents FROM cash_session_tenders WHERE method = 'cash'")),
            expectedCash);
        QCOMPARE(scalar(QStringLiteral("SELECT counted_cents FROM cash_session_tenders WHERE method = 'cash'")), counted);
        QCOMPARE(
            scalar(QStringLiteral("SELECT expected_cents FROM cash_session_tenders WHERE method = 'card_credit'")),
            cardPaid);
        QVERIFY2(zText.contains(QStringLiteral("CORTE Z No. 1")) && zText.contains(Money(expectedCash).format())
                && zText.contains(Money(counted).format()),
            qPrintable(zText));
        if (counted != expectedCash)
            QVERIFY2(zText.contains(Money(expectedCash - counted).format()), qPrintable(zText));
        QTRY_VERIFY(printed().lines.join(u'\n').contains(QStringLiteral("CORTE Z No. 1")));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE type = 'cash_session.closed'")), 1);

        // 6. The screen shows the till closed (a sale now asks for a new till first: tested in testsale).
        QCOMPARE(sale->findChild<QLabel *>(QStringLiteral("tillStatus"))->property("state").toString(),
            QStringLiteral("closed"));
        shoot(sale, "08-after-close");
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
    }
};

QTEST_MAIN(TestCounterDay)
#include "testcounterday.moc"
