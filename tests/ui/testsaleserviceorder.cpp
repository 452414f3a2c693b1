// Charging a service order at the counter, driven with the keyboard on a real enrolled device: the search offers a
// part less the pieces open orders hold back; Ctrl+O on the sale screen opens the picker of ready orders (an order
// still in repair is not there), typing the plates without dashes finds it, Enter puts its reserved part and its
// labor on the ticket with its customer; the order's lines refuse being removed one by one and a second order cannot
// join the ticket; F12 charges it: one sale with a service line (no part, no warehouse, no movement), the part out of
// stock from its reservation, the order delivered with the sale's folio. Screenshots of the picker, the ticket, the
// payment and the screen afterwards go to $NEXUS_SERVICE_ORDER_SHOTS (default /tmp/nexus-service-order-sale). An
// order pulled with a part line whose cost the server never had (a schema-1 fact) is charged with the catalogue's
// cost, list price and price version, not cost 0.
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
#include "main/area.h"
#include "main/mainwindow.h"
#include "quotes/orderquote.h"
#include "quotes/quotesdialog.h"
#include "sale/cartmodel.h"
#include "sale/salescreen.h"
#include "sale/searchresultsmodel.h"
#include "sale/serviceorderpickerdialog.h"
#include "store/catalogstore.h"
#include "store/localstore.h"
#include "workshop/kanbanboard.h"
#include "workshop/kanbancard.h"
#include "workshop/serviceorderdialog.h"
#include "workshop/serviceorderservice.h"
#include "workshop/workshopscreen.h"

#include <QApplication>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QScopeGuard>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace nexus;
using namespace nexus::test;

namespace {

const QString &shots()
{
    static const QString dir = shotsDir("NEXUS_SERVICE_ORDER_SHOTS", QStringLiteral("/tmp/nexus-service-order-sale"));
    return dir;
}

qint64 scalar(const QString &dir, const QString &sql, const QVariantList &values = {})
{
    Result<QVariant> value = DeviceFixture::read(dir, sql, values);
    return value && value->isValid() ? value->toLongLong() : -1;
}

const WorkshopActor kAdvisor { QStringLiteral("user-jorge"), QStringLiteral("Jorge Ramírez"), Role::Manager };

} // namespace

class TestSaleServiceOrder final : public QObject
{
    Q_OBJECT

private:
    TempDir m_template;
    std::unique_ptr<TempDir> m_dir;
    qint64 m_partId = 0;
    QString m_sku;
    QString m_customerId;
    QString m_orderId;
    QString m_otherOrderId;

    QString dir() const { return m_dir->path(); }

    // An order of `customer` for the car with `plates`, taken as far as `last` (ready: its estimate approved).
    Result<ServiceOrder> order(ServiceOrderService &orders, const CustomerSnapshot &customer, const QString &plates,
        const QString &labor, qint64 laborCents, Quantity pieces, ServiceOrderStatus last)
    {
        NewServiceOrder request;
        request.customer = customer;
        request.vehicle = { {}, plates, {}, QStringLiteral("Nissan"), QStringLiteral("Versa"), 2019, 84000 };
        request.complaint = QStringLiteral("Ruido al frenar");
        Result<ServiceOrder> opened = orders.open(request, kAdvisor);
        if (!opened)
            return opened;
        const CartItem pads { m_partId, m_sku, QStringLiteral("Balata delantera"), SaleFixture::kCounter,
            Money(45000), Money(45000), Money(25000), TaxRate::iva16(), 1, QStringLiteral("25174400"),
            QStringLiteral("H87") };
        for (const auto &step : std::vector<std::function<Result<ServiceOrder>()>> {
                 [&] { return orders.addPart(opened->id, { pads, pieces, {} }, kAdvisor); },
                 [&] {
                     return orders.addLabor(
                         opened->id, { labor, LaborPricing::Flat, {}, {}, Money(laborCents), {}, {} }, kAdvisor);
                 },
                 [&] { return orders.approveEstimate(opened->id, QStringLiteral("Firmado"), kAdvisor); } })
            if (Result<ServiceOrder> done = step(); !done)
                return done;
        ServiceOrderStatus from = ServiceOrderStatus::Received;
        for (ServiceOrderStatus to : { ServiceOrderStatus::Diagnosis, ServiceOrderStatus::Repair,
                 ServiceOrderStatus::QualityCheck, ServiceOrderStatus::Ready }) {
            if (from == last)
                break;
            if (Result<ServiceOrder> moved = orders.move(opened->id, from, to, kAdvisor, {}); !moved)
                return moved;
            from = to;
        }
        return orders.load(opened->id);
    }

