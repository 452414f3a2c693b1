// The bell in the header: the number of unread in-app notifications on a badge; a click opens the list.
#pragma once

#include <QToolButton>

namespace nexus {

class NotificationService;

class NotificationBell final : public QToolButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationBell)
public:
    // Polls the count every pollMs (the in-app messages are written by whatever transaction raised them).
    explicit NotificationBell(NotificationService &service, int pollMs = 5000, QWidget *parent = nullptr);

    [[nodiscard]] int unreadCount() const { return m_unread; }
    void refresh();

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    NotificationService &m_service;
    int m_unread = 0;
};

} // namespace nexus
