// The workshop board: one column per state, a card per order. Cards are dragged with the mouse or a finger (the card
// follows as a ghost, every column says whether the order may go there); dropping on another column asks the screen
// to move the order, which decides with the transition table and the user's rights. A drag made of plain press, move
// and release events, not QDrag: it works the same on a touch kiosk, where a platform drag does not.
#pragma once

#include <QDateTime>
#include <QPointer>
#include <QWidget>

#include <vector>

#include "workshop/serviceorder.h"

class QLabel;
class QScrollArea;

namespace nexus {

class KanbanCard;
class KanbanColumn;

class KanbanBoard final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KanbanBoard)

public:
    explicit KanbanBoard(QWidget *parent = nullptr);

    void setCards(const std::vector<ServiceOrderCard> &cards, const QDateTime &nowUtc);
    [[nodiscard]] KanbanColumn *column(ServiceOrderStatus status) const;
    [[nodiscard]] KanbanCard *card(const QString &orderId) const;
    [[nodiscard]] bool isDragging() const { return !m_dragOrder.isEmpty(); }

    // The card's gesture.
    void beginDrag(KanbanCard *card, const QPoint &globalPress);
    void dragTo(const QPoint &global);
    void dropAt(const QPoint &global);
    void cancelDrag();
    void activate(const QString &orderId);

Q_SIGNALS:
    // A card was dropped on another column (emitted after the gesture's events are over).
    void moveRequested(const QString &orderId, nexus::ServiceOrderStatus from, nexus::ServiceOrderStatus to);
    void activated(const QString &orderId);

protected:
    void changeEvent(QEvent *event) override;

private:
    [[nodiscard]] KanbanColumn *columnAt(const QPoint &global) const;
    void markColumns(const QPoint &global);
    void endDrag();

    QScrollArea *m_scroll = nullptr;
    std::vector<KanbanColumn *> m_columns;
    QLabel *m_ghost = nullptr;
    QString m_dragOrder;
    ServiceOrderStatus m_dragFrom = ServiceOrderStatus::Received;
    QPoint m_grabOffset;
    QPointer<KanbanCard> m_dragCard;
};

} // namespace nexus
