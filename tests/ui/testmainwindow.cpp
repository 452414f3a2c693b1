// The navigation frame after a real login: areas per role, shortcuts, sync status bar, language switch, PIN switch.
#include "screenshots.h"
#include "tempdir.h"
#include "uifixture.h"
#include "uisession.h"

#include "assistant/assistantdock.h"
#include "auth/authservice.h"
#include "client/syncstatus.h"
#include "inventory/inventoryscreen.h"
#include "main/areapage.h"
#include "main/pinswitchdialog.h"
#include "main/sidebar.h"
#include "purchasing/purchaseorderstab.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>

using namespace nexus;
using namespace nexus::test;

namespace {

QString currentPageTitle(MainWindow *window)
{
    auto *pages = window->findChild<QStackedWidget *>(QStringLiteral("areaPages"));
    return pages->currentWidget()->findChild<QLabel *>(QStringLiteral("pageTitle"))->text();
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { initUiTests(); }

    void init()
    {
        m_dir = std::make_unique<TempDir>();
        QVERIFY(m_dir->isValid());
        QVERIFY(DeviceFixture::enroll(m_dir->path()));
        QVERIFY(DeviceFixture::addUser(m_dir->path(), {QStringLiteral("maria"), QString::fromUtf8("María López"), Role::Cashier,
                                               QStringLiteral("caja"), QStringLiteral("4821")}));
        QVERIFY(DeviceFixture::addUser(m_dir->path(), {QStringLiteral("pedro"), QStringLiteral("Pedro Castillo"),
                                               Role::Mechanic, QStringLiteral("taller"), QStringLiteral("2468")}));
        QVERIFY(DeviceFixture::addUser(m_dir->path(), {QStringLiteral("jorge"), QString::fromUtf8("Jorge Ramírez"),
                                               Role::Manager, QStringLiteral("gerencia"), QStringLiteral("1357")}));
    }

    void cleanup() { m_dir.reset(); }

    void cashierAreas()
    {
        UiSession session(m_dir->path());
        QVERIFY(session.signInAndWait(QStringLiteral("maria"), QStringLiteral("caja")));
        auto *purchasing = session.mainChild<QToolButton>("nav_purchasing");
        QVERIFY(purchasing->isVisible());
        QVERIFY(!purchasing->isEnabled());
        QVERIFY(session.mainChild<QToolButton>("nav_reports")->isEnabled()); // her own cash sessions (ui_testreportscashier)
        QVERIFY(!session.mainChild<QToolButton>("nav_settings")->isEnabled());
        QVERIFY(session.mainChild<QToolButton>("nav_sale")->isEnabled());
        QVERIFY(session.mainChild<QToolButton>("nav_customers")->isEnabled());
        QCOMPARE(session.main()->currentArea(), Area::Sale);
        QCOMPARE(currentPageTitle(session.main()), QStringLiteral("Venta"));

        // Clicking an allowed area opens it; Ctrl+5 (Compras) does nothing for a cashier.
        QTest::mouseClick(session.mainChild<QToolButton>("nav_customers"), Qt::LeftButton);
        QCOMPARE(session.main()->currentArea(), Area::Customers);
        QCOMPARE(currentPageTitle(session.main()), QStringLiteral("Clientes"));
        QVERIFY(QTest::qWaitForWindowActive(session.main()));
        QTest::keyClick(session.main(), Qt::Key_5, Qt::ControlModifier);
        QCOMPARE(session.main()->currentArea(), Area::Customers);
        QTest::keyClick(session.main(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(session.main()->currentArea(), Area::Sale);
    }

    void managerOpensPurchasingByShortcut()
    {
        UiSession session(m_dir->path());
        QVERIFY(session.signInAndWait(QStringLiteral("jorge"), QStringLiteral("gerencia")));
        QVERIFY(session.mainChild<QToolButton>("nav_purchasing")->isEnabled());
        QTest::keyClick(session.main(), Qt::Key_5, Qt::ControlModifier);
        QCOMPARE(session.main()->currentArea(), Area::Purchasing);
        QCOMPARE(currentPageTitle(session.main()), QStringLiteral("Compras"));
        QVERIFY(session.mainChild<QToolButton>("nav_purchasing")->isChecked());
        // Compras is Inventario's purchasing tabs, opened on the purchase orders; Inventario takes its title back.
        InventoryScreen *inventory = session.main()->inventoryScreen();
        QCOMPARE(session.main()->findChild<QStackedWidget *>(QStringLiteral("areaPages"))->currentWidget(), inventory);
        QCOMPARE(inventory->tabs()->currentWidget(), static_cast<QWidget *>(inventory->purchaseOrdersTab()));
        QTest::keyClick(session.main(), Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(session.main()->currentArea(), Area::Inventory);
        QCOMPARE(currentPageTitle(session.main()), QStringLiteral("Inventario"));
    }

    void chalanPanelLeavesTheSaleScreenItsRoom()
    {
        // At 1366×768 Chalán's panel takes the right side: the sidebar keeps only its icons meanwhile, so the header's
        // buttons keep their whole text, and it takes its names back when the panel closes.
        UiSession session(m_dir->path());
        MainWindow *window = session.signInAtCounter(QStringLiteral("maria"), QStringLiteral("caja"));
        QVERIFY(window);
        auto *sale = session.mainChild<QToolButton>("nav_sale");
        QCOMPARE(sale->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
        const int wideSidebar = window->sidebar()->width();

        QTest::keySequence(window, AssistantDock::toggleKey());
        QTRY_VERIFY(window->assistantDock()->isVisible());
        QTRY_VERIFY(window->sidebar()->isCompact());
        QVERIFY(window->sidebar()->width() < wideSidebar / 2);
        QCOMPARE(sale->toolButtonStyle(), Qt::ToolButtonIconOnly);
        QVERIFY(sale->toolTip().startsWith(QStringLiteral("Venta")));
        QApplication::processEvents();
        for (const char *name : { "switchUserButton", "logoutButton" }) {
            auto *button = session.mainChild<QAbstractButton>(name);
            QVERIFY2(button->width() >= button->sizeHint().width(),
                qPrintable(QStringLiteral("%1: %2 < %3").arg(QLatin1String(name)).arg(button->width()).arg(button->sizeHint().width())));
        }
        shoot(window, shotsDir("NEXUS_UI_SHOTS", QDir::temp().filePath(QStringLiteral("nexus-shots"))),
            "mainwindow-chalan-open");

        QTest::keySequence(window, AssistantDock::toggleKey());
        QTRY_VERIFY(!window->assistantDock()->isVisible());
        QTRY_VERIFY(!window->sidebar()->isCompact());
        QCOMPARE(window->sidebar()->width(), wideSidebar);
        QCOMPARE(sale->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
    }

    void mechanicOnlyHasWorkshop()
    {
        UiSession session(m_dir->path());
        QVERIFY(session.signInAndWait(QStringLiteral("pedro"), QStringLiteral("taller")));
        QCOMPARE(session.main()->currentArea(), Area::Workshop);
        QCOMPARE(currentPageTitle(session.main()), QStringLiteral("Taller"));
        for (const AreaInfo &info : allAreas())
            QCOMPARE(session.main()->sidebar()->isAreaEnabled(info.area), info.area == Area::Workshop);
    }

    void statusBarFollowsSyncStatus()
    {
        UiSession session(m_dir->path());
        QVERIFY(session.signInAndWait(QStringLiteral("maria"), QStringLiteral("caja")));
        auto *state = session.mainChild<QLabel>("syncStateLabel");
        auto *dot = session.mainChild<QLabel>("syncDot");
        auto *pending = session.mainChild<QLabel>("syncPendingLabel");
        auto *last = session.mainChild<QLabel>("syncLastLabel");
        // An enrolled device starts "connecting" until the sync engine reports.
        QCOMPARE(dot->property("state").toString(), QStringLiteral("connecting"));
        QCOMPARE(pending->text(), QStringLiteral("0 cambios pendientes"));
        QCOMPARE(last->text(), QStringLiteral("Sin sincronizar aún"));
        QVERIFY(session.mainChild<QLabel>("statusUserLabel")->text().contains(QString::fromUtf8("María López")));
        QVERIFY(session.mainChild<QLabel>("statusDeviceLabel")->text().contains(QStringLiteral("Caja 1")));
        QVERIFY(session.mainChild<QLabel>("statusDeviceLabel")->text().contains(DeviceFixture::kBranchName));

        SyncStatus &sync = session.pos().syncStatus();
        sync.setState(SyncStatus::State::Offline);
        sync.setPendingCount(3);
        QCOMPARE(state->text(), QString::fromUtf8("Sin conexión — las ventas se guardan en este equipo"));
        QCOMPARE(dot->property("state").toString(), QStringLiteral("offline"));
        QCOMPARE(pending->text(), QStringLiteral("3 cambios pendientes"));
        sync.setPendingCount(1);
        QCOMPARE(pending->text(), QStringLiteral("1 cambio pendiente"));

        const QDateTime when(QDate(2026, 3, 2), QTime(18, 45), Qt::UTC);
        sync.setState(SyncStatus::State::Online);
        sync.setLastSyncUtc(when);
        QCOMPARE(state->text(), QStringLiteral("En línea"));
        QCOMPARE(dot->property("state").toString(), QStringLiteral("online"));
        // Shown in local time, formatted for the UI language.
        QCOMPARE(last->text(), QString::fromUtf8("Última sincronización: %1")
                                   .arg(QLocale().toString(when.toLocalTime(), QLocale::ShortFormat)));
        const QDateTime recent = QDateTime::currentDateTimeUtc().addSecs(-60);
        if (recent.toLocalTime().date() == QDate::currentDate()) { // not across local midnight
            sync.setLastSyncUtc(recent);
            QCOMPARE(last->text(), QString::fromUtf8("Última sincronización: hoy %1")
                                       .arg(QLocale().toString(recent.toLocalTime().time(), QLocale::ShortFormat)));
        }
    }

    void englishShowsSaleInsteadOfVenta()
    {
        UiSession session(m_dir->path());
        QVERIFY(session.signInAndWait(QStringLiteral("maria"), QStringLiteral("caja")));
        auto *sale = session.mainChild<QToolButton>("nav_sale");
        QCOMPARE(sale->text(), QStringLiteral("Venta"));
        QVERIFY(session.languages().setLanguage(QStringLiteral("en")));
        // Qt delivers LanguageChange to the widgets through the event loop.
        QTRY_COMPARE(sale->text(), QStringLiteral("Sale"));
        QCOMPARE(currentPageTitle(session.main()), QStringLiteral("Sale"));
        QCOMPARE(session.mainChild<QLabel>("headerUserRole")->text(), QStringLiteral("Cashier"));
        QCOMPARE(session.mainChild<QLabel>("syncPendingLabel")->text(), QStringLiteral("0 pending changes"));
        QCOMPARE(session.mainChild<QPushButton>("logoutButton")->text(), QStringLiteral("Sign out"));
        QVERIFY(session.languages().setLanguage(QStringLiteral("es_MX")));
        QTRY_COMPARE(sale->text(), QStringLiteral("Venta"));
    }

    void languageChoiceIsRememberedByTheDevice()
    {
        {
            UiSession session(m_dir->path());
            QVERIFY(!session.start().has_value());
            // The picker on the login screen, as a person would use it.
            auto *combo = session.loginChild<QComboBox>("languageCombo");
            QVERIFY(combo);
            QCOMPARE(combo->currentData().toString(), QStringLiteral("es_MX"));
            combo->setFocus();
            QTest::keyClick(combo, Qt::Key_Down); // next entry: English
            QCOMPARE(combo->currentData().toString(), QStringLiteral("en"));
            QTRY_COMPARE(session.loginChild<QPushButton>("loginButton")->text(), QStringLiteral("Sign in"));
        }
        UiSession again(m_dir->path());
        QCOMPARE(again.languages().language(), QStringLiteral("es_MX"));
        QVERIFY(!again.start().has_value());
        QCOMPARE(again.languages().language(), QStringLiteral("en"));
        QCOMPARE(again.loginChild<QPushButton>("loginButton")->text(), QStringLiteral("Sign in"));
        // --lang overrides the stored choice.
        UiSession forced(m_dir->path(), QStringLiteral("es_MX"));
        QVERIFY(!forced.start().has_value());
        QCOMPARE(forced.loginChild<QPushButton>("loginButton")->text(), QStringLiteral("Entrar"));
    }

    void switchUserWithPinChangesRoleAndAreas()
    {
        UiSession session(m_dir->path());
        QVERIFY(session.signInAndWait(QStringLiteral("maria"), QStringLiteral("caja")));
        QVERIFY(!session.mainChild<QToolButton>("nav_purchasing")->isEnabled());

        // The dialog is modal: drive it from the event loop once it is up.
        bool driven = false;
        QTimer::singleShot(0, session.main(), [&driven] {
            auto *dialog = qobject_cast<PinSwitchDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *list = dialog->findChild<QListWidget *>(QStringLiteral("pinUserList"));
            QCOMPARE(list->count(), 3);
            for (int row = 0; row < list->count(); ++row)
                if (list->item(row)->text().startsWith(QString::fromUtf8("Jorge")))
                    list->setCurrentRow(row);
            for (const char *key : {"pinKey1", "pinKey3", "pinKey5", "pinKey7", "pinSubmit"})
                QTest::mouseClick(dialog->findChild<QPushButton *>(QString::fromLatin1(key)), Qt::LeftButton);
            driven = true;
        });
        QTest::mouseClick(session.mainChild<QPushButton>("switchUserButton"), Qt::LeftButton);
        QVERIFY(driven);
        QCOMPARE(session.mainChild<QLabel>("headerUserName")->text(), QString::fromUtf8("Jorge Ramírez"));
        QCOMPARE(session.mainChild<QLabel>("headerUserRole")->text(), QStringLiteral("Gerente"));
        QVERIFY(session.mainChild<QToolButton>("nav_purchasing")->isEnabled());
        QCOMPARE(session.pos().auth()->currentUser()->username, QStringLiteral("jorge"));
    }

private:
    std::unique_ptr<TempDir> m_dir;
};

int main(int argc, char **argv)
{
    QTemporaryDir config;
    useOffscreenScreen(config, 1366, 768); // the counter's screen
    QApplication app(argc, argv);
    TestMainWindow test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "testmainwindow.moc"
