// Header bar layout and texts.
#include "main/headerbar.h"

#include "common/icons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace nexus {

HeaderBar::HeaderBar(const QString &branchName, QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("headerBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(28, 12, 20, 12);
    layout->setSpacing(12);

    auto *storeIcon = new QLabel(this);
    storeIcon->setPixmap(Icons::pixmap(QStringLiteral("store"), colors::kAccentDark, 24, devicePixelRatioF()));
    layout->addWidget(storeIcon);
    auto *branchColumn = new QVBoxLayout;
    branchColumn->setSpacing(0);
    m_branchCaption = new QLabel(this);
    m_branchCaption->setObjectName(QStringLiteral("headerCaption"));
    branchColumn->addWidget(m_branchCaption);
    auto *branch = new QLabel(branchName, this);
    branch->setObjectName(QStringLiteral("headerBranch"));
    branchColumn->addWidget(branch);
    layout->addLayout(branchColumn);
    layout->addStretch(1);

    m_avatar = new QLabel(this);
    layout->addWidget(m_avatar);
    auto *userColumn = new QVBoxLayout;
    userColumn->setSpacing(0);
    m_userName = new QLabel(this);
    m_userName->setObjectName(QStringLiteral("headerUserName"));
    userColumn->addWidget(m_userName);
    m_userRole = new QLabel(this);
    m_userRole->setObjectName(QStringLiteral("headerUserRole"));
    userColumn->addWidget(m_userRole);
    layout->addLayout(userColumn);
    layout->addSpacing(16);

    m_switchUser = new QPushButton(this);
    m_switchUser->setObjectName(QStringLiteral("switchUserButton"));
    m_switchUser->setProperty("kind", QStringLiteral("secondary"));
    m_switchUser->setIcon(Icons::iconWithGap(QStringLiteral("switch-user"), 18, 8, colors::kText));
    m_switchUser->setIconSize(QSize(18 + 8, 18));
    m_switchUser->setCursor(Qt::PointingHandCursor);
    layout->addWidget(m_switchUser);
    m_logout = new QPushButton(this);
    m_logout->setObjectName(QStringLiteral("logoutButton"));
    m_logout->setProperty("kind", QStringLiteral("secondary"));
    m_logout->setIcon(Icons::iconWithGap(QStringLiteral("logout"), 18, 8, colors::kText));
    m_logout->setIconSize(QSize(18 + 8, 18));
    m_logout->setCursor(Qt::PointingHandCursor);
    layout->addWidget(m_logout);

    connect(m_switchUser, &QPushButton::clicked, this, &HeaderBar::switchUserRequested);
    connect(m_logout, &QPushButton::clicked, this, &HeaderBar::logoutRequested);
    retranslate();
}

void HeaderBar::setUser(const User &user)
{
    m_user = user;
    m_avatar->setPixmap(Icons::avatar(user.displayName, 40, devicePixelRatioF()));
    m_userName->setText(user.displayName);
    retranslate();
}

void HeaderBar::addIndicator(QWidget *widget)
{
    auto *row = static_cast<QHBoxLayout *>(layout());
    row->insertWidget(row->indexOf(m_avatar), widget);
    row->insertSpacing(row->indexOf(m_avatar), 8);
}

void HeaderBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void HeaderBar::retranslate()
{
    m_branchCaption->setText(tr("Branch"));
    m_userRole->setText(m_user.id.isEmpty() ? QString() : roleDisplayName(m_user.role));
    m_switchUser->setText(tr("Switch user"));
    m_switchUser->setToolTip(tr("Another person takes over the register with their PIN"));
    m_logout->setText(tr("Sign out"));
}

} // namespace nexus
