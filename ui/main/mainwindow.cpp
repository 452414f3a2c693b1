// Main window wiring: sidebar and Ctrl+digit shortcuts pick the page; header actions switch user or sign out.
#include "main/mainwindow.h"

#include "assistant/assistantdock.h"
#include "assistant/assistantpanel.h"
#include "auth/authservice.h"
#include "client/notifications/notificationdispatchrunner.h"
#include "common/clock.h"
#include "inventory/inventoryscreen.h"
#include "main/areapage.h"
#include "main/headerbar.h"
#include "main/pinswitchdialog.h"
#include "main/sidebar.h"
#include "main/syncstatusbar.h"
#include "notifications/notificationbell.h"
#include "notifications/notificationsdialog.h"
#include "notifications/notificationservice.h"
#include "reports/reportsscreen.h"
#include "customers/customersscreen.h"
#include "sale/salescreen.h"
#include "store/domainevents.h"
#include "store/localstore.h"
#include "warranty/warrantydialog.h"
#include "workshop/workshopscreen.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace nexus {

MainWindow::MainWindow(LocalStore &store, AuthService &auth, SyncStatus &syncStatus, const DeviceIdentity &device,
                       QWidget *parent)
    : QMainWindow(parent), m_auth(auth), m_store(store), m_device(device)
{
    setObjectName(QStringLiteral("mainWindow"));
    setMinimumSize(1024, 640);

    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("mainCentral"));
    auto *columns = new QHBoxLayout(central);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->setSpacing(0);
    m_sidebar = new Sidebar(central);
    columns->addWidget(m_sidebar);

    auto *content = new QWidget(central);
    content->setObjectName(QStringLiteral("mainContent"));
    auto *rows = new QVBoxLayout(content);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(0);
    m_header = new HeaderBar(device.branchName, content);
    rows->addWidget(m_header);
    m_pages = new QStackedWidget(content);
    m_pages->setObjectName(QStringLiteral("areaPages"));
    for (const AreaInfo &info : allAreas()) {
        QWidget *page = nullptr;
        if (info.area == Area::Sale)
            page = m_saleScreen = new SaleScreen(store, auth, m_pages);
        else if (info.area == Area::Workshop)
            page = m_workshopScreen = new WorkshopScreen(store, auth, m_pages);
        else if (info.area == Area::Inventory)
            page = m_inventoryScreen = new InventoryScreen(store, auth, m_pages);
        else if (info.area == Area::Purchasing)
            page = m_inventoryScreen; // Compras is Inventario's Proveedores and Órdenes de compra tabs
        else if (info.area == Area::Reports)
            page = m_reportsScreen = new ReportsScreen(store, auth, m_pages);
        else if (info.area == Area::Customers)
            page = new CustomersScreen(store, auth, m_pages);
        else
            page = new AreaPage(info, m_pages);
        if (m_pages->indexOf(page) < 0)
            m_pages->addWidget(page);
        m_pageByArea.insert(info.area, page);

        auto *shortcut = new QShortcut(areaShortcut(info.area), this);
        shortcut->setContext(Qt::WindowShortcut);
        const Area area = info.area;
        connect(shortcut, &QShortcut::activated, this, [this, area] { showArea(area); });
    }
    rows->addWidget(m_pages, 1);
    columns->addWidget(content, 1);
    setCentralWidget(central);

    // Chalán on every screen (Ctrl+Space); what it adds goes to the sale screen's ticket.
    m_assistantDock = new AssistantDock(store, auth, m_saleScreen, this);
    addDockWidget(Qt::RightDockWidgetArea, m_assistantDock);
    m_assistantDock->hide();
    // At 1366 the panel would squeeze the sale screen's search and ticket: the sidebar keeps only its icons meanwhile.
    connect(m_assistantDock, &QDockWidget::visibilityChanged, m_sidebar, &Sidebar::setCompact);
    connect(m_assistantDock->panel(), &AssistantPanel::cartChanged, this, [this] { showArea(Area::Sale); });

    m_statusBar = new SyncStatusBar(syncStatus, device, this);
    setStatusBar(m_statusBar);

    // Notifications: business events on nexus.db queue their messages in the same transaction; the bell shows the
    // unread in-app ones; the dispatcher's thread sends the rest.
    m_notifications = std::make_unique<NotificationService>(store.db(), Clock::system());
    attachEventSink(store.db(), m_notifications.get());
    m_bell = new NotificationBell(*m_notifications, 5000, m_header);
    m_header->addIndicator(m_bell);
    connect(m_bell, &QToolButton::clicked, this, &MainWindow::openNotifications);
    m_dispatch = std::make_unique<NotificationDispatchRunner>(store.db().path());
    connect(m_dispatch.get(), &NotificationDispatchRunner::passFinished, m_bell, &NotificationBell::refresh);
    m_dispatch->start();

    auto *warranties = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_G), this);
    warranties->setContext(Qt::WindowShortcut);
    connect(warranties, &QShortcut::activated, this, &MainWindow::openWarranties);
    connect(m_saleScreen, &SaleScreen::warrantiesRequested, this, &MainWindow::openWarranties);

    connect(m_sidebar, &Sidebar::areaSelected, this, [this](Area area) { showArea(area); });
    connect(m_header, &HeaderBar::switchUserRequested, this, &MainWindow::switchUser);
    connect(m_header, &HeaderBar::logoutRequested, this, &MainWindow::logout);
    retranslate();
}

