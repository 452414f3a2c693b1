// Workshop area wiring: board ↔ service, dialogs, a refresh every half minute (late cards turn red by themselves).
#include "workshop/workshopscreen.h"

#include "auth/authservice.h"
#include "common/icons.h"
#include "fleets/fleetscreen.h"
#include "protocol/pullmessages.h"
#include "workshop/kanbanboard.h"
#include "workshop/kioskwindow.h"
#include "workshop/neworderdialog.h"
#include "workshop/serviceorderdialog.h"
#include "workshop/workshopactions.h"
#include "workshop/workshopformat.h"
#include "workshop/workshopsession.h"
#include "workshop/workshopstyle.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace nexus {

namespace {
constexpr int kRefreshMs = 30'000;
}

WorkshopScreen::WorkshopScreen(LocalStore &store, AuthService &auth, QWidget *parent)
    : QWidget(parent), m_store(store), m_auth(auth)
{
    setObjectName(QStringLiteral("page_workshop"));
    setStyleSheet(workshopStyleSheet());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 10);
    layout->setSpacing(8);

    auto *head = new QHBoxLayout;
    head->setSpacing(12);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_title->setProperty("size", QStringLiteral("compact"));
    head->addWidget(m_title);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("boardSummary"));
    head->addWidget(m_summary);
    head->addStretch(1);
    m_filterLabel = new QLabel(this);
    m_filterLabel->setObjectName(QStringLiteral("inlineLabel"));
    head->addWidget(m_filterLabel);
    m_mechanic = new QComboBox(this);
    m_mechanic->setObjectName(QStringLiteral("mechanicFilter"));
    m_mechanic->setMinimumWidth(200);
    m_filterLabel->setBuddy(m_mechanic);
    head->addWidget(m_mechanic);
    m_fleetsButton = new QPushButton(this);
    m_fleetsButton->setObjectName(QStringLiteral("fleetsButton"));
    m_fleetsButton->setProperty("kind", QStringLiteral("secondary"));
    head->addWidget(m_fleetsButton);
    m_kioskButton = new QPushButton(this);
    m_kioskButton->setObjectName(QStringLiteral("kioskButton"));
    m_kioskButton->setProperty("kind", QStringLiteral("secondary"));
    head->addWidget(m_kioskButton);
    m_new = new QPushButton(this);
    m_new->setObjectName(QStringLiteral("newOrderButton"));
    m_new->setProperty("kind", QStringLiteral("primary"));
    head->addWidget(m_new);
    layout->addLayout(head);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("workshopMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    m_board = new KanbanBoard(this);
    layout->addWidget(m_board, 1);

    m_refresh = new QTimer(this);
    m_refresh->setInterval(kRefreshMs);
    connect(m_refresh, &QTimer::timeout, this, &WorkshopScreen::refresh);
    connect(m_board, &KanbanBoard::moveRequested, this, &WorkshopScreen::moveOrder);
    connect(m_board, &KanbanBoard::activated, this, &WorkshopScreen::openOrder);
    connect(m_mechanic, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(m_new, &QPushButton::clicked, this, &WorkshopScreen::newOrder);
    connect(m_kioskButton, &QPushButton::clicked, this, [this] { openKiosk(); });
    connect(m_fleetsButton, &QPushButton::clicked, this, &WorkshopScreen::openFleets);
    auto *fleets = new QShortcut(QKeySequence(Qt::Key_F9), this);
    fleets->setContext(Qt::WidgetWithChildrenShortcut);
    connect(fleets, &QShortcut::activated, this, &WorkshopScreen::openFleets);
    retranslate();
}

WorkshopScreen::~WorkshopScreen()
{
    if (m_kiosk)
        delete m_kiosk.data();
}

bool WorkshopScreen::ensureReady()
{
    if (m_session)
        return true;
    Result<std::unique_ptr<WorkshopSession>> session = WorkshopSession::open(m_store);
    if (!session) {
        message(tr("The workshop cannot open on this computer yet: %1").arg(session.error().message()), true);
        m_new->setEnabled(false);
        m_kioskButton->setEnabled(false);
        return false;
    }
    m_session = std::move(*session);
    m_actions = std::make_unique<WorkshopActions>(m_session->orders(), m_auth);
    m_new->setEnabled(true);
    m_kioskButton->setEnabled(true);
    fillMechanics();
    return true;
}

void WorkshopScreen::fillMechanics()
{
    const QString current = m_mechanic->currentData().toString();
    const QSignalBlocker block(m_mechanic);
    m_mechanic->clear();
    m_mechanic->addItem(tr("All mechanics"), QString());
    if (m_session)
        for (const User &user : m_session->mechanics(m_auth.users()))
            m_mechanic->addItem(user.displayName, user.id);
    const int index = m_mechanic->findData(current);
    m_mechanic->setCurrentIndex(index >= 0 ? index : 0);
}

void WorkshopScreen::refresh()
{
    if (!ensureReady())
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Closed orders stay on the board for a week, so the day's deliveries and cancellations can be seen.
    Result<std::vector<ServiceOrderCard>> cards
        = m_session->orders().board({ m_mechanic->currentData().toString(), now.addDays(-7) });
    if (!cards) {
        message(cards.error().message(), true);
        return;
    }
    m_board->setCards(*cards, now);
    int open = 0;
    int late = 0;
    for (const ServiceOrderCard &card : *cards) {
        open += isClosedStatus(card.status) ? 0 : 1;
        late += card.isLate(now) ? 1 : 0;
    }
    m_summary->setText(late > 0
            ? tr("%n open order(s)", nullptr, open) + QStringLiteral(" · ") + tr("%n late", nullptr, late)
            : tr("%n open order(s)", nullptr, open));
    m_summary->setProperty("late", late > 0);
    m_summary->style()->unpolish(m_summary);
    m_summary->style()->polish(m_summary);
}

void WorkshopScreen::moveOrder(const QString &orderId, ServiceOrderStatus from, ServiceOrderStatus to)
{
    if (!ensureReady())
        return;
    Result<ServiceOrder> order = m_session->orders().load(orderId);
    if (!order) {
        message(order.error().message(), true);
        return;
    }
    const MoveOutcome outcome = m_actions->move(this, orderId, order->folio, from, to);
    refresh();
    message(outcome.message, outcome.error);
}

void WorkshopScreen::openOrder(const QString &orderId)
{
    if (!ensureReady())
        return;
    ServiceOrderDialog dialog(*m_session, *m_actions, m_auth, orderId, this);
    dialog.exec();
    refresh();
}

void WorkshopScreen::newOrder()
{
    if (!ensureReady())
        return;
    const std::optional<User> &user = m_auth.currentUser();
    if (!user) {
        message(tr("Log in first."), true);
        return;
    }
    NewOrderDialog dialog(
        m_session->mechanics(m_auth.users()), QDateTime::currentDateTimeUtc(),
        [this, actor = actorOf(*user)](const NewServiceOrder &order) { return m_session->orders().open(order, actor); },
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    message(tr("Order %1 opened for %2.").arg(dialog.order().folio, vehicleTitle(dialog.order().vehicle)), false);
}

KioskWindow *WorkshopScreen::openKiosk()
{
    if (!ensureReady())
        return nullptr;
    if (!m_kiosk) {
        m_kiosk = new KioskWindow(*m_session, m_auth, nullptr);
        connect(m_kiosk, &KioskWindow::left, this, [this] {
            if (m_kiosk)
                m_kiosk->deleteLater();
            if (QWidget *main = window()) {
                main->show();
                main->activateWindow();
            }
            refresh();
        });
    }
    m_kiosk->enter();
    return m_kiosk;
}

void WorkshopScreen::openFleets()
{
    if (!ensureReady())
        return;
    const std::optional<User> &user = m_auth.currentUser();
    if (!user) {
        message(tr("Log in first."), true);
        return;
    }
    const CounterProfile &profile = m_session->profile();
    FleetScreen screen(m_store, CustomerContext { profile.deviceId, profile.branchId, user->id, user->role, {}, {} },
        m_session->branchName(), this);
    screen.setWindowState(screen.windowState() | Qt::WindowMaximized);
    screen.exec();
    refresh();
}

void WorkshopScreen::message(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_message->setProperty("tone", error ? QStringLiteral("error") : QStringLiteral("info"));
    m_message->style()->unpolish(m_message);
    m_message->style()->polish(m_message);
}

void WorkshopScreen::onStateArrived(const QStringList &buckets)
{
    if (!m_session || !buckets.contains(QString(wire::kBucketServiceOrders)))
        return;
    if (isVisible())
        refresh();
    if (m_kiosk && m_kiosk->signedIn())
        m_kiosk->refresh();
}

void WorkshopScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    m_refresh->start();
}

void WorkshopScreen::hideEvent(QHideEvent *event)
{
    m_refresh->stop();
    QWidget::hideEvent(event);
}

void WorkshopScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WorkshopScreen::retranslate()
{
    m_title->setText(tr("Workshop"));
    m_filterLabel->setText(tr("&Mechanic"));
    m_new->setText(tr("New order"));
    m_kioskButton->setText(tr("Kiosk mode"));
    // The key stays in the tooltip: with it in the label the mechanic filter is cut at 1366 px.
    m_fleetsButton->setText(tr("Fleets"));
    m_fleetsButton->setToolTip(
        tr("Fleet customers (F9): their vehicles' maintenance plans, alerts, figures and statement"));
    m_kioskButton->setToolTip(tr("The full-screen workshop kiosk: mechanics sign in with their PIN"));
    if (m_session) {
        fillMechanics();
        refresh();
    }
}

} // namespace nexus
