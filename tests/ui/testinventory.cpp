// The Inventario screen driven as two branch managers would, by keyboard, on two real enrolled device folders (Centro
// receives, Norte sends) with a real generated catalogue: Centro requests two parts (F2, search, Enter, F12), Norte
// ships one of them short (F3, edit the cell, carrier, F12), Centro receives in part with a damaged piece and its
// reason (F4, F12), then looks the part up in Existencias: stock per warehouse, in transit, and the kardex line of
// the receipt. Between the two folders the transfer travels as the pull would bring it (the published document
// merged by TransferStore). With NEXUS_INVENTORY_SHOTS=DIR every step's window is saved there as PNG.
#include "inventorykeys.h"
#include "salefixture.h"
#include "tempdir.h"
#include "uifixture.h"
#include "uisession.h"
#include "whenmodal.h"
#include "why.h"

#include "inventory/inventoryscreen.h"
#include "inventory/kardexmodel.h"
#include "inventory/partsearchpanel.h"
#include "inventory/partstockmodel.h"
#include "inventory/stocktab.h"
#include "inventory/transferlinesmodel.h"
#include "inventory/transferlistmodel.h"
#include "inventory/transferrequestdialog.h"
#include "inventory/transferstab.h"
#include "inventory/transferstepdialog.h"
#include "inventory/transferstore.h"
#include "sale/searchresultsmodel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QScopeGuard>
#include <QTabWidget>
#include <QTableView>

using namespace nexus;
using namespace nexus::test;

namespace {

const QString kCentro = DeviceFixture::kBranchId; // receives
const QString kNorte = QStringLiteral("branch-norte"); // sends
const QString kNorteShelf = QStringLiteral("wh-norte-mostrador");

struct TestPart
{
    qint64 id = 0;
    QString sku;
    QString name;
};

std::unique_ptr<LocalStore> openStore(const QString &dir, const QString &name)
{
    Result<std::unique_ptr<LocalStore>> store = LocalStore::open(QDir(dir).filePath(QStringLiteral("nexus.db")), name);
    return store ? std::move(*store) : nullptr;
}

void shoot(QWidget *widget, const QString &name)
{
    shootWindow(widget, "NEXUS_INVENTORY_SHOTS", name);
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
    // The delegate commits and closes its editor through a queued call.
    const QPointer<QLineEdit> watched(editor);
    return QTest::qWaitFor([&] { return !watched || !watched->isVisible(); }, 2000);
}

} // namespace

class TestInventory final : public QObject
{
    Q_OBJECT

private:
    TempDir m_template;
    std::unique_ptr<TempDir> m_centro;
    std::unique_ptr<TempDir> m_norte;
    std::vector<TestPart> m_parts;

    // The second branch's folder, written as enrollment would: its branch, warehouse, its manager, the tenant's
    // branches.
    bool enrollNorte(const QString &dir)
    {
        std::unique_ptr<LocalStore> store = openStore(dir, QStringLiteral("fixture-norte"));
        if (!store)
            return false;
        Database &db = store->db();
        return store->setSetting(QStringLiteral("device_id"), QStringLiteral("0190a6f2-7c1e-7000-8000-00000000beef"))
            && store->setSetting(QStringLiteral("device_name"), QStringLiteral("Caja Norte"))
            && store->setSetting(QStringLiteral("branch_id"), kNorte)
            && store->setSetting(QStringLiteral("server_url"), QStringLiteral("https://127.0.0.1:9"))
            && db.exec(
                QStringLiteral("INSERT INTO branches(id, code, name) VALUES (?, 'NTE', 'Sucursal Norte')"), { kNorte })
            && db.exec(QStringLiteral("INSERT INTO warehouses(id, branch_id, code, name) VALUES (?, ?, 'MOS', "
                                      "'Mostrador')"),
                { kNorteShelf, kNorte });
    }

    static bool knowBothBranches(const QString &dir)
    {
        std::unique_ptr<LocalStore> store = openStore(dir, QStringLiteral("fixture-branches"));
        return store
            && store->db()
                   .execScript(QStringLiteral("INSERT INTO remote_branches(id, code, name) VALUES ('%1', 'CEN', "
                                              "'Sucursal Centro'), ('%2', 'NTE', 'Sucursal Norte');")
                                   .arg(kCentro, kNorte))
                   .has_value();
    }

