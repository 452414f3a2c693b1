// The Inventario screen's stock-control tabs driven by keyboard on a real enrolled device folder with a real generated
// catalogue: a cashier records a shrinkage in Ajustes (F2, search, Enter, quantity, note, F12) that a manager
// authorises with their PIN, is refused when no manager authorises, and Existencias' kardex shows the adjustment
// with its reason and who made it; a manager counts a shelf in Conteos (F3, a typed quantity, scans) while a sale
// happens and posts it (F12) against what the system said when each part was counted; in Reorden y alertas sets a
// part's levels, sees the alert, marks it seen (F6), drafts the purchase order for its preferred supplier (F7, a
// dollar supplier: at the rate the counter keeps) and
// sees the alert resolve when stock comes back (F5). The service orders' purchase suggestions pulled from another device
// of the branch show there: an open one is drafted by F7 here (its fact goes up), one drafted at the other device is
// named with its purchase order's folio and not offered again. With NEXUS_STOCK_SHOTS=DIR every step is saved there
// as PNG.
#include "inventorykeys.h"
#include "salefixture.h"
#include "tempdir.h"
#include "uifixture.h"
#include "uisession.h"
#include "whenmodal.h"
#include "why.h"

#include "inventory/adjustmentlistmodel.h"
#include "inventory/adjustmentstab.h"
#include "inventory/alertlistmodel.h"
#include "inventory/countlinesmodel.h"
#include "inventory/countstab.h"
#include "inventory/reordertab.h"
#include "inventory/inventoryscreen.h"
#include "inventory/kardexmodel.h"
#include "inventory/partsearchpanel.h"
#include "inventory/stocktab.h"
#include "purchasing/purchaseorderstab.h"
#include "purchasing/purchasesuggestionreplica.h"
#include "purchasing/purchasingservice.h"
#include "sales/exchangerate.h"
#include "sale/searchresultsmodel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QScopeGuard>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>

using namespace nexus;
using namespace nexus::test;

namespace {

struct TestPart
{
    qint64 id = 0;
    QString sku;
};

std::unique_ptr<LocalStore> openStore(const QString &dir, const QString &name)
{
    Result<std::unique_ptr<LocalStore>> store = LocalStore::open(QDir(dir).filePath(QStringLiteral("nexus.db")), name);
    return store ? std::move(*store) : nullptr;
}

void shoot(QWidget *widget, const QString &name)
{
    shootWindow(widget, "NEXUS_STOCK_SHOTS", name);
}

} // namespace

class TestStockControlUi final : public QObject
{
    Q_OBJECT

private:
    TempDir m_template;
    std::unique_ptr<TempDir> m_dir;
    std::vector<TestPart> m_parts;

    qint64 stock(qint64 part, const QString &warehouse = SaleFixture::kCounter)
    {
        std::unique_ptr<LocalStore> store = openStore(m_dir->path(), QStringLiteral("probe"));
        Result<Quantity> balance = store ? StockLedger(store->db()).balance(part, warehouse) : Result<Quantity>();
        return balance ? balance->thousandths() : -1;
    }

    InventoryScreen *openInventory(UiSession &session, const QString &user, const QString &password)
    {
        if (!session.signInAtCounter(user, password))
            return nullptr;
        QTest::keyClick(session.main(), Qt::Key_4, Qt::ControlModifier); // Inventario
        if (session.main()->currentArea() != Area::Inventory) {
            qWarning("the inventory area did not open (area %d)", int(session.main()->currentArea()));
            return nullptr;
        }
        InventoryScreen *screen = session.main()->inventoryScreen();
        if (!screen || !screen->ensureReady()) {
            qWarning("the inventory screen is not ready");
            return nullptr;
        }
        return screen;
    }

private Q_SLOTS:
    void initTestCase()
    {
        initUiTests();
        QVERIFY(SaleFixture::writeCatalogue(m_template.path(), 400));
        for (int offset : { 30, 31 }) {
            std::optional<SaleFixture::CatalogPart> part
                = SaleFixture::partAt(m_template.file(QStringLiteral("catalog.db")), offset);
            QVERIFY(part);
            m_parts.push_back({ part->id, part->sku });
        }
    }