    // F12, 2,000 in cash, Enter: the ticket is charged and the screen empties.
    void payInCash(QLineEdit *search, CartModel *cart, const char *shot)
    {
        QString refused;
        whenPaidInCash(
            QStringLiteral("2000"), [shot](QWidget *dialog) { shoot(dialog, shots(), shot); }, &refused);
        QVERIFY(QTest::qWaitFor([search] { return QApplication::activeWindow() == search->window(); }, 30000));
        QTest::keyClick(search, Qt::Key_F12);
        QTRY_VERIFY2(cart->rowCount() == 0, qPrintable(refused));
        QVERIFY(cart->cart().serviceOrderId().isEmpty());
    }

    // Ctrl+O once the payment dialog gave the window back: the picker offers `orders` ready orders.
    void pickerOffers(QLineEdit *search, int orders)
    {
        bool seen = false;
        whenModal([&](QWidget *dialog) {
            const auto guard = closeIfLeftOpen(dialog);
            QCOMPARE(dialog->objectName(), QStringLiteral("serviceOrderPickerDialog"));
            QCOMPARE(qobject_cast<ServiceOrderPickerDialog *>(dialog)->visibleOrders(), orders);
            seen = true;
            QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("serviceOrderSearchEdit")), Qt::Key_Escape);
        });
        // The screen's shortcuts answer only once its window is active again after the payment dialog.
        QVERIFY(QTest::qWaitFor([search] { return QApplication::activeWindow() == search->window(); }, 30000));
        QTest::keyClick(search, Qt::Key_O, Qt::ControlModifier);
        QVERIFY(seen);
    }

