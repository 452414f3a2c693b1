// One order on the board: folio, vehicle, plates, customer, promised time and mechanic; red when it is late. The
// card turns presses and moves into drags for its board (touch arrives as the same mouse events), a tap into
// activation.
#pragma once

#include <QFrame>
#include <QPoint>

#include "workshop/serviceorder.h"

class QLabel;

namespace nexus {

class KanbanBoard;

class KanbanCard final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KanbanCard)

public:
    KanbanCard(const ServiceOrderCard &card, const QDateTime &nowUtc, KanbanBoard *board, QWidget *parent);

    [[nodiscard]] const ServiceOrderCard &card() const { return m_card; }
    [[nodiscard]] bool isLate() const { return m_late; }

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    ServiceOrderCard m_card;
    KanbanBoard *m_board;
    bool m_late = false;
    bool m_pressed = false;
    bool m_dragging = false;
    QPoint m_pressPos;
};

} // namespace nexus
