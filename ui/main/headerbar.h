// The strip above the area pages: branch on the left; the signed-in user, "switch user" and "sign out" on the right.
#pragma once

#include <QFrame>

#include "auth/user.h"

class QLabel;
class QPushButton;

namespace nexus {

class HeaderBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeaderBar)

public:
    explicit HeaderBar(const QString &branchName, QWidget *parent = nullptr);

    void setUser(const User &user);
    // A small widget (the notification bell) shown just before the user's avatar.
    void addIndicator(QWidget *widget);

Q_SIGNALS:
    void switchUserRequested();
    void logoutRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    User m_user;
    QLabel *m_branchCaption = nullptr;
    QLabel *m_avatar = nullptr;
    QLabel *m_userName = nullptr;
    QLabel *m_userRole = nullptr;
    QPushButton *m_switchUser = nullptr;
    QPushButton *m_logout = nullptr;
};

} // namespace nexus
