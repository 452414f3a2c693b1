// Chalán's dock and its toggle key.
#include "assistant/assistantdock.h"

#include "assistant/assistantpane.h"
#include "assistant/assistantpanel.h"

#include <QEvent>
#include <QShortcut>

namespace nexus {

QKeySequence AssistantDock::toggleKey()
{
    return QKeySequence(Qt::CTRL | Qt::Key_Space);
}

AssistantDock::AssistantDock(LocalStore &store, AuthService &auth, SaleScreen *saleScreen, QWidget *parent)
    : QDockWidget(parent)
{
    setObjectName(QStringLiteral("assistantDock"));
    setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    m_pane = new AssistantPane(store, auth, saleScreen, this);
    m_panel = m_pane->panel();
    setWidget(m_pane);
    if (parent) {
        auto *shortcut = new QShortcut(toggleKey(), parent);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, &AssistantDock::toggle);
        // Talk from any screen: Chalán opens if hidden and listens; the same key again sends.
        auto *listen = new QShortcut(AssistantPanel::listenKey(), parent);
        listen->setContext(Qt::WindowShortcut);
        connect(listen, &QShortcut::activated, this, [this] {
            if (!isVisible())
                toggle();
            m_panel->toggleListening();
        });
    }
    retranslate();
}

void AssistantDock::toggle()
{
    if (isVisible()) {
        hide();
        return;
    }
    m_panel->refreshUser();
    show();
    raise();
    m_panel->focusInput();
}

void AssistantDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void AssistantDock::retranslate()
{
    setWindowTitle(tr("Chalán (%1)").arg(toggleKey().toString(QKeySequence::NativeText)));
}

} // namespace nexus
