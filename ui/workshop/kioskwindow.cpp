// Kiosk pages (sign-in, my orders), its own AuthService on nexus.db, the idle sign-out.
#include "workshop/kioskwindow.h"

#include "assistant/assistantdock.h"
#include "assistant/assistantpane.h"
#include "assistant/assistantpanel.h"
#include "auth/authservice.h"
#include "common/clock.h"
#include "login/pinswitchpanel.h"
#include "store/localstore.h"
#include "workshop/kioskordercard.h"
#include "workshop/laborentrydialog.h"
#include "workshop/partasking.h"
#include "workshop/partrequestdialog.h"
#include "workshop/serviceorderdialog.h"
#include "workshop/workshopactions.h"
#include "workshop/workshopauthdialog.h"
#include "workshop/workshopformat.h"
#include "workshop/workshopsession.h"
#include "workshop/workshopstyle.h"
#include "workshop/workshoptextdialog.h"

#include <QApplication>
#include <QCloseEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QShortcut>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace nexus {

namespace {
constexpr int kTouch = 56;
// Three cards side by side on the workshop's 1920 px screen; two where that would cut them (a 1366 px counter).
constexpr int kCardsPerRow = 3;
constexpr int kNarrowCardsPerRow = 2;
constexpr int kWideFromPx = 1600;

int cardsPerRow(int width)
{
    return width >= kWideFromPx ? kCardsPerRow : kNarrowCardsPerRow;
}
} // namespace

