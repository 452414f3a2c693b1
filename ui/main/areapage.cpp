// Area page: title and description at the top; a quiet, honest note that the screen is not there yet.
#include "main/areapage.h"

#include "common/icons.h"

#include <QEvent>
#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

namespace nexus {

AreaPage::AreaPage(const AreaInfo &info, QWidget *parent) : QWidget(parent), m_area(info.area)
{
    setObjectName(QStringLiteral("page_") + info.code);
    setFocusPolicy(Qt::StrongFocus); // takes the focus after login until the area's real screen arrives
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(36, 30, 36, 30);
    layout->setSpacing(0);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    layout->addWidget(m_title);
    layout->addSpacing(6);
    m_description = new QLabel(this);
    m_description->setObjectName(QStringLiteral("pageDescription"));
    m_description->setWordWrap(true);
    layout->addWidget(m_description);
    layout->addSpacing(24);

    auto *panel = new QFrame(this);
    panel->setObjectName(QStringLiteral("emptyPanel"));
    panel->setMaximumHeight(300);
    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(32, 32, 32, 32);
    panelLayout->addStretch(1);
    auto *icon = new QLabel(panel);
    icon->setObjectName(QStringLiteral("emptyIcon"));
    icon->setPixmap(Icons::pixmap(info.iconName, QColor(0x94, 0xa3, 0xb8), 72, devicePixelRatioF()));
    icon->setAlignment(Qt::AlignCenter);
    panelLayout->addWidget(icon);
    panelLayout->addSpacing(16);
    m_notice = new QLabel(panel);
    m_notice->setObjectName(QStringLiteral("emptyHint"));
    m_notice->setAlignment(Qt::AlignCenter);
    m_notice->setWordWrap(true);
    panelLayout->addWidget(m_notice);
    panelLayout->addStretch(1);
    layout->addWidget(panel, 1);
    layout->addStretch(1);

    retranslate();
}

void AreaPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AreaPage::retranslate()
{
    m_title->setText(areaTitle(m_area));
    m_description->setText(areaDescription(m_area));
    m_notice->setText(tr("This screen is not part of this version yet."));
}

} // namespace nexus
