// The "Taller" area: the board of service orders with a mechanic filter, new orders, the order detail, the way
// into the workshop's full-screen kiosk and the fleets' maintenance (F9).
#pragma once

#include <QPointer>
#include <QWidget>

#include <memory>

#include "workshop/kioskwindow.h" // QPointer needs the complete type

class QComboBox;
class QLabel;
class QPushButton;
class QTimer;

namespace nexus {

class AuthService;
class KanbanBoard;
class LocalStore;
class ServiceOrderDialog;
class WorkshopActions;
class WorkshopSession;
enum class ServiceOrderStatus;

class WorkshopScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkshopScreen)

public:
    WorkshopScreen(LocalStore &store, AuthService &auth, QWidget *parent = nullptr);
    ~WorkshopScreen() override;

    [[nodiscard]] KanbanBoard *board() const { return m_board; }
    [[nodiscard]] WorkshopSession *session() const { return m_session.get(); }
    [[nodiscard]] KioskWindow *kiosk() const { return m_kiosk; }
    // Opens the device's workshop (once); false with the reason on screen when it cannot (not enrolled yet).
    bool ensureReady();
    void refresh();
    // The sync brought pulled state: orders opened or moved at another device of the branch show on the board and
    // on the kiosk (when they are open) without waiting for the periodic refresh.
    void onStateArrived(const QStringList &buckets);
    void openOrder(const QString &orderId);
    void newOrder();
    KioskWindow *openKiosk();
    // Flotillas (F9): the fleets' vehicles and their maintenance, as a dialog over the board.
    void openFleets();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void moveOrder(const QString &orderId, ServiceOrderStatus from, ServiceOrderStatus to);
    void message(const QString &text, bool error);
    void fillMechanics();

    LocalStore &m_store;
    AuthService &m_auth;
    std::unique_ptr<WorkshopSession> m_session;
    std::unique_ptr<WorkshopActions> m_actions;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_filterLabel = nullptr;
    QComboBox *m_mechanic = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_kioskButton = nullptr;
    QPushButton *m_fleetsButton = nullptr;
    QLabel *m_message = nullptr;
    KanbanBoard *m_board = nullptr;
    QTimer *m_refresh = nullptr;
    QPointer<KioskWindow> m_kiosk;
};

} // namespace nexus
