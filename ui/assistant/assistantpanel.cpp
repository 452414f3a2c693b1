// The chat panel's widgets and its wiring to the core assistant and the sale screen.
#include "assistant/assistantpanel.h"

#include "assistant/assistant.h"
#include "assistant/microphone.h"
#include "assistant/salescreencart.h"
#include "assistant/speaker.h"
#include "assistant/speechsettingsdialog.h"
#include "auth/authservice.h"
#include "auth/permission.h"
#include "client/onlineassistant.h"
#include "client/secretstore.h"
#include "common/clock.h"
#include "common/icons.h"
#include "sale/managerauthdialog.h"
#include "sale/salescreen.h"
#include "sales/counterprofile.h"
#include "store/catalogstore.h"
#include "store/localstore.h"
#include "workshop/serviceorderstatus.h"

#include <QEvent>
#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QLoggingCategory>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <cmath>
#include <utility>

namespace nexus {

namespace {

Q_LOGGING_CATEGORY(lcListening, "nexus.ui.assistant.listening")

QLabel *wrapped(const QString &text, QWidget *parent, const QString &objectName = {})
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    // A wrapped label may be as narrow as the panel: its own minimum would widen the conversation past the view.
    label->setMinimumWidth(40);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!objectName.isEmpty())
        label->setObjectName(objectName);
    return label;
}

// A card of the conversation: a framed column that starts with its title in bold.
QVBoxLayout *cardLayout(QWidget *parent, const QString &title, QFrame *&frame)
{
    frame = new QFrame(parent);
    frame->setObjectName(QStringLiteral("assistantCard"));
    frame->setStyleSheet(QStringLiteral("#assistantCard { background: #ffffff; border: 1px solid #cbd5e1; "
                                        "border-radius: 8px; }"));
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(2);
    auto *heading = wrapped(title, frame);
    heading->setStyleSheet(QStringLiteral("font-weight: 600;"));
    layout->addWidget(heading);
    return layout;
}

} // namespace

