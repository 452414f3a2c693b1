// Quotes at the counter, by keyboard on a real enrolled device: two parts on the ticket for a customer, Ctrl+Q saves
// them as a quote (customer prefilled, valid 15 days) and empties the ticket; Ctrl+Shift+Q lists it, the search
// finds it by folio, Ctrl+P writes its PDF (read back with pdftotext: store, folio, customer, lines, IVA, total,
// validity), Enter converts it: the lines come back at the quoted prices with the customer, F12 charges them, the sale
// records the quote's folio and the quote becomes converted; converting it again is refused. A quote past its date
// comes back at today's catalogue price, said in red. Screenshots and the PDF's pages go to $NEXUS_QUOTE_SHOTS
// (default /tmp/nexus-quotes).
#include "cashpayment.h"
#include "salefixture.h"
#include "salesession.h"
#include "screenshots.h"
#include "tempdir.h"
#include "uifixture.h"
#include "uisession.h"
#include "whenmodal.h"
#include "why.h"

#include "common/clock.h"
#include "customers/customerservice.h"
#include "quotes/quoteservice.h"
#include "quotes/quotesdialog.h"
#include "sale/cartmodel.h"
#include "sale/salescreen.h"
#include "sale/searchclient.h"
#include "sale/searchresultsmodel.h"
#include "sales/cartitemlookup.h"
#include "sales/counterinput.h"
#include "store/catalogstore.h"

#include <QApplication>
#include <QDateEdit>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QProcess>
#include <QScopeGuard>
#include <QTableWidget>

using namespace nexus;
using namespace nexus::test;

