// The bell: a tool button with the icon, and the count painted as a badge on its corner.
#include "notifications/notificationbell.h"

#include "common/icons.h"
#include "notifications/notificationservice.h"

#include <QEvent>
#include <QPainter>
#include <QTimer>

namespace nexus {

NotificationBell::NotificationBell(NotificationService &service, int pollMs, QWidget *parent)
    : QToolButton(parent), m_service(service)
{
    setObjectName(QStringLiteral("notificationBell"));
    setIcon(Icons::icon(QStringLiteral("bell"), colors::kText));
    setIconSize(QSize(24, 24));
    setFixedSize(44, 40);
    setAutoRaise(true);
    setCursor(Qt::PointingHandCursor);
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &NotificationBell::refresh);
    timer->start(pollMs);
    refresh();
    retranslate();
}

void NotificationBell::refresh()
{
    Result<int> count = m_service.store().unreadInAppCount();
    const int unread = count ? *count : 0;
    if (unread == m_unread)
        return;
    m_unread = unread;
    retranslate();
    update();
}

void NotificationBell::paintEvent(QPaintEvent *event)
{
    QToolButton::paintEvent(event);
    if (m_unread <= 0)
        return;
    const QString text = m_unread > 99 ? QStringLiteral("99+") : QString::number(m_unread);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font = painter.font();
    font.setPixelSize(11);
    font.setBold(true);
    painter.setFont(font);
    const int width = std::max(18, painter.fontMetrics().horizontalAdvance(text) + 8);
    const QRect badge(this->width() - width - 2, 2, width, 18);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0xdc, 0x26, 0x26));
    painter.drawRoundedRect(badge, 9, 9);
    painter.setPen(Qt::white);
    painter.drawText(badge, Qt::AlignCenter, text);
}

void NotificationBell::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QToolButton::changeEvent(event);
}

void NotificationBell::retranslate()
{
    setToolTip(m_unread == 0 ? tr("Notifications: nothing new") : tr("Notifications: %n new", nullptr, m_unread));
    setAccessibleName(toolTip());
}

} // namespace nexus