AssistantPanel::AssistantPanel(LocalStore &store, AuthService &auth, SaleScreen *saleScreen, QWidget *parent)
    : QWidget(parent), m_store(store), m_auth(auth), m_saleScreen(saleScreen)
{
    setObjectName(QStringLiteral("assistantPanel"));
    setMinimumWidth(340);
    m_speaker = new Speaker(Speaker::defaultEngine(), this);
    if (m_saleScreen)
        m_cart = std::make_unique<SaleScreenCart>(*m_saleScreen);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 10);
    layout->setSpacing(8);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("assistantTitle"));
    m_title->setStyleSheet(QStringLiteral("font-size: 16px; font-weight: 600;"));
    // The title, and beside it the way to start again.
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    m_newConversation = new QToolButton(this);
    m_newConversation->setObjectName(QStringLiteral("assistantNewConversation"));
    m_newConversation->setAutoRaise(true);
    titleRow->addWidget(m_newConversation);
    layout->addLayout(titleRow);
    auto *header = new QHBoxLayout;
    m_speakToggle = new QToolButton(this);
    m_speakToggle->setObjectName(QStringLiteral("assistantSpeakToggle"));
    m_speakToggle->setCheckable(true);
    m_speakToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_speakToggle->setIcon(Icons::icon(QStringLiteral("speaker"), colors::kMuted, colors::kAccent));
    header->addWidget(m_speakToggle);
    header->addStretch(1);
    m_voiceSettings = new QToolButton(this);
    m_voiceSettings->setObjectName(QStringLiteral("assistantVoiceSettings"));
    m_voiceSettings->setIcon(Icons::icon(QStringLiteral("area-settings"), colors::kMuted));
    m_voiceSettings->setAutoRaise(true);
    header->addWidget(m_voiceSettings);
    layout->addLayout(header);

    // The microphone: the whole width, a target for a greasy hand.
    m_micButton = new QToolButton(this);
    m_micButton->setObjectName(QStringLiteral("assistantMicButton"));
    m_micButton->setCheckable(true);
    m_micButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_micButton->setIcon(Icons::icon(QStringLiteral("microphone"), colors::kMuted, colors::kAccent));
    m_micButton->setIconSize(QSize(22, 22));
    m_micButton->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_micButton->setMinimumHeight(40);
    m_micButton->setStyleSheet(QStringLiteral(
        "#assistantMicButton { font-size: 14px; font-weight: 600; border: 1px solid #cbd5e1; border-radius: 8px; "
        "background: #ffffff; } #assistantMicButton:checked { background: #fff7ed; border-color: #f97316; "
        "color: #c2410c; } #assistantMicButton:disabled { color: #94a3b8; background: #f1f5f9; }"));
    layout->addWidget(m_micButton);

    // While listening: the level meter and how to send; while transcribing: a busy bar.
    m_listenBar = new QWidget(this);
    m_listenBar->setObjectName(QStringLiteral("assistantListenBar"));
    auto *listenLayout = new QVBoxLayout(m_listenBar);
    listenLayout->setContentsMargins(0, 0, 0, 0);
    listenLayout->setSpacing(2);
    m_listenLabel = wrapped({}, m_listenBar, QStringLiteral("assistantListenLabel"));
    m_listenLabel->setStyleSheet(QStringLiteral("color: #c2410c; font-weight: 600;"));
    listenLayout->addWidget(m_listenLabel);
    m_level = new QProgressBar(m_listenBar);
    m_level->setObjectName(QStringLiteral("assistantLevel"));
    m_level->setRange(0, 100);
    m_level->setTextVisible(false);
    m_level->setFixedHeight(10);
    m_level->setStyleSheet(QStringLiteral("QProgressBar { background: #e2e8f0; border: none; border-radius: 4px; } "
                                          "QProgressBar::chunk { background: #f97316; border-radius: 4px; }"));
    listenLayout->addWidget(m_level);
    m_listenBar->hide();
    layout->addWidget(m_listenBar);

    m_micStatus = wrapped({}, this, QStringLiteral("assistantMicStatus"));
    m_micStatus->setStyleSheet(QStringLiteral("color: #475569; font-size: 12px;"));
    m_micStatus->hide();
    layout->addWidget(m_micStatus);

    m_audioStatus = wrapped({}, this, QStringLiteral("assistantAudioStatus"));
    m_audioStatus->setStyleSheet(QStringLiteral("color: #475569; font-size: 12px;"));
    layout->addWidget(m_audioStatus);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("assistantConversation"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_messages = new QWidget(m_scroll);
    m_messages->setObjectName(QStringLiteral("assistantMessages"));
    m_messages->setStyleSheet(QStringLiteral("#assistantMessages { background: #f1f5f9; }"));
    m_messagesLayout = new QVBoxLayout(m_messages);
    m_messagesLayout->setContentsMargins(8, 8, 8, 8);
    m_messagesLayout->setSpacing(8);
    m_messagesLayout->addStretch(1);
    m_scroll->setWidget(m_messages);
    connect(m_scroll->verticalScrollBar(), &QScrollBar::rangeChanged, this,
        [this](int, int maximum) { m_scroll->verticalScrollBar()->setValue(maximum); });
    layout->addWidget(m_scroll, 1);

    auto *inputRow = new QHBoxLayout;
    m_input = new QLineEdit(this);
    m_input->setObjectName(QStringLiteral("assistantInput"));
    m_input->setClearButtonEnabled(true);
    inputRow->addWidget(m_input, 1);
    m_send = new QPushButton(this);
    m_send->setObjectName(QStringLiteral("assistantSend"));
    m_send->setDefault(true);
    inputRow->addWidget(m_send);
    layout->addLayout(inputRow);

    connect(m_input, &QLineEdit::returnPressed, this, &AssistantPanel::send);
    auto *dropSpoken = new QShortcut(QKeySequence(Qt::Key_Escape), m_input, nullptr, nullptr, Qt::WidgetShortcut);
    connect(dropSpoken, &QShortcut::activated, this, [this] { confirmSpoken(false); });
    connect(m_send, &QPushButton::clicked, this, &AssistantPanel::send);
    connect(m_speakToggle, &QToolButton::toggled, this, [this](bool on) { setSpokenReplies(on); });
    connect(m_speaker, &Speaker::availabilityChanged, this, &AssistantPanel::updateAudioStatus);
    connect(m_micButton, &QToolButton::clicked, this, [this] { toggleListening(); });
    connect(m_voiceSettings, &QToolButton::clicked, this, &AssistantPanel::openSpeechSettings);
    connect(m_newConversation, &QToolButton::clicked, this, [this] {
        clearConversation();
        focusInput();
    });
    m_conversation = new QObject(this);
    if (m_saleScreen) {
        connect(m_saleScreen, &SaleScreen::saleCompleted, this, [this] { startNewSale(); });
        connect(m_saleScreen, &SaleScreen::saleCancelled, this, &AssistantPanel::startNewSale);
    }
    m_recognition = new QFutureWatcher<Heard>(this);
    connect(m_recognition, &QFutureWatcherBase::finished, this, &AssistantPanel::recognized);

    retranslate();
    refreshUser();
}

