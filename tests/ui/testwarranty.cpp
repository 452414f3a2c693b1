// Garantías by keyboard on a real enrolled nexus.db with a real sale (CheckoutService) and a catalog.db beside it:
// the ticket's folio + Enter lists its warranties with period, last day and status; F4 opens a claim (reason typed,
// F12); F6 resolves it by replace (the stock moves); F8 sends the piece to the supplier and F9 settles the RMA with
// its credit; F7 closes the claim; reject without a reason is refused on screen; an expired warranty is refused with
// its date; the customer and part searches find the same ticket. es_MX screenshots at 1366×768.
#include "salefixture.h"
#include "screenshots.h"
#include "tempdir.h"
#include "uifixture.h"
#include "uisession.h"
#include "whenmodal.h"
#include "why.h"

#include "app/languagemanager.h"
#include "auth/authservice.h"
#include "sales/checkoutservice.h"
#include "sales/counterprofile.h"
#include "store/database.h"
#include "warranty/claimlistmodel.h"
#include "warranty/rmalistmodel.h"
#include "warranty/warrantydialog.h"
#include "warranty/warrantylistmodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

using namespace nexus;
using namespace nexus::test;

namespace {

CartItem part(qint64 id, qint64 priceCents, const QString &name)
{
    return CartItem { id, QStringLiteral("BAL-%1").arg(id), name, SaleFixture::kCounter, Money(priceCents),
        Money(priceCents), Money(priceCents / 2), TaxRate::iva16(), 1, QStringLiteral("25171713"),
        QStringLiteral("H87") };
}

template <typename T> T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

} // namespace

class TestWarranty final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<AuthService> m_auth;
    SaleReceipt m_sale;
    QString m_shots;

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

    static void showActive(QDialog &dialog)
    {
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
    }

    // A key for the dialog's shortcuts once it is the active window again: the offscreen platform does not hand the
    // activation back when a modal over it closes, and QShortcut ignores keys of a window that is not active.
    static void pressWhenActive(QDialog &dialog, Qt::Key key)
    {
        if (QApplication::activeWindow() != &dialog)
            dialog.activateWindow();
        QTRY_VERIFY(QApplication::activeWindow() == &dialog);
        QTest::keyClick(&dialog, key);
    }

    void findTicket(WarrantyDialog &dialog)
    {
        auto *edit = child<QLineEdit>(&dialog, "warrantySearchEdit");
        QVERIFY(edit);
        QTRY_COMPARE(QApplication::focusWidget(), edit);
        QTest::keyClicks(edit, m_sale.folio.toLower());
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(dialog.warranties()->rowCount(), 2);
    }

    // F4 on the chosen warranty, the reason typed, F12.
    void claimByKeyboard(WarrantyDialog &dialog, const QString &reason)
    {
        whenModal([reason](QWidget *modal) {
            auto *combo = child<QComboBox>(modal, "claimReasonCombo");
            QTest::keyClicks(combo->lineEdit(), reason);
            QTest::keyClick(modal, Qt::Key_F12);
        });
        pressWhenActive(dialog, Qt::Key_F4);
    }

