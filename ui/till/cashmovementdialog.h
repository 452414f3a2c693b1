// Cash in or out of the open till (entrada / salida de efectivo): amount and reason; a withdrawal by someone whose
// role lacks CashWithdrawal first asks a manager's PIN (ManagerAuthDialog). Recorded through CashMovementService.
#pragma once

#include <QDialog>

#include "cash/cashmovementservice.h"

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace nexus {

class AuthService;

class CashMovementDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CashMovementDialog)

public:
    // The logged-in user of `auth` is who moves the cash; `kind` is preselected (Alt+I / Alt+O switch it).
    CashMovementDialog(
        CashMovementService &service, AuthService &auth, CashMovementKind kind, QWidget *parent = nullptr);

    // Valid once accepted.
    [[nodiscard]] const CashMovement &movement() const { return m_movement; }
    [[nodiscard]] CashMovementKind kind() const;

private:
    void updateKind();
    void submit();
    void showError(const QString &message, QWidget *focus);
    // Asks a manager's PIN for a withdrawal; their user id, or empty when not authorised.
    [[nodiscard]] QString askManager(Money amount);

    CashMovementService &m_service;
    AuthService &m_auth;
    CashMovement m_movement;
    QLabel *m_title = nullptr;
    QLabel *m_drawer = nullptr;
    QRadioButton *m_in = nullptr;
    QRadioButton *m_out = nullptr;
    QLineEdit *m_amount = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace nexus