AssistantPanel::~AssistantPanel()
{
    m_recognition->waitForFinished(); // the worker holds the engines, not the panel: this only bounds the exit
}

QKeySequence AssistantPanel::listenKey()
{
    return QKeySequence(Qt::CTRL | Qt::Key_M);
}

QString AssistantPanel::speakSettingKey(const QString &userId)
{
    return QStringLiteral("assistant.spoken_replies.") + userId;
}

void AssistantPanel::refreshUser()
{
    const QSignalBlocker blocker(m_speakToggle);
    m_speakToggle->setChecked(spokenReplies());
    updateAudioStatus();
}

bool AssistantPanel::spokenReplies() const
{
    const std::optional<User> &user = m_auth.currentUser();
    if (!user)
        return false;
    const Result<QString> value = m_store.setting(speakSettingKey(user->id));
    return value && *value == u"1";
}

void AssistantPanel::setSpokenReplies(bool on)
{
    const std::optional<User> &user = m_auth.currentUser();
    if (user)
        (void)m_store.setSetting(speakSettingKey(user->id), on ? QStringLiteral("1") : QStringLiteral("0"));
    const QSignalBlocker blocker(m_speakToggle);
    m_speakToggle->setChecked(on);
    if (!on)
        m_speaker->stop();
    updateAudioStatus();
}

void AssistantPanel::updateAudioStatus()
{
    if (!isVisible())
        return; // asking starts the speech engine: only once Chalán is open (showEvent)
    const QString problem = m_speaker->problem();
    m_audioStatus->setText(problem);
    m_audioStatus->setVisible(!problem.isEmpty());
    ensureMicrophone();
    updateMicrophoneState();
}

void AssistantPanel::forgetConversation()
{
    delete m_conversation; // an online answer still on its way is neither carried out nor shown
    m_conversation = new QObject(this);
    m_history.clear();
    m_pendingSpoken.clear();
    m_lastReply = {};
    if (m_assistant)
        m_assistant->forgetResults();
}

void AssistantPanel::startNewSale()
{
    forgetConversation();
    // One separator between two sales' conversations: none on an empty panel or right under another.
    QLayoutItem *last = m_messagesLayout->count() > 1 ? m_messagesLayout->itemAt(m_messagesLayout->count() - 1) : nullptr;
    if (!last || !last->widget() || last->widget()->objectName() == u"assistantNewSale")
        return;
    auto *separator = new QWidget(m_messages);
    separator->setObjectName(QStringLiteral("assistantNewSale"));
    auto *separatorLayout = new QHBoxLayout(separator);
    separatorLayout->setContentsMargins(0, 4, 0, 4);
    const auto rule = [separator] {
        auto *line = new QFrame(separator);
        line->setFrameShape(QFrame::HLine);
        line->setStyleSheet(QStringLiteral("color: #cbd5e1;"));
        return line;
    };
    auto *label = new QLabel(tr("New sale"), separator);
    label->setObjectName(QStringLiteral("assistantNewSaleLabel"));
    label->setStyleSheet(QStringLiteral("color: #64748b; font-size: 12px;"));
    separatorLayout->addWidget(rule(), 1);
    separatorLayout->addWidget(label);
    separatorLayout->addWidget(rule(), 1);
    m_messagesLayout->addWidget(separator);
    scrollToEnd();
}

