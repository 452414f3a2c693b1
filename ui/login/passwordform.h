// Username + password sign-in: validates through AuthService::login and shows its messages (lockout included).
#pragma once

#include <QWidget>

#include "auth/user.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace nexus {

class AuthService;

class PasswordForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordForm)

public:
    explicit PasswordForm(AuthService &auth, QWidget *parent = nullptr);

    // Empties the password and the error and puts the cursor in the username field (after a logout).
    void reset();
    void focusFirstField();

Q_SIGNALS:
    void loggedIn(const nexus::User &user);
    void pinModeRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void submit();
    void showError(const QString &message);

    AuthService &m_auth;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_usernameLabel = nullptr;
    QLineEdit *m_username = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_submit = nullptr;
    QLabel *m_divider = nullptr;
    QPushButton *m_pinMode = nullptr;
};

} // namespace nexus