    // What the server's "transfers" bucket does between the two: the sender's copy merged into the receiver's.
    static bool relay(const QString &fromDir, const QString &toDir, const QString &transferId)
    {
        std::unique_ptr<LocalStore> from = openStore(fromDir, QStringLiteral("relay-from"));
        std::unique_ptr<LocalStore> to = openStore(toDir, QStringLiteral("relay-to"));
        if (!from || !to)
            return false;
        Result<std::optional<Transfer>> found = TransferStore(from->db()).find(transferId);
        if (!found || !*found)
            return false;
        Transfer copy = **found;
        copy.serverState = transferStateCode(copy.state());
        copy.serverVersion = qint64(copy.shipments.size() + copy.receipts.size()) + 1;
        Transaction transaction(to->db());
        return transaction.begin() && TransferStore(to->db()).merge(copy, QStringLiteral("2026-11-25T18:00:00.000Z"))
            && transaction.commit();
    }

    static qint64 stock(const QString &dir, qint64 part, const QString &warehouse)
    {
        std::unique_ptr<LocalStore> store = openStore(dir, QStringLiteral("probe"));
        Result<Quantity> balance = store ? StockLedger(store->db()).balance(part, warehouse) : Result<Quantity>();
        return balance ? balance->thousandths() : -1;
    }

    InventoryScreen *openInventory(UiSession &session, const QString &user, const QString &password)
    {
        if (!session.signInAndWait(user, password))
            return nullptr;
        session.main()->resize(1366, 800); // a counter's screen, not the offscreen platform's default
        QTest::keyClick(session.main(), Qt::Key_4, Qt::ControlModifier); // Inventario
        if (session.main()->currentArea() != Area::Inventory)
            return nullptr;
        InventoryScreen *screen = session.main()->inventoryScreen();
        return screen && screen->ensureReady() ? screen : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        initUiTests();
        QVERIFY(SaleFixture::writeCatalogue(m_template.path(), 400));
        Result<std::unique_ptr<CatalogStore>> catalog
            = CatalogStore::open(m_template.file(QStringLiteral("catalog.db")), QStringLiteral("template"));
        QVERIFY2(catalog.has_value(), why(catalog).constData());
        Result<QSqlQuery> rows = (*catalog)->db().exec(
            QStringLiteral("SELECT id, sku, name FROM parts WHERE active = 1 ORDER BY id LIMIT 2 OFFSET 20"));
        QVERIFY(rows.has_value());
        while (rows->next())
            m_parts.push_back({ rows->value(0).toLongLong(), rows->value(1).toString(), rows->value(2).toString() });
        QCOMPARE(m_parts.size(), std::size_t(2));
    }

    void init()
    {
        m_centro = std::make_unique<TempDir>();
        m_norte = std::make_unique<TempDir>();
        const QString centro = m_centro->path();
        const QString norte = m_norte->path();
        QVERIFY(DeviceFixture::enroll(centro));
        QVERIFY(SaleFixture::addWarehouses(centro));
        QVERIFY(enrollNorte(norte));
        for (const QString &dir : { centro, norte }) {
            QVERIFY(knowBothBranches(dir));
            QVERIFY(QFile::copy(
                m_template.file(QStringLiteral("catalog.db")), QDir(dir).filePath(QStringLiteral("catalog.db"))));
        }
        QVERIFY(DeviceFixture::addUser(centro,
            { QStringLiteral("jorge"), QString::fromUtf8("Jorge Ramírez"), Role::Manager, QStringLiteral("gerencia"),
                QStringLiteral("1357") }));
        QVERIFY(DeviceFixture::addUser(norte,
            { QStringLiteral("lucia"), QString::fromUtf8("Lucía Garza"), Role::Manager, QStringLiteral("norte123"),
                QStringLiteral("2468"), kNorte }));
        // Norte has 10 of each part on its counter shelf.
        std::unique_ptr<LocalStore> store = openStore(norte, QStringLiteral("fixture-stock"));
        QVERIFY(store);
        Transaction transaction(store->db());
        QVERIFY(transaction.begin());
        for (const TestPart &part : m_parts)
            QVERIFY(StockLedger(store->db()).post({ SaleFixture::receipt(part.id, kNorteShelf, 10) }).has_value());
        QVERIFY(transaction.commit());
    }

    void cleanup()
    {
        m_centro.reset();
        m_norte.reset();
    }

