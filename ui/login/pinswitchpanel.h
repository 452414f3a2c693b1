// Quick user switch at the counter: pick yourself in this branch's list and type your PIN (AuthService::switchUser).
#pragma once

#include <QWidget>

#include "auth/user.h"

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace nexus {

class AuthService;
class PinPad;

class PinSwitchPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PinSwitchPanel)

public:
    // What the leave button says: back to the password form (login screen) or cancel (dialog over the main window).
    enum class LeaveKind { BackToPassword, Cancel };

    // branchId: the users of this branch with a PIN are listed.
    PinSwitchPanel(AuthService &auth, const QString &branchId, LeaveKind leaveKind, QWidget *parent = nullptr);

    // Reloads the user list and clears the PIN and the error (each time the panel is shown).
    void reload();
    void preselect(const QString &username);

Q_SIGNALS:
    void switched(const nexus::User &user);
    void cancelled();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void submit();
    void showError(const QString &message);
    [[nodiscard]] QString selectedUsername() const;

    AuthService &m_auth;
    QString m_branchId;
    LeaveKind m_leaveKind;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QListWidget *m_users = nullptr;
    QLabel *m_noUsers = nullptr;
    QLabel *m_pinLabel = nullptr;
    QLineEdit *m_pin = nullptr;
    QLabel *m_error = nullptr;
    PinPad *m_pad = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace nexus
