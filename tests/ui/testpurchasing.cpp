// Compras on the Inventario screen driven by keyboard as a branch manager would, on a real enrolled device folder with
// a real generated catalogue: a supplier (a wrong RFC first: refused naming the field, nothing saved), a purchase
// order for two parts with edited costs, "send" (the PDF written and read back with pdftotext, the supplier's text),
// a partial receipt by scanning, the rest by scanning and typing (with a price difference), close, and the payable
// with a payment. Screenshots of each step go to $NEXUS_PURCHASING_SHOTS (default: a temporary folder).
#include "inventorykeys.h"
#include "salefixture.h"
#include "screenshots.h"
#include "tempdir.h"
#include "uifixture.h"
#include "uisession.h"
#include "whenmodal.h"
#include "why.h"

#include "inventory/inventoryscreen.h"
#include "inventory/partsearchpanel.h"
#include "inventory/stockledger.h"
#include "purchasing/purchaseorderdialog.h"
#include "purchasing/purchaseorderstab.h"
#include "purchasing/receivedialog.h"
#include "purchasing/sendorderdialog.h"
#include "purchasing/supplierdialog.h"
#include "purchasing/supplierpaymentdialog.h"
#include "purchasing/supplierstab.h"
#include "customers/rfc.h"
#include "sale/searchresultsmodel.h"
#include "sales/exchangerate.h"
#include "store/outbox.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>

using namespace nexus;
using namespace nexus::test;

namespace {

std::unique_ptr<LocalStore> openStore(const QString &dir, const QString &name)
{
    Result<std::unique_ptr<LocalStore>> store = LocalStore::open(QDir(dir).filePath(QStringLiteral("nexus.db")), name);
    return store ? std::move(*store) : nullptr;
}

// Edits a cell as a person does: F2 on it, select what is there, type, Enter.
bool typeInCell(QTableView *view, const QModelIndex &index, const QString &text)
{
    view->setCurrentIndex(index);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_F2);
    auto *editor = view->viewport()->findChild<QLineEdit *>();
    if (!editor || !editor->isVisible())
        return false;
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    const QPointer<QLineEdit> watched(editor);
    return QTest::qWaitFor([&] { return !watched || !watched->isVisible(); }, 2000);
}

struct TestPart
{
    qint64 id = 0;
    QString sku;
    QString barcode;
    QString name;
};

void scanInto(QLineEdit *scan, const QString &code, int times)
{
    for (int i = 0; i < times; ++i) {
        QTest::keyClicks(scan, code);
        QTest::keyClick(scan, Qt::Key_Return);
    }
}

} // namespace

class TestPurchasingUi final : public QObject
{
    Q_OBJECT

private:
    TempDir m_template;
    std::unique_ptr<TempDir> m_dir;
    std::vector<TestPart> m_parts;
    QString m_shots;

    qint64 stock(qint64 part, const QString &warehouse)
    {
        std::unique_ptr<LocalStore> store = openStore(m_dir->path(), QStringLiteral("probe"));
        Result<Quantity> balance = store ? StockLedger(store->db()).balance(part, warehouse) : Result<Quantity>();
        return balance ? balance->thousandths() : -1;
    }

    InventoryScreen *openInventory(UiSession &session)
    {
        if (!session.signInAtCounter(QStringLiteral("jorge"), QStringLiteral("gerencia")))
            return nullptr;
        QTest::keyClick(session.main(), Qt::Key_4, Qt::ControlModifier); // Inventario
        InventoryScreen *screen = session.main()->inventoryScreen();
        return screen && screen->ensureReady() ? screen : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        initUiTests();
        m_shots = shotsDir("NEXUS_PURCHASING_SHOTS", m_template.file(QStringLiteral("shots")));
        QVERIFY(SaleFixture::writeCatalogue(m_template.path(), 400));
        Result<std::unique_ptr<CatalogStore>> catalog
            = CatalogStore::open(m_template.file(QStringLiteral("catalog.db")), QStringLiteral("template"));
        QVERIFY2(catalog.has_value(), why(catalog).constData());
        Result<QSqlQuery> rows = (*catalog)->db().exec(QStringLiteral(
            "SELECT id, sku, barcode, name FROM parts WHERE active = 1 AND barcode IS NOT NULL ORDER BY id LIMIT 2 "
            "OFFSET 30"));
        QVERIFY(rows.has_value());
        while (rows->next())
            m_parts.push_back({ rows->value(0).toLongLong(), rows->value(1).toString(), rows->value(2).toString(),
                rows->value(3).toString() });
        QCOMPARE(m_parts.size(), std::size_t(2));
    }

