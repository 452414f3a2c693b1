// The navigation frame after login: sidebar of areas, header with the user, one page per area, sync status bar.
#pragma once

#include <QMainWindow>
#include <QMap>

#include <memory>

#include "auth/user.h"
#include "main/area.h"
#include "store/deviceidentity.h"

class QStackedWidget;

namespace nexus {

class AreaPage;
class AssistantDock;
class AuthService;
class HeaderBar;
class InventoryScreen;
class WorkshopScreen;
class LocalStore;
class NotificationBell;
class NotificationDispatchRunner;
class NotificationService;
class ReportsScreen;
class SaleScreen;
class Sidebar;
class SyncStatus;
class SyncStatusBar;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // `store` is nexus.db of this device: the sale screen sells from it (and finds catalog.db next to it).
    MainWindow(LocalStore &store, AuthService &auth, SyncStatus &syncStatus, const DeviceIdentity &device,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows `user` everywhere and enables the areas their role may open.
    void setUser(const User &user);
    // False (and nothing changes) when the current role may not open the area.
    bool showArea(Area area);
    [[nodiscard]] Area currentArea() const { return m_current; }
    [[nodiscard]] const User &user() const { return m_user; }
    [[nodiscard]] Sidebar *sidebar() const { return m_sidebar; }
    [[nodiscard]] SaleScreen *saleScreen() const { return m_saleScreen; }
    [[nodiscard]] InventoryScreen *inventoryScreen() const { return m_inventoryScreen; }
    [[nodiscard]] WorkshopScreen *workshopScreen() const { return m_workshopScreen; }
    [[nodiscard]] NotificationBell *notificationBell() const { return m_bell; }
    [[nodiscard]] NotificationService &notifications() const { return *m_notifications; }
    // Notificaciones: the bell's list, the message log and, for managers, the templates.
    void openNotifications();
    // Garantías (Ctrl+G, also in the till menu): warranties by ticket, customer or part, claims and RMAs.
    void openWarranties();
    [[nodiscard]] AssistantDock *assistantDock() const { return m_assistantDock; }
    [[nodiscard]] ReportsScreen *reportsScreen() const { return m_reportsScreen; }

Q_SIGNALS:
    void loggedOut();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void switchUser();
    void logout();

    AuthService &m_auth;
    LocalStore &m_store;
    DeviceIdentity m_device;
    User m_user;
    Area m_current = Area::Sale;
    Sidebar *m_sidebar = nullptr;
    HeaderBar *m_header = nullptr;
    QStackedWidget *m_pages = nullptr;
    QMap<Area, QWidget *> m_pageByArea;
    SaleScreen *m_saleScreen = nullptr;
    InventoryScreen *m_inventoryScreen = nullptr;
    WorkshopScreen *m_workshopScreen = nullptr;
    AssistantDock *m_assistantDock = nullptr;
    ReportsScreen *m_reportsScreen = nullptr;
    SyncStatusBar *m_statusBar = nullptr;
    std::unique_ptr<NotificationService> m_notifications; // listens on nexus.db: events -> queued messages
    std::unique_ptr<NotificationDispatchRunner> m_dispatch; // sends them from its own thread
    NotificationBell *m_bell = nullptr;
};

} // namespace nexus