namespace {

const QString &shots()
{
    static const QString dir = shotsDir("NEXUS_QUOTE_SHOTS", QStringLiteral("/tmp/nexus-quotes"));
    return dir;
}

QVariant scalar(const QString &dir, const QString &sql, const QVariantList &values = {})
{
    Result<QVariant> value = DeviceFixture::read(dir, sql, values);
    return value ? *value : QVariant();
}

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return QStringLiteral("<%1 failed: %2>").arg(program, QString::fromUtf8(process.readAllStandardError()));
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestSaleQuote final : public QObject
{
    Q_OBJECT

private:
    TempDir m_template;
    std::unique_ptr<TempDir> m_dir;
    SaleFixture::CatalogPart m_pads;
    SaleFixture::CatalogPart m_filter;
    Money m_padsPrice;
    QString m_customerId;

    QString dir() const { return m_dir->path(); }

    void search(SaleScreen *sale, const QString &what)
    {
        const QString expected = parseCounterEntry(what)->text;
        QCOMPARE(searchAndWait(sale, what, expected), expected);
        QVERIFY(sale->resultsModel()->rowCount() > 0);
    }

    // Ctrl+Shift+Q, then `act` on the list.
    void inQuotes(QLineEdit *search, const std::function<void(QWidget *, QLineEdit *, QTableWidget *)> &act)
    {
        bool seen = false;
        whenModal([&](QWidget *dialog) {
            const auto guard = closeIfLeftOpen(dialog);
            QCOMPARE(dialog->objectName(), QStringLiteral("quotesDialog"));
            auto *find = dialog->findChild<QLineEdit *>(QStringLiteral("quoteSearchEdit"));
            auto *view = dialog->findChild<QTableWidget *>(QStringLiteral("quotesView"));
            QVERIFY(find && view);
            QVERIFY(QTest::qWaitFor([&] { return QApplication::focusWidget() == find; }, 3000));
            seen = true;
            act(dialog, find, view);
        });
        // The screen's shortcuts answer only once its window is active again after the last dialog.
        QVERIFY(QTest::qWaitFor([search] { return QApplication::activeWindow() == search->window(); }, 30000));
        QTest::keyClick(search, Qt::Key_Q, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(seen);
    }

private Q_SLOTS:
    void initTestCase()
    {
        initUiTests();
        QVERIFY(SaleFixture::writeCatalogue(m_template.path(), 300));
        const QString catalog = m_template.file(QStringLiteral("catalog.db"));
        std::optional<SaleFixture::CatalogPart> pads = SaleFixture::partAt(catalog, 12);
        std::optional<SaleFixture::CatalogPart> filter = SaleFixture::partAt(catalog, 40);
        QVERIFY(pads && filter);
        m_pads = *pads;
        m_filter = *filter;
        Result<std::unique_ptr<CatalogStore>> store = CatalogStore::open(catalog, QStringLiteral("price-probe"));
        QVERIFY(store);
        Result<CartItem> item = CartItemLookup((*store)->db()).item(m_pads.id, 1, SaleFixture::kCounter);
        QVERIFY2(item, why(item).constData());
        m_padsPrice = item->unitPrice;
    }

    void init()
    {
        m_dir = std::make_unique<TempDir>();
        QVERIFY(SaleFixture::cashierCounter(dir(), m_template.file(QStringLiteral("catalog.db"))));
        QVERIFY(SaleFixture::receiveStock(dir(),
            { SaleFixture::receipt(m_pads.id, SaleFixture::kCounter, 8),
                SaleFixture::receipt(m_filter.id, SaleFixture::kCounter, 8) }));
        Result<std::unique_ptr<LocalStore>> store
            = LocalStore::open(QDir(dir()).filePath(QStringLiteral("nexus.db")), QStringLiteral("quote-fixture"));
        QVERIFY2(store, why(store).constData());
        CustomerFields fields;
        fields.name = QString::fromUtf8("Transportes Ñandú del Norte");
        fields.phone = QStringLiteral("8183331200");
        fields.email = QStringLiteral("compras@nandu.mx");
        Result<Customer> customer = SaleFixture::addCustomer((*store)->db(), fields);
        QVERIFY2(customer, why(customer).constData());
        m_customerId = customer->id;
    }

    void cleanup() { m_dir.reset(); }

    void quoteSavedListedPrintedAndConvertedOnce()
    {
        UiSession session(dir());
        SaleScreen *sale = signInToSell(session, QStringLiteral("maria"), QStringLiteral("caja"));
        QVERIFY(sale);
        QStringList opened;
        recordDocuments(sale, opened);
        auto *edit = sale->findChild<QLineEdit *>(QStringLiteral("saleSearchEdit"));
        QVERIFY(edit);
        CartModel *cart = sale->cartModel();

        // Ctrl+Q on an empty ticket only says what to do.
        QTest::keyClick(edit, Qt::Key_Q, Qt::ControlModifier);
        QVERIFY(!QApplication::activeModalWidget());

        QVERIFY(sale->attachCustomer(m_customerId));
        search(sale, QStringLiteral("2*") + m_pads.sku);
        QTest::keyClick(edit, Qt::Key_Return);
        search(sale, m_filter.sku);
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(cart->rowCount(), 2);
        const Money total = cart->cart().totals().gross;
        const Money tax = cart->cart().totals().tax;

        // Ctrl+Q: customer prefilled, 15 days; Enter saves.
        bool saveSeen = false;
        whenModal([&](QWidget *dialog) {
            const auto guard = closeIfLeftOpen(dialog);
            QCOMPARE(dialog->objectName(), QStringLiteral("saveQuoteDialog"));
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("quoteCustomerName"));
            auto *phone = dialog->findChild<QLineEdit *>(QStringLiteral("quoteCustomerPhone"));
            auto *vehicle = dialog->findChild<QLineEdit *>(QStringLiteral("quoteVehicle"));
            auto *until = dialog->findChild<QDateEdit *>(QStringLiteral("quoteValidUntil"));
            QVERIFY(name && phone && vehicle && until);
            QCOMPARE(name->text(), QString::fromUtf8("Transportes Ñandú del Norte"));
            QCOMPARE(phone->text(), QStringLiteral("8183331200"));
            QCOMPARE(until->date(), QDate::currentDate().addDays(15));
            QTest::keyClick(dialog, Qt::Key_V, Qt::AltModifier);
            QTRY_COMPARE(QApplication::focusWidget(), vehicle);
            QTest::keyClicks(vehicle, QStringLiteral("Nissan NP300 2020 (NL-77-AB)"));
            shoot(dialog, shots(), "01-save-quote");
            saveSeen = true;
            QTest::keyClick(vehicle, Qt::Key_Return);
        });
        QTest::keyClick(edit, Qt::Key_Q, Qt::ControlModifier);
        QVERIFY(saveSeen);
        QTRY_COMPARE(cart->rowCount(), 0);
        QVERIFY(!sale->customer());
        QCOMPARE(scalar(dir(), QStringLiteral("SELECT count(*) FROM quotes")).toInt(), 1);
        const QString folio = scalar(dir(), QStringLiteral("SELECT folio FROM quotes")).toString();
        QCOMPARE(folio, QStringLiteral("COT-000001"));
        QCOMPARE(scalar(dir(), QStringLiteral("SELECT total_cents FROM quotes")).toLongLong(), total.centavos());
        QCOMPARE(scalar(dir(), QStringLiteral("SELECT count(*) FROM outbox WHERE type = 'quote.saved'")).toInt(), 1);
        auto *message = sale->findChild<QLabel *>(QStringLiteral("saleMessage"));
        QVERIFY(message);
        QVERIFY2(message->text().contains(folio), qPrintable(message->text()));
        shoot(sale, shots(), "02-after-save");

        // Ctrl+Shift+Q: found by folio; Ctrl+P writes the PDF; Enter converts.
        inQuotes(edit, [&](QWidget *dialog, QLineEdit *find, QTableWidget *view) {
            QCOMPARE(view->rowCount(), 1);
            QTest::keyClicks(find, QStringLiteral("000001"));
            QCOMPARE(view->rowCount(), 1);
            QCOMPARE(view->item(0, QuotesDialog::Folio)->text(), folio);
            QCOMPARE(view->item(0, QuotesDialog::Total)->text(), total.format());
            QTest::keyClicks(find, QStringLiteral("9"));
            QCOMPARE(view->rowCount(), 0);
            QTest::keyClick(find, Qt::Key_Backspace);
            QCOMPARE(view->rowCount(), 1);
            // Ctrl+W / Ctrl+E: the PDF queued for the customer's WhatsApp and e-mail (sent when online); twice: no.
            auto *status = dialog->findChild<QLabel *>(QStringLiteral("quotesStatus"));
            QTest::keyClick(find, Qt::Key_W, Qt::ControlModifier);
            QVERIFY2(status->text().contains(QStringLiteral("+528183331200")), qPrintable(status->text()));
            QTest::keyClick(find, Qt::Key_W, Qt::ControlModifier);
            QCOMPARE(status->property("role").toString(), QStringLiteral("error"));
            QTest::keyClick(find, Qt::Key_E, Qt::ControlModifier);
            QVERIFY2(status->text().contains(QStringLiteral("compras@nandu.mx")), qPrintable(status->text()));
            QCOMPARE(scalar(dir(), QStringLiteral("SELECT count(*) FROM notification_messages WHERE event = 'quote_sent' "
                                                  "AND state = 'queued' AND substr(attachment, 1, 5) = CAST('%PDF-' AS BLOB) "
                                                  "AND attachment_name = ?"),
                         { QStringLiteral("Cotizacion_%1.pdf").arg(folio) })
                         .toInt(),
                2);
            QTest::keyClick(find, Qt::Key_P, Qt::ControlModifier);
            QTRY_COMPARE(opened.size(), 1);
            shoot(dialog, shots(), "03-quotes-list");
            QTest::keyClick(find, Qt::Key_Return);
        });
        QTRY_COMPARE(cart->rowCount(), 2);
        QCOMPARE(cart->cart().quoteFolio(), folio);
        QVERIFY(sale->customer());
        QCOMPARE(sale->customer()->id, m_customerId);
        QCOMPARE(cart->cart().lines().at(0).item.unitPrice, m_padsPrice);
        QCOMPARE(cart->cart().totals().gross, total);
        shoot(sale, shots(), "04-quote-on-ticket");

        // The PDF read back.
        const QString pdf = opened.first();
        QVERIFY(QFileInfo(pdf).size() > 1000);
        const QString text = run(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
        for (const QString &expected : { QStringLiteral("COTIZACIÓN"), folio, DeviceFixture::kBranchName,
                 QString::fromUtf8("Transportes Ñandú del Norte"), QStringLiteral("Nissan NP300 2020 (NL-77-AB)"),
                 m_pads.sku, m_filter.sku, QStringLiteral("IVA"), tax.format(QLocale(QLocale::Spanish, QLocale::Mexico)),
                 total.format(QLocale(QLocale::Spanish, QLocale::Mexico)), QStringLiteral("Válida hasta"),
                 QDate::currentDate().addDays(15).toString(QStringLiteral("dd/MM/yyyy")) })
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + text));
        run(QStringLiteral("pdftoppm"),
            { QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("80"), pdf,
                QDir(shots()).filePath(QStringLiteral("05-quote-pdf")) });

        // F12, cash, Enter: the sale records the quote, the quote is converted.
        whenPaidInCash(QStringLiteral("20000"));
        QVERIFY(QTest::qWaitFor([edit] { return QApplication::activeWindow() == edit->window(); }, 30000));
        QTest::keyClick(edit, Qt::Key_F12);
        QTRY_COMPARE(cart->rowCount(), 0);
        QVERIFY(cart->cart().quoteId().isEmpty());
        const QString saleFolio = scalar(dir(), QStringLiteral("SELECT folio FROM sales WHERE quote_folio = ?"), { folio })
                                      .toString();
        QVERIFY(!saleFolio.isEmpty());
        QCOMPARE(scalar(dir(), QStringLiteral("SELECT total_cents FROM sales WHERE folio = ?"), { saleFolio }).toLongLong(),
            total.centavos());
        QCOMPARE(scalar(dir(), QStringLiteral("SELECT state || ' ' || sale_folio FROM quotes")).toString(),
            QStringLiteral("converted ") + saleFolio);
        QCOMPARE(scalar(dir(), QStringLiteral("SELECT count(*) FROM outbox WHERE type = 'quote.converted'")).toInt(), 1);

        // Not twice: the list shows it converted and Enter does nothing but say so.
        inQuotes(edit, [&](QWidget *dialog, QLineEdit *find, QTableWidget *view) {
            QCOMPARE(view->rowCount(), 1);
            QVERIFY(view->item(0, QuotesDialog::State)->text().contains(saleFolio));
            QTest::keyClick(find, Qt::Key_Return);
            QVERIFY(dialog->isVisible());
            auto *status = dialog->findChild<QLabel *>(QStringLiteral("quotesStatus"));
            QVERIFY(status && status->text().contains(saleFolio));
            shoot(dialog, shots(), "06-converted-in-list");
            QTest::keyClick(find, Qt::Key_Escape);
        });
        QCOMPARE(cart->rowCount(), 0);
        QVERIFY(!sale->loadQuote(scalar(dir(), QStringLiteral("SELECT id FROM quotes")).toString()));
        QCOMPARE(cart->rowCount(), 0);
        QCOMPARE(scalar(dir(), QStringLiteral("SELECT count(*) FROM sales")).toInt(), 1);
    }