    void init()
    {
        m_dir = std::make_unique<TempDir>();
        const QString dir = m_dir->path();
        QVERIFY(SaleFixture::cashierCounter(dir, m_template.file(QStringLiteral("catalog.db"))));
        QVERIFY(DeviceFixture::addUser(dir,
            { QStringLiteral("jorge"), QString::fromUtf8("Jorge Ramírez"), Role::Manager, QStringLiteral("gerencia"),
                QStringLiteral("1357") }));
        for (const TestPart &part : m_parts)
            QVERIFY(SaleFixture::receiveStock(dir, { SaleFixture::receipt(part.id, SaleFixture::kCounter, 10) }));
    }

    void cleanup() { m_dir.reset(); }

    void cashierAdjustsWithAManagersPin()
    {
        UiSession session(m_dir->path());
        InventoryScreen *screen = openInventory(session, QStringLiteral("maria"), QStringLiteral("caja"));
        QVERIFY(screen);
        QTest::keyClick(screen->tabs(), Qt::Key_A, Qt::AltModifier); // &Ajustes
        QCOMPARE(screen->tabs()->currentWidget(), screen->adjustmentsTab());
        QCOMPARE(screen->tabs()->tabText(2), QStringLiteral("&Ajustes"));
        AdjustmentsTab *tab = screen->adjustmentsTab();
        QAbstractItemModelTester tester(tab->listModel());
        QVERIFY(searchFor(tab->search(), m_parts[0].sku));
        QTest::keyClick(tab->search()->findChild<QLineEdit *>(), Qt::Key_Return); // chooses it, to the quantity
        auto *quantity = tab->findChild<QLineEdit *>(QStringLiteral("adjustQuantityEdit"));
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(quantity));
        QTest::keyClicks(quantity, QStringLiteral("-2"));
        QTest::keyClick(quantity, Qt::Key_Tab); // the reason: Merma unless another one is typed
        auto *combo = tab->findChild<QComboBox *>(QStringLiteral("adjustReasonCombo"));
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(combo));
        QCOMPARE(combo->currentText(), QStringLiteral("Merma"));
        QTest::keyClick(combo, Qt::Key_Tab); // the note
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Caja mojada por gotera"));
        shoot(screen, QStringLiteral("1-adjust-form"));

        // No manager authorises it (Esc): refused, said so, nothing written.
        whenModal([](QWidget *modal) {
            QCOMPARE(modal->objectName(), QStringLiteral("managerAuthDialog"));
            QTest::keyClick(modal, Qt::Key_Escape);
        });
        QVERIFY(pressIn(tab, Qt::Key_F12));
        auto *message = tab->findChild<QLabel *>(QStringLiteral("adjustMessage"));
        QTRY_VERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("gerente")), qPrintable(message->text()));
        QCOMPARE(stock(m_parts[0].id), 10000);
        QCOMPARE(tab->listModel()->rowCount(), 0);

        // Jorge authorises it with his PIN.
        bool authorised = false;
        whenModal([&](QWidget *modal) {
            const auto closeOnFailure = qScopeGuard([modal] { modal->close(); });
            QTest::keyClicks(modal->findChild<QLineEdit *>(QStringLiteral("managerUserEdit")), QStringLiteral("jorge"));
            auto *pin = modal->findChild<QLineEdit *>(QStringLiteral("managerPinEdit"));
            QTest::keyClicks(pin, QStringLiteral("1357"));
            shoot(modal, QStringLiteral("2-adjust-manager"));
            QTest::keyClick(pin, Qt::Key_Return);
            authorised = true;
        });
        QVERIFY(pressIn(tab, Qt::Key_F12));
        QVERIFY(authorised);
        QTRY_COMPARE(stock(m_parts[0].id), 8000);
        QVERIFY2(message->text().contains(QStringLiteral("registrado")), qPrintable(message->text()));
        AdjustmentListModel *list = tab->listModel();
        QCOMPARE(list->rowCount(), 1);
        QCOMPARE(list->index(0, AdjustmentListModel::Reason).data().toString(), QStringLiteral("Merma"));
        QCOMPARE(list->index(0, AdjustmentListModel::Quantity).data().toString(), QStringLiteral("-2"));
        QCOMPARE(list->index(0, AdjustmentListModel::Who).data().toString(),
            QString::fromUtf8("María López (autorizó Jorge Ramírez)"));
        shoot(screen, QStringLiteral("3-adjusted"));

        // Existencias: the kardex names the adjustment, its reason, note and who.
        QTest::keyClick(screen->tabs(), Qt::Key_Tab, Qt::ControlModifier | Qt::ShiftModifier); // back to Existencias
        QCOMPARE(screen->tabs()->currentWidget(), screen->stockTab());
        StockTab *stockTab = screen->stockTab();
        QVERIFY(searchFor(stockTab->search(), m_parts[0].sku));
        QTest::keyClick(stockTab->search()->findChild<QLineEdit *>(), Qt::Key_Return);
        KardexModel *kardex = stockTab->kardexModel();
        QTRY_COMPARE(kardex->rowCount(), 2);
        QCOMPARE(kardex->index(0, KardexModel::Quantity).data().toString(), QStringLiteral("-2"));
        QCOMPARE(kardex->index(0, KardexModel::Who).data().toString(),
            QString::fromUtf8("María López (autorizó Jorge Ramírez)"));
        const QString why = kardex->index(0, KardexModel::Why).data().toString();
        QVERIFY2(why.contains(QStringLiteral("Merma")) && why.contains(QStringLiteral("gotera")), qPrintable(why));
        QVERIFY(kardex->index(0, KardexModel::Reference).data().toString().contains(QStringLiteral("-A000001")));
        shoot(screen, QStringLiteral("4-kardex"));
    }

    void fullCountAsksBeforeZeroingWhatWasNotCounted()
    {
        UiSession session(m_dir->path());
        InventoryScreen *screen = openInventory(session, QStringLiteral("jorge"), QStringLiteral("gerencia"));
        QVERIFY(screen);
        QTest::keyClick(screen->tabs(), Qt::Key_O, Qt::AltModifier); // Conte&os
        CountsTab *counts = screen->countsTab();
        QVERIFY(pressIn(counts, Qt::Key_F3)); // the whole Mostrador
        QTRY_VERIFY(!counts->currentCountId().isEmpty());
        auto *quantity = counts->findChild<QLineEdit *>(QStringLiteral("countQuantityEdit"));
        quantity->setFocus();
        QTest::keyClicks(quantity, QStringLiteral("10"));
        QTest::keyClick(quantity, Qt::Key_Return);
        QVERIFY(searchFor(counts->search(), m_parts[0].sku));
        QTest::keyClick(counts->search()->findChild<QLineEdit *>(), Qt::Key_Return);
        QTRY_COMPARE(counts->linesModel()->rowCount(), 1);
        auto *summary = counts->findChild<QLabel *>(QStringLiteral("countSummary"));
        QVERIFY2(summary->text().contains(QStringLiteral("1 pieza con existencia sin contar")),
            qPrintable(summary->text()));
        shoot(screen, QStringLiteral("9-count-uncounted"));
        // F12: the box says what would go to zero (part 2: 10 pieces); Esc keeps counting and changes nothing.
        QString said;
        whenModal([&](QWidget *modal) {
            QCOMPARE(modal->objectName(), QStringLiteral("countZeroBox"));
            said = modal->findChild<QLabel *>(QStringLiteral("qt_msgbox_label"))->text();
            shoot(modal, QStringLiteral("9-count-zero-confirm"));
            QTest::keyClick(modal, Qt::Key_Escape);
        });
        QVERIFY(pressIn(counts, Qt::Key_F12));
        QTRY_VERIFY(!said.isEmpty());
        QVERIFY2(said.contains(QStringLiteral("1 pieza")) && said.contains(QStringLiteral("10 piezas")),
            qPrintable(said));
        QCOMPARE(counts->currentCountId().isEmpty(), false);
        QCOMPARE(stock(m_parts[1].id), 10000);
        // F12 again, confirmed: part 2 is set to zero, part 1 keeps its 10.
        whenModal([](QWidget *modal) {
            const auto closeOnFailure = closeIfLeftOpen(modal);
            auto *box = qobject_cast<QMessageBox *>(modal);
            QVERIFY(box);
            for (QAbstractButton *button : box->buttons())
                if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                    QTest::mouseClick(button, Qt::LeftButton);
        });
        QVERIFY(pressIn(counts, Qt::Key_F12));
        QTRY_VERIFY(counts->currentCountId().isEmpty());
        QCOMPARE(stock(m_parts[1].id), 0);
        QCOMPARE(stock(m_parts[0].id), 10000);
        shoot(screen, QStringLiteral("10-count-zeroed"));
    }

    void suggestionsOfTheBranchInReorder()
    {
        const QString dir = m_dir->path();
        auto pulledRow = [&](const TestPart &part, const QString &id, const QString &status, const QString &folio) {
            return QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("part_id"), part.id },
                { QStringLiteral("sku"), part.sku }, { QStringLiteral("description"), QStringLiteral("Pieza") },
                { QStringLiteral("warehouse_id"), SaleFixture::kCounter }, { QStringLiteral("quantity"), 2000 },
                { QStringLiteral("order_id"), QString(QStringLiteral("so-") + id) },
                { QStringLiteral("line_id"), QString(QStringLiteral("line-") + id) },
                { QStringLiteral("reason"), QString(QStringLiteral("Orden de servicio CEN2-OS00000") + id.right(1)) },
                { QStringLiteral("created_by"), QStringLiteral("user-jorge") },
                { QStringLiteral("created_at"), QStringLiteral("2026-11-26T10:00:00.000Z") },
                { QStringLiteral("status"), status },
                { QStringLiteral("purchase_order_id"), folio.isEmpty() ? QString() : QStringLiteral("po-elsewhere") },
                { QStringLiteral("purchase_order_folio"), folio }, { QStringLiteral("withdrawn_at"), QString() } };
        };
        {
            // Pieza 1 is bought from Frenos del Norte; the other counter of the branch suggested two pieces of it
            // (still open) and already drafted two of Pieza 2 in its own purchase order.
            std::unique_ptr<LocalStore> store = openStore(dir, QStringLiteral("fixture-suggestions"));
            QVERIFY(store);
            Supplier supplier;
            supplier.name = QStringLiteral("Frenos del Norte");
            supplier.parts.push_back({ m_parts[0].id, m_parts[0].sku, QStringLiteral("Pieza"), {}, 9000, true });
            Result<Supplier> saved = PurchasingService(store->db(), Clock::system(),
                PurchasingContext { DeviceFixture::kDeviceId, DeviceFixture::kBranchId, QStringLiteral("CEN1") })
                                         .saveSupplier(supplier, { QStringLiteral("user-jorge"), {}, Role::Manager });
            QVERIFY2(saved.has_value(), why(saved).constData());
            QVERIFY(applyPulledPurchaseSuggestion(
                store->db(), pulledRow(m_parts[0], QStringLiteral("s-1"), QStringLiteral("open"), {})));
            QVERIFY(applyPulledPurchaseSuggestion(store->db(),
                pulledRow(m_parts[1], QStringLiteral("s-2"), QStringLiteral("ordered"), QStringLiteral("CEN2-OC000007"))));
        }
        UiSession session(dir);
        InventoryScreen *screen = openInventory(session, QStringLiteral("jorge"), QStringLiteral("gerencia"));
        QVERIFY(screen);
        QTest::keyClick(screen->tabs(), Qt::Key_R, Qt::AltModifier);
        QCOMPARE(screen->tabs()->currentWidget(), screen->reorderTab());
        ReorderTab *reorder = screen->reorderTab();
        auto *needs = reorder->findChild<QLabel *>(QStringLiteral("reorderWorkshopNeeds"));
        QVERIFY(needs);
        QTRY_VERIFY(needs->isVisible());
        QVERIFY2(needs->text().contains(m_parts[0].sku + QStringLiteral(" × 2 (Orden de servicio CEN2-OS000001)")),
            qPrintable(needs->text()));
        QVERIFY2(needs->text().contains(QStringLiteral("Ya pedidas en otro equipo de la sucursal: ") + m_parts[1].sku
                     + QStringLiteral(" × 2 en CEN2-OC000007 (Orden de servicio CEN2-OS000002)")),
            qPrintable(needs->text()));
        shoot(screen, QStringLiteral("11-branch-suggestions"));

        // F7 drafts the open one here, at Frenos del Norte, and tells the branch (purchase_suggestion.ordered).
        QVERIFY(pressIn(reorder, Qt::Key_F7));
        auto *message = reorder->findChild<QLabel *>(QStringLiteral("reorderMessage"));
        QTRY_VERIFY2(message->text().contains(QStringLiteral("Borradores de pedido creados")), qPrintable(message->text()));
        QVERIFY2(!needs->text().contains(QStringLiteral("F7")), qPrintable(needs->text()));
        QVERIFY2(needs->text().contains(QStringLiteral("CEN2-OC000007")), qPrintable(needs->text()));
        {
            std::unique_ptr<LocalStore> store = openStore(dir, QStringLiteral("probe-suggestions"));
            QVERIFY(store);
            Result<QVariant> facts = store->db().scalar(QStringLiteral(
                "SELECT count(*) FROM outbox WHERE type = 'purchase_suggestion.ordered' AND "
                "json_extract(payload, '$.id') = 's-1'"));
            QVERIFY(facts.has_value());
            QCOMPARE(facts->toLongLong(), 1);
            Result<QVariant> note = store->db().scalar(QStringLiteral(
                "SELECT o.note FROM purchase_orders o JOIN purchase_suggestions s ON s.purchase_order_id = o.id "
                "WHERE s.id = 's-1'"));
            QVERIFY(note.has_value());
            QCOMPARE(note->toString(), QStringLiteral("Orden de servicio CEN2-OS000001"));
        }
        shoot(screen, QStringLiteral("12-branch-suggestion-drafted"));
    }

    void countWithASaleMeanwhileThenReorderAlert()
    {
        const QString dir = m_dir->path();
        {
            // Pieza 2 is bought in dollars from Refacciones del Norte (preferred); the counter's rate is 17.25.
            std::unique_ptr<LocalStore> store = openStore(dir, QStringLiteral("fixture-supplier"));
            QVERIFY(store);
            QVERIFY(storeUsdRate(*store, 17'250'000));
            Supplier supplier;
            supplier.name = QStringLiteral("Refacciones del Norte");
            supplier.currency = Currency::USD;
            supplier.leadTimeDays = 5;
            supplier.parts.push_back({ m_parts[1].id, m_parts[1].sku, QStringLiteral("Pieza"), QStringLiteral("RN-1"),
                12000, true });
            Result<Supplier> saved = PurchasingService(store->db(), Clock::system(),
                PurchasingContext { DeviceFixture::kDeviceId, DeviceFixture::kBranchId, QStringLiteral("CEN1") })
                                         .saveSupplier(supplier, { QStringLiteral("user-jorge"), {}, Role::Manager });
            QVERIFY2(saved.has_value(), why(saved).constData());
        }
        UiSession session(dir);
        InventoryScreen *screen = openInventory(session, QStringLiteral("jorge"), QStringLiteral("gerencia"));
        QVERIFY(screen);
        QTest::keyClick(screen->tabs(), Qt::Key_O, Qt::AltModifier); // Conte&os
        QCOMPARE(screen->tabs()->currentWidget(), screen->countsTab());
        CountsTab *counts = screen->countsTab();
        QAbstractItemModelTester linesTester(counts->linesModel());
        QVERIFY(pressIn(counts, Qt::Key_F3)); // a count of the whole Mostrador
        QTRY_VERIFY(!counts->currentCountId().isEmpty());
        // Part 1: eight on the shelf, typed.
        auto *quantity = counts->findChild<QLineEdit *>(QStringLiteral("countQuantityEdit"));
        quantity->setFocus();
        QTest::keyClicks(quantity, QStringLiteral("8"));
        QTest::keyClick(quantity, Qt::Key_Return); // to the search
        QVERIFY(searchFor(counts->search(), m_parts[0].sku));
        QTest::keyClick(counts->search()->findChild<QLineEdit *>(), Qt::Key_Return);
        QTRY_COMPARE(counts->linesModel()->rowCount(), 1);
        // Three of part 1 are sold at the counter before the count is posted.
        QVERIFY(SaleFixture::receiveStock(dir,
            { { QStringLiteral("sale-meanwhile"), m_parts[0].id, SaleFixture::kCounter, QStringLiteral("sale"),
                Quantity::units(-3), QStringLiteral("sale"), QStringLiteral("s-1"), QStringLiteral("user-maria"),
                QStringLiteral("2026-11-25T18:00:00.000Z") } }));
        // Part 2: two scans, one piece each.
        for (int scan = 0; scan < 2; ++scan) {
            QVERIFY(searchFor(counts->search(), m_parts[1].sku));
            QTest::keyClick(counts->search()->findChild<QLineEdit *>(), Qt::Key_Return);
            QTRY_COMPARE(counts->linesModel()->rowCount(), scan == 0 ? 2 : 2);
        }
        CountLinesModel *lines = counts->linesModel();
        const int second = lines->rowOf(m_parts[1].id);
        QTRY_COMPARE(lines->index(second, CountLinesModel::Counted).data().toString(), QStringLiteral("2"));
        const int first = lines->rowOf(m_parts[0].id);
        QCOMPARE(lines->index(first, CountLinesModel::Expected).data().toString(), QStringLiteral("10"));
        QCOMPARE(lines->index(first, CountLinesModel::Difference).data().toString(), QStringLiteral("-2"));
        shoot(screen, QStringLiteral("5-count"));
        QVERIFY(pressIn(counts, Qt::Key_F12)); // a manager: no PIN asked
        QTRY_VERIFY(counts->currentCountId().isEmpty());
        QCOMPARE(stock(m_parts[0].id), 5000); // 10 − 3 sold − 2 missing at the count
        QCOMPARE(stock(m_parts[1].id), 2000);
        auto *countMessage = counts->findChild<QLabel *>(QStringLiteral("countMessage"));
        QVERIFY2(countMessage->text().contains(QStringLiteral("aplicado")), qPrintable(countMessage->text()));
        shoot(screen, QStringLiteral("6-count-posted"));

        // Reorden: part 2 reorders at 3, up to 10: it has 2, so an alert for 8 pieces.
        QTest::keyClick(screen->tabs(), Qt::Key_R, Qt::AltModifier);
        QCOMPARE(screen->tabs()->currentWidget(), screen->reorderTab());
        ReorderTab *reorder = screen->reorderTab();
        QAbstractItemModelTester alertTester(reorder->alertModel());
        QVERIFY(searchFor(reorder->search(), m_parts[1].sku));
        QTest::keyClick(reorder->search()->findChild<QLineEdit *>(), Qt::Key_Return); // to the reorder point
        auto *point = reorder->findChild<QLineEdit *>(QStringLiteral("reorderPointEdit"));
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(point));
        QTest::keyClicks(point, QStringLiteral("3"));
        QTest::keyClick(point, Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("10"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // saves and checks
        AlertListModel *alerts = reorder->alertModel();
        QTRY_COMPARE(alerts->rowCount(), 1);
        QCOMPARE(alerts->index(0, AlertListModel::Sku).data().toString(), m_parts[1].sku);
        QCOMPARE(alerts->index(0, AlertListModel::ToOrder).data().toString(), QStringLiteral("8"));
        QCOMPARE(alerts->index(0, AlertListModel::State).data().toString(), QStringLiteral("Nueva"));
        shoot(screen, QStringLiteral("7-alert"));
        reorder->alertView()->setFocus();
        reorder->alertView()->setCurrentIndex(alerts->index(0, AlertListModel::Sku));
        QVERIFY(pressIn(reorder, Qt::Key_F6));
        QTRY_VERIFY(alerts->index(0, AlertListModel::State).data().toString().startsWith(QStringLiteral("Vista por")));
        QVERIFY(pressIn(reorder, Qt::Key_F7)); // a draft for the preferred supplier
        auto *message = reorder->findChild<QLabel *>(QStringLiteral("reorderMessage"));
        QTRY_VERIFY2(message->text().contains(QStringLiteral("-OC")), qPrintable(message->text()));
        {
            std::unique_ptr<LocalStore> store = openStore(dir, QStringLiteral("probe-orders"));
            QVERIFY(store);
            Result<QVariant> ordered = store->db().scalar(
                QStringLiteral("SELECT sum(l.quantity) FROM purchase_order_lines l JOIN purchase_orders o ON o.id = "
                               "l.order_id WHERE l.part_id = ? AND o.status = 'draft'"),
                { m_parts[1].id });
            QVERIFY(ordered.has_value());
            QCOMPARE(ordered->toLongLong(), 8000);
            // The dollar draft took the day's rate.
            Result<QSqlQuery> draft = store->db().exec(
                QStringLiteral("SELECT currency, exchange_rate_micros FROM purchase_orders WHERE status = 'draft'"));
            QVERIFY(draft && draft->next());
            QCOMPARE(draft->value(0).toString(), QStringLiteral("USD"));
            QCOMPARE(draft->value(1).toLongLong(), 17'250'000);
        }
        shoot(screen, QStringLiteral("8-alert-seen-ordered"));
        // Órdenes de compra lists the dollar draft with its pesos at that rate.
        QTest::keyClick(screen->tabs(), Qt::Key_C, Qt::AltModifier);
        QCOMPARE(screen->tabs()->currentWidget(), screen->purchaseOrdersTab());
        QStandardItemModel *orders = screen->purchaseOrdersTab()->model();
        QTRY_COMPARE(orders->rowCount(), 1);
        const QString total = orders->item(0, PurchaseOrdersTab::Total)->text();
        QVERIFY2(total.startsWith(QStringLiteral("US$")) && total.contains(QStringLiteral("MXN")), qPrintable(total));
        shoot(screen, QStringLiteral("8b-usd-draft"));
        QTest::keyClick(screen->tabs(), Qt::Key_R, Qt::AltModifier);
        // Stock comes back (a receipt): F5 resolves the alert.
        QVERIFY(SaleFixture::receiveStock(dir,
            { { QStringLiteral("receipt-later"), m_parts[1].id, SaleFixture::kCounter, QStringLiteral("receipt"),
                Quantity::units(8), QStringLiteral("purchase_order"), QStringLiteral("po-2"), QStringLiteral("user-jorge"),
                QStringLiteral("2026-11-26T10:00:00.000Z") } }));
        QVERIFY(pressIn(reorder, Qt::Key_F5));
        QTRY_COMPARE(alerts->rowCount(), 0);
    }
};

QTEST_MAIN(TestStockControlUi)
#include "teststockcontrol.moc"
