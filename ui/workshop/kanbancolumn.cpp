// Column frame, header and the card list; drop states are stylesheet properties.
#include "workshop/kanbancolumn.h"

#include <QLabel>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

namespace nexus {

namespace {
QString dropStateCode(KanbanColumn::DropState state)
{
    switch (state) {
    case KanbanColumn::DropState::None:
        return QStringLiteral("");
    case KanbanColumn::DropState::Allowed:
        return QStringLiteral("allowed");
    case KanbanColumn::DropState::Forbidden:
        return QStringLiteral("forbidden");
    case KanbanColumn::DropState::Source:
        return QStringLiteral("source");
    }
    return {};
}
} // namespace

KanbanColumn::KanbanColumn(ServiceOrderStatus status, QWidget *parent) : QFrame(parent), m_status(status)
{
    setObjectName(QStringLiteral("kanbanColumn_") + serviceOrderStatusCode(status));
    setProperty("kanbanColumn", true);
    setProperty("closedState", isClosedStatus(status));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(5, 8, 5, 6);
    layout->setSpacing(6);
    auto *header = new QHBoxLayout;
    header->setContentsMargins(2, 0, 0, 0);
    header->setSpacing(4);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("columnTitle"));
    m_title->setMinimumWidth(1);
    m_title->setWordWrap(true); // "Esperando refacciones" on two lines in a narrow column
    header->addWidget(m_title, 1);
    m_countLabel = new QLabel(QStringLiteral("0"), this);
    m_countLabel->setObjectName(QStringLiteral("columnCount"));
    header->addWidget(m_countLabel, 0, Qt::AlignTop);
    layout->addLayout(header);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("columnScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_cards = new QWidget(m_scroll);
    m_cards->setObjectName(QStringLiteral("columnCards"));
    m_cardsLayout = new QVBoxLayout(m_cards);
    m_cardsLayout->setContentsMargins(0, 0, 0, 0);
    m_cardsLayout->setSpacing(6);
    m_cardsLayout->addStretch(1);
    m_scroll->setWidget(m_cards);
    layout->addWidget(m_scroll, 1);
    retranslate();
}

void KanbanColumn::clearCards()
{
    while (m_cardsLayout->count() > 1) {
        QLayoutItem *item = m_cardsLayout->takeAt(0);
        if (QWidget *card = item->widget()) {
            card->hide();
            card->deleteLater();
        }
        delete item;
    }
    m_count = 0;
    retranslate();
}

void KanbanColumn::addCard(QWidget *card)
{
    card->setParent(m_cards);
    m_cardsLayout->insertWidget(m_cardsLayout->count() - 1, card);
    card->show();
    ++m_count;
    retranslate();
}

void KanbanColumn::setDropState(DropState state, bool hovered)
{
    const QString code = dropStateCode(state);
    if (property("drop").toString() == code && property("hovered").toBool() == hovered)
        return;
    setProperty("drop", code);
    setProperty("hovered", hovered);
    style()->unpolish(this);
    style()->polish(this);
    update();
}

void KanbanColumn::retranslate()
{
    m_title->setText(serviceOrderStatusName(m_status));
    m_countLabel->setText(QString::number(m_count));
    setAccessibleName(tr("%1: %n order(s)", nullptr, m_count).arg(serviceOrderStatusName(m_status)));
}

} // namespace nexus
