// Chalán as it is placed on a screen (the main window's dock, the workshop kiosk): the chat panel, its online
// fallback (OnlineAssistant, asked only when the rules did not understand) and a status line under it that says
// whether Chalán online is on and when it is being asked, with the manager's "Online…" settings button.
#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace nexus {

class AssistantPanel;
class AuthService;
class LocalStore;
class OnlineAssistant;
class SaleScreen;

class AssistantPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssistantPane)

public:
    AssistantPane(LocalStore &store, AuthService &auth, SaleScreen *saleScreen, QWidget *parent = nullptr);

    [[nodiscard]] AssistantPanel *panel() const { return m_panel; }
    [[nodiscard]] OnlineAssistant *online() const { return m_online; }
    // The settings button: a manager opens them; anyone else needs a manager's PIN first.
    void openSettings();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void updateStatus();

    LocalStore &m_store;
    AuthService &m_auth;
    AssistantPanel *m_panel = nullptr;
    OnlineAssistant *m_online = nullptr;
    QLabel *m_status = nullptr;
    QToolButton *m_settings = nullptr;
};

} // namespace nexus