    void requestShipReceiveByKeyboard()
    {
        const QString centro = m_centro->path();
        const QString norte = m_norte->path();
        QString transferId;

        // 1. Centro's manager asks Norte for 3 of the first part and 2 of the second.
        {
            UiSession session(centro);
            InventoryScreen *screen = openInventory(session, QStringLiteral("jorge"), QStringLiteral("gerencia"));
            QVERIFY(screen);
            QCOMPARE(screen->tabs()->currentWidget(), screen->transfersTab());
            QCOMPARE(screen->findChild<QLabel *>(QStringLiteral("pageTitle"))->text(), QStringLiteral("Inventario"));
            QAbstractItemModelTester tester(screen->transfersTab()->listModel());
            bool requested = false;
            whenModal([&](QWidget *modal) {
                auto *dialog = qobject_cast<TransferRequestDialog *>(modal);
                const auto closeOnFailure = qScopeGuard([modal] { modal->close(); });
                QVERIFY(dialog);
                auto *from = dialog->findChild<QComboBox *>(QStringLiteral("transferFromCombo"));
                QCOMPARE(from->currentData().toString(), kNorte);
                auto *quantity = dialog->findChild<QLineEdit *>(QStringLiteral("transferQuantityEdit"));
                quantity->selectAll();
                QTest::keyClicks(quantity, QStringLiteral("3"));
                QVERIFY(searchFor(dialog->search(), m_parts[0].sku));
                QTest::keyClick(
                    dialog->search()->findChild<QLineEdit *>(), Qt::Key_Return); // adds it, back to the search
                QVERIFY(searchFor(dialog->search(), m_parts[1].sku));
                quantity->selectAll();
                QTest::keyClicks(quantity, QStringLiteral("2"));
                QTest::keyClick(dialog->search()->findChild<QLineEdit *>(), Qt::Key_Return);
                QCOMPARE(dialog->linesModel()->rowCount(), 2);
                QCOMPARE(dialog->linesModel()->rows()[0].quantity.thousandths(), 3000);
                QCOMPARE(dialog->linesModel()->rows()[1].quantity.thousandths(), 2000);
                QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("transferNoteEdit")),
                    QStringLiteral("Cliente espera"));
                shoot(dialog, QStringLiteral("1-request"));
                QTest::keyClick(dialog, Qt::Key_F12);
                requested = true;
            });
            QVERIFY(pressIn(screen->transfersTab(), Qt::Key_F2));
            QVERIFY(requested);
            TransferListModel *list = screen->transfersTab()->listModel();
            QCOMPARE(list->rowCount(), 1);
            const QModelIndex row = list->index(0, TransferListModel::State);
            QCOMPARE(row.data(TransferListModel::StateRole).toInt(), int(TransferState::Requested));
            QCOMPARE(row.data().toString(), QStringLiteral("Solicitada"));
            QCOMPARE(
                list->index(0, TransferListModel::OtherBranch).data().toString(), QStringLiteral("Sucursal Norte"));
            transferId = row.data(TransferListModel::TransferIdRole).toString();
            shoot(screen, QStringLiteral("2-requested-list"));
        }
        QVERIFY(relay(centro, norte, transferId));

        // 2. Norte's manager ships 3 of the first part but only 1 of the second, by their own truck.
        {
            UiSession session(norte);
            InventoryScreen *screen = openInventory(session, QStringLiteral("lucia"), QStringLiteral("norte123"));
            QVERIFY(screen);
            TransfersTab *tab = screen->transfersTab();
            QVERIFY(tab->select(transferId));
            QCOMPARE(
                tab->listModel()->index(0, TransferListModel::Direction).data().toString(), QStringLiteral("Salida"));
            bool shipped = false;
            whenModal([&](QWidget *modal) {
                auto *dialog = qobject_cast<TransferStepDialog *>(modal);
                const auto closeOnFailure = qScopeGuard([modal] { modal->close(); });
                QVERIFY(dialog);
                QTableView *view = dialog->linesView();
                TransferLinesModel *lines = dialog->linesModel();
                QCOMPARE(lines->rows()[1].available.thousandths(), 10000);
                QVERIFY(typeInCell(
                    view, lines->index(1, lines->columnOf(TransferLinesModel::Field::Quantity)), QStringLiteral("1")));
                QCOMPARE(lines->rows()[1].quantity.thousandths(), 1000);
                QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("transferCarrierEdit")),
                    QStringLiteral("Camioneta propia"));
                shoot(dialog, QStringLiteral("3-ship"));
                QTest::keyClick(dialog, Qt::Key_F12);
                shipped = true;
            });
            QVERIFY(pressIn(tab, Qt::Key_F3));
            QVERIFY(shipped);
            QCOMPARE(tab->listModel()->index(0, TransferListModel::State).data(TransferListModel::StateRole).toInt(),
                int(TransferState::Shipped));
            QCOMPARE(tab->listModel()->index(0, TransferListModel::InTransit).data().toString(), QStringLiteral("4"));
            shoot(screen, QStringLiteral("4-shipped-list"));
        }
        QCOMPARE(stock(norte, m_parts[0].id, kNorteShelf), 7000);
        QCOMPARE(stock(norte, m_parts[1].id, kNorteShelf), 9000);
        QVERIFY(relay(norte, centro, transferId));

        // 3. Centro receives: all of the first part, and the second arrived damaged (missing, with the reason).
        {
            UiSession session(centro);
            InventoryScreen *screen = openInventory(session, QStringLiteral("jorge"), QStringLiteral("gerencia"));
            QVERIFY(screen);
            TransfersTab *tab = screen->transfersTab();
            QVERIFY(tab->select(transferId));
            bool received = false;
            whenModal([&](QWidget *modal) {
                auto *dialog = qobject_cast<TransferStepDialog *>(modal);
                const auto closeOnFailure = qScopeGuard([modal] { modal->close(); });
                QVERIFY(dialog);
                TransferLinesModel *lines = dialog->linesModel();
                QTableView *view = dialog->linesView();
                QCOMPARE(lines->rows()[0].quantity.thousandths(), 3000); // proposed: what is in transit
                // Line 2: received 0, missing 1, why.
                const auto type = [&](TransferLinesModel::Field field, const QString &text) {
                    return typeInCell(view, lines->index(1, lines->columnOf(field)), text);
                };
                QVERIFY(type(TransferLinesModel::Field::Quantity, QStringLiteral("0")));
                QVERIFY(type(TransferLinesModel::Field::Shortage, QStringLiteral("1")));
                // Without a reason the step is refused and says so, on the reason's cell.
                QTest::keyClick(dialog, Qt::Key_F12);
                auto *error = dialog->findChild<QLabel *>(QStringLiteral("transferStepError"));
                QVERIFY(error->isVisible());
                QVERIFY2(error->text().contains(QStringLiteral("faltan")), qPrintable(error->text()));
                QCOMPARE(view->currentIndex().column(), lines->columnOf(TransferLinesModel::Field::Reason));
                shoot(dialog, QStringLiteral("5-receive-refused"));
                QVERIFY(type(TransferLinesModel::Field::Reason, QStringLiteral("Caja golpeada")));
                shoot(dialog, QStringLiteral("6-receive"));
                QTest::keyClick(dialog, Qt::Key_F12);
                received = true;
            });
            QVERIFY(pressIn(tab, Qt::Key_F4));
            QVERIFY(received);
            // Closed, so no longer among the open ones: the list shows closed ones to keep it in sight.
            QVERIFY(tab->findChild<QCheckBox *>(QStringLiteral("transferShowAll"))->isChecked());
            QVERIFY(tab->select(transferId));
            QCOMPARE(tab->listModel()
                         ->index(tab->listModel()->rowOf(transferId), TransferListModel::State)
                         .data(TransferListModel::StateRole)
                         .toInt(),
                int(TransferState::Closed));
            QVERIFY(tab->findChild<QLabel *>(QStringLiteral("transferHistory"))
                        ->text()
                        .contains(QStringLiteral("Caja golpeada")));
            shoot(screen, QStringLiteral("7-closed"));

            // 4. Existencias: the first part's stock here and in Norte, and its kardex.
            QTest::keyClick(screen->tabs(), Qt::Key_Tab, Qt::ControlModifier);
            QCOMPARE(screen->tabs()->currentWidget(), screen->stockTab());
            StockTab *stockTab = screen->stockTab();
            QVERIFY(searchFor(stockTab->search(), m_parts[0].sku));
            QTest::keyClick(stockTab->search()->findChild<QLineEdit *>(), Qt::Key_Return);
            PartStockModel *stockModel = stockTab->stockModel();
            QAbstractItemModelTester stockTester(stockModel);
            QCOMPARE(stockModel->rowCount(), 2); // Centro's two warehouses; Norte was never pulled here
            QCOMPARE(
                stockModel->index(0, PartStockModel::Quantity).data(PartStockModel::QuantityRole).toLongLong(), 3000);
            QCOMPARE(stockModel->index(0, PartStockModel::AsOf).data().toString(), QStringLiteral("en vivo"));
            KardexModel *kardex = stockTab->kardexModel();
            QCOMPARE(kardex->rowCount(), 1);
            QCOMPARE(kardex->index(0, KardexModel::Movement).data().toString(), QStringLiteral("Entrada por traspaso"));
            QCOMPARE(kardex->index(0, KardexModel::Quantity).data().toString(), QStringLiteral("+3"));
            QCOMPARE(kardex->index(0, KardexModel::Who).data().toString(), QString::fromUtf8("Jorge Ramírez"));
            QVERIFY(kardex->index(0, KardexModel::Why).data().toString().contains(QStringLiteral("Sucursal Norte")));
            shoot(screen, QStringLiteral("8-stock"));
        }
        QCOMPARE(stock(centro, m_parts[0].id, SaleFixture::kCounter), 3000);
        QCOMPARE(stock(centro, m_parts[1].id, SaleFixture::kCounter), 0);
    }
};

QTEST_MAIN(TestInventory)
#include "testinventory.moc"