    void expiredQuoteComesBackAtTodaysPrices()
    {
        // Two quotes at $1.00 below the catalogue: one still vigente, one whose day has passed.
        {
            Result<std::unique_ptr<LocalStore>> store
                = LocalStore::open(QDir(dir()).filePath(QStringLiteral("nexus.db")), QStringLiteral("quote-seed"));
            QVERIFY(store);
            QuoteService quotes((*store)->db(), Clock::system(),
                QuoteContext { DeviceFixture::kDeviceId, DeviceFixture::kBranchId });
            Cart cheap;
            const CartItem item { m_pads.id, m_pads.sku, QStringLiteral("Balata"), SaleFixture::kCounter,
                m_padsPrice - Money(100), m_padsPrice, Money(100), TaxRate::iva16(), 1, QStringLiteral("25174400"),
                QStringLiteral("H87") };
            QVERIFY(cheap.add(item, Quantity::units(1)));
            const NewQuote request { { {}, QStringLiteral("Pedro Garza"), {}, {} }, {}, quotes.defaultValidUntil(),
                QStringLiteral("user-maria"), QStringLiteral("María López"), Role::Cashier };
            QVERIFY(quotes.save(cheap, request));
            QVERIFY(quotes.save(cheap, request));
            QVERIFY((*store)->db().exec(QStringLiteral("UPDATE quotes SET valid_until = ? WHERE folio = 'COT-000002'"),
                { QDate::currentDate().addDays(-1).toString(Qt::ISODate) }));
        }
        UiSession session(dir());
        SaleScreen *sale = signInToSell(session, QStringLiteral("maria"), QStringLiteral("caja"));
        QVERIFY(sale);
        auto *edit = sale->findChild<QLineEdit *>(QStringLiteral("saleSearchEdit"));
        CartModel *cart = sale->cartModel();

        const auto convert = [&](const QString &folio) {
            inQuotes(edit, [&](QWidget *, QLineEdit *find, QTableWidget *view) {
                QTest::keyClicks(find, folio);
                QCOMPARE(view->rowCount(), 1);
                QTest::keyClick(find, Qt::Key_Return);
            });
        };
        convert(QStringLiteral("COT-000001"));
        QTRY_COMPARE(cart->rowCount(), 1);
        QCOMPARE(cart->cart().lines().at(0).item.unitPrice, m_padsPrice - Money(100)); // honoured
        QVERIFY(!sale->customer()); // a walk-in
        // F9, "Cancel sale": the ticket empties and the quote stays open.
        whenModal([&](QWidget *dialog) {
            auto *box = qobject_cast<QMessageBox *>(dialog);
            QVERIFY(box);
            for (QAbstractButton *button : box->buttons())
                if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                    button->click();
        });
        QVERIFY(QTest::qWaitFor([edit] { return QApplication::activeWindow() == edit->window(); }, 30000));
        QTest::keyClick(edit, Qt::Key_F9);
        QTRY_COMPARE(cart->rowCount(), 0);

        // The day has passed: today's price, said in red; still the quote's sale.
        convert(QStringLiteral("COT-000002"));
        QTRY_COMPARE(cart->rowCount(), 1);
        QCOMPARE(cart->cart().lines().at(0).item.unitPrice, m_padsPrice);
        QCOMPARE(cart->cart().quoteFolio(), QStringLiteral("COT-000002"));
        auto *message = sale->findChild<QLabel *>(QStringLiteral("saleMessage"));
        QVERIFY(message);
        QCOMPARE(message->property("tone").toString(), QStringLiteral("error"));
        QVERIFY2(message->text().contains(QStringLiteral("COT-000002")), qPrintable(message->text()));
        shoot(sale, shots(), "07-expired-quote-on-ticket");
    }
};

QTEST_MAIN(TestSaleQuote)
#include "testsalequote.moc"
