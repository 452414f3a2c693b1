// Login screen layout; switching modes resizes the card (the PIN pad needs room for the user list).
#include "login/loginwindow.h"

#include "common/languageselector.h"
#include "login/brandpanel.h"
#include "login/passwordform.h"
#include "login/pinswitchpanel.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace nexus {

namespace {
constexpr int kPasswordCardWidth = 460;
constexpr int kPinCardWidth = 760;
constexpr int kContentMargin = 32;
} // namespace

LoginWindow::LoginWindow(AuthService &auth, const DeviceIdentity &device, LanguageManager &languages,
                         QWidget *parent)
    : QWidget(parent), m_branchName(device.branchName)
{
    setObjectName(QStringLiteral("loginWindow"));
    setMinimumSize(1000, 640);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_brand = new BrandPanel(device.branchName, this);
    layout->addWidget(m_brand);

    // In a scroll area: on a small screen, or with a long error message, the card scrolls instead of squeezing.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("loginScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    auto *content = new QWidget(scroll);
    content->setObjectName(QStringLiteral("loginContent"));
    m_content = content;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(kContentMargin, 32, kContentMargin, 24);
    contentLayout->addStretch(1);

    m_card = new QFrame(content);
    m_card->setObjectName(QStringLiteral("card"));
    auto *cardLayout = new QVBoxLayout(m_card);
    cardLayout->setContentsMargins(40, 40, 40, 36);
    m_modes = new QStackedWidget(m_card);
    m_passwordForm = new PasswordForm(auth, m_modes);
    m_pinPanel = new PinSwitchPanel(auth, device.branchId, PinSwitchPanel::LeaveKind::BackToPassword, m_modes);
    m_modes->addWidget(m_passwordForm);
    m_modes->addWidget(m_pinPanel);
    cardLayout->addWidget(m_modes);
    m_card->setFixedWidth(kPasswordCardWidth);
    contentLayout->addWidget(m_card, 0, Qt::AlignHCenter);
    contentLayout->addStretch(1);

    auto *footer = new QHBoxLayout;
    footer->addStretch(1);
    footer->addWidget(new LanguageSelector(languages, content));
    contentLayout->addLayout(footer);
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);

    connect(m_passwordForm, &PasswordForm::loggedIn, this, &LoginWindow::loggedIn);
    connect(m_passwordForm, &PasswordForm::pinModeRequested, this, &LoginWindow::showPinMode);
    connect(m_pinPanel, &PinSwitchPanel::switched, this, &LoginWindow::loggedIn);
    connect(m_pinPanel, &PinSwitchPanel::cancelled, this, &LoginWindow::showPasswordMode);

    showPasswordMode();
    retranslate();
}

void LoginWindow::reset()
{
    showPasswordMode();
    m_passwordForm->reset();
}

void LoginWindow::showPasswordMode()
{
    m_modes->setCurrentWidget(m_passwordForm);
    fitCard();
    m_passwordForm->focusFirstField();
}

void LoginWindow::showPinMode()
{
    m_modes->setCurrentWidget(m_pinPanel);
    fitCard();
    m_pinPanel->reload();
}

void LoginWindow::fitCard()
{
    // The PIN card is as wide as the room beside the brand panel allows (1366 px screens are tight).
    const int room = width() - m_brand->width() - kContentMargin * 2 - 16; // 16: a vertical scroll bar
    m_card->setFixedWidth(isPinMode() ? qBound(kPasswordCardWidth, room, kPinCardWidth) : kPasswordCardWidth);
}

bool LoginWindow::isPinMode() const
{
    return m_modes->currentWidget() == m_pinPanel;
}

void LoginWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LoginWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Focus after the window is really shown, or the window manager's activation takes it away again.
    QTimer::singleShot(0, this, [this] {
        activateWindow();
        if (!isPinMode())
            m_passwordForm->focusFirstField();
    });
}

void LoginWindow::resizeEvent(QResizeEvent *event)
{
    // A fixed share of the window, so switching to the wider PIN card does not shift the brand panel.
    m_brand->setFixedWidth(qBound(320, width() * 2 / 5, 720));
    fitCard();
    QWidget::resizeEvent(event);
}

void LoginWindow::retranslate()
{
    // The platform appends the application display name ("— Nexus POS").
    setWindowTitle(m_branchName.isEmpty() ? tr("Sign in") : tr("Sign in — %1").arg(m_branchName));
}

} // namespace nexus