    void init()
    {
        m_dir = std::make_unique<TempDir>();
        const QString dir = m_dir->path();
        QVERIFY(DeviceFixture::enroll(dir));
        QVERIFY(SaleFixture::addWarehouses(dir));
        QVERIFY(QFile::copy(m_template.file(QStringLiteral("catalog.db")), QDir(dir).filePath(QStringLiteral("catalog.db"))));
        QVERIFY(DeviceFixture::addUser(dir,
            { QStringLiteral("jorge"), QString::fromUtf8("Jorge Ramírez"), Role::Manager, QStringLiteral("gerencia"),
                QStringLiteral("1357") }));
    }

    void cleanup() { m_dir.reset(); }

    // A dollar supplier's new order takes the rate the counter keeps for cash in dollars; its total shows the pesos.
    void dollarOrderTakesTheDayRate()
    {
        {
            std::unique_ptr<LocalStore> store = openStore(m_dir->path(), QStringLiteral("fixture-usd"));
            QVERIFY(store);
            QVERIFY(storeUsdRate(*store, 17'250'000));
            Supplier supplier;
            supplier.name = QStringLiteral("Brake Parts Inc.");
            supplier.currency = Currency::USD;
            Result<Supplier> saved
                = PurchasingService(store->db(), Clock::system(),
                    PurchasingContext { DeviceFixture::kDeviceId, DeviceFixture::kBranchId, QStringLiteral("CEN1") })
                      .saveSupplier(supplier, { QStringLiteral("user-jorge"), {}, Role::Manager });
            QVERIFY2(saved.has_value(), why(saved).constData());
        }
        UiSession session(m_dir->path());
        InventoryScreen *screen = openInventory(session);
        QVERIFY(screen);
        PurchaseOrdersTab *orders = screen->purchaseOrdersTab();
        QTest::keyClick(screen->tabs(), Qt::Key_C, Qt::AltModifier);
        QTRY_COMPARE(screen->tabs()->currentWidget(), orders);
        QString rate;
        QString total;
        whenModal([&](QWidget *modal) {
            auto *dialog = qobject_cast<PurchaseOrderDialog *>(modal);
            const auto closeOnFailure = closeIfLeftOpen(modal);
            QVERIFY(dialog);
            rate = dialog->findChild<QLineEdit *>(QStringLiteral("poRateEdit"))->text();
            auto *quantity = dialog->findChild<QLineEdit *>(QStringLiteral("poQuantityEdit"));
            quantity->selectAll();
            QTest::keyClicks(quantity, QStringLiteral("4"));
            QVERIFY(searchFor(dialog->search(), m_parts[0].sku));
            QTest::keyClick(dialog->search()->findChild<QLineEdit *>(), Qt::Key_Return);
            QCOMPARE(dialog->lines()->rowCount(), 1);
            QVERIFY(typeInCell(dialog->linesView(), dialog->lines()->index(0, PurchaseOrderDialog::UnitCost),
                QStringLiteral("25")));
            total = dialog->findChild<QLabel *>(QStringLiteral("poTotalLabel"))->text();
            QTest::qWait(50); // the total's new width is laid out on the next turn of the event loop
            shoot(dialog, m_shots, "8-usd-order-editor");
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
        QVERIFY(pressIn(orders, Qt::Key_F2));
        QCOMPARE(rate, QStringLiteral("17.2500"));
        QCOMPARE(total, QString::fromUtf8("Total US$100.00 (≈ $1,725.00 MXN) + IVA"));
    }

    // F9 on a draft asks why; Esc keeps the order as it was, a reason and Enter cancel it with that reason.
    void draftCancelledWithAReasonByKeyboard()
    {
        QString orderId;
        {
            std::unique_ptr<LocalStore> store = openStore(m_dir->path(), QStringLiteral("fixture-cancel"));
            QVERIFY(store);
            PurchasingService service(store->db(), Clock::system(),
                PurchasingContext { DeviceFixture::kDeviceId, DeviceFixture::kBranchId, QStringLiteral("CEN1") });
            const PurchasingActor manager { QStringLiteral("user-jorge"), {}, Role::Manager };
            Supplier supplier;
            supplier.name = QStringLiteral("Frenos del Norte");
            Result<Supplier> saved = service.saveSupplier(supplier, manager);
            QVERIFY2(saved.has_value(), why(saved).constData());
            PurchaseOrderDraft draft;
            draft.supplierId = saved->id;
            draft.warehouseId = SaleFixture::kCounter;
            draft.lines.push_back({ 0, m_parts[0].id, m_parts[0].sku, m_parts[0].barcode, {}, m_parts[0].name,
                Quantity::units(3), 12000 });
            Result<PurchaseOrder> order = service.saveDraft(draft, manager);
            QVERIFY2(order.has_value(), why(order).constData());
            orderId = order->id;
        }
        auto orderState = [&] {
            std::unique_ptr<LocalStore> store = openStore(m_dir->path(), QStringLiteral("probe-cancel"));
            Result<QVariant> row = store ? store->db().scalar(QStringLiteral(
                                       "SELECT status || '|' || COALESCE(cancel_reason, '') FROM purchase_orders "
                                       "WHERE id = ?"),
                                       { orderId })
                                         : Result<QVariant>();
            return row ? row->toString() : QString();
        };
        UiSession session(m_dir->path());
        InventoryScreen *screen = openInventory(session);
        QVERIFY(screen);
        PurchaseOrdersTab *orders = screen->purchaseOrdersTab();
        QTest::keyClick(screen->tabs(), Qt::Key_C, Qt::AltModifier);
        QTRY_COMPARE(screen->tabs()->currentWidget(), orders);
        QTRY_VERIFY(orders->select(orderId));

        bool asked = false;
        whenModal([&](QWidget *modal) {
            const auto closeOnFailure = closeIfLeftOpen(modal);
            QCOMPARE(modal->objectName(), QStringLiteral("poCancelDialog"));
            asked = true;
            QTest::keyClick(modal, Qt::Key_Escape);
        });
        QVERIFY(pressIn(orders, Qt::Key_F9));
        QVERIFY(asked);
        QCOMPARE(orderState(), QStringLiteral("draft|"));

        whenModal([&](QWidget *modal) {
            const auto closeOnFailure = closeIfLeftOpen(modal);
            QCOMPARE(modal->objectName(), QStringLiteral("poCancelDialog"));
            QTest::keyClicks(modal->focusWidget(), QStringLiteral("El proveedor ya no surte"));
            shoot(modal, m_shots, "9-cancel-reason");
            QTest::keyClick(modal->focusWidget(), Qt::Key_Return);
        });
        QVERIFY(pressIn(orders, Qt::Key_F9));
        QTRY_COMPARE(orderState(), QStringLiteral("cancelled|El proveedor ya no surte"));
    }

    void supplierOrderSendReceiveByKeyboard()
    {
        UiSession session(m_dir->path());
        InventoryScreen *screen = openInventory(session);
        QVERIFY(screen);
        QTabWidget *tabs = screen->tabs();
        SuppliersTab *suppliers = screen->suppliersTab();
        PurchaseOrdersTab *orders = screen->purchaseOrdersTab();
        QVERIFY(suppliers && orders);
        QCOMPARE(tabs->tabText(tabs->indexOf(suppliers)), QStringLiteral("Pro&veedores"));
        QCOMPARE(tabs->tabText(tabs->indexOf(orders)), QString::fromUtf8("Órdenes de &compra"));
        QTest::keyClick(tabs, Qt::Key_V, Qt::AltModifier);
        QTRY_COMPARE(tabs->currentWidget(), suppliers);

        // 1. A supplier: a wrong RFC is refused naming it, nothing saved; then the right one.
        const QString rfcBody = QStringLiteral("FNO010203AB");
        const QString rfc = rfcBody + rfcCheckDigit(rfcBody);
        bool saved = false;
        whenModal([&](QWidget *modal) {
            auto *dialog = qobject_cast<SupplierDialog *>(modal);
            const auto closeOnFailure = qScopeGuard([modal] { modal->close(); });
            QVERIFY(dialog);
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("supplierNameEdit")),
                QStringLiteral("Frenos del Norte, S.A. de C.V."));
            auto *rfcEdit = dialog->findChild<QLineEdit *>(QStringLiteral("supplierRfcEdit"));
            QTest::keyClicks(rfcEdit, QStringLiteral("FNO0102"));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("supplierContactEdit")),
                QStringLiteral("Laura Perez"));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("supplierPhoneEdit")),
                QStringLiteral("81 8123 4567"));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("supplierEmailEdit")),
                QStringLiteral("ventas@frenosnorte.mx"));
            QTest::keyClick(dialog, Qt::Key_F12);
            auto *error = dialog->findChild<QLabel *>(QStringLiteral("supplierError"));
            QVERIFY(error->isVisible());
            QVERIFY2(error->text().contains(QStringLiteral("RFC")), qPrintable(error->text()));
            QCOMPARE(QApplication::focusWidget(), rfcEdit);
            shoot(dialog, m_shots, "1-supplier-error");
            rfcEdit->selectAll();
            QTest::keyClicks(rfcEdit, rfc.toLower());
            QTest::keyClick(dialog, Qt::Key_F12);
            QVERIFY2(dialog->saved().has_value(), qPrintable(error->text()));
            saved = true;
        });
        QVERIFY(pressIn(suppliers, Qt::Key_F2));
        QVERIFY(saved);
        QCOMPARE(suppliers->model()->rowCount(), 1);
        QCOMPARE(suppliers->model()->item(0, SuppliersTab::Rfc)->text(), rfc);
        shoot(suppliers, m_shots, "2-suppliers");

        // 2. An order for 5 of the first part at $120.50 and 3 of the second at $80.
        QVERIFY(pressIn(suppliers, Qt::Key_C, Qt::AltModifier)); // Órdenes de &compra
        QTRY_COMPARE(tabs->currentWidget(), orders);
        bool drafted = false;
        whenModal([&](QWidget *modal) {
            auto *dialog = qobject_cast<PurchaseOrderDialog *>(modal);
            const auto closeOnFailure = qScopeGuard([modal] { modal->close(); });
            QVERIFY(dialog);
            auto *quantity = dialog->findChild<QLineEdit *>(QStringLiteral("poQuantityEdit"));
            quantity->selectAll();
            QTest::keyClicks(quantity, QStringLiteral("5"));
            QVERIFY(searchFor(dialog->search(), m_parts[0].sku));
            QTest::keyClick(dialog->search()->findChild<QLineEdit *>(), Qt::Key_Return);
            quantity->selectAll();
            QTest::keyClicks(quantity, QStringLiteral("3"));
            QVERIFY(searchFor(dialog->search(), m_parts[1].sku));
            QTest::keyClick(dialog->search()->findChild<QLineEdit *>(), Qt::Key_Return);
            QCOMPARE(dialog->lines()->rowCount(), 2);
            QVERIFY(typeInCell(dialog->linesView(), dialog->lines()->index(0, PurchaseOrderDialog::UnitCost),
                QStringLiteral("120.50")));
            QVERIFY(typeInCell(dialog->linesView(), dialog->lines()->index(1, PurchaseOrderDialog::UnitCost),
                QStringLiteral("80")));
            QVERIFY(typeInCell(dialog->linesView(), dialog->lines()->index(0, PurchaseOrderDialog::SupplierSku),
                QStringLiteral("FN-4410")));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("poNoteEdit")),
                QStringLiteral("Entregar en la manana"));
            QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("poTotalLabel"))->text(),
                QStringLiteral("Total $842.50 + IVA"));
            shoot(dialog, m_shots, "3-order-editor");
            QTest::keyClick(dialog, Qt::Key_F12);
            QVERIFY(dialog->saved().has_value());
            drafted = true;
        });
        QVERIFY(pressIn(orders, Qt::Key_F2));
        QVERIFY(drafted);
        const PurchaseOrder *order = orders->selected();
        QVERIFY(order);
        const QString orderId = order->id;
        QCOMPARE(order->status, PurchaseOrderStatus::Draft);
        QCOMPARE(order->totalCents(), 84250);
        QCOMPARE(orders->model()->item(0, PurchaseOrdersTab::Status)->text(), QStringLiteral("Borrador"));

        // 3. Send: the PDF is written, the text is ready, F12 marks it sent and queues the PDF to the supplier's
        // WhatsApp and e-mail (sync_testpurchaseordermessages delivers such messages to the fake services).
        QString pdf;
        QString text;
        whenModal([&](QWidget *modal) {
            auto *dialog = qobject_cast<SendOrderDialog *>(modal);
            const auto closeOnFailure = qScopeGuard([modal] { modal->close(); });
            QVERIFY(dialog);
            QVERIFY(dialog->pdfWritten());
            text = dialog->messageText();
            const QString to = dialog->findChild<QLabel *>(QStringLiteral("sendToLabel"))->text();
            QVERIFY2(to.contains(QStringLiteral("+528181234567")) && to.contains(QStringLiteral("ventas@frenosnorte.mx")),
                qPrintable(to));
            shoot(dialog, m_shots, "4-send");
            QTest::keyClick(dialog, Qt::Key_F12);
            QVERIFY(dialog->result().has_value());
        });
        QVERIFY(pressIn(orders, Qt::Key_F6));
        order = orders->selected();
        QVERIFY(order && order->id == orderId);
        QCOMPARE(order->status, PurchaseOrderStatus::Sent);
        pdf = orders->pdfPath(*order);
        QVERIFY(QFileInfo::exists(pdf));
        QVERIFY2(text.contains(order->folio), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("FN-4410 (nuestro %1)").arg(m_parts[0].sku)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Total: $842.50 MXN más IVA")), qPrintable(text));
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (!pdftotext.isEmpty()) {
            QProcess process;
            process.start(pdftotext, { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
            QVERIFY(process.waitForFinished(60'000));
            const QString pdfText = QString::fromUtf8(process.readAllStandardOutput());
            QVERIFY2(pdfText.contains(QStringLiteral("Orden de compra %1").arg(order->folio)), qPrintable(pdfText));
            QVERIFY2(pdfText.contains(QStringLiteral("Frenos del Norte, S.A. de C.V.")), qPrintable(pdfText));
            QVERIFY2(pdfText.contains(QStringLiteral("RFC ") + rfc), qPrintable(pdfText));
            QVERIFY2(pdfText.contains(m_parts[0].sku) && pdfText.contains(m_parts[1].sku), qPrintable(pdfText));
            QVERIFY2(pdfText.contains(QStringLiteral("FN-4410")), qPrintable(pdfText));
            QVERIFY2(pdfText.contains(QStringLiteral("$842.50")), qPrintable(pdfText));
            QVERIFY2(pdfText.contains(QStringLiteral("Crédito: 0 días")), qPrintable(pdfText));
        } else {
            qWarning("pdftotext is not installed: the PO PDF's text was not read back");
        }
        QVERIFY(QFileInfo(pdf).size() > 1000);
        {
            QFile file(pdf);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            std::unique_ptr<LocalStore> store = openStore(m_dir->path(), QStringLiteral("probe-messages"));
            QVERIFY(store);
            Result<QSqlQuery> queued = store->db().exec(
                QStringLiteral("SELECT channel, recipient, attachment, attachment_name FROM notification_messages "
                               "WHERE event = 'po_sent' AND ref_id = ? AND state = 'queued' ORDER BY channel"),
                { orderId });
            QVERIFY(queued.has_value());
            QStringList where;
            while (queued->next()) {
                where << queued->value(0).toString() + QLatin1Char(' ') + queued->value(1).toString();
                QCOMPARE(queued->value(2).toByteArray(), bytes);
                QCOMPARE(queued->value(3).toString(), QFileInfo(pdf).fileName());
            }
            QCOMPARE(where, (QStringList { QStringLiteral("email ventas@frenosnorte.mx"),
                                QStringLiteral("whatsapp +528181234567") }));
        }
        auto *sentMessage = orders->findChild<QLabel *>(QStringLiteral("poMessage"));
        QVERIFY(sentMessage);
        QVERIFY2(sentMessage->text().contains(QStringLiteral("+528181234567")), qPrintable(sentMessage->text()));
        QFile::remove(QDir(m_shots).filePath(QStringLiteral("purchase-order.pdf")));
        QVERIFY(QFile::copy(pdf, QDir(m_shots).filePath(QStringLiteral("purchase-order.pdf"))));

        // 4. A first delivery: 2 of the first part scanned by barcode, 1 by the supplier's part number.
        whenModal([&](QWidget *modal) {
            auto *dialog = qobject_cast<ReceiveDialog *>(modal);
            const auto closeOnFailure = qScopeGuard([modal] { modal->close(); });
            QVERIFY(dialog);
            auto *scan = dialog->findChild<QLineEdit *>(QStringLiteral("receiveScanEdit"));
            QCOMPARE(QApplication::focusWidget(), scan);
            scanInto(scan, m_parts[0].barcode, 2);
            scanInto(scan, QStringLiteral("fn-4410"), 1);
            scanInto(scan, QStringLiteral("NO-EXISTE"), 1);
            QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("receiveError"))->isVisible());
            QCOMPARE(dialog->lines()->item(0, ReceiveDialog::ReceiveNow)->text(), QStringLiteral("3"));
            QCOMPARE(dialog->lines()->item(1, ReceiveDialog::ReceiveNow)->text(), QStringLiteral("0"));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("receiveInvoiceEdit")),
                QStringLiteral("FAC-A-1203"));
            shoot(dialog, m_shots, "5-receive-partial");
            QTest::keyClick(dialog, Qt::Key_F12);
            QVERIFY(dialog->result().has_value());
        });
        QVERIFY(pressIn(orders, Qt::Key_F4));
        order = orders->selected();
        QVERIFY(order && order->id == orderId);
        QCOMPARE(order->status, PurchaseOrderStatus::PartiallyReceived);
        QCOMPARE(orders->model()->item(0, PurchaseOrdersTab::Status)->text(), QStringLiteral("Recibida en parte"));
        QCOMPARE(stock(m_parts[0].id, SaleFixture::kCounter), 3000);
        QCOMPARE(orders->linesModel()->item(0, PurchaseOrdersTab::Pending)->text(), QStringLiteral("2"));

        // 5. The rest: 2 more of the first scanned, 3 of the second typed in the table at a higher invoiced cost.
        whenModal([&](QWidget *modal) {
            auto *dialog = qobject_cast<ReceiveDialog *>(modal);
            const auto closeOnFailure = qScopeGuard([modal] { modal->close(); });
            QVERIFY(dialog);
            scanInto(dialog->findChild<QLineEdit *>(QStringLiteral("receiveScanEdit")), m_parts[0].sku, 2);
            auto *view = dialog->findChild<QTableView *>(QStringLiteral("receiveLinesView"));
            QVERIFY(typeInCell(view, dialog->lines()->index(1, ReceiveDialog::ReceiveNow), QStringLiteral("3")));
            QVERIFY(typeInCell(view, dialog->lines()->index(1, ReceiveDialog::InvoiceCost), QStringLiteral("85.00")));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("receiveInvoiceEdit")),
                QStringLiteral("FAC-A-1250"));
            QTest::keyClick(dialog, Qt::Key_F12);
            QVERIFY(dialog->result().has_value());
        });
        QVERIFY(pressIn(orders, Qt::Key_F4));
        order = orders->selected();
        QVERIFY(order && order->id == orderId);
        QCOMPARE(order->status, PurchaseOrderStatus::Received);
        QCOMPARE(stock(m_parts[0].id, SaleFixture::kCounter), 5000);
        QCOMPARE(stock(m_parts[1].id, SaleFixture::kCounter), 3000);
        QVERIFY2(orders->linesModel()->item(1, PurchaseOrdersTab::Differences)->text().contains(QStringLiteral("85.00")),
            qPrintable(orders->linesModel()->item(1, PurchaseOrdersTab::Differences)->text()));
        shoot(orders, m_shots, "6-orders-received");
        QVERIFY(pressIn(orders, Qt::Key_F7));
        order = orders->selected();
        QVERIFY(order && order->id == orderId);
        QCOMPARE(order->status, PurchaseOrderStatus::Closed);

        // 6. The payable: 5 × 120.50 + 3 × 85.00 = 857.50 owed; a payment of 500 leaves 357.50.
        QTest::keyClick(tabs, Qt::Key_V, Qt::AltModifier);
        QTRY_COMPARE(tabs->currentWidget(), suppliers);
        QCOMPARE(suppliers->model()->item(0, SuppliersTab::Balance)->text(), QStringLiteral("$857.50"));
        whenModal([&](QWidget *modal) {
            auto *dialog = qobject_cast<SupplierPaymentDialog *>(modal);
            const auto closeOnFailure = qScopeGuard([modal] { modal->close(); });
            QVERIFY(dialog);
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("paymentAmountEdit")), QStringLiteral("500"));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("paymentReferenceEdit")),
                QStringLiteral("SPEI 4471"));
            QTest::keyClick(dialog, Qt::Key_F12);
            QVERIFY(dialog->result().has_value());
        });
        QVERIFY(pressIn(suppliers, Qt::Key_F4));
        QCOMPARE(suppliers->model()->item(0, SuppliersTab::Balance)->text(), QStringLiteral("$357.50"));
        shoot(suppliers, m_shots, "7-payables");

        // Every step went to the outbox for head office.
        std::unique_ptr<LocalStore> store = openStore(m_dir->path(), QStringLiteral("outbox-probe"));
        QVERIFY(store);
        Result<QList<OutboxEntry>> pending = Outbox(store->db()).pending(100);
        QVERIFY(pending);
        QStringList types;
        for (const OutboxEntry &entry : *pending)
            types << entry.type;
        QCOMPARE(types,
            (QStringList { QStringLiteral("supplier.saved"), QStringLiteral("purchase_order.saved"),
                QStringLiteral("purchase_order.saved"), QStringLiteral("purchase.received"),
                QStringLiteral("purchase.received"), QStringLiteral("purchase_order.saved"),
                QStringLiteral("supplier.payment") }));
    }
};

QTEST_MAIN(TestPurchasingUi)
#include "testpurchasing.moc"
