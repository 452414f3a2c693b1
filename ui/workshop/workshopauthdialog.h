// Someone whose role allows it (a manager; the service advisor for handing over) authorises one workshop action for
// the person at the screen with their PIN, on a keypad big enough for a touch screen: pick the person, type the PIN.
// AuthService::authorizeWithManager checks the role and writes the audit log.
#pragma once

#include <QDialog>

#include <optional>

#include "auth/permission.h"
#include "workshop/serviceorder.h"

class QLabel;
class QLineEdit;
class QListWidget;

namespace nexus {

class AuthService;

class WorkshopAuthDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkshopAuthDialog)

public:
    // branchId: the people of this branch (and branch-less admins) whose role holds `permission` and who have a PIN.
    WorkshopAuthDialog(AuthService &auth, Permission permission, const QString &branchId, QString subject,
        const QString &reason, QWidget *parent = nullptr);

    // Who authorised it, once accepted.
    [[nodiscard]] const std::optional<WorkshopActor> &authorizer() const { return m_authorizer; }

private:
    void submit();

    AuthService &m_auth;
    Permission m_permission;
    QString m_subject;
    QListWidget *m_people = nullptr;
    QLineEdit *m_pin = nullptr;
    QLabel *m_error = nullptr;
    std::optional<WorkshopActor> m_authorizer;
};

} // namespace nexus
