// The workshop kiosk: a full-screen window on the workshop's touch screen. A mechanic signs in with their PIN, sees
// their own orders as big cards, moves them, adds labor and notes and asks for parts; after a few idle minutes, or
// with "Sign out", the next mechanic signs in. It has its own sign-in, separate from the counter's; leaving kiosk mode
// needs the PIN of a service advisor or manager.
#pragma once

#include <QWidget>

#include <memory>

class QGridLayout;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTimer;

namespace nexus {

class AssistantPane;
class AuthService;
class PinSwitchPanel;
class WorkshopActions;
class WorkshopSession;
enum class ServiceOrderStatus;

class KioskWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KioskWindow)

public:
    static constexpr int kIdleSignOutMs = 3 * 60 * 1000;

    // `counterAuth`: the session that opened the kiosk (leaving is authorised against it).
    KioskWindow(WorkshopSession &session, AuthService &counterAuth, QWidget *parent = nullptr);
    ~KioskWindow() override;

    // Shows the window full screen on the sign-in page.
    void enter();
    void signOut();
    void refresh();
    [[nodiscard]] AuthService &auth() { return *m_auth; }
    [[nodiscard]] bool signedIn() const;
    // Chalán beside the orders (its button or Ctrl+Space), with the signed-in mechanic's permissions; a new
    // conversation for every sign-in.
    void toggleAssistant();
    // Talk to Chalán (Ctrl+M, as on the counter): opens it if hidden and listens; again, sends what was said.
    void listen();
    [[nodiscard]] AssistantPane *assistant() const { return m_assistant; }

Q_SIGNALS:
    void left();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void retranslate();
    void titlePinPanel();
    void signedInAs();
    void leave();
    void move(const QString &orderId, ServiceOrderStatus to);
    void addLabor(const QString &orderId);
    void addNote(const QString &orderId);
    void askForPart(const QString &orderId);
    void details(const QString &orderId);
    void message(const QString &text, bool error);

    WorkshopSession &m_session;
    AuthService &m_counterAuth;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<WorkshopActions> m_actions;
    bool m_leaving = false;
    QLabel *m_title = nullptr;
    QLabel *m_who = nullptr;
    QPushButton *m_chalan = nullptr;
    QPushButton *m_signOut = nullptr;
    QPushButton *m_leave = nullptr;
    QHBoxLayout *m_body = nullptr;
    QStackedWidget *m_pages = nullptr;
    AssistantPane *m_assistant = nullptr;
    PinSwitchPanel *m_pin = nullptr;
    QLabel *m_ordersTitle = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_empty = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_cards = nullptr;
    QGridLayout *m_grid = nullptr;
    int m_columns = 0; // cards per row as last laid out
    QTimer *m_idle = nullptr;
};

} // namespace nexus
