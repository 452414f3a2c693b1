// PIN panel: list on the left, PIN field and keypad on the right; the keypad and the keyboard both type the PIN.
#include "login/pinswitchpanel.h"

#include "auth/authservice.h"
#include "common/icons.h"
#include "common/waitcursor.h"
#include "login/pinpad.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace nexus {

namespace {
constexpr int kUsernameRole = Qt::UserRole + 1;
constexpr int kMaxPinLength = 8;
} // namespace

PinSwitchPanel::PinSwitchPanel(AuthService &auth, const QString &branchId, LeaveKind leaveKind, QWidget *parent)
    : QWidget(parent), m_auth(auth), m_branchId(branchId), m_leaveKind(leaveKind)
{
    setObjectName(QStringLiteral("pinSwitchPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("formTitle"));
    layout->addWidget(m_title);
    layout->addSpacing(6);
    m_subtitle = new QLabel(this);
    m_subtitle->setObjectName(QStringLiteral("formSubtitle"));
    m_subtitle->setWordWrap(true);
    layout->addWidget(m_subtitle);
    layout->addSpacing(22);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(28);
    layout->addLayout(columns, 1);

    m_listStack = new QStackedWidget(this);
    m_users = new QListWidget(m_listStack);
    m_users->setObjectName(QStringLiteral("pinUserList"));
    m_users->setIconSize(QSize(40, 40));
    m_users->setUniformItemSizes(true);
    m_users->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_listStack->addWidget(m_users);
    m_noUsers = new QLabel(m_listStack);
    m_noUsers->setObjectName(QStringLiteral("emptyHint"));
    m_noUsers->setWordWrap(true);
    m_noUsers->setAlignment(Qt::AlignCenter);
    m_listStack->addWidget(m_noUsers);
    m_listStack->setMinimumWidth(280);
    columns->addWidget(m_listStack, 1);

    auto *pinColumn = new QVBoxLayout;
    pinColumn->setSpacing(0);
    m_pinLabel = new QLabel(this);
    m_pinLabel->setObjectName(QStringLiteral("fieldLabel"));
    pinColumn->addWidget(m_pinLabel);
    pinColumn->addSpacing(6);
    m_pin = new QLineEdit(this);
    m_pin->setObjectName(QStringLiteral("pinEdit"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setAlignment(Qt::AlignCenter);
    m_pin->setMaxLength(kMaxPinLength);
    m_pin->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,8}")), m_pin));
    m_pinLabel->setBuddy(m_pin);
    pinColumn->addWidget(m_pin);
    pinColumn->addSpacing(10);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("pinError"));
    m_error->setProperty("role", QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    pinColumn->addWidget(m_error);
    pinColumn->addSpacing(10);
    m_pad = new PinPad(this);
    pinColumn->addWidget(m_pad, 1);
    columns->addLayout(pinColumn, 1);

    layout->addSpacing(18);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("pinCancelButton"));
    m_cancel->setProperty("kind", QStringLiteral("link"));
    if (m_leaveKind == LeaveKind::BackToPassword) {
        m_cancel->setIcon(Icons::iconWithGap(QStringLiteral("arrow-left"), 18, 8, colors::kAccentDark));
        m_cancel->setIconSize(QSize(18 + 8, 18));
    }
    m_cancel->setCursor(Qt::PointingHandCursor);
    layout->addWidget(m_cancel, 0, Qt::AlignLeft);

    connect(m_pad, &PinPad::digitPressed, this, [this](QChar digit) {
        if (m_pin->text().size() < kMaxPinLength)
            m_pin->setText(m_pin->text() + digit);
    });
    connect(m_pad, &PinPad::backspacePressed, this, [this] { m_pin->backspace(); });
    connect(m_pad, &PinPad::submitPressed, this, &PinSwitchPanel::submit);
    connect(m_pin, &QLineEdit::returnPressed, this, &PinSwitchPanel::submit);
    connect(m_users, &QListWidget::itemClicked, this, [this] { m_pin->setFocus(Qt::OtherFocusReason); });
    connect(m_users, &QListWidget::itemActivated, this, [this] { m_pin->setFocus(Qt::OtherFocusReason); });
    connect(m_cancel, &QPushButton::clicked, this, &PinSwitchPanel::cancelled);

    retranslate();
}

void PinSwitchPanel::reload()
{
    const QString previous = selectedUsername();
    m_users->clear();
    m_pin->clear();
    m_error->setVisible(false);
    Result<QList<User>> users = m_auth.users().activeUsers();
    if (!users) {
        showError(users.error().message());
        return;
    }
    for (const User &user : *users) {
        // The counter's own people: this branch's staff with a PIN. Branch-less accounts (admin, head office)
        // do not work a till and sign in with their password.
        if (!user.hasPin || user.branchId != m_branchId)
            continue;
        auto *item = new QListWidgetItem(Icons::avatar(user.displayName, 40, devicePixelRatioF()),
                                         user.displayName + QLatin1Char('\n') + roleDisplayName(user.role), m_users);
        item->setData(kUsernameRole, user.username);
        item->setSizeHint(QSize(0, 64));
        if (user.username == previous)
            m_users->setCurrentItem(item);
    }
    m_listStack->setCurrentWidget(m_users->count() > 0 ? static_cast<QWidget *>(m_users) : m_noUsers);
    m_pin->setFocus(Qt::OtherFocusReason);
}

void PinSwitchPanel::preselect(const QString &username)
{
    for (int row = 0; row < m_users->count(); ++row) {
        if (m_users->item(row)->data(kUsernameRole).toString().compare(username, Qt::CaseInsensitive) == 0) {
            m_users->setCurrentRow(row);
            return;
        }
    }
}

void PinSwitchPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_users->count() > 0)
            reload(); // role names in the list are translated too
    }
    QWidget::changeEvent(event);
}

void PinSwitchPanel::retranslate()
{
    m_title->setText(tr("Quick switch with PIN"));
    m_subtitle->setText(tr("Choose your name and type your PIN."));
    m_noUsers->setText(tr("No user of this branch has a PIN yet. Sign in with your user name and password."));
    m_pinLabel->setText(tr("P&IN"));
    m_pin->setPlaceholderText(QString::fromUtf8("••••"));
    m_pin->setAccessibleName(tr("PIN"));
    m_users->setAccessibleName(tr("Users of this branch"));
    m_cancel->setText(m_leaveKind == LeaveKind::BackToPassword ? tr("Use user name and password") : tr("Cancel"));
}

QString PinSwitchPanel::selectedUsername() const
{
    const QListWidgetItem *item = m_users->currentItem();
    return item ? item->data(kUsernameRole).toString() : QString();
}

void PinSwitchPanel::submit()
{
    const QString username = selectedUsername();
    if (username.isEmpty()) {
        showError(tr("Choose your name in the list first."));
        return;
    }
    Result<User> user;
    {
        WaitCursor wait;
        user = m_auth.switchUser(username, m_pin->text());
    }
    m_pin->clear();
    m_pin->setFocus(Qt::OtherFocusReason);
    if (!user) {
        showError(user.error().message());
        return;
    }
    m_error->setVisible(false);
    Q_EMIT switched(*user);
}

void PinSwitchPanel::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(true);
}

} // namespace nexus