KioskWindow::KioskWindow(WorkshopSession &session, AuthService &counterAuth, QWidget *parent)
    : QWidget(parent, Qt::Window), m_session(session), m_counterAuth(counterAuth)
{
    setObjectName(QStringLiteral("workshopKiosk"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(workshopStyleSheet());
    m_auth = std::make_unique<AuthService>(session.store().db(), Clock::system(), session.profile().deviceId);
    m_actions = std::make_unique<WorkshopActions>(session.orders(), *m_auth);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *bar = new QFrame(this);
    bar->setObjectName(QStringLiteral("kioskBar"));
    auto *barLayout = new QHBoxLayout(bar);
    barLayout->setContentsMargins(28, 14, 28, 14);
    barLayout->setSpacing(16);
    m_title = new QLabel(bar);
    m_title->setObjectName(QStringLiteral("kioskTitle"));
    barLayout->addWidget(m_title);
    barLayout->addStretch(1);
    m_who = new QLabel(bar);
    m_who->setObjectName(QStringLiteral("kioskWho"));
    barLayout->addWidget(m_who);
    m_chalan = new QPushButton(bar);
    m_chalan->setObjectName(QStringLiteral("kioskChalan"));
    m_chalan->setProperty("kind", QStringLiteral("kioskBar"));
    m_chalan->setMinimumSize(150, kTouch);
    m_chalan->setCheckable(true);
    m_chalan->hide();
    barLayout->addWidget(m_chalan);
    m_signOut = new QPushButton(bar);
    m_signOut->setObjectName(QStringLiteral("kioskSignOut"));
    m_signOut->setProperty("kind", QStringLiteral("kioskBar"));
    m_signOut->setMinimumSize(150, kTouch);
    barLayout->addWidget(m_signOut);
    m_leave = new QPushButton(bar);
    m_leave->setObjectName(QStringLiteral("kioskLeave"));
    m_leave->setProperty("kind", QStringLiteral("kioskBar"));
    m_leave->setMinimumSize(150, kTouch);
    barLayout->addWidget(m_leave);
    layout->addWidget(bar);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("kioskPages"));
    auto *signIn = new QWidget(m_pages);
    signIn->setObjectName(QStringLiteral("kioskSignInPage"));
    auto *signInLayout = new QVBoxLayout(signIn);
    signInLayout->setContentsMargins(0, 40, 0, 40);
    auto *card = new QFrame(signIn);
    card->setObjectName(QStringLiteral("card"));
    card->setMaximumWidth(900);
    card->setMinimumWidth(760);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(40, 34, 40, 34);
    m_pin = new PinSwitchPanel(*m_auth, session.profile().branchId, PinSwitchPanel::LeaveKind::Cancel, card);
    if (auto *cancel = m_pin->findChild<QPushButton *>(QStringLiteral("pinCancelButton")))
        cancel->hide(); // there is nothing to go back to: the kiosk is the whole screen
    cardLayout->addWidget(m_pin);
    signInLayout->addWidget(card, 1, Qt::AlignHCenter);
    m_pages->addWidget(signIn);

    auto *orders = new QWidget(m_pages);
    orders->setObjectName(QStringLiteral("kioskOrdersPage"));
    auto *ordersLayout = new QVBoxLayout(orders);
    ordersLayout->setContentsMargins(28, 20, 28, 20);
    ordersLayout->setSpacing(12);
    m_ordersTitle = new QLabel(orders);
    m_ordersTitle->setObjectName(QStringLiteral("kioskOrdersTitle"));
    ordersLayout->addWidget(m_ordersTitle);
    m_message = new QLabel(orders);
    m_message->setObjectName(QStringLiteral("kioskMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    ordersLayout->addWidget(m_message);
    m_empty = new QLabel(orders);
    m_empty->setObjectName(QStringLiteral("emptyHint"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->hide();
    ordersLayout->addWidget(m_empty);
    m_scroll = new QScrollArea(orders);
    m_scroll->setObjectName(QStringLiteral("kioskScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_cards = new QWidget(m_scroll);
    m_cards->setObjectName(QStringLiteral("kioskCards"));
    m_grid = new QGridLayout(m_cards);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(18);
    m_scroll->setWidget(m_cards);
    ordersLayout->addWidget(m_scroll, 1);
    m_pages->addWidget(orders);
    m_body = new QHBoxLayout;
    m_body->setContentsMargins(0, 0, 0, 0);
    m_body->setSpacing(0);
    m_body->addWidget(m_pages, 1);
    layout->addLayout(m_body, 1);

    m_idle = new QTimer(this);
    m_idle->setSingleShot(true);
    m_idle->setInterval(kIdleSignOutMs);
    connect(m_idle, &QTimer::timeout, this, &KioskWindow::signOut);
    connect(m_pin, &PinSwitchPanel::switched, this, [this] { signedInAs(); });
    connect(m_signOut, &QPushButton::clicked, this, &KioskWindow::signOut);
    connect(m_chalan, &QPushButton::clicked, this, &KioskWindow::toggleAssistant);
    auto *chalanKey = new QShortcut(AssistantDock::toggleKey(), this);
    chalanKey->setContext(Qt::WindowShortcut);
    connect(chalanKey, &QShortcut::activated, this, &KioskWindow::toggleAssistant);
    auto *listenKey = new QShortcut(AssistantPanel::listenKey(), this);
    listenKey->setContext(Qt::WindowShortcut);
    connect(listenKey, &QShortcut::activated, this, &KioskWindow::listen);
    connect(m_leave, &QPushButton::clicked, this, &KioskWindow::leave);
    qApp->installEventFilter(this);
    retranslate();
}

KioskWindow::~KioskWindow()
{
    qApp->removeEventFilter(this);
}

void KioskWindow::enter()
{
    signOut();
    // The whole screen also where no window manager applies "full screen" (a bare X server on a kiosk PC).
    if (QScreen *target = screen())
        setGeometry(target->geometry());
    showFullScreen();
    raise();
    activateWindow();
}

bool KioskWindow::signedIn() const
{
    return m_auth->currentUser().has_value();
}

void KioskWindow::signOut()
{
    m_idle->stop();
    m_auth->logout();
    m_who->clear();
    m_signOut->hide();
    m_chalan->hide();
    m_chalan->setChecked(false);
    if (m_assistant) { // the next mechanic starts a conversation of their own
        m_assistant->hide();
        m_assistant->deleteLater();
        m_assistant = nullptr;
    }
    m_message->hide();
    m_pin->reload();
    titlePinPanel();
    m_pages->setCurrentIndex(0);
}

void KioskWindow::toggleAssistant()
{
    if (!signedIn()) {
        m_chalan->setChecked(false);
        return;
    }
    if (m_assistant && m_assistant->isVisible()) {
        m_assistant->hide();
        m_chalan->setChecked(false);
        return;
    }
    if (!m_assistant) {
        m_assistant = new AssistantPane(m_session.store(), *m_auth, nullptr, this);
        m_assistant->setAttribute(Qt::WA_StyledBackground);
        m_assistant->setFixedWidth(460);
        m_body->addWidget(m_assistant);
    }
    m_assistant->show();
    m_assistant->panel()->refreshUser();
    m_assistant->panel()->focusInput();
    m_chalan->setChecked(true);
}

void KioskWindow::listen()
{
    if (!signedIn())
        return;
    if (!m_assistant || !m_assistant->isVisible())
        toggleAssistant();
    m_assistant->panel()->toggleListening();
}

void KioskWindow::titlePinPanel()
{
    // The PIN panel is the counter's quick switch; here it is how a mechanic starts.
    if (auto *title = m_pin->findChild<QLabel *>(QStringLiteral("formTitle")))
        title->setText(tr("Sign in to the workshop"));
}

void KioskWindow::signedInAs()
{
    const User &user = *m_auth->currentUser();
    m_who->setText(user.displayName + QStringLiteral(" · ") + roleDisplayName(user.role));
    m_signOut->show();
    m_chalan->show();
    m_pages->setCurrentIndex(1);
    m_message->hide();
    m_idle->start();
    refresh();
}

void KioskWindow::refresh()
{
    if (!signedIn())
        return;
    const User &user = *m_auth->currentUser();
    // A mechanic sees the orders assigned to them; an advisor or manager at the kiosk sees every open order.
    const bool own = !gateAllows(TransitionGate::Advisor, user.role);
    Result<std::vector<ServiceOrderCard>> cards = m_session.orders().board({ own ? user.id : QString(), {} });
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        if (QWidget *widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
    if (!cards) {
        message(cards.error().message(), true);
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_columns = cardsPerRow(width());
    int index = 0;
    for (const ServiceOrderCard &summary : *cards) {
        Result<ServiceOrder> order = m_session.orders().load(summary.id);
        if (!order)
            continue;
        auto *card = new KioskOrderCard(
            *order, now, [this](const ServiceOrderPart &part) { return partLineState(m_session.orders(), part); },
            m_cards);
        connect(card, &KioskOrderCard::moveRequested, this, &KioskWindow::move);
        connect(card, &KioskOrderCard::laborRequested, this, &KioskWindow::addLabor);
        connect(card, &KioskOrderCard::noteRequested, this, &KioskWindow::addNote);
        connect(card, &KioskOrderCard::partRequested, this, &KioskWindow::askForPart);
        connect(card, &KioskOrderCard::detailsRequested, this, &KioskWindow::details);
        m_grid->addWidget(card, index / m_columns, index % m_columns);
        ++index;
    }
    for (int column = 0; column < kCardsPerRow; ++column)
        m_grid->setColumnStretch(column, column < m_columns ? 1 : 0);
    m_grid->setRowStretch(m_grid->rowCount(), 1);
    m_empty->setVisible(index == 0);
    m_empty->setText(own ? tr("No orders are assigned to you right now.") : tr("There are no open orders."));
    m_ordersTitle->setText(own ? tr("My orders (%1)").arg(index) : tr("Open orders (%1)").arg(index));
}

void KioskWindow::move(const QString &orderId, ServiceOrderStatus to)
{
    Result<ServiceOrder> order = m_session.orders().load(orderId);
    if (!order) {
        message(order.error().message(), true);
        return;
    }
    const MoveOutcome outcome = m_actions->move(this, orderId, order->folio, order->status, to);
    refresh();
    message(outcome.message, outcome.error);
}

void KioskWindow::addLabor(const QString &orderId)
{
    if (!signedIn())
        return;
    const User user = *m_auth->currentUser();
    Result<Money> rate = m_session.orders().laborRate();
    const std::optional<WorkshopActor> self = user.role == Role::Mechanic ? std::optional(actorOf(user)) : std::nullopt;
    LaborEntryDialog dialog(
        rate ? *rate : Money(ServiceOrderService::kDefaultLaborRateCents), self, m_session.mechanics(m_auth->users()),
        [this, user, orderId](const LaborToAdd &labor) -> Status {
            return statusOf(m_session.orders().addLabor(orderId, labor, actorOf(user)));
        },
        this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        message(tr("Labor added."), false);
    }
}

void KioskWindow::addNote(const QString &orderId)
{
    if (!signedIn())
        return;
    const User user = *m_auth->currentUser();
    WorkshopTextDialog dialog(
        tr("Add note"), tr("What should the advisor or the next mechanic know?"), tr("Add note"), this);
    dialog.setSubmit([this, user, orderId](const QString &text) -> Status {
        return statusOf(m_session.orders().addNote(orderId, text, actorOf(user)));
    });
    if (dialog.exec() == QDialog::Accepted)
        message(tr("Note added."), false);
}

void KioskWindow::askForPart(const QString &orderId)
{
    if (!signedIn())
        return;
    const User user = *m_auth->currentUser();
    Result<ServiceOrder> order = m_session.orders().load(orderId);
    const PartCatalogue catalogue { m_session.catalogPath(), m_session.store().db().path(), m_session.profile().warehouses,
        order ? order->vehicle : VehicleSnapshot {} };
    QString said;
    PartRequestDialog dialog(
        [this, user, orderId, &said](const PartRequest &request) -> Status {
            Result<PartAsked> asked = nexus::askForPart(m_session, orderId, request, actorOf(user));
            if (!asked)
                return std::unexpected(asked.error());
            said = asked->message;
            return {};
        },
        catalogue, this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        message(said, false);
    }
}

void KioskWindow::details(const QString &orderId)
{
    ServiceOrderDialog dialog(m_session, *m_actions, *m_auth, orderId, this);
    dialog.resize(qMin(width() - 80, 1500), qMin(height() - 80, 900));
    dialog.exec();
    refresh();
}

void KioskWindow::leave()
{
    WorkshopAuthDialog authorize(m_counterAuth, Permission::ManageServiceOrders, m_session.profile().branchId,
        QStringLiteral("kiosk"), tr("Leaving kiosk mode needs a service advisor or manager."), this);
    if (authorize.exec() != QDialog::Accepted)
        return;
    m_leaving = true;
    m_auth->logout();
    close();
}

void KioskWindow::message(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_message->setProperty("tone", error ? QStringLiteral("error") : QStringLiteral("info"));
    m_message->style()->unpolish(m_message);
    m_message->style()->polish(m_message);
}

bool KioskWindow::eventFilter(QObject *watched, QEvent *event)
{
    // Any touch, click or key on the kiosk (or its dialogs) keeps the mechanic signed in.
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::KeyPress:
    case QEvent::TouchBegin:
        if (m_idle->isActive())
            if (auto *widget = qobject_cast<QWidget *>(watched); widget && widget->window() != nullptr
                && (widget->window() == this || widget->window()->parent() == this))
                m_idle->start();
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void KioskWindow::closeEvent(QCloseEvent *event)
{
    if (!m_leaving) { // Alt+F4 on the workshop's screen: kiosk mode ends only with an advisor's or manager's PIN
        event->ignore();
        return;
    }
    event->accept();
    Q_EMIT left();
}

void KioskWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_columns != 0 && cardsPerRow(width()) != m_columns)
        refresh(); // lay the cards out again for the new width
}

void KioskWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
        QTimer::singleShot(0, this, &KioskWindow::titlePinPanel); // after the panel has retranslated itself
    }
    QWidget::changeEvent(event);
}

void KioskWindow::retranslate()
{
    m_title->setText(tr("Workshop · %1").arg(m_session.branchName()));
    m_chalan->setText(tr("Chalán (%1)").arg(AssistantDock::toggleKey().toString(QKeySequence::NativeText)));
    m_chalan->setToolTip(tr("Ask Chalán by typing, or talk to it with %1")
                             .arg(AssistantPanel::listenKey().toString(QKeySequence::NativeText)));
    m_signOut->setText(tr("Sign out"));
    m_leave->setText(tr("Leave kiosk"));
    setWindowTitle(tr("Workshop kiosk"));
}

} // namespace nexus