private Q_SLOTS:
    void initTestCase()
    {
        initUiTests();
        m_shots = shotsDir("NEXUS_SHOTS_DIR", QDir::temp().filePath(QStringLiteral("nexus-shots/warranty")));
    }

    void init()
    {
        m_dir = std::make_unique<TempDir>();
        QVERIFY(m_dir->isValid());
        const QString dir = m_dir->path();
        QVERIFY(DeviceFixture::enroll(dir));
        QVERIFY(SaleFixture::addWarehouses(dir));
        QVERIFY(DeviceFixture::addUser(dir,
            { QStringLiteral("jorge"), QString::fromUtf8("Jorge Ramírez"), Role::Manager, QStringLiteral("gerencia"),
                QStringLiteral("1357") }));
        QVERIFY(SaleFixture::receiveStock(dir, { SaleFixture::receipt(101, SaleFixture::kCounter, 10) }));
        QVERIFY(SaleFixture::openTill(dir, QStringLiteral("user-jorge"), Money(50000)));
        // The catalogue's brands and categories with their default periods: balatas 180 days, bombas 365.
        {
            Result<std::unique_ptr<Database>> cat = Database::open(
                QDir(dir).filePath(QStringLiteral("catalog.db")), Durability::Normal, QStringLiteral("warranty-cat"));
            QVERIFY(cat.has_value());
            QVERIFY((*cat)->execScript(QStringLiteral(
                "CREATE TABLE brands (id INTEGER PRIMARY KEY, name TEXT);"
                "INSERT INTO brands VALUES (5, 'Frenosa'), (6, 'Gates');"
                "CREATE TABLE categories (id INTEGER PRIMARY KEY, name TEXT, warranty_days INTEGER NOT NULL DEFAULT 0);"
                "CREATE TABLE parts (id INTEGER PRIMARY KEY, sku TEXT UNIQUE, name TEXT, brand_id INTEGER, "
                "category_id INTEGER);"
                "INSERT INTO categories VALUES (1, 'Balatas', 180), (2, 'Bombas de agua', 365);"
                "INSERT INTO parts VALUES (101, 'BAL-101', 'Balata', 5, 1), (102, 'BAL-102', 'Bomba', 6, 2);")));
        }
        Result<std::unique_ptr<LocalStore>> store
            = LocalStore::open(QDir(dir).filePath(QStringLiteral("nexus.db")), QStringLiteral("warranty-ui"));
        QVERIFY2(store.has_value(), why(store).constData());
        m_store = std::move(*store);
        QVERIFY(m_store->db().exec(QStringLiteral("INSERT INTO customers(id, name, phone, hlc, created_at, updated_at) "
                                                  "VALUES ('cust-1', ?, '8112345678', '1', '', '')"),
            { QString::fromUtf8("Talleres Hernández") }));
        // Purchasing's supplier of the brake pads.
        QVERIFY(m_store->db().execScript(QStringLiteral(
            "INSERT INTO suppliers(id, name, updated_at) VALUES ('sup-1', 'Frenos del Norte', ''), "
            "('sup-2', 'Autopartes Sur', ''); INSERT INTO supplier_parts(supplier_id, part_id, sku, preferred) "
            "VALUES ('sup-1', 101, 'BAL-101', 1)")));
        Result<CounterProfile> profile = loadCounterProfile(m_store->db());
        QVERIFY2(profile.has_value(), why(profile).constData());
        Cart cart;
        QVERIFY(cart.add(part(101, 85000, QString::fromUtf8("Balata delantera cerámica")), Quantity::units(2)));
        QVERIFY(cart.add(part(102, 129900, QString::fromUtf8("Bomba de agua")), Quantity::units(1)));
        cart.setCustomerId(QStringLiteral("cust-1"));
        Result<SaleReceipt> sale = CheckoutService(m_store->db(), Clock::system())
                                       .checkout(cart, { Tender { TenderMethod::Cash, Money(400000), 0, {} } },
                                           CheckoutContext { profile->deviceId, profile->branchId,
                                               profile->folioSeries, QStringLiteral("user-jorge"), Role::Manager,
                                               false });
        QVERIFY2(sale.has_value(), why(sale).constData());
        m_sale = *sale;
    }

    void cleanup()
    {
        m_auth.reset();
        m_store.reset();
        m_dir.reset();
    }

    void claimReplaceRmaAndCloseByKeyboard()
    {
        login(QStringLiteral("jorge"), QStringLiteral("gerencia"));
        WarrantyDialog dialog(*m_store, *m_auth);
        QAbstractItemModelTester warrantyTester(dialog.warranties());
        QAbstractItemModelTester claimTester(dialog.claims());
        QAbstractItemModelTester rmaTester(dialog.rmas());
        showActive(dialog);
        findTicket(dialog);
        QCOMPARE(dialog.warranties()->index(0, WarrantyListModel::Period).data().toString(), QStringLiteral("6 months"));
        QCOMPARE(dialog.warranties()->index(0, WarrantyListModel::Status).data().toString(), QStringLiteral("Active"));
        QCOMPARE(dialog.warranties()->index(0, WarrantyListModel::Customer).data().toString(),
            QString::fromUtf8("Talleres Hernández"));
        QCOMPARE(dialog.warranties()->index(1, WarrantyListModel::Period).data().toString(), QStringLiteral("1 year"));

        claimByKeyboard(dialog, QStringLiteral("Rechinan al frenar"));
        QTRY_COMPARE(dialog.claims()->rowCount(), 1);
        QCOMPARE(dialog.tabs()->currentIndex(), int(WarrantyDialog::ClaimsTab));
        QVERIFY2(dialog.statusText().contains(QStringLiteral("-G000001")), qPrintable(dialog.statusText()));
        QCOMPARE(dialog.warranties()->index(0, WarrantyListModel::Status).data().toString(), QStringLiteral("Claimed"));

        // F6: Replace is the second choice (Down once), F12.
        whenModal([](QWidget *modal) {
            auto *combo = child<QComboBox>(modal, "resolveResolutionCombo");
            QTRY_COMPARE(QApplication::focusWidget(), combo);
            QTest::keyClick(combo, Qt::Key_Down);

            QCOMPARE(combo->currentData().toInt(), int(ClaimResolution::Replace));
            QTest::keyClick(modal, Qt::Key_F12);
        });
        pressWhenActive(dialog, Qt::Key_F6);
        QTRY_VERIFY2(dialog.claims()->index(0, ClaimListModel::Resolution).data().toString() == QStringLiteral("Replace"),
            qPrintable(dialog.statusText()));
        QCOMPARE(count(QStringLiteral("SELECT quantity FROM stock_levels WHERE part_id = 101 AND warehouse_id = ?"),
                     { SaleFixture::kCounter }),
            10000 - 2000 - 1000);
        QCOMPARE(count(QStringLiteral("SELECT quantity FROM stock_levels WHERE part_id = 101 AND warehouse_id = ?"),
                     { QString(SaleFixture::kCounter + QStringLiteral(":defective")) }),
            1000);

        // F8: the supplier typed, F12; the RMA list comes up; F9 credits $420.00.
        // F8: purchasing's supplier of the part is proposed; F12 sends it there.
        whenModal([](QWidget *modal) {
            QCOMPARE(child<QComboBox>(modal, "rmaSupplierCombo")->currentData().toString(), QStringLiteral("sup-1"));
            QTest::keyClick(modal, Qt::Key_F12);
        });
        pressWhenActive(dialog, Qt::Key_F8);
        QTRY_COMPARE(dialog.rmas()->rowCount(), 1);
        QCOMPARE(dialog.tabs()->currentIndex(), int(WarrantyDialog::RmaTab));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM rmas WHERE supplier_id = 'sup-1' AND "
                                      "supplier_name = 'Frenos del Norte'")),
            1);
        QCOMPARE(count(QStringLiteral("SELECT quantity FROM stock_levels WHERE part_id = 101 AND warehouse_id = ?"),
                     { QString(SaleFixture::kCounter + QStringLiteral(":defective")) }),
            0);
        whenModal([](QWidget *modal) {
            auto *credit = child<QLineEdit>(modal, "rmaCreditEdit");
            credit->setFocus();
            QTest::keyClicks(credit, QStringLiteral("420"));
            QTest::keyClick(modal, Qt::Key_F12);
        });
        pressWhenActive(dialog, Qt::Key_F9);
        QTRY_COMPARE(dialog.rmas()->index(0, RmaListModel::Status).data().toString(), QStringLiteral("Credited"));
        QCOMPARE(count(QStringLiteral("SELECT credit_cents FROM rmas")), 42000);

        // Back to the claims (Ctrl+Tab: policies, then wraps around), F7 closes; F7 again says it is final.
        QTest::keyClick(dialog.tabs(), Qt::Key_Tab, Qt::ControlModifier);
        QTRY_COMPARE(dialog.tabs()->currentIndex(), int(WarrantyDialog::PoliciesTab));
        QTest::keyClick(dialog.tabs(), Qt::Key_Tab, Qt::ControlModifier);
        QTRY_COMPARE(dialog.tabs()->currentIndex(), int(WarrantyDialog::WarrantiesTab));
        QTest::keyClick(dialog.tabs(), Qt::Key_Tab, Qt::ControlModifier);
        QTRY_COMPARE(dialog.tabs()->currentIndex(), int(WarrantyDialog::ClaimsTab));
        pressWhenActive(dialog, Qt::Key_F7);
        QTRY_COMPARE(dialog.claims()->index(0, ClaimListModel::Status).data().toString(), QStringLiteral("Closed"));
        pressWhenActive(dialog, Qt::Key_F7);
        QVERIFY2(dialog.statusText().contains(QStringLiteral("closed")), qPrintable(dialog.statusText()));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE type LIKE 'warranty_claim.%' OR type LIKE "
                                      "'rma.%'")),
            5);
    }

    void rejectNeedsAReasonOnScreen()
    {
        login(QStringLiteral("jorge"), QStringLiteral("gerencia"));
        WarrantyDialog dialog(*m_store, *m_auth);
        showActive(dialog);
        findTicket(dialog);
        QTest::keyClick(child<QTableView>(&dialog, "warrantyView"), Qt::Key_Down); // the water pump
        claimByKeyboard(dialog, QStringLiteral("Tira agua"));
        QTRY_COMPARE(dialog.claims()->rowCount(), 1);
        bool refusedShown = false;
        whenModal([&refusedShown](QWidget *modal) {
            auto *combo = child<QComboBox>(modal, "resolveResolutionCombo");
            combo->setCurrentIndex(combo->findData(int(ClaimResolution::Reject)));
            QTest::keyClick(modal, Qt::Key_F12);
            auto *error = child<QLabel>(modal, "resolveError");
            refusedShown = modal->isVisible() && error->isVisible() && !error->text().isEmpty();
            QTest::keyClicks(child<QLineEdit>(modal, "resolveNoteEdit"), QStringLiteral("Golpe en la carcasa"));
            QTest::keyClick(modal, Qt::Key_F12);
        });
        pressWhenActive(dialog, Qt::Key_F6);
        QTRY_COMPARE(dialog.claims()->index(0, ClaimListModel::Resolution).data().toString(), QStringLiteral("Reject"));
        QVERIFY2(dialog.statusText().contains(QStringLiteral("Reject")), qPrintable(dialog.statusText()));
        QVERIFY(refusedShown);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM warranty_claims WHERE resolution = 'reject' AND "
                                      "resolution_note = 'Golpe en la carcasa'")),
            1);
    }

    void expiredWarrantyIsRefusedWithItsDate()
    {
        QVERIFY(m_store->db().exec(QStringLiteral("UPDATE sales SET sold_at = '2024-01-10T18:00:00.000Z'")));
        login(QStringLiteral("jorge"), QStringLiteral("gerencia"));
        WarrantyDialog dialog(*m_store, *m_auth);
        showActive(dialog);
        findTicket(dialog);
        QCOMPARE(dialog.warranties()->index(0, WarrantyListModel::Status).data().toString(), QStringLiteral("Expired"));
        QString shown;
        whenModal([&shown](QWidget *modal) {
            QTest::keyClicks(child<QComboBox>(modal, "claimReasonCombo")->lineEdit(), QStringLiteral("No frena"));
            QTest::keyClick(modal, Qt::Key_F12);
            shown = child<QLabel>(modal, "claimError")->text();
            QTest::keyClick(modal, Qt::Key_Escape);
        });
        pressWhenActive(dialog, Qt::Key_F4);
        QTRY_VERIFY(!shown.isEmpty());
        QVERIFY2(shown.contains(QStringLiteral("expired")), qPrintable(shown));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM warranty_claims")), 0);
    }

    // The manager sets 1 year on Balatas (F10 on the Policies list): the ticket sold before says 1 year at once.
    void managerSetsACategoryPolicy()
    {
        login(QStringLiteral("jorge"), QStringLiteral("gerencia"));
        WarrantyDialog dialog(*m_store, *m_auth);
        showActive(dialog);
        dialog.tabs()->setCurrentIndex(WarrantyDialog::PoliciesTab);
        QCOMPARE(dialog.policies()->rowCount(), 1); // labor, 90 days, from the migration
        QCOMPARE(dialog.policies()->item(0, 2)->text(), QStringLiteral("3 months"));
        whenModal([](QWidget *modal) {
            auto *category = child<QComboBox>(modal, "policyCategoryCombo");
            category->setFocus();
            QTest::keyClick(category, Qt::Key_Down); // Balatas (catalogue: 6 months)
            QTest::keyClicks(child<QLineEdit>(modal, "policyDaysEdit"), QStringLiteral("365"));
            QTest::keyClick(modal, Qt::Key_F12);
        });
        pressWhenActive(dialog, Qt::Key_F10);
        QTRY_COMPARE(dialog.policies()->rowCount(), 2);
        QVERIFY(dialog.search(WarrantyDialog::SearchBy::Ticket, m_sale.folio));
        QCOMPARE(dialog.warranties()->index(0, WarrantyListModel::Period).data().toString(), QStringLiteral("1 year"));
        // Removed (Del on the list): the catalogue's 6 months again.
        dialog.tabs()->setCurrentIndex(WarrantyDialog::PoliciesTab);
        int row = 0;
        while (dialog.policies()->item(row, 0)->text() != QStringLiteral("Parts"))
            ++row;
        dialog.policies()->selectRow(row);
        dialog.activateWindow(); // the offscreen platform does not give it back when the policy dialog closes
        QTRY_VERIFY(QApplication::activeWindow() == &dialog);
        dialog.policies()->setFocus();
        QTest::keyClick(dialog.policies(), Qt::Key_Delete);
        QCOMPARE(dialog.policies()->rowCount(), 1);
        QVERIFY(dialog.search(WarrantyDialog::SearchBy::Ticket, m_sale.folio));
        QCOMPARE(dialog.warranties()->index(0, WarrantyListModel::Period).data().toString(), QStringLiteral("6 months"));
    }

    void customerAndPartFindTheTicket()
    {
        login(QStringLiteral("jorge"), QStringLiteral("gerencia"));
        WarrantyDialog dialog(*m_store, *m_auth);
        QVERIFY(dialog.search(WarrantyDialog::SearchBy::Customer, QString::fromUtf8("Hernández")));
        QCOMPARE(dialog.warranties()->rowCount(), 2);
        QVERIFY(dialog.search(WarrantyDialog::SearchBy::Customer, QStringLiteral("8112345678")));
        QCOMPARE(dialog.warranties()->rowCount(), 2);
        QVERIFY(dialog.search(WarrantyDialog::SearchBy::Part, QStringLiteral("bal-102")));
        QCOMPARE(dialog.warranties()->rowCount(), 1);
        QCOMPARE(dialog.warranties()->warranty(0)->saleFolio, m_sale.folio);
        QVERIFY(!dialog.search(WarrantyDialog::SearchBy::Ticket, QStringLiteral("XYZ-000999")));
        QVERIFY(!dialog.statusText().isEmpty());
    }

    // Looked at by a person: Spanish, a 1366×768 counter screen.
    void screenshots()
    {
        LanguageManager languages;
        QVERIFY(languages.setLanguage(QStringLiteral("es_MX")));
        login(QStringLiteral("jorge"), QStringLiteral("gerencia"));
        WarrantyDialog dialog(*m_store, *m_auth);
        dialog.resize(1366, 720);
        showActive(dialog);
        findTicket(dialog);
        QTest::qWait(50);
        shoot(&dialog, m_shots, "garantias-1-ticket");
        whenModal([this](QWidget *modal) {
            QTest::keyClicks(child<QComboBox>(modal, "claimReasonCombo")->lineEdit(), QStringLiteral("Rechinan"));
            QTest::qWait(50);
            shoot(modal, m_shots, "garantias-2-reclamacion");
            QTest::keyClick(modal, Qt::Key_F12);
        });
        pressWhenActive(dialog, Qt::Key_F4);
        QTRY_COMPARE(dialog.claims()->rowCount(), 1);
        whenModal([this](QWidget *modal) {
            auto *combo = child<QComboBox>(modal, "resolveResolutionCombo");
            combo->setCurrentIndex(combo->findData(int(ClaimResolution::Refund)));
            QTest::qWait(50);
            shoot(modal, m_shots, "garantias-3-resolver");
            combo->setCurrentIndex(combo->findData(int(ClaimResolution::Replace)));
            QTest::keyClick(modal, Qt::Key_F12);
        });
        pressWhenActive(dialog, Qt::Key_F6);
        QTRY_VERIFY(!dialog.claims()->index(0, ClaimListModel::Resolution).data().toString().isEmpty());
        QTest::qWait(50);
        shoot(&dialog, m_shots, "garantias-4-reclamaciones");
        whenModal([](QWidget *modal) { QTest::keyClick(modal, Qt::Key_F12); });
        pressWhenActive(dialog, Qt::Key_F8);
        QTRY_COMPARE(dialog.rmas()->rowCount(), 1);
        QTest::qWait(50);
        shoot(&dialog, m_shots, "garantias-5-rma");
        languages.setLanguage(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestWarranty)
#include "testwarranty.moc"
