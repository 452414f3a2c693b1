// The login screen: brand panel and a card with either the password form or the PIN quick switch.
#pragma once

#include <QWidget>

#include "auth/user.h"
#include "store/deviceidentity.h"

class QFrame;
class QStackedWidget;

namespace nexus {

class AuthService;
class LanguageManager;
class PasswordForm;
class PinSwitchPanel;

class LoginWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginWindow)

public:
    LoginWindow(AuthService &auth, const DeviceIdentity &device, LanguageManager &languages,
                QWidget *parent = nullptr);

    // Back to a clean password form (after logout).
    void reset();
    void showPasswordMode();
    void showPinMode();
    [[nodiscard]] bool isPinMode() const;

Q_SIGNALS:
    void loggedIn(const nexus::User &user);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslate();
    void fitCard();

    QString m_branchName;
    QWidget *m_brand = nullptr;
    QWidget *m_content = nullptr;
    QFrame *m_card = nullptr;
    QStackedWidget *m_modes = nullptr;
    PasswordForm *m_passwordForm = nullptr;
    PinSwitchPanel *m_pinPanel = nullptr;
};

} // namespace nexus