private Q_SLOTS:
    void initTestCase()
    {
        initUiTests();
        QVERIFY(SaleFixture::writeCatalogue(m_template.path(), 500));
        const std::optional<SaleFixture::CatalogPart> part
            = SaleFixture::partAt(m_template.file(QStringLiteral("catalog.db")), 20);
        QVERIFY(part);
        m_partId = part->id;
        m_sku = part->sku;
    }

    void init()
    {
        m_dir = std::make_unique<TempDir>();
        QVERIFY(SaleFixture::cashierCounter(dir(), m_template.file(QStringLiteral("catalog.db"))));
        QVERIFY(SaleFixture::receiveStock(dir(), { SaleFixture::receipt(m_partId, SaleFixture::kCounter, 6) }));

        Result<std::unique_ptr<LocalStore>> store
            = LocalStore::open(QDir(dir()).filePath(QStringLiteral("nexus.db")), QStringLiteral("workshop-fixture"));
        QVERIFY2(store, why(store).constData());
        CustomerFields fields;
        fields.name = QString::fromUtf8("Transportes Ñandú del Norte");
        fields.phone = QStringLiteral("8183331200");
        Result<Customer> customer = SaleFixture::addCustomer((*store)->db(), fields);
        QVERIFY2(customer, why(customer).constData());
        m_customerId = customer->id;
        ServiceOrderService orders((*store)->db(), Clock::system(),
            WorkshopContext { DeviceFixture::kDeviceId, DeviceFixture::kBranchId, false, {} });
        Result<ServiceOrder> ready = order(orders, { m_customerId, fields.name, fields.phone },
            QStringLiteral("NL-77-AB"), QStringLiteral("Cambio de balatas"), 60000, Quantity::units(2),
            ServiceOrderStatus::Ready);
        QVERIFY2(ready, why(ready).constData());
        m_orderId = ready->id;
        Result<ServiceOrder> other = order(orders, { {}, QStringLiteral("Pedro Garza"), {} },
            QStringLiteral("SMT-12-34"), QStringLiteral("Afinación"), 90000, Quantity::units(1),
            ServiceOrderStatus::Ready);
        QVERIFY2(other, why(other).constData());
        m_otherOrderId = other->id;
        Result<ServiceOrder> inRepair = order(orders, { {}, QStringLiteral("Luisa Treviño"), {} },
            QStringLiteral("NL-77-AC"), QStringLiteral("Suspensión"), 120000, Quantity::units(1),
            ServiceOrderStatus::Repair);
        QVERIFY2(inRepair, why(inRepair).constData());
    }

    void cleanup() { m_dir.reset(); }

    void chargeAReadyOrderFromTheSaleScreen()
    {
        UiSession session(dir());
        SaleScreen *sale = signInToSell(session, QStringLiteral("maria"), QStringLiteral("caja"));
        QVERIFY(sale);
        auto *search = sale->findChild<QLineEdit *>(QStringLiteral("saleSearchEdit"));
        QVERIFY(search);
        CartModel *cart = sale->cartModel();

        // The search offers what the counter may sell: 6 on the shelf, 4 held for the three open orders.
        QTest::keyClicks(search, m_sku);
        QTRY_COMPARE(sale->resultsModel()->stockOf(m_partId).value(SaleFixture::kCounter), Quantity::units(2));
        search->clear();

        // Ctrl+O: the two ready orders (not the one in repair); "nl77" finds the car whatever the dashes.
        bool pickerSeen = false;
        whenModal([&](QWidget *dialog) {
            const auto guard = closeIfLeftOpen(dialog);
            QCOMPARE(dialog->objectName(), QStringLiteral("serviceOrderPickerDialog"));
            auto *picker = qobject_cast<ServiceOrderPickerDialog *>(dialog);
            QVERIFY(picker);
            auto *find = dialog->findChild<QLineEdit *>(QStringLiteral("serviceOrderSearchEdit"));
            QVERIFY(QTest::qWaitFor([&] { return QApplication::focusWidget() == find; }, 3000));
            QCOMPARE(picker->visibleOrders(), 2);
            auto *view = dialog->findChild<QTableWidget *>(QStringLiteral("serviceOrderResultsView"));
            QTest::keyClicks(find, QStringLiteral("nl77"));
            QCOMPARE(picker->visibleOrders(), 1);
            QCOMPARE(view->item(0, ServiceOrderPickerDialog::Customer)->text(),
                QString::fromUtf8("Transportes Ñandú del Norte"));
            // 2 × $450.00 + $600.00
            QCOMPARE(view->item(0, ServiceOrderPickerDialog::Total)->text(), Money(150000).format());
            QTest::keyClicks(find, QStringLiteral("x"));
            QCOMPARE(picker->visibleOrders(), 0);
            QTest::keyClick(find, Qt::Key_Backspace);
            shoot(dialog, shots(), "01-service-order-picker");
            pickerSeen = true;
            QTest::keyClick(find, Qt::Key_Return);
        });
        QTest::keyClick(search, Qt::Key_O, Qt::ControlModifier);
        QVERIFY(pickerSeen);
        QCOMPARE(cart->rowCount(), 2);
        QCOMPARE(cart->cart().serviceOrderId(), m_orderId);
        QCOMPARE(cart->index(0, CartModel::Sku).data().toString(), m_sku);
        QCOMPARE(cart->index(0, CartModel::Quantity).data().toString(), Quantity::units(2).toString());
        QCOMPARE(cart->index(1, CartModel::Description).data().toString(), QStringLiteral("Cambio de balatas"));
        QCOMPARE(cart->index(1, CartModel::Warehouse).data().toString(), QStringLiteral("Servicio"));
        QVERIFY(sale->customer());
        QCOMPARE(sale->customer()->id, m_customerId);
        QCOMPARE(cart->cart().totals().gross, Money(150000));
        QTRY_COMPARE(QApplication::focusWidget(), search);
        // An order's line leaves the ticket only with the whole order.
        QVERIFY(!cart->removeLine(1));
        QCOMPARE(cart->rowCount(), 2);
        // A second order cannot go on the same ticket.
        QVERIFY(!sale->loadServiceOrder(m_otherOrderId));
        QCOMPARE(cart->rowCount(), 2);
        // Shelf labels for the ticket: the part's, the labor has none.
        const QString labels = QDir(dir()).filePath(QStringLiteral("etiquetas.pdf"));
        const Status labelled = sale->saveCartLabels(labels);
        QVERIFY2(labelled, why(labelled).constData());
        QVERIFY(QFileInfo(labels).size() > 0);
        shoot(sale, shots(), "02-ticket-with-service-order");

        // F12, cash, Enter.
        payInCash(search, cart, "03-payment");
        shoot(sale, shots(), "04-after-charge");

        QCOMPARE(scalar(dir(), QStringLiteral("SELECT count(*) FROM sales WHERE total_cents = 150000 AND customer_id = ?"),
                     { m_customerId }),
            1);
        QCOMPARE(scalar(dir(), QStringLiteral("SELECT count(*) FROM sale_lines WHERE part_id = 0 AND warehouse_id = '' "
                                              "AND sat_product_key = '78181500'")),
            1);
        QCOMPARE(scalar(dir(), QStringLiteral("SELECT count(*) FROM stock_movements WHERE kind = 'sale'")), 1);
        QCOMPARE(scalar(dir(), QStringLiteral("SELECT quantity FROM stock_levels WHERE part_id = ? AND warehouse_id = ?"),
                     { m_partId, SaleFixture::kCounter }),
            Quantity::units(4).thousandths());
        // Only the other ready order still holds a piece back.
        QCOMPARE(scalar(dir(), QStringLiteral("SELECT sum(quantity) FROM stock_reservations WHERE part_id = ?"),
                     { m_partId }),
            Quantity::units(2).thousandths());
        QCOMPARE(scalar(dir(), QStringLiteral("SELECT count(*) FROM service_orders s JOIN sales ON sales.id = s.sale_id "
                                              "WHERE s.id = ? AND s.status = 'delivered' AND s.sale_folio = sales.folio"),
                     { m_orderId }),
            1);
        QCOMPARE(scalar(dir(), QStringLiteral("SELECT count(*) FROM outbox WHERE type = 'sale.completed' AND "
                                              "schema_v = 5")),
            1);

        // The picker now offers only the other order.
        pickerOffers(search, 1);
        QCOMPARE(cart->rowCount(), 0);
    }

    void aPulledLineWithoutItsCostTakesTheCataloguesAtTheCharge()
    {
        // The order's part line as a pull of a schema-1 line leaves it: no cost, the unit price as list price, v1.
        {
            Result<std::unique_ptr<LocalStore>> store = LocalStore::open(
                QDir(dir()).filePath(QStringLiteral("nexus.db")), QStringLiteral("unpriced-fixture"));
            QVERIFY2(store, why(store).constData());
            QVERIFY((*store)->db().exec(
                QStringLiteral("UPDATE service_order_parts SET priced = 0, cost_cents = 0, retail_price_cents = "
                               "unit_price_cents, price_version = 1 WHERE order_id = ?"),
                { m_orderId }));
        }
        Result<std::unique_ptr<CatalogStore>> catalog = CatalogStore::open(
            QDir(dir()).filePath(QStringLiteral("catalog.db")), QStringLiteral("unpriced-catalogue"));
        QVERIFY2(catalog, why(catalog).constData());
        Result<QVariant> known = (*catalog)->db().scalar(
            QStringLiteral("SELECT cost_cents || '/' || retail_price_cents || '/' || price_version FROM parts "
                           "WHERE id = ?"),
            { m_partId });
        QVERIFY2(known, why(known).constData());
        QVERIFY(!known->toString().startsWith(QLatin1String("0/")));

        UiSession session(dir());
        SaleScreen *sale = signInToSell(session, QStringLiteral("maria"), QStringLiteral("caja"));
        QVERIFY(sale);
        auto *search = sale->findChild<QLineEdit *>(QStringLiteral("saleSearchEdit"));
        QVERIFY(search);
        QVERIFY(sale->loadServiceOrder(m_orderId));
        QCOMPARE(sale->cartModel()->cart().totals().gross, Money(150000)); // the order's prices stand
        payInCash(search, sale->cartModel(), "14-payment-pulled-line-without-cost");
        Result<QVariant> sold = DeviceFixture::read(dir(),
            QStringLiteral("SELECT cost_cents || '/' || retail_price_cents || '/' || price_version FROM sale_lines "
                           "WHERE part_id = ?"),
            { m_partId });
        QVERIFY2(sold, why(sold).constData());
        QCOMPARE(sold->toString(), known->toString());
    }

    // From the order's detail, Ctrl+Q makes a quote of its reserved parts and labor for its customer and vehicle;
    // the quote remembers the order and goes the usual way at the counter: listed with the order's folio, its PDF
    // naming the order, WhatsApp, converted into the ticket as the order's charge. F12 then charges the order once:
    // its part leaves the stock from its reservation, the order is delivered with the sale, and neither the quote
    // nor the order can be charged again.
    void quoteFromTheOrderDetail()
    {
        UiSession session(dir());
        SaleScreen *sale = signInToSell(session, QStringLiteral("maria"), QStringLiteral("caja"));
        QVERIFY(sale);
        QStringList opened;
        recordDocuments(sale, opened);

        QTest::keySequence(session.main(), areaShortcut(Area::Workshop));
        auto *workshop = session.main()->findChild<WorkshopScreen *>();
        QVERIFY(workshop);
        QTRY_VERIFY(workshop->isVisible() && workshop->board()->card(m_orderId));
        QString folio;
        QString orderMessage;
        bool saveSeen = false;
        bool detailSeen = false;
        whenModal([&](QWidget *widget) {
            const auto guard = closeIfLeftOpen(widget);
            auto *detail = qobject_cast<ServiceOrderDialog *>(widget);
            QVERIFY(detail);
            detailSeen = true;
            whenModal(
                [&](QWidget *dialog) {
                    const auto saveGuard = closeIfLeftOpen(dialog);
                    QCOMPARE(dialog->objectName(), QStringLiteral("saveQuoteDialog"));
                    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("quoteCustomerName"))->text(),
                        QString::fromUtf8("Transportes Ñandú del Norte"));
                    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("quoteCustomerPhone"))->text(),
                        QStringLiteral("8183331200"));
                    auto *vehicle = dialog->findChild<QLineEdit *>(QStringLiteral("quoteVehicle"));
                    QCOMPARE(vehicle->text(), QString::fromUtf8("Nissan Versa 2019 · NL-77-AB"));
                    shoot(dialog, shots(), "05-order-quote-save");
                    saveSeen = true;
                    QTest::keyClick(vehicle, Qt::Key_Return);
                },
                detail);
            QTest::keyClick(detail, Qt::Key_Q, Qt::ControlModifier);
            orderMessage = detail->findChild<QLabel *>(QStringLiteral("orderMessage"))->text();
            shoot(detail, shots(), "06-order-quote-saved");
            QTest::keyClick(detail, Qt::Key_Escape);
        });
        // A double-click on the order's card opens its detail.
        KanbanCard *card = workshop->board()->card(m_orderId);
        QVERIFY(QTest::qWaitForWindowActive(session.main()));
        QTest::mouseDClick(card, Qt::LeftButton, {}, QPoint(card->width() / 2, 14));
        QTRY_VERIFY(detailSeen); // the board opens the detail on its next turn of the event loop
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QVERIFY2(saveSeen, qPrintable(orderMessage));
        folio = scalar(dir(), QStringLiteral("SELECT count(*) FROM quotes")) == 1 ? QStringLiteral("COT-000001") : QString();
        QVERIFY2(!folio.isEmpty() && orderMessage.contains(folio), qPrintable(orderMessage));
        // 2 × $450.00 of pads from the counter and $600.00 of labor (a service line), for the order's customer.
        QCOMPARE(scalar(dir(), QStringLiteral("SELECT count(*) FROM quotes WHERE folio = ? AND customer_id = ? "
                                              "AND total_cents = 150000"),
                     { folio, m_customerId }),
            1);
        QCOMPARE(scalar(dir(), QStringLiteral("SELECT count(*) FROM quote_lines WHERE part_id = ? AND quantity = 2000 "
                                              "AND unit_price_cents = 45000"),
                     { m_partId }),
            1);
        QCOMPARE(scalar(dir(), QStringLiteral("SELECT count(*) FROM quote_lines WHERE part_id = 0 AND service = 1 "
                                              "AND unit_price_cents = 60000 AND description = 'Cambio de balatas'")),
            1);
        QCOMPARE(scalar(dir(), QStringLiteral("SELECT count(*) FROM outbox WHERE type = 'quote.saved'")), 1);
        QCOMPARE(scalar(dir(),
                     QStringLiteral("SELECT count(*) FROM quotes q JOIN service_orders s ON s.id = "
                                    "q.service_order_id AND s.folio = q.service_order_folio WHERE s.id = ?"),
                     { m_orderId }),
            1);
        const QString orderFolio = QStringLiteral("OS-000001"); // the first order opened in init()
        QCOMPARE(
            scalar(dir(), QStringLiteral("SELECT count(*) FROM quotes WHERE service_order_folio = ?"), { orderFolio }),
            1);

        // At the counter: Ctrl+Shift+Q lists it, Ctrl+P its PDF, Ctrl+W queues it for WhatsApp, Enter converts it.
        session.main()->activateWindow(); // the offscreen platform does not hand it back when the detail closes
        QVERIFY(QTest::qWaitForWindowActive(session.main()));
        QTest::keySequence(session.main(), areaShortcut(Area::Sale));
        auto *search = sale->findChild<QLineEdit *>(QStringLiteral("saleSearchEdit"));
        QTRY_VERIFY(sale->isVisible());
        search->setFocus();
        bool listSeen = false;
        QString status;
        QString converted; // what the list says after Enter (nothing new when the quote goes to the ticket)
        whenModal([&](QWidget *dialog) {
            const auto guard = closeIfLeftOpen(dialog);
            QCOMPARE(dialog->objectName(), QStringLiteral("quotesDialog"));
            auto *find = dialog->findChild<QLineEdit *>(QStringLiteral("quoteSearchEdit"));
            auto *view = dialog->findChild<QTableWidget *>(QStringLiteral("quotesView"));
            QVERIFY(QTest::qWaitFor([&] { return QApplication::focusWidget() == find; }, 3000));
            QCOMPARE(view->rowCount(), 1);
            QCOMPARE(view->item(0, QuotesDialog::Folio)->text(), folio);
            QCOMPARE(view->item(0, QuotesDialog::Total)->text(), Money(150000).format());
            QCOMPARE(view->item(0, QuotesDialog::Order)->text(), orderFolio);
            shoot(dialog, shots(), "07-order-quote-list");
            QTest::keyClick(find, Qt::Key_P, Qt::ControlModifier);
            QTRY_COMPARE(opened.size(), 1);
            QTest::keyClick(find, Qt::Key_W, Qt::ControlModifier);
            status = dialog->findChild<QLabel *>(QStringLiteral("quotesStatus"))->text();
            listSeen = true;
            QTest::keyClick(find, Qt::Key_Return);
            converted = dialog->findChild<QLabel *>(QStringLiteral("quotesStatus"))->text();
        });
        QVERIFY(QTest::qWaitFor([search] { return QApplication::activeWindow() == search->window(); }, 30000));
        QTest::keyClick(search, Qt::Key_Q, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(listSeen);
        QVERIFY2(status.contains(QStringLiteral("+528183331200")), qPrintable(status));
        CartModel *cart = sale->cartModel();
        const auto *saleMessage = sale->findChild<QLabel *>(QStringLiteral("saleMessage"));
        QTRY_VERIFY2(cart->rowCount() == 2, qPrintable(converted + QStringLiteral(" | ") + saleMessage->text()));
        QCOMPARE(cart->cart().quoteFolio(), folio);
        QCOMPARE(cart->cart().totals().gross, Money(150000));
        QVERIFY(sale->customer());
        QCOMPARE(sale->customer()->id, m_customerId);
        // On the ticket as the order's charge: its lines leave the ticket only with the order.
        QCOMPARE(cart->cart().serviceOrderId(), m_orderId);
        QVERIFY(!cart->removeLine(0));
        const QString message = saleMessage->text();
        QVERIFY2(message.contains(orderFolio), qPrintable(message));
        QTest::qWait(200); // the ticket's header and totals laid out again with the customer and the order
        shoot(sale, shots(), "08-order-quote-on-ticket");

        // F12: one sale charges the order; its 2 pads leave the stock once, from their reservation.
        payInCash(search, cart, "09-order-quote-payment");
        QCOMPARE(
            scalar(dir(), QStringLiteral("SELECT count(*) FROM sales WHERE total_cents = 150000 AND quote_folio = ?"),
                { folio }),
            1);
        QCOMPARE(scalar(dir(),
                     QStringLiteral("SELECT count(*) FROM service_orders s JOIN sales ON sales.id = s.sale_id "
                                    "WHERE s.id = ? AND s.status = 'delivered' AND s.sale_folio = sales.folio "
                                    "AND sales.quote_folio = ?"),
                     { m_orderId, folio }),
            1);
        QCOMPARE(scalar(dir(), QStringLiteral("SELECT count(*) FROM quotes WHERE folio = ? AND state = 'converted'"),
                     { folio }),
            1);
        QCOMPARE(scalar(dir(), QStringLiteral("SELECT count(*) FROM stock_movements WHERE kind = 'sale'")), 1);
        QCOMPARE(
            scalar(dir(), QStringLiteral("SELECT quantity FROM stock_levels WHERE part_id = ? AND warehouse_id = ?"),
                { m_partId, SaleFixture::kCounter }),
            Quantity::units(4).thousandths());
        // Only the other two orders still hold a piece back each.
        QCOMPARE(scalar(dir(), QStringLiteral("SELECT sum(quantity) FROM stock_reservations WHERE part_id = ?"),
                     { m_partId }),
            Quantity::units(2).thousandths());
        shoot(sale, shots(), "10-order-quote-charged");

        // Charging it again is impossible: the picker offers only the other ready order, the order itself is refused,
        // and the quote list says the quote was converted and stays open.
        pickerOffers(search, 1);
        QVERIFY(!sale->loadServiceOrder(m_orderId));
        bool againSeen = false;
        whenModal([&](QWidget *dialog) {
            const auto guard = closeIfLeftOpen(dialog);
            auto *find = dialog->findChild<QLineEdit *>(QStringLiteral("quoteSearchEdit"));
            QVERIFY(QTest::qWaitFor([&] { return QApplication::focusWidget() == find; }, 3000));
            QTest::keyClick(find, Qt::Key_Return);
            QVERIFY(dialog->isVisible());
            const QString said = dialog->findChild<QLabel *>(QStringLiteral("quotesStatus"))->text();
            QVERIFY2(said.contains(folio), qPrintable(said));
            againSeen = true;
            QTest::keyClick(find, Qt::Key_Escape);
        });
        QVERIFY(QTest::qWaitFor([search] { return QApplication::activeWindow() == search->window(); }, 30000));
        QTest::keyClick(search, Qt::Key_Q, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(againSeen);
        QCOMPARE(cart->rowCount(), 0);
        QCOMPARE(scalar(dir(), QStringLiteral("SELECT count(*) FROM sales")), 1);
        QCOMPARE(scalar(dir(), QStringLiteral("SELECT count(*) FROM stock_movements WHERE kind = 'sale'")), 1);

        QVERIFY(QFileInfo(opened.first()).size() > 1000);
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            return;
        QProcess text;
        text.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), opened.first(), QStringLiteral("-") });
        QVERIFY(text.waitForFinished(30000));
        const QString body = QString::fromUtf8(text.readAllStandardOutput());
        for (const QString &expected : { folio, QString::fromUtf8("Transportes Ñandú del Norte"),
                 QStringLiteral("NL-77-AB"), QStringLiteral("Cambio de balatas"), m_sku, orderFolio })
            QVERIFY2(body.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + body));
        QProcess::execute(QStringLiteral("pdftoppm"),
            { QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("80"), opened.first(),
                QDir(shots()).filePath(QStringLiteral("11-order-quote-pdf")) });
    }

    // The order of a quote changed before the customer came to pay. Labor added since: the list shows what differs
    // and asks before charging as quoted (Esc goes back). A part added since: the list refuses it, saying why, and
    // nothing reaches the ticket.
    void anOrderChangedSinceItsQuote()
    {
        Result<std::unique_ptr<LocalStore>> store
            = LocalStore::open(QDir(dir()).filePath(QStringLiteral("nexus.db")), QStringLiteral("workshop-fixture"));
        QVERIFY2(store, why(store).constData());
        ServiceOrderService orders((*store)->db(), Clock::system(),
            WorkshopContext { DeviceFixture::kDeviceId, DeviceFixture::kBranchId, false, {} });
        Result<ServiceOrder> order = orders.load(m_otherOrderId);
        QVERIFY2(order, why(order).constData());
        Result<OrderQuoteDraft> draft = orderQuoteDraft(*order, false);
        QVERIFY2(draft, why(draft).constData());
        QuoteService quotes((*store)->db(), Clock::system(), QuoteContext { DeviceFixture::kDeviceId, DeviceFixture::kBranchId });
        Result<Quote> quote = quotes.save(draft->cart,
            NewQuote { draft->customer, draft->vehicle, quotes.defaultValidUntil(), kAdvisor.userId, kAdvisor.name,
                Role::Manager });
        QVERIFY2(quote, why(quote).constData());
        QVERIFY(orders.addLabor(m_otherOrderId,
            { QStringLiteral("Lavado de motor"), LaborPricing::Flat, {}, {}, Money(25000), {}, {} }, kAdvisor));

        UiSession session(dir());
        SaleScreen *sale = signInToSell(session, QStringLiteral("maria"), QStringLiteral("caja"));
        QVERIFY(sale);
        auto *search = sale->findChild<QLineEdit *>(QStringLiteral("saleSearchEdit"));
        bool asked = false;
        QString refused;
        whenModal([&](QWidget *dialog) {
            const auto guard = closeIfLeftOpen(dialog);
            auto *find = dialog->findChild<QLineEdit *>(QStringLiteral("quoteSearchEdit"));
            QVERIFY(QTest::qWaitFor([&] { return QApplication::focusWidget() == find; }, 3000));
            QTest::keyClicks(find, QStringLiteral("OS-000002")); // found by the order's folio
            auto *view = dialog->findChild<QTableWidget *>(QStringLiteral("quotesView"));
            QCOMPARE(view->rowCount(), 1);
            QCOMPARE(view->item(0, QuotesDialog::Folio)->text(), quote->folio);
            whenModal(
                [&](QWidget *box) {
                    const auto boxGuard = closeIfLeftOpen(box);
                    QCOMPARE(box->objectName(), QStringLiteral("quoteOrderChangesBox"));
                    const QString text = qobject_cast<QMessageBox *>(box)->informativeText();
                    QVERIFY2(text.contains(QStringLiteral("Lavado de motor")), qPrintable(text));
                    shoot(box, shots(), "12-order-changed-since-quote");
                    asked = true;
                    QTest::keyClick(box, Qt::Key_Escape);
                },
                dialog);
            QTest::keyClick(find, Qt::Key_Return);
            QVERIFY(asked);
            QVERIFY(dialog->isVisible()); // back in the list, nothing converted

            const CartItem pads { m_partId, m_sku, QStringLiteral("Balata delantera"), SaleFixture::kCounter,
                Money(45000), Money(45000), Money(25000), TaxRate::iva16(), 1, QStringLiteral("25174400"),
                QStringLiteral("H87") };
            QVERIFY(orders.addPart(m_otherOrderId, { pads, Quantity::units(1), {} }, kAdvisor));
            QTest::keyClick(find, Qt::Key_Return);
            QVERIFY(dialog->isVisible());
            refused = dialog->findChild<QLabel *>(QStringLiteral("quotesStatus"))->text();
            QTest::qWait(200); // the status line grows to its wrapped lines
            shoot(dialog, shots(), "13-order-quote-refused");
            QTest::keyClick(find, Qt::Key_Escape);
        });
        QTest::keyClick(search, Qt::Key_Q, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY2(refused.contains(m_sku) && refused.contains(QStringLiteral("OS-000002")), qPrintable(refused));
        QCOMPARE(sale->cartModel()->rowCount(), 0);
        QCOMPARE(scalar(dir(), QStringLiteral("SELECT count(*) FROM quotes WHERE state = 'open'")), 1);
    }
};

int main(int argc, char **argv)
{
    QTemporaryDir config;
    useOffscreenScreen(config, 1366, 768); // the counter's screen: the order's detail fits it
    QApplication app(argc, argv);
    TestSaleServiceOrder test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "testsaleserviceorder.moc"
