// A manager authorises one action of the cashier (a discount above the cashier's limit) with username and PIN,
// through AuthService::authorizeWithManager, which checks the role and writes the audit log.
#pragma once

#include <QDialog>

#include "auth/permission.h"

class QLabel;
class QLineEdit;

namespace nexus {

class AuthService;

class ManagerAuthDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManagerAuthDialog)

public:
    ManagerAuthDialog(
        AuthService &auth, Permission permission, QString subject, const QString &reason, QWidget *parent = nullptr);

    // Who authorised it, once accepted (a return records its approver).
    [[nodiscard]] QString managerUsername() const;

private:
    void submit();

    AuthService &m_auth;
    Permission m_permission;
    QString m_subject;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_pin = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace nexus
