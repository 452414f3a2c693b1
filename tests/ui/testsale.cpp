// The counter sale screen on a real enrolled device, real nexus.db and a real generated catalog.db: search off the
// UI thread, add with Enter and "3*", quantity edit, scanner burst, split payment into nexus.db, manager PIN for a
// big discount, the open-till dialog, and the clear message while the catalogue has not been downloaded.
#include "cashpayment.h"
#include "salefixture.h"
#include "salesession.h"
#include "tempdir.h"
#include "whenmodal.h"
#include "uifixture.h"
#include "uisession.h"
#include "why.h"

#include "catalog/catalogsearch.h"
#include "main/sidebar.h"
#include "sale/cartmodel.h"
#include "sale/salescreen.h"
#include "sale/searchclient.h"
#include "sale/searchresultsmodel.h"
#include "sales/cartitemlookup.h"
#include "sales/cartsummary.h"
#include "sales/counterinput.h"
#include "printing/barcodematrix.h"

#include <QPainter>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>

#include <functional>

using namespace nexus;
using namespace nexus::test;

namespace {

struct TestPart
{
    qint64 id = 0;
    QString sku;
    QString barcode;
    QString name;
};

qint64 scalar(const QString &dir, const QString &sql, const QVariantList &values = {})
{
    Result<QVariant> value = DeviceFixture::read(dir, sql, values);
    return value ? value->toLongLong() : -1;
}

QString text(const QString &dir, const QString &sql, const QVariantList &values = {})
{
    Result<QVariant> value = DeviceFixture::read(dir, sql, values);
    return value ? value->toString() : QString();
}

} // namespace

class TestSale final : public QObject
{
    Q_OBJECT

private:
    TempDir m_template; // one generated, indexed catalogue, copied into every device
    std::unique_ptr<TempDir> m_dir;
    std::vector<TestPart> m_parts;

    QString dir() const { return m_dir->path(); }

    void installCatalogue()
    {
        QVERIFY(QFile::copy(
            m_template.file(QStringLiteral("catalog.db")), QDir(dir()).filePath(QStringLiteral("catalog.db"))));
    }

    SaleScreen *screen(UiSession &session) { return session.main() ? session.main()->saleScreen() : nullptr; }