void AssistantPanel::clearConversation()
{
    forgetConversation();
    m_speaker->stop();
    while (m_messagesLayout->count() > 1) { // the stretch that keeps the bubbles at the bottom stays
        QLayoutItem *item = m_messagesLayout->takeAt(1);
        if (QWidget *widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
}

void AssistantPanel::focusInput()
{
    m_input->setFocus(Qt::ShortcutFocusReason);
    m_input->selectAll();
}

void AssistantPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateAudioStatus();
}

void AssistantPanel::hideEvent(QHideEvent *event)
{
    if (isListening()) {
        m_microphone->cancel();
        m_listenBar->hide();
        updateMicrophoneState();
    }
    QWidget::hideEvent(event);
}

void AssistantPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AssistantPanel::retranslate()
{
    m_title->setText(tr("Chalán, your assistant"));
    m_speakToggle->setText(tr("Spoken replies"));
    m_speakToggle->setToolTip(tr("Read Chalán's replies aloud (saved for you)"));
    m_input->setPlaceholderText(tr("Ask Chalán, e.g. \"¿tienes balatas para Tsuru 2015?\""));
    m_send->setText(tr("Send"));
    m_newConversation->setText(tr("New conversation"));
    m_newConversation->setToolTip(tr("Start again: Chalán forgets what was asked before"));
    m_voiceSettings->setToolTip(tr("Voice input settings: offline or online transcription"));
    updateMicrophoneState();
    updateAudioStatus();
}

bool AssistantPanel::ensureAssistant()
{
    if (m_assistant)
        return true;
    const QString catalogPath = m_saleScreen && !m_saleScreen->catalogPath().isEmpty()
        ? m_saleScreen->catalogPath()
        : QFileInfo(m_store.db().path()).dir().filePath(QStringLiteral("catalog.db"));
    if (!QFileInfo::exists(catalogPath))
        return false;
    if (!m_catalog) {
        Result<std::unique_ptr<CatalogStore>> catalog
            = CatalogStore::open(catalogPath, QStringLiteral("assistant-catalog"));
        if (!catalog)
            return false;
        m_catalog = std::move(*catalog);
    }
    AssistantContext context;
    context.nexusDb = &m_store.db();
    context.catalogDb = &m_catalog->db();
    context.auth = &m_auth;
    context.clock = &Clock::system();
    if (Result<CounterProfile> profile = loadCounterProfile(m_store.db()))
        context.warehouses = profile->warehouses;
    Result<std::unique_ptr<Assistant>> assistant = Assistant::create(context);
    if (!assistant)
        return false;
    m_assistant = std::move(*assistant);
    m_assistant->setCart(m_cart.get());
    return true;
}

namespace {

bool changesTicket(IntentKind kind)
{
    return kind == IntentKind::AddToCart || kind == IntentKind::RemoveFromCart || kind == IntentKind::ChangeQuantity;
}

} // namespace

void AssistantPanel::send()
{
    const QString text = m_input->text().trimmed();
    if (text.isEmpty()) {
        if (hasPendingSpokenRequest())
            confirmSpoken(true);
        return;
    }
    m_input->clear();
    (void)ask(text);
}

AssistantReply AssistantPanel::ask(const QString &text)
{
    m_pendingSpoken.clear(); // something else was asked: the spoken request is dropped
    addBubble(text, true);
    return answer(text);
}

void AssistantPanel::askToConfirm(const QString &text)
{
    m_pendingSpoken = text;
    addBubble(tr("I heard \u201c%1\u201d. Shall I do it on the ticket? Enter: yes \u00b7 Esc: no").arg(text), false);
    auto *chips = new QWidget(m_messages);
    chips->setObjectName(QStringLiteral("assistantConfirm"));
    auto *chipsLayout = new QHBoxLayout(chips);
    chipsLayout->setContentsMargins(0, 0, 0, 0);
    chipsLayout->setSpacing(12);
    const QList<std::pair<QString, bool>> choices { { tr("Yes, do it"), true }, { tr("No"), false } };
    for (const auto &[label, yes] : choices) {
        auto *chip = wrapped(QStringLiteral("<a href=\"choice\">%1</a>").arg(label.toHtmlEscaped()), chips,
            QStringLiteral("assistantSuggestion"));
        chip->setWordWrap(false); // two words each, side by side
        chip->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
        connect(chip, &QLabel::linkActivated, this, [this, yes, text] {
            if (m_pendingSpoken == text) // an answer to this request, not to an older one
                confirmSpoken(yes);
        });
        chipsLayout->addWidget(chip);
    }
    chipsLayout->addStretch(1);
    m_messagesLayout->addWidget(chips);
    if (spokenReplies())
        m_speaker->say(tr("Shall I do it?"));
    scrollToEnd();
    m_input->setFocus();
}

void AssistantPanel::confirmSpoken(bool yes)
{
    const QString text = std::exchange(m_pendingSpoken, QString());
    if (text.isEmpty())
        return;
    if (yes) {
        (void)answer(text);
        return;
    }
    addBubble(tr("All right, I left the ticket as it was."), false);
    scrollToEnd();
}

AssistantReply AssistantPanel::answer(const QString &text)
{
    AssistantReply reply;
    if (!ensureAssistant()) {
        reply.text = tr("The catalogue has not arrived on this computer yet: I cannot answer until it does.");
        show(reply);
        return reply;
    }
    reply = m_assistant->ask(text);
    if (m_online && m_online->wants(reply)) { // the online model's answer is shown when it comes
        m_online->ask(text, m_history, reply, *m_assistant, m_conversation,
            [this, text](const AssistantReply &answer) { answered(text, answer); });
        return reply;
    }
    answered(text, reply);
    return reply;
}

void AssistantPanel::answered(const QString &text, const AssistantReply &reply)
{
    show(reply);
    m_history.add(text, reply);
    if (reply.changedCart)
        Q_EMIT cartChanged();
}

void AssistantPanel::show(const AssistantReply &reply)
{
    m_lastReply = reply;
    QString text = reply.text;
    addBubble(text, false);
    for (const PartCard &card : reply.parts)
        m_messagesLayout->addWidget(partCard(card));
    for (const ServiceOrderCard &card : reply.orders)
        m_messagesLayout->addWidget(orderCard(card));
    for (const Customer &customer : reply.customers)
        m_messagesLayout->addWidget(customerCard(customer));
    if (!reply.suggestions.isEmpty()) {
        auto *chips = new QWidget(m_messages);
        auto *chipsLayout = new QVBoxLayout(chips);
        chipsLayout->setContentsMargins(0, 0, 0, 0);
        chipsLayout->setSpacing(4);
        for (const QString &suggestion : reply.suggestions) {
            // A link that wraps (a button would not, and would widen the conversation past the panel).
            auto *chip = wrapped(QStringLiteral("<a href=\"ask\">%1</a>").arg(suggestion.toHtmlEscaped()), chips,
                QStringLiteral("assistantSuggestion"));
            chip->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
            connect(chip, &QLabel::linkActivated, this, [this, suggestion] { (void)ask(suggestion); });
            chipsLayout->addWidget(chip);
        }
        m_messagesLayout->addWidget(chips);
    }
    if (spokenReplies())
        m_speaker->say(reply.text);
    scrollToEnd();
}

void AssistantPanel::addBubble(const QString &text, bool mine)
{
    auto *row = new QWidget(m_messages);
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    auto *bubble = new QFrame(row);
    bubble->setObjectName(mine ? QStringLiteral("assistantUserBubble") : QStringLiteral("assistantReplyBubble"));
    bubble->setStyleSheet(mine ? QStringLiteral("#assistantUserBubble { background: #f97316; border-radius: 10px; }"
                                                "QLabel { color: white; }")
                               : QStringLiteral("#assistantReplyBubble { background: #ffffff; border: 1px solid "
                                                "#e2e8f0; border-radius: 10px; }"));
    auto *bubbleLayout = new QHBoxLayout(bubble);
    bubbleLayout->setContentsMargins(10, 6, 6, 6);
    bubbleLayout->addWidget(wrapped(text, bubble, QStringLiteral("assistantBubbleText")), 1);
    if (!mine) {
        auto *speak = new QToolButton(bubble);
        speak->setObjectName(QStringLiteral("assistantSpeakButton"));
        speak->setIcon(Icons::icon(QStringLiteral("speaker"), colors::kMuted));
        speak->setAutoRaise(true);
        speak->setToolTip(m_speaker->isAvailable() ? tr("Read aloud") : m_speaker->problem());
        speak->setEnabled(m_speaker->isAvailable());
        connect(speak, &QToolButton::clicked, this, [this, text] { m_speaker->say(text); });
        bubbleLayout->addWidget(speak, 0, Qt::AlignTop);
    }
    if (mine)
        rowLayout->addStretch(1);
    rowLayout->addWidget(bubble, 6);
    if (!mine)
        rowLayout->addStretch(1);
    m_messagesLayout->addWidget(row);
}

QWidget *AssistantPanel::partCard(const PartCard &card)
{
    QFrame *frame = nullptr;
    QVBoxLayout *layout = cardLayout(m_messages, card.name, frame);
    layout->addWidget(wrapped(card.sku + QStringLiteral(" · ") + card.brand, frame));
    layout->addWidget(wrapped(tr("Stock: %1").arg(card.stockText), frame));
    auto *bottom = new QHBoxLayout;
    auto *price = new QLabel(card.price.format(QLocale()), frame);
    price->setStyleSheet(QStringLiteral("font-size: 15px; font-weight: 600;"));
    bottom->addWidget(price, 1);
    auto *add = new QPushButton(card.quantity == Quantity::units(1) ? tr("Add")
                                                                     : tr("Add %1").arg(card.quantity.toString()),
        frame);
    add->setObjectName(QStringLiteral("assistantAddButton"));
    add->setProperty("partId", card.partId);
    add->setEnabled(m_saleScreen != nullptr);
    if (!m_saleScreen) // the workshop kiosk: parts are sold at the counter
        add->setToolTip(tr("Parts are added to a sale at the counter."));
    connect(add, &QPushButton::clicked, this, [this, card] { addToSale(card); });
    bottom->addWidget(add);
    layout->addLayout(bottom);
    return frame;
}

QWidget *AssistantPanel::orderCard(const ServiceOrderCard &card)
{
    QFrame *frame = nullptr;
    QVBoxLayout *layout
        = cardLayout(m_messages, card.folio + QStringLiteral(" · ") + serviceOrderStatusName(card.status), frame);
    layout->addWidget(wrapped(card.vehicle + (card.plates.isEmpty() ? QString() : QStringLiteral(" · ") + card.plates),
        frame));
    layout->addWidget(wrapped(card.customerName, frame));
    if (!card.mechanicName.isEmpty())
        layout->addWidget(wrapped(tr("Mechanic: %1").arg(card.mechanicName), frame));
    if (card.promisedAt.isValid())
        layout->addWidget(wrapped(
            tr("Promised: %1").arg(QLocale().toString(card.promisedAt.toLocalTime(), QLocale::ShortFormat)), frame));
    return frame;
}

QWidget *AssistantPanel::customerCard(const Customer &customer)
{
    QFrame *frame = nullptr;
    QVBoxLayout *layout = cardLayout(m_messages, customer.fields.name, frame);
    if (!customer.fields.rfc.isEmpty())
        layout->addWidget(wrapped(tr("RFC: %1").arg(customer.fields.rfc), frame));
    if (!customer.fields.phone.isEmpty())
        layout->addWidget(wrapped(tr("Phone: %1").arg(customer.fields.phone), frame));
    if (!customer.fields.creditLimit.isZero())
        layout->addWidget(wrapped(tr("Credit limit: %1").arg(customer.fields.creditLimit.format(QLocale())), frame));
    return frame;
}

void AssistantPanel::addToSale(const PartCard &card)
{
    if (!ensureAssistant())
        return;
    const AssistantReply reply = m_assistant->addPart(card.partId, card.quantity);
    show(reply);
    if (reply.changedCart)
        Q_EMIT cartChanged();
}

void AssistantPanel::scrollToEnd()
{
    // The new bubbles are laid out later: follow the range until the conversation has grown.
    QScrollBar *bar = m_scroll->verticalScrollBar();
    bar->setValue(bar->maximum());
    QTimer::singleShot(0, this, [bar] { bar->setValue(bar->maximum()); });
}

void AssistantPanel::ensureMicrophone()
{
    if (m_microphone)
        return;
    m_microphone = new Microphone(this);
    connect(m_microphone, &Microphone::availabilityChanged, this, &AssistantPanel::updateMicrophoneState);
    connect(m_microphone, &Microphone::levelChanged, this,
        [this](double level) { m_level->setValue(int(std::lround(std::sqrt(level) * 100))); }); // loudness, roughly
    connect(m_microphone, &Microphone::limitReached, this, &AssistantPanel::stopListening);
}

bool AssistantPanel::isListening() const
{
    return m_microphone && m_microphone->isListening();
}

void AssistantPanel::updateMicrophoneState()
{
    const QString key = listenKey().toString(QKeySequence::NativeText);
    const bool listening = isListening();
    const bool transcribing = m_recognition->isRunning();
    m_micButton->setChecked(listening);
    m_micButton->setText(listening ? tr("Send (%1)").arg(key) : tr("Talk (%1)").arg(key));
    if (!m_microphone) {
        m_micButton->setEnabled(false); // not shown yet
        return;
    }
    QString problem = m_microphone->problem();
    const SpeechSettings settings = SpeechSettings::load(m_store);
    if (problem.isEmpty() && settings.engine == SpeechSettings::Engine::Offline && !SpeechEngines::offlineInstalled())
        problem = tr("This computer has no offline speech engine: choose the online transcription service in the "
                     "voice settings, or type.");
    m_micButton->setEnabled(problem.isEmpty() && !transcribing);
    m_micButton->setToolTip(problem.isEmpty() ? tr("Talk to Chalán: press to listen, press again to send (%1)").arg(key)
                                              : problem);
    if (!listening && !transcribing) {
        m_listenBar->hide();
        if (!problem.isEmpty())
            showMicrophoneStatus(problem, true);
        else if (m_micStatus->property("problem").toBool())
            showMicrophoneStatus({}, false); // solved (a microphone plugged in, the settings changed)
    }
}

void AssistantPanel::showMicrophoneStatus(const QString &text, bool error)
{
    m_micStatus->setText(text);
    m_micStatus->setStyleSheet(error ? QStringLiteral("color: #b91c1c; font-size: 12px;")
                                     : QStringLiteral("color: #475569; font-size: 12px;"));
    m_micStatus->setVisible(!text.isEmpty());
    m_micStatus->setProperty("problem", error);
}

void AssistantPanel::toggleListening()
{
    if (m_recognition->isRunning())
        return; // the last turn is still being transcribed
    if (isListening())
        stopListening();
    else
        startListening();
}

void AssistantPanel::startListening()
{
    ensureMicrophone();
    showMicrophoneStatus({}, false);
    if (!m_microphone->isAvailable()) {
        updateMicrophoneState();
        return;
    }
    // Engines made by an earlier turn say before recording when they cannot listen; the first turn after the
    // settings changed makes them on the worker (reading the key may wait on the keychain) and reports there.
    if (m_engines && m_engines->primary && !m_engines->primary->isAvailable()
        && !(m_engines->fallback && m_engines->fallback->isAvailable())) {
        showMicrophoneStatus(m_engines->primary->problem(), true);
        return;
    }
    if (!m_microphone->start()) {
        updateMicrophoneState();
        return;
    }
    m_speaker->stop(); // Chalán does not talk over the cashier
    m_listenLabel->setText(
        tr("Listening… press %1 or the button to send").arg(listenKey().toString(QKeySequence::NativeText)));
    m_listenLabel->setToolTip(m_microphone->deviceName());
    m_level->setRange(0, 100);
    m_level->setValue(0);
    m_listenBar->show();
    updateMicrophoneState();
}

void AssistantPanel::stopListening()
{
    if (!isListening())
        return;
    const AudioClip clip = m_microphone->stop();
    if (clip.seconds() < 0.2) {
        m_listenBar->hide();
        showMicrophoneStatus(tr("I heard nothing: press the button and speak, then press it again."), false);
        updateMicrophoneState();
        Q_EMIT speechHandled({});
        return;
    }
    m_listenLabel->setText(tr("Transcribing what you said…"));
    m_level->setRange(0, 0); // busy
    m_recognition->setFuture(QtConcurrent::run([engines = m_engines, settings = SpeechSettings::load(m_store),
                                                   dataDir = QFileInfo(m_store.db().path()).absolutePath(),
                                                   generation = m_enginesGeneration, clip] {
        Heard heard { {}, std::nullopt, engines ? *engines : SpeechEngines::make(settings, dataDir), generation };
        const std::shared_ptr<SpeechRecognizer> &primary = heard.engines.primary;
        const std::shared_ptr<SpeechRecognizer> &fallback = heard.engines.fallback;
        if (!primary) {
            heard.transcript = fail(ErrorCode::NotFound, NX_ERR("This computer has no offline speech engine"), {},
                QStringLiteral("engine"));
            return heard;
        }
        heard.transcript = primary->recognize(clip);
        // Offline, or the large-vocabulary model is not there (yet): the command engine listens instead.
        if (!heard.transcript && (heard.transcript.error().code() == ErrorCode::Network || !primary->isAvailable())
            && fallback && fallback->isAvailable()) {
            heard.primaryFailure = heard.transcript.error();
            heard.transcript = fallback->recognize(clip);
        }
        return heard;
    }));
    updateMicrophoneState();
}

void AssistantPanel::recognized()
{
    const Heard heard = m_recognition->result();
    if (heard.generation == m_enginesGeneration)
        m_engines = heard.engines; // kept for the next turns, until the settings change
    m_listenBar->hide();
    m_level->setRange(0, 100);
    updateMicrophoneState();
    if (heard.primaryFailure)
        qCWarning(lcListening) << "the chosen speech engine failed, the offline engine listened:"
                               << heard.primaryFailure->logMessage();
    // Only a service that cannot be reached or a model that is not there falls back: said plainly (the curl detail
    // is in the log; the missing model file is the manager's to fix, so it is named).
    const QString fellBack = !heard.primaryFailure ? QString()
        : heard.primaryFailure->code() == ErrorCode::Network
        ? tr("The online transcription service cannot be reached: the offline engine listened.")
        : tr("The large-vocabulary engine cannot listen (%1): the offline command engine listened.")
              .arg(heard.primaryFailure->message());
    showMicrophoneStatus(fellBack, false);
    if (!heard.transcript) {
        const Error &error = heard.transcript.error();
        qCWarning(lcListening) << "transcription failed:" << error.logMessage();
        // Offline is ordinary at a counter: say so plainly (the curl detail is in the log); a key or a model that
        // the service refuses is the manager's to fix, so its message is shown whole.
        addBubble(error.code() == ErrorCode::Network
                ? tr("I cannot reach the transcription service right now (no line?): type your question, or try "
                     "again when the line is back.")
                : tr("I could not transcribe what you said: %1").arg(error.message()),
            false);
        scrollToEnd();
        Q_EMIT speechHandled({});
        return;
    }
    const QString text = heard.transcript->text.trimmed();
    if (text.isEmpty()) {
        const QString again = tr("I did not catch that: try again closer to the microphone, or type.");
        showMicrophoneStatus(fellBack.isEmpty() ? again : fellBack + QLatin1Char(' ') + again, false);
        Q_EMIT speechHandled({});
        return;
    }
    m_pendingSpoken.clear(); // a new spoken turn replaces an unanswered one
    // Speech is misheard far more often than typing is mistyped: a request that would change the ticket is shown and
    // waits for Enter, never acted on by itself. Everything else (searches, stock, orders) is answered at once.
    if (ensureAssistant() && changesTicket(m_assistant->parser().parse(text).kind)) {
        addBubble(text, true);
        askToConfirm(text);
        Q_EMIT speechHandled(text);
        return;
    }
    (void)ask(text); // the same path as a typed question: the user's bubble, then the reply
    Q_EMIT speechHandled(text);
}

void AssistantPanel::openSpeechSettings()
{
    const std::optional<User> &user = m_auth.currentUser();
    if (!user)
        return;
    if (!roleHas(user->role, Permission::ConfigureBranch)) {
        ManagerAuthDialog authorize(m_auth, Permission::ConfigureBranch, QStringLiteral("speech_setup"),
            tr("Changing how Chalán listens needs a manager. A manager must authorise it with their PIN."), this);
        if (authorize.exec() != QDialog::Accepted)
            return;
    }
    SecretStore secrets(QFileInfo(m_store.db().path()).absolutePath());
    SpeechSettingsDialog dialog(m_store, secrets, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_engines.reset();
        ++m_enginesGeneration; // a turn being transcribed with the old settings does not bring them back
    }
    updateMicrophoneState();
}

} // namespace nexus
