// Card layout and the press → move → release gesture that becomes a drag.
#include "workshop/kanbancard.h"

#include "workshop/kanbanboard.h"
#include "workshop/workshopformat.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace nexus {

namespace {

// Narrow columns (eight of them beside the sidebar on a 1366 px screen) wrap long names instead of cutting them.
QLabel *line(const QString &text, const char *name, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setMinimumWidth(1);
    return label;
}

} // namespace

KanbanCard::KanbanCard(const ServiceOrderCard &card, const QDateTime &nowUtc, KanbanBoard *board, QWidget *parent)
    : QFrame(parent), m_card(card), m_board(board), m_late(card.isLate(nowUtc))
{
    setObjectName(QStringLiteral("kanbanCard"));
    setProperty("late", m_late);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::OpenHandCursor);
    setAccessibleName(tr("Order %1, %2, %3").arg(card.folio, card.vehicle, serviceOrderStatusName(card.status)));
    setToolTip(tr("%1 · %2\nDrag it to another column to move it; double-click to open it.")
                   .arg(card.folio, card.customerName));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(2);

    // A device's own series makes folios long ("MTY1A2B-OS000001"): they break after the series, never cut.
    layout->addWidget(line(card.folio, "cardFolio", this));
    if (card.requestedParts > 0) {
        QLabel *parts = line(tr("%n part(s) asked", nullptr, card.requestedParts), "cardBadge", this);
        parts->setToolTip(tr("A mechanic asked for parts nobody has reserved yet"));
        layout->addWidget(parts, 0, Qt::AlignLeft);
    }
    // Delivered and cancelled orders sit in narrow columns: who and which car is enough there.
    const bool compact = isClosedStatus(card.status);
    setProperty("compact", compact);
    if (!compact)
        layout->addWidget(line(card.vehicle.isEmpty() ? card.plates : card.vehicle, "cardVehicle", this));
    if (!card.plates.isEmpty() && (compact || !card.vehicle.isEmpty()))
        layout->addWidget(line(card.plates, "cardPlates", this));
    layout->addWidget(line(card.customerName, "cardCustomer", this));
    if (compact)
        return;
    if (card.promisedAt.isValid()) {
        QLabel *promised = line(
            m_late ? lateText(card.promisedAt, nowUtc) : promisedText(card.promisedAt, nowUtc), "cardPromised", this);
        promised->setProperty("late", m_late);
        promised->setToolTip(tr("Promised for %1").arg(promisedText(card.promisedAt, nowUtc)));
        layout->addWidget(promised);
    }
    layout->addWidget(line(card.mechanicName.isEmpty() ? tr("No mechanic") : card.mechanicName, "cardMechanic", this));
}

void KanbanCard::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QFrame::mousePressEvent(event);
        return;
    }
    m_pressed = true;
    m_dragging = false;
    m_pressPos = event->position().toPoint();
    setFocus(Qt::MouseFocusReason);
    event->accept();
}

void KanbanCard::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_pressed || !(event->buttons() & Qt::LeftButton)) {
        QFrame::mouseMoveEvent(event);
        return;
    }
    const QPoint global = event->globalPosition().toPoint();
    if (!m_dragging
        && (event->position().toPoint() - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
        m_dragging = true;
        m_board->beginDrag(this, mapToGlobal(m_pressPos));
    }
    if (m_dragging)
        m_board->dragTo(global);
    event->accept();
}

void KanbanCard::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed) {
        QFrame::mouseReleaseEvent(event);
        return;
    }
    m_pressed = false;
    if (m_dragging) {
        m_dragging = false;
        m_board->dropAt(event->globalPosition().toPoint()); // may rebuild the board and delete this card
        return;
    }
    event->accept();
}

void KanbanCard::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressed = false;
        m_board->activate(m_card.id);
        return;
    }
    QFrame::mouseDoubleClickEvent(event);
}

void KanbanCard::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        m_board->activate(m_card.id);
        return;
    }
    if (event->key() == Qt::Key_Escape && m_dragging) {
        m_dragging = false;
        m_pressed = false;
        m_board->cancelDrag();
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace nexus