    // Types a search as a person does and waits for the worker's answer to that text.
    void search(SaleScreen *sale, const QString &what)
    {
        const QString expected = parseCounterEntry(what)->text;
        QCOMPARE(searchAndWait(sale, what, expected), expected);
        QVERIFY(sale->resultsModel()->rowCount() > 0);
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
            "SELECT id, sku, barcode, name FROM parts WHERE barcode IS NOT NULL AND active = 1 ORDER BY id LIMIT 3 "
            "OFFSET 40"));
        QVERIFY(rows.has_value());
        while (rows->next())
            m_parts.push_back({ rows->value(0).toLongLong(), rows->value(1).toString(), rows->value(2).toString(),
                rows->value(3).toString() });
        QCOMPARE(m_parts.size(), std::size_t(3));
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
        // Part 0: both warehouses; part 1: only the back store; part 2: none at all.
        QVERIFY(SaleFixture::receiveStock(dir(),
            { SaleFixture::receipt(m_parts[0].id, SaleFixture::kCounter, 5),
                SaleFixture::receipt(m_parts[0].id, SaleFixture::kBack, 10),
                SaleFixture::receipt(m_parts[1].id, SaleFixture::kBack, 4) }));
    }

    void cleanup() { m_dir.reset(); }

    void missingCatalogueSaysSoUntilItArrives()
    {
        UiSession session(dir());
        QVERIFY(session.signInAndWait(QStringLiteral("maria"), QStringLiteral("caja")));
        SaleScreen *sale = screen(session);
        QVERIFY(sale);
        QVERIFY(!sale->isReady());
        auto *title = sale->findChild<QLabel *>(QStringLiteral("unavailableTitle"));
        auto *message = sale->findChild<QLabel *>(QStringLiteral("catalogMissingLabel"));
        QVERIFY(title && message);
        QVERIFY(message->isVisible());
        QCOMPARE(title->text(), QString::fromUtf8("El catálogo de refacciones todavía no se ha descargado"));
        QVERIFY(message->text().contains(QStringLiteral("catalog.db")));
        QVERIFY(!sale->findChild<QLineEdit *>(QStringLiteral("saleSearchEdit"))->isVisible());
        QVERIFY(!QFile::exists(sale->catalogPath())); // nothing invented in its place

        // The sync bootstrap drops it in while Venta is on screen: the screen notices and sells.
        installCatalogue();
        QTRY_VERIFY_WITH_TIMEOUT(sale->isReady(), 3 * SaleScreen::kCatalogPollMs);
        QVERIFY(sale->findChild<QLineEdit *>(QStringLiteral("saleSearchEdit"))->isVisible());
        QTRY_COMPARE(QApplication::focusWidget(), sale->findChild<QLineEdit *>(QStringLiteral("saleSearchEdit")));
    }

    void searchAddWithEnterAndChangeQuantity()
    {
        installCatalogue();
        QVERIFY(SaleFixture::openTill(dir(), QStringLiteral("user-maria"), Money(50000)));
        UiSession session(dir());
        QVERIFY(session.signInAndWait(QStringLiteral("maria"), QStringLiteral("caja")));
        SaleScreen *sale = screen(session);
        QVERIFY(sale && sale->isReady());
        QAbstractItemModelTester resultsTester(sale->resultsModel());
        QAbstractItemModelTester cartTester(sale->cartModel());
        auto *edit = sale->findChild<QLineEdit *>(QStringLiteral("saleSearchEdit"));
        QCOMPARE(QApplication::focusWidget(), edit); // ready to type after login

        // Words as typed: what is shown is the answer to the last text, as the core search ranks it.
        const QString words = m_parts[0].name.section(QLatin1Char(' '), 0, 1);
        search(sale, words);
        Result<std::unique_ptr<CatalogStore>> catalog
            = CatalogStore::open(sale->catalogPath(), QStringLiteral("probe-catalog"));
        QVERIFY(catalog.has_value());
        CatalogQuery query;
        query.text = words;
        query.priceListId = 1;
        query.limit = SaleScreen::kResultLimit;
        Result<CatalogSearchResult> expected = CatalogSearch((*catalog)->db()).search(query);
        QVERIFY2(expected.has_value(), why(expected).constData());
        QCOMPARE(sale->resultsModel()->rowCount(), int(expected->hits.size()));
        for (int row = 0; row < sale->resultsModel()->rowCount(); ++row)
            QCOMPARE(sale->resultsModel()->hit(row)->partId, expected->hits.at(row).partId);

        // The SKU: first hit, with its stock in each warehouse of the branch.
        search(sale, m_parts[0].sku);
        SearchResultsModel *results = sale->resultsModel();
        QCOMPARE(results->hit(0)->partId, m_parts[0].id);
        QCOMPARE(results->columnCount(), SearchResultsModel::FirstWarehouse + 2);
        QCOMPARE(results->headerData(SearchResultsModel::FirstWarehouse, Qt::Horizontal).toString(),
            QStringLiteral("Mostrador"));
        QCOMPARE(results->index(0, SearchResultsModel::FirstWarehouse).data(SearchResultsModel::StockRole).toLongLong(),
            5000);
        QCOMPARE(results->index(0, SearchResultsModel::FirstWarehouse + 1).data().toString(), QStringLiteral("10"));
        QTest::keyClick(edit, Qt::Key_Return);
        CartModel *cart = sale->cartModel();
        QCOMPARE(cart->rowCount(), 1);
        QCOMPARE(cart->cart().lines().at(0).item.partId, m_parts[0].id);
        QCOMPARE(cart->cart().lines().at(0).quantity, Quantity::units(1));
        QCOMPARE(cart->cart().lines().at(0).item.warehouseId, SaleFixture::kCounter);
        QCOMPARE(QApplication::focusWidget(), edit);

        // "3*": three of a part that only the back store has; the line comes from there.
        search(sale, QStringLiteral("3*") + m_parts[1].sku);
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(cart->rowCount(), 2);
        QCOMPARE(cart->cart().lines().at(1).quantity, Quantity::units(3));
        QCOMPARE(cart->cart().lines().at(1).item.warehouseId, SaleFixture::kBack);

        // F4 edits the quantity of the current line in place.
        QTest::keyClick(edit, Qt::Key_F4);
        auto *view = sale->findChild<QTableView *>(QStringLiteral("cartView"));
        QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()) != nullptr
            && view->isAncestorOf(QApplication::focusWidget()));
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("2"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(cart->cart().lines().at(1).quantity, Quantity::units(2));
        const CartSummary summary = summarizeCart(cart->cart());
        QCOMPARE(sale->findChild<QLabel *>(QStringLiteral("totalValue"))->text(), summary.totals.gross.format());
        QCOMPARE(sale->findChild<QLabel *>(QStringLiteral("taxValue"))->text(), summary.totals.tax.format());

        // Del removes the current line.
        view->setFocus();
        view->setCurrentIndex(cart->index(0, CartModel::Sku));
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(cart->rowCount(), 1);
        QCOMPARE(cart->cart().lines().at(0).item.partId, m_parts[1].id);
    }

    void staleAnswersAreDroppedAndPriceListsReprice()
    {
        installCatalogue();
        QVERIFY(SaleFixture::openTill(dir(), QStringLiteral("user-maria"), Money(50000)));
        UiSession session(dir());
        QVERIFY(session.signInAndWait(QStringLiteral("maria"), QStringLiteral("caja")));
        SaleScreen *sale = screen(session);
        QVERIFY(sale && sale->isReady());

        // Two requests back to back: only the second one's answer reaches the screen.
        QStringList delivered;
        connect(sale->searchClient(), &SearchClient::answered, this,
            [&delivered](const SearchAnswer &answer) { delivered.append(answer.text); });
        CatalogQuery first;
        first.text = m_parts[0].sku;
        CatalogQuery second;
        second.text = m_parts[1].sku;
        sale->searchClient()->searchNow(first);
        sale->searchClient()->searchNow(second);
        QTRY_VERIFY(!sale->searchClient()->isBusy());
        QCOMPARE(delivered, QStringList { m_parts[1].sku });

        // Mayoreo: the ticket's lines and the results are priced again, exactly as the core prices them.
        QVERIFY(sale->addByCode(m_parts[0].sku, Quantity::units(1)));
        const Money publico = sale->cartModel()->cart().lines().at(0).item.unitPrice;
        auto *lists = sale->findChild<QComboBox *>(QStringLiteral("priceListCombo"));
        QVERIFY(lists);
        const int mayoreo = lists->findData(2);
        QVERIFY(mayoreo >= 0);
        search(sale, m_parts[0].sku);
        lists->setCurrentIndex(mayoreo);
        QCOMPARE(sale->cartModel()->cart().priceList(), QStringLiteral("mayoreo"));
        Result<std::unique_ptr<CatalogStore>> catalog
            = CatalogStore::open(sale->catalogPath(), QStringLiteral("probe-catalog"));
        QVERIFY(catalog.has_value());
        Result<CartItem> item = CartItemLookup((*catalog)->db()).item(m_parts[0].id, 2, SaleFixture::kCounter);
        QVERIFY2(item.has_value(), why(item).constData());
        QCOMPARE(sale->cartModel()->cart().lines().at(0).item.unitPrice, item->unitPrice);
        QVERIFY(item->unitPrice < publico);
        QTRY_COMPARE(sale->resultsModel()
                         ->index(0, SearchResultsModel::Price)
                         .data(SearchResultsModel::PriceCentsRole)
                         .toLongLong(),
            item->unitPrice.centavos());

        // The line's warehouse can change (F7's editor writes through the same setData).
        CartModel *cart = sale->cartModel();
        QVERIFY(cart->setData(cart->index(0, CartModel::Warehouse), SaleFixture::kBack));
        QCOMPARE(cart->cart().lines().at(0).item.warehouseId, SaleFixture::kBack);
        QCOMPARE(cart->index(0, CartModel::Warehouse).data().toString(), QStringLiteral("Bodega"));
        QVERIFY(sale->addByCode(m_parts[0].sku, Quantity::units(1))); // the counter has it: a second line
        QCOMPARE(cart->rowCount(), 2);
        QVERIFY(!cart->setData(cart->index(1, CartModel::Warehouse), SaleFixture::kBack)); // same part, same place
        QVERIFY(sale->findChild<QLabel *>(QStringLiteral("saleMessage"))->text().contains(m_parts[0].sku));
    }

    void dollarsAtTheDaysRateAreStoredWithTheRate()
    {
        installCatalogue();
        QVERIFY(SaleFixture::openTill(dir(), QStringLiteral("user-maria"), Money(50000)));
        UiSession session(dir());
        QVERIFY(session.signInAndWait(QStringLiteral("maria"), QStringLiteral("caja")));
        SaleScreen *sale = screen(session);
        QVERIFY(sale && sale->isReady());
        QVERIFY(sale->addByCode(m_parts[0].sku, Quantity::units(1)));
        const Money total = summarizeCart(sale->cartModel()->cart()).totals.gross;
        bool sawRateError = false;
        QString shownPesos;
        whenModal([&](QWidget *dialog) {
            auto *usd = dialog->findChild<QLineEdit *>(QStringLiteral("usdAmountEdit"));
            auto *rate = dialog->findChild<QLineEdit *>(QStringLiteral("usdRateEdit"));
            auto *cash = dialog->findChild<QLineEdit *>(QStringLiteral("cashAmountEdit"));
            QTest::keyClicks(usd, QStringLiteral("10"));
            QTest::keyClick(usd, Qt::Key_Return); // no rate yet on this till
            sawRateError
                = dialog->isVisible() && dialog->findChild<QLabel *>(QStringLiteral("usdRateError"))->isVisible();
            QTest::keyClicks(rate, QStringLiteral("17.50"));
            shownPesos = dialog->findChild<QLabel *>(QStringLiteral("usdInPesos"))->text();
            // $175.00 in dollars; cash covers the rest (filled in while the cashier has not typed it).
            QCOMPARE(cash->text(), (total - Money(17500)).toPlainString());
            QTest::keyClick(cash, Qt::Key_Return);
        });
        sale->pay();
        QVERIFY(sawRateError);
        QVERIFY(shownPesos.contains(Money(17500).format()));
        QCOMPARE(scalar(dir(), QStringLiteral("SELECT count(*) FROM sales")), 1);
        QCOMPARE(scalar(dir(), QStringLiteral("SELECT exchange_rate_ppm FROM sale_payments WHERE method = 'cash_usd'")),
            17'500'000);
        QCOMPARE(
            scalar(dir(), QStringLiteral("SELECT tendered_cents FROM sale_payments WHERE method = 'cash_usd'")), 1000);
        QCOMPARE(
            scalar(dir(), QStringLiteral("SELECT amount_cents FROM sale_payments WHERE method = 'cash_usd'")), 17500);
        QCOMPARE(text(dir(), QStringLiteral("SELECT value FROM settings WHERE key = 'usd_mxn_rate_ppm'")),
            QStringLiteral("17500000"));
    }

    void scannerBurstAddsFromAnyFocus()
    {
        installCatalogue();
        QVERIFY(SaleFixture::openTill(dir(), QStringLiteral("user-maria"), Money(50000)));
        UiSession session(dir());
        QVERIFY(session.signInAndWait(QStringLiteral("maria"), QStringLiteral("caja")));
        SaleScreen *sale = screen(session);
        QVERIFY(sale && sale->isReady());
        auto *view = sale->findChild<QTableView *>(QStringLiteral("cartView"));
        auto *edit = sale->findChild<QLineEdit *>(QStringLiteral("saleSearchEdit"));

        // A person typing the barcode slowly into the ticket adds nothing.
        view->setFocus();
        QCOMPARE(QApplication::focusWidget(), view);
        QTest::keyClicks(view, m_parts[2].barcode, Qt::NoModifier, 60);
        QTest::keyClick(view, Qt::Key_Return, Qt::NoModifier, 60);
        QCOMPARE(sale->cartModel()->rowCount(), 0);

        // The scanner: the same keys within milliseconds, ending in Enter.
        QTest::keyClicks(view, m_parts[2].barcode);
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(sale->cartModel()->rowCount(), 1);
        QCOMPARE(sale->cartModel()->cart().lines().at(0).item.partId, m_parts[2].id);

        // Into the search box: the part is added and the scanned digits do not stay behind.
        edit->setFocus();
        QTest::keyClicks(edit, m_parts[2].barcode);
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(sale->cartModel()->cart().lines().at(0).quantity, Quantity::units(2));
        QCOMPARE(edit->text(), QString());
    }

    void splitCashAndCardIsStoredAndClearsTheCart()
    {
        installCatalogue();
        QVERIFY(SaleFixture::openTill(dir(), QStringLiteral("user-maria"), Money(50000)));
        UiSession session(dir());
        QVERIFY(session.signInAndWait(QStringLiteral("maria"), QStringLiteral("caja")));
        SaleScreen *sale = screen(session);
        QVERIFY(sale && sale->isReady());
        QVERIFY(sale->addByCode(m_parts[0].sku, Quantity::units(2)));
        QVERIFY(sale->addByCode(m_parts[1].barcode, Quantity::units(1)));
        const Money total = summarizeCart(sale->cartModel()->cart()).totals.gross;
        const Money card(total.centavos() / 2);
        const Money cash = total - card + Money(5000); // $50.00 of change

        bool sawReferenceError = false;
        QString shownChange;
        whenModal([&](QWidget *dialog) {
            auto *cardAmount = dialog->findChild<QLineEdit *>(QStringLiteral("creditAmountEdit"));
            auto *cardReference = dialog->findChild<QLineEdit *>(QStringLiteral("creditReferenceEdit"));
            auto *cashAmount = dialog->findChild<QLineEdit *>(QStringLiteral("cashAmountEdit"));
            QVERIFY(cardAmount && cardReference && cashAmount);
            QTest::keyClicks(cardAmount, card.toPlainString());
            // Cash follows what the card leaves until the cashier types it.
            QCOMPARE(cashAmount->text(), (total - card).toPlainString());
            QTest::keyClick(cardAmount, Qt::Key_Return);
            auto *error = dialog->findChild<QLabel *>(QStringLiteral("creditError"));
            sawReferenceError
                = dialog->isVisible() && error->isVisible() && error->text().contains(QStringLiteral("referencia"));
            QTest::keyClicks(cardReference, QStringLiteral("A1B2C3"));
            cashAmount->clear();
            QTest::keyClicks(cashAmount, cash.toPlainString());
            shownChange = dialog->findChild<QLabel *>(QStringLiteral("payBalance"))->text();
            QTest::keyClick(cashAmount, Qt::Key_Return);
        });
        QTest::keyClick(sale->findChild<QLineEdit *>(QStringLiteral("saleSearchEdit")), Qt::Key_F12);
        QVERIFY(sawReferenceError);
        QCOMPARE(shownChange, Money(5000).format());

        QCOMPARE(sale->cartModel()->rowCount(), 0);
        QCOMPARE(scalar(dir(), QStringLiteral("SELECT count(*) FROM sales")), 1);
        QCOMPARE(scalar(dir(), QStringLiteral("SELECT total_cents FROM sales")), total.centavos());
        QCOMPARE(scalar(dir(), QStringLiteral("SELECT change_cents FROM sales")), 5000);
        QCOMPARE(scalar(dir(), QStringLiteral("SELECT count(*) FROM sale_lines")), 2);
        QCOMPARE(scalar(dir(), QStringLiteral("SELECT amount_cents FROM sale_payments WHERE method = 'card_credit'")),
            card.centavos());
        QCOMPARE(text(dir(), QStringLiteral("SELECT reference FROM sale_payments WHERE method = 'card_credit'")),
            QStringLiteral("A1B2C3"));
        QCOMPARE(scalar(dir(), QStringLiteral("SELECT amount_cents FROM sale_payments WHERE method = 'cash'")),
            (total - card).centavos());
        QCOMPARE(scalar(dir(), QStringLiteral("SELECT tendered_cents FROM sale_payments WHERE method = 'cash'")),
            cash.centavos());
        QCOMPARE(
            scalar(dir(), QStringLiteral("SELECT quantity FROM stock_levels WHERE part_id = ? AND warehouse_id = ?"),
                { m_parts[0].id, SaleFixture::kCounter }),
            3000);
        const QString folio = text(dir(), QStringLiteral("SELECT folio FROM sales"));
        QCOMPARE(folio, QStringLiteral("CENC0DE-000001"));
        auto *receipt = sale->findChild<QLabel *>(QStringLiteral("receiptText"));
        QVERIFY(receipt->isVisible());
        QVERIFY(receipt->text().contains(folio));
        QVERIFY(receipt->text().contains(Money(5000).format().toHtmlEscaped()));
        QTRY_COMPARE(QApplication::focusWidget(), sale->findChild<QLineEdit *>(QStringLiteral("saleSearchEdit")));
    }

    void cashierDiscountAboveLimitNeedsManagerPin()
    {
        installCatalogue();
        QVERIFY(SaleFixture::openTill(dir(), QStringLiteral("user-maria"), Money(50000)));
        UiSession session(dir());
        QVERIFY(session.signInAndWait(QStringLiteral("maria"), QStringLiteral("caja")));
        SaleScreen *sale = screen(session);
        QVERIFY(sale && sale->isReady());
        QVERIFY(sale->addByCode(m_parts[0].sku, Quantity::units(1)));
        QVERIFY(sale->addByCode(m_parts[1].sku, Quantity::units(1)));
        CartModel *cart = sale->cartModel();

        // Within the limit: no question asked.
        QVERIFY(cart->setData(cart->index(0, CartModel::Discount), QStringLiteral("10")));
        QCOMPARE(cart->cart().lines().at(0).discountPpm, 100'000);

        // 15 % by F6: the manager's PIN is asked; a wrong one is refused in the dialog, the right one passes.
        bool sawWrongPin = false;
        whenModal([&](QWidget *dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("managerAuthDialog"));
            auto *user = dialog->findChild<QLineEdit *>(QStringLiteral("managerUserEdit"));
            auto *pin = dialog->findChild<QLineEdit *>(QStringLiteral("managerPinEdit"));
            QTest::keyClicks(user, QStringLiteral("jorge"));
            QTest::keyClicks(pin, QStringLiteral("0000"));
            QTest::keyClick(pin, Qt::Key_Return);
            sawWrongPin
                = dialog->isVisible() && dialog->findChild<QLabel *>(QStringLiteral("managerAuthError"))->isVisible();
            QTest::keyClicks(pin, QStringLiteral("1357"));
            QTest::keyClick(pin, Qt::Key_Return);
        });
        auto *view = sale->findChild<QTableView *>(QStringLiteral("cartView"));
        view->setFocus();
        view->setCurrentIndex(cart->index(1, CartModel::Sku));
        QTest::keyClick(view, Qt::Key_F6);
        QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()) != nullptr);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("15"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(cart->cart().lines().at(1).discountPpm, 150'000);
        QVERIFY(sawWrongPin);
        QCOMPARE(scalar(dir(),
                     QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'manager_authorized' "
                                    "AND user_id = 'user-jorge'")),
            1);

        // More than what was authorised asks again; cancelled, the discount stays as it was.
        whenModal([](QWidget *dialog) { QTest::keyClick(dialog, Qt::Key_Escape); });
        QVERIFY(!cart->setData(cart->index(0, CartModel::Discount), QStringLiteral("30")));
        QCOMPARE(cart->cart().lines().at(0).discountPpm, 100'000);

        // The sale goes through with the authorised discount (checkout checks it again in core).
        whenPaidInCash();
        sale->pay();
        QCOMPARE(cart->rowCount(), 0);
        QCOMPARE(scalar(dir(), QStringLiteral("SELECT count(*) FROM sales")), 1);
        QVERIFY(scalar(dir(), QStringLiteral("SELECT discount_cents FROM sales")) > 0);
    }

    void ticketDiscountByF5SpreadsOverLinesAndIsCharged()
    {
        installCatalogue();
        QVERIFY(SaleFixture::openTill(dir(), QStringLiteral("user-maria"), Money(50000)));
        UiSession session(dir());
        QVERIFY(session.signInAndWait(QStringLiteral("maria"), QStringLiteral("caja")));
        SaleScreen *sale = screen(session);
        QVERIFY(sale && sale->isReady());
        QVERIFY(sale->addByCode(m_parts[0].sku, Quantity::units(3)));
        QVERIFY(sale->addByCode(m_parts[1].sku, Quantity::units(1)));
        CartModel *cart = sale->cartModel();
        const Money before = summarizeCart(cart->cart()).totals.gross;

        // Bad input names the problem and changes nothing.
        QVERIFY(!sale->setTicketDiscount(QStringLiteral("diez")));
        QCOMPARE(cart->cart().ticketDiscountPpm(), 0);
        QVERIFY(!sale->findChild<QLabel *>(QStringLiteral("saleMessage"))->text().isEmpty());

        // F5 asks for the percent; 5 % is within a cashier's limit, so no PIN.
        whenModal([](QWidget *dialog) {
            auto *edit = dialog->findChild<QLineEdit *>();
            QVERIFY(edit);
            QTest::keyClicks(edit, QStringLiteral("5"));
            QTest::keyClick(edit, Qt::Key_Return);
        });
        QTest::keyClick(sale->findChild<QLineEdit *>(QStringLiteral("saleSearchEdit")), Qt::Key_F5);
        QCOMPARE(cart->cart().ticketDiscountPpm(), 50'000);
        const CartSummary discounted = summarizeCart(cart->cart());
        QVERIFY(discounted.totals.gross < before);
        // Every line carries its share of the ticket discount.
        for (const CartLine &line : cart->cart().lines())
            QVERIFY(cart->cart().priceLine(line).discount.centavos() > 0);

        // Above the limit a cashier needs the manager; refused, the 5 % stays.
        whenModal([](QWidget *dialog) { QTest::keyClick(dialog, Qt::Key_Escape); });
        QVERIFY(!sale->setTicketDiscount(QStringLiteral("25")));
        QCOMPARE(cart->cart().ticketDiscountPpm(), 50'000);

        whenPaidInCash();
        sale->pay();
        QCOMPARE(cart->rowCount(), 0);
        QCOMPARE(scalar(dir(), QStringLiteral("SELECT total_cents FROM sales")), discounted.totals.gross.centavos());
        QCOMPARE(scalar(dir(), QStringLiteral("SELECT discount_cents FROM sales")),
            discounted.discount.centavos());
        QCOMPARE(scalar(dir(), QStringLiteral("SELECT sum(discount_cents) FROM sale_lines")),
            discounted.discount.centavos());
    }

    void pictureOfABarcodeAddsThePartAndLabelsPrint()
    {
        installCatalogue();
        QVERIFY(SaleFixture::openTill(dir(), QStringLiteral("user-maria"), Money(50000)));
        UiSession session(dir());
        QVERIFY(session.signInAndWait(QStringLiteral("maria"), QStringLiteral("caja")));
        SaleScreen *sale = screen(session);
        QVERIFY(sale && sale->isReady());

        // A photo-like picture: the part's EAN-13 drawn on a grey background, turned a little.
        Result<BarcodeMatrix> matrix = BarcodeMatrix::encode(BarcodeKind::Ean13, m_parts[1].barcode);
        QVERIFY2(matrix.has_value(), why(matrix).constData());
        QImage picture(900, 500, QImage::Format_RGB32);
        picture.fill(QColor(0xd8, 0xd8, 0xd0));
        {
            QPainter painter(&picture);
            painter.translate(450, 250);
            painter.rotate(7);
            painter.fillRect(QRectF(-330, -110, 660, 220), Qt::white);
            painter.setPen(Qt::NoPen);
            painter.setBrush(Qt::black);
            matrix->paint(painter, QRectF(-285, -80, 570, 160));
        }
        const QString photo = QDir(dir()).filePath(QStringLiteral("caja.png"));
        QVERIFY(picture.save(photo));
        QVERIFY(sale->addFromPicture(photo));
        QCOMPARE(sale->cartModel()->rowCount(), 1);
        QCOMPARE(sale->cartModel()->cart().lines().at(0).item.partId, m_parts[1].id);

        // A picture without a barcode says so and adds nothing.
        QImage blank(400, 300, QImage::Format_RGB32);
        blank.fill(Qt::white);
        const QString empty = QDir(dir()).filePath(QStringLiteral("blanco.png"));
        QVERIFY(blank.save(empty));
        QVERIFY(!sale->addFromPicture(empty));
        QCOMPARE(sale->cartModel()->rowCount(), 1);
        QVERIFY(!sale->findChild<QLabel *>(QStringLiteral("saleMessage"))->text().isEmpty());

        // Shelf labels of the ticket's parts as a PDF sheet.
        QVERIFY(sale->addByCode(m_parts[0].sku, Quantity::units(1)));
        const QString labels = QDir(dir()).filePath(QStringLiteral("etiquetas.pdf"));
        Status saved = sale->saveCartLabels(labels);
        QVERIFY2(saved.has_value(), why(saved).constData());
        QFile pdf(labels);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
    }

    void noOpenTillAsksForTheFloat()
    {
        installCatalogue();
        UiSession session(dir());
        QVERIFY(session.signInAndWait(QStringLiteral("maria"), QStringLiteral("caja")));
        SaleScreen *sale = screen(session);
        QVERIFY(sale && sale->isReady());
        auto *edit = sale->findChild<QLineEdit *>(QStringLiteral("saleSearchEdit"));
        search(sale, m_parts[0].sku);

        // Declined: nothing is added and nothing is opened.
        whenModal([](QWidget *dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("openTillDialog"));
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("openTillCancel")), Qt::LeftButton);
        });
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(sale->cartModel()->rowCount(), 0);
        QCOMPARE(scalar(dir(), QStringLiteral("SELECT count(*) FROM cash_sessions")), 0);

        // A bad float is refused inside the dialog; a good one opens the till and the item goes in.
        bool sawError = false;
        whenModal([&](QWidget *dialog) {
            auto *amount = dialog->findChild<QLineEdit *>(QStringLiteral("openingFloatEdit"));
            QTest::keyClicks(amount, QStringLiteral("-5"));
            QTest::keyClick(amount, Qt::Key_Return);
            sawError = dialog->isVisible() && dialog->findChild<QLabel *>(QStringLiteral("openTillError"))->isVisible();
            amount->clear();
            QTest::keyClicks(amount, QStringLiteral("500"));
            QTest::keyClick(amount, Qt::Key_Return);
        });
        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY(sawError);
        QCOMPARE(sale->cartModel()->rowCount(), 1);
        QCOMPARE(scalar(dir(),
                     QStringLiteral("SELECT opening_float_cents FROM cash_sessions WHERE status = 'open' "
                                    "AND opened_by = 'user-maria'")),
            50000);
        QVERIFY(sale->findChild<QLabel *>(QStringLiteral("tillStatus"))->text().contains(Money(50000).format()));
    }
};

QTEST_MAIN(TestSale)
#include "testsale.moc"
