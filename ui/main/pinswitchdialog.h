// "Switch user" over the main window: the PIN panel in a modal dialog.
#pragma once

#include <QDialog>

#include "auth/user.h"

namespace nexus {

class AuthService;
class PinSwitchPanel;

class PinSwitchDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PinSwitchDialog)

public:
    PinSwitchDialog(AuthService &auth, const QString &branchId, QWidget *parent = nullptr);

    // The person who took over (valid after accept()).
    [[nodiscard]] const User &user() const { return m_user; }
    [[nodiscard]] PinSwitchPanel *panel() const { return m_panel; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    PinSwitchPanel *m_panel = nullptr;
    User m_user;
};

} // namespace nexus