void MainWindow::setUser(const User &user)
{
    if (user.id != m_user.id) // what the last person asked Chalán is not the next one's to read, nor the model's
        m_assistantDock->panel()->clearConversation();
    m_user = user;
    m_header->setUser(user);
    m_statusBar->setUser(user);
    m_sidebar->setRole(user.role);
    m_assistantDock->panel()->refreshUser();
    m_reportsScreen->applyViewer(); // a cashier's Reportes are their own cash sessions only
    // Keep the page if the new person may use it, else open the first area their role allows.
    if (!showArea(m_current)) {
        for (const AreaInfo &info : allAreas()) {
            if (showArea(info.area))
                break;
        }
    }
    // Work starts on the page (its screen takes the keys), not on a sidebar button.
    m_pages->currentWidget()->setFocus(Qt::OtherFocusReason);
}

bool MainWindow::showArea(Area area)
{
    if (!m_sidebar->isAreaEnabled(area)) {
        m_sidebar->select(m_current); // undo a click on an area that was just turned off
        return false;
    }
    m_current = area;
    if (area == Area::Inventory || area == Area::Purchasing)
        m_inventoryScreen->showSection(area);
    m_pages->setCurrentWidget(m_pageByArea.value(area));
    m_sidebar->select(area);
    return true;
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    // The platform appends the application display name ("— Nexus POS").
    setWindowTitle(m_device.branchName);
}

void MainWindow::switchUser()
{
    PinSwitchDialog dialog(m_auth, m_device.branchId, this);
    if (dialog.exec() == QDialog::Accepted)
        setUser(dialog.user());
}

void MainWindow::logout()
{
    m_auth.logout();
    Q_EMIT loggedOut();
}

MainWindow::~MainWindow()
{
    m_dispatch.reset();
    attachEventSink(m_notifications->database(), nullptr);
}

void MainWindow::openWarranties()
{
    WarrantyDialog dialog(m_store, m_auth, this);
    dialog.exec();
    m_bell->refresh(); // F5 may have queued in-app notices
}

void MainWindow::openNotifications()
{
    NotificationsDialog dialog(*m_notifications, m_user, this);
    m_bell->refresh();
    dialog.exec();
    m_bell->refresh();
    if (dialog.channelsSaved()) { // the dispatcher reads the channels when it starts
        m_dispatch->stop();
        m_dispatch->start();
    }
}

} // namespace nexus
