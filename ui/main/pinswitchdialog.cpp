// PIN switch dialog: accepted once AuthService::switchUser succeeded.
#include "main/pinswitchdialog.h"

#include "login/pinswitchpanel.h"

#include <QEvent>
#include <QVBoxLayout>

namespace nexus {

PinSwitchDialog::PinSwitchDialog(AuthService &auth, const QString &branchId, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("pinSwitchDialog"));
    setModal(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(36, 32, 36, 28);
    m_panel = new PinSwitchPanel(auth, branchId, PinSwitchPanel::LeaveKind::Cancel, this);
    layout->addWidget(m_panel);
    resize(760, 580);

    connect(m_panel, &PinSwitchPanel::switched, this, [this](const User &user) {
        m_user = user;
        accept();
    });
    connect(m_panel, &PinSwitchPanel::cancelled, this, &QDialog::reject);
    m_panel->reload();
    retranslate();
}

void PinSwitchDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void PinSwitchDialog::retranslate()
{
    setWindowTitle(tr("Switch user"));
}

} // namespace nexus
