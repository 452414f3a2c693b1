// Board layout, the ghost that follows a dragged card, drop targets and the deferred move request.
#include "workshop/kanbanboard.h"

#include "workshop/kanbancard.h"
#include "workshop/kanbancolumn.h"
#include "workshop/serviceordertransitions.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QTimer>

namespace nexus {

namespace {
constexpr int kActiveColumnWidth = 124; // six working columns and two narrow closed ones fit 1366 px beside the sidebar
constexpr int kClosedColumnWidth = 112;
constexpr int kAutoScrollMargin = 48;

// The card left behind while its ghost travels is drawn as an outline (stylesheet: [dragged="true"]).
void setDragged(QWidget *card, bool dragged)
{
    card->setProperty("dragged", dragged);
    card->style()->unpolish(card);
    card->style()->polish(card);
}
} // namespace

KanbanBoard::KanbanBoard(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("kanbanBoard"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("kanbanScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *host = new QWidget(m_scroll);
    host->setObjectName(QStringLiteral("kanbanColumns"));
    auto *columns = new QHBoxLayout(host);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->setSpacing(6);
    for (ServiceOrderStatus status : kServiceOrderStatuses) {
        auto *column = new KanbanColumn(status, host);
        const bool closed = isClosedStatus(status);
        column->setMinimumWidth(closed ? kClosedColumnWidth : kActiveColumnWidth);
        if (closed)
            column->setMaximumWidth(kClosedColumnWidth + 30);
        columns->addWidget(column, closed ? 0 : 1);
        m_columns.push_back(column);
    }
    m_scroll->setWidget(host);
    layout->addWidget(m_scroll);

    m_ghost = new QLabel(this);
    m_ghost->setObjectName(QStringLiteral("kanbanGhost"));
    m_ghost->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_ghost->hide();
}

KanbanColumn *KanbanBoard::column(ServiceOrderStatus status) const
{
    for (KanbanColumn *column : m_columns)
        if (column->status() == status)
            return column;
    return nullptr;
}

KanbanCard *KanbanBoard::card(const QString &orderId) const
{
    for (KanbanCard *card : findChildren<KanbanCard *>())
        if (card->card().id == orderId && !card->isHidden())
            return card;
    return nullptr;
}

void KanbanBoard::setCards(const std::vector<ServiceOrderCard> &cards, const QDateTime &nowUtc)
{
    if (isDragging())
        cancelDrag();
    for (KanbanColumn *column : m_columns)
        column->clearCards();
    for (const ServiceOrderCard &card : cards)
        if (KanbanColumn *target = column(card.status))
            target->addCard(new KanbanCard(card, nowUtc, this, target));
}

KanbanColumn *KanbanBoard::columnAt(const QPoint &global) const
{
    if (!m_scroll->viewport()->rect().contains(m_scroll->viewport()->mapFromGlobal(global)))
        return nullptr;
    for (KanbanColumn *column : m_columns)
        if (column->rect().contains(column->mapFromGlobal(global)))
            return column;
    return nullptr;
}

void KanbanBoard::markColumns(const QPoint &global)
{
    KanbanColumn *hovered = isDragging() ? columnAt(global) : nullptr;
    for (KanbanColumn *column : m_columns) {
        KanbanColumn::DropState state = KanbanColumn::DropState::None;
        if (isDragging()) {
            if (column->status() == m_dragFrom)
                state = KanbanColumn::DropState::Source;
            else
                state = findServiceOrderTransition(m_dragFrom, column->status()) ? KanbanColumn::DropState::Allowed
                                                                                 : KanbanColumn::DropState::Forbidden;
        }
        column->setDropState(state, column == hovered);
    }
}

void KanbanBoard::beginDrag(KanbanCard *card, const QPoint &globalPress)
{
    m_dragCard = card;
    m_dragOrder = card->card().id;
    m_dragFrom = card->card().status;
    m_grabOffset = card->mapFromGlobal(globalPress);
    QPixmap picture = card->grab();
    QPixmap faded(picture.size());
    faded.setDevicePixelRatio(picture.devicePixelRatio());
    faded.fill(Qt::transparent);
    QPainter painter(&faded);
    painter.setOpacity(0.96);
    painter.drawPixmap(0, 0, picture);
    painter.end();
    m_ghost->setPixmap(faded);
    m_ghost->resize(card->size());
    m_ghost->raise();
    m_ghost->show();
    setDragged(card, true);
    dragTo(globalPress);
}

void KanbanBoard::dragTo(const QPoint &global)
{
    if (!isDragging())
        return;
    m_ghost->move(mapFromGlobal(global) - m_grabOffset);
    // Near an edge of the board the columns scroll, so every column can be reached on a narrow screen.
    const QPoint inView = m_scroll->viewport()->mapFromGlobal(global);
    QScrollBar *bar = m_scroll->horizontalScrollBar();
    if (inView.x() < kAutoScrollMargin)
        bar->setValue(bar->value() - kAutoScrollMargin / 2);
    else if (inView.x() > m_scroll->viewport()->width() - kAutoScrollMargin)
        bar->setValue(bar->value() + kAutoScrollMargin / 2);
    markColumns(global);
}

void KanbanBoard::dropAt(const QPoint &global)
{
    if (!isDragging())
        return;
    KanbanColumn *target = columnAt(global);
    const QString order = m_dragOrder;
    const ServiceOrderStatus from = m_dragFrom;
    endDrag();
    if (!target || target->status() == from)
        return;
    const ServiceOrderStatus to = target->status();
    // After the release has been delivered: the move may rebuild the board, which deletes the card being released.
    QTimer::singleShot(0, this, [this, order, from, to] { Q_EMIT moveRequested(order, from, to); });
}

void KanbanBoard::cancelDrag()
{
    endDrag();
}

void KanbanBoard::endDrag()
{
    m_ghost->hide();
    if (m_dragCard)
        setDragged(m_dragCard, false);
    m_dragCard.clear();
    m_dragOrder.clear();
    markColumns({});
}

void KanbanBoard::activate(const QString &orderId)
{
    QTimer::singleShot(0, this, [this, orderId] { Q_EMIT activated(orderId); });
}

void KanbanBoard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        for (KanbanColumn *column : m_columns)
            column->retranslate();
    QWidget::changeEvent(event);
}

} // namespace nexus
