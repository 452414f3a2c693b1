// The chat panel with its online fallback and the status line.
#include "assistant/assistantpane.h"

#include "assistant/assistantpanel.h"
#include "assistant/llmsettingsdialog.h"
#include "auth/authservice.h"
#include "client/llmsettings.h"
#include "client/onlineassistant.h"
#include "sale/managerauthdialog.h"
#include "store/localstore.h"

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace nexus {

AssistantPane::AssistantPane(LocalStore &store, AuthService &auth, SaleScreen *saleScreen, QWidget *parent)
    : QWidget(parent), m_store(store), m_auth(auth)
{
    setObjectName(QStringLiteral("assistantPane"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_panel = new AssistantPanel(store, auth, saleScreen, this);
    layout->addWidget(m_panel, 1);
    m_online = new OnlineAssistant(store, QFileInfo(store.db().path()).absolutePath(), this);
    m_panel->setOnline(m_online);

    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("assistantOnlineBar"));
    auto *barLayout = new QHBoxLayout(bar);
    barLayout->setContentsMargins(10, 0, 10, 8);
    m_status = new QLabel(bar);
    m_status->setObjectName(QStringLiteral("assistantOnlineStatus"));
    m_status->setWordWrap(true);
    m_status->setMinimumWidth(40);
    m_status->setStyleSheet(QStringLiteral("color: #475569; font-size: 12px;"));
    barLayout->addWidget(m_status, 1);
    m_settings = new QToolButton(bar);
    m_settings->setObjectName(QStringLiteral("assistantOnlineSettings"));
    m_settings->setAutoRaise(true);
    barLayout->addWidget(m_settings);
    layout->addWidget(bar);

    connect(m_settings, &QToolButton::clicked, this, &AssistantPane::openSettings);
    connect(m_online, &OnlineAssistant::busyChanged, this, &AssistantPane::updateStatus);
    retranslate();
}

void AssistantPane::openSettings()
{
    const std::optional<User> &user = m_auth.currentUser();
    if (!user)
        return;
    if (!roleHas(user->role, Permission::ConfigureBranch)) {
        ManagerAuthDialog authorize(m_auth, Permission::ConfigureBranch, QStringLiteral("assistant_online_setup"),
            tr("Changing Chalán online needs a manager. A manager must authorise it with their PIN."), window());
        if (authorize.exec() != QDialog::Accepted)
            return;
    }
    LlmSettingsDialog dialog(m_store, QFileInfo(m_store.db().path()).absolutePath(), window());
    dialog.exec();
    updateStatus();
}

void AssistantPane::updateStatus()
{
    if (m_online->isBusy()) {
        m_status->setText(tr("Asking Chalán online…"));
        return;
    }
    const LlmConfig config = LlmSettings::load(m_store);
    m_status->setText(config.isConfigured() ? tr("Chalán online: %1").arg(config.model)
                                            : tr("Chalán online is off: the rules answer alone."));
}

void AssistantPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateStatus();
}

void AssistantPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AssistantPane::retranslate()
{
    m_settings->setText(tr("Online…"));
    m_settings->setToolTip(tr("Settings of Chalán online (managers)"));
    updateStatus();
}

} // namespace nexus
