// Sidebar: brand on top, area buttons, version at the bottom. Disabled areas stay visible so the
// Ctrl+digit numbering and the layout are the same for everybody.
#include "main/sidebar.h"

#include "common/icons.h"

#include <QButtonGroup>
#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace nexus {

Sidebar::Sidebar(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("sidebar"));
    setFixedWidth(236);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 18, 14, 14);
    layout->setSpacing(4);

    auto *brand = new QHBoxLayout;
    brand->setContentsMargins(8, 0, 0, 0);
    brand->setSpacing(10);
    auto *logo = new QLabel(this);
    logo->setPixmap(Icons::logo(34, devicePixelRatioF()));
    brand->addWidget(logo);
    m_brandName = new QLabel(QStringLiteral("Nexus POS"), this);
    m_brandName->setObjectName(QStringLiteral("sidebarBrand"));
    brand->addWidget(m_brandName, 1);
    layout->addLayout(brand);
    layout->addSpacing(22);

    m_group = new QButtonGroup(this);
    m_group->setExclusive(true);
    for (const AreaInfo &info : allAreas()) {
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("nav_") + info.code);
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        button->setIcon(Icons::iconWithGap(info.iconName, 22, 12, colors::kSidebarText, colors::kWhite,
                                           colors::kSidebarDisabled));
        button->setIconSize(QSize(22 + 12, 22));
        button->setCursor(Qt::PointingHandCursor);
        m_group->addButton(button, static_cast<int>(info.area));
        m_buttons.insert(info.area, button);
        layout->addWidget(button);
    }
    layout->addStretch(1);
    m_version = new QLabel(QStringLiteral("v") + QCoreApplication::applicationVersion(), this);
    m_version->setObjectName(QStringLiteral("sidebarVersion"));
    m_version->setContentsMargins(8, 0, 0, 0);
    layout->addWidget(m_version);

    connect(m_group, &QButtonGroup::idClicked, this,
            [this](int id) { Q_EMIT areaSelected(static_cast<Area>(id)); });
    retranslate();
}

void Sidebar::setRole(Role role)
{
    m_role = role;
    for (const AreaInfo &info : allAreas())
        m_buttons.value(info.area)->setEnabled(roleMayOpen(role, info.area));
    retranslate(); // tooltips say why an area is off
}

void Sidebar::setCompact(bool compact)
{
    if (compact == m_compact)
        return;
    m_compact = compact;
    setFixedWidth(compact ? 76 : 236);
    m_brandName->setVisible(!compact);
    m_version->setVisible(!compact);
    for (QToolButton *button : std::as_const(m_buttons))
        button->setToolButtonStyle(compact ? Qt::ToolButtonIconOnly : Qt::ToolButtonTextBesideIcon);
}

void Sidebar::select(Area area)
{
    if (QToolButton *button = m_buttons.value(area))
        button->setChecked(true);
}

bool Sidebar::isAreaEnabled(Area area) const
{
    const QToolButton *button = m_buttons.value(area);
    return button && button->isEnabled();
}

void Sidebar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void Sidebar::retranslate()
{
    for (const AreaInfo &info : allAreas()) {
        QToolButton *button = m_buttons.value(info.area);
        const QString title = areaTitle(info.area);
        button->setText(title);
        button->setAccessibleName(title);
        const QString shortcut = areaShortcut(info.area).toString(QKeySequence::NativeText);
        button->setToolTip(button->isEnabled()
                               ? tr("%1 (%2)").arg(title, shortcut)
                               : tr("%1: your role (%2) cannot open this area").arg(title, roleDisplayName(m_role)));
    }
}

} // namespace nexus
