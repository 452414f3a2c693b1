// One state's column on the board: its name and count on top, its cards below (scrolling when they do not fit). While
// a card is dragged the column says whether the card may go there (the transition table decides).
#pragma once

#include <QFrame>

#include "workshop/serviceorderstatus.h"

class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace nexus {

class KanbanColumn final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KanbanColumn)

public:
    enum class DropState { None, Allowed, Forbidden, Source };

    KanbanColumn(ServiceOrderStatus status, QWidget *parent);

    [[nodiscard]] ServiceOrderStatus status() const { return m_status; }
    // Removes every card (deleted later: one of them may be handling the event that rebuilt the board).
    void clearCards();
    void addCard(QWidget *card);
    [[nodiscard]] int cardCount() const { return m_count; }
    void setDropState(DropState state, bool hovered);
    void retranslate();

private:
    ServiceOrderStatus m_status;
    QLabel *m_title = nullptr;
    QLabel *m_countLabel = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_cards = nullptr;
    QVBoxLayout *m_cardsLayout = nullptr;
    int m_count = 0;
};

} // namespace nexus
