// Manager list + PIN keypad; the PIN never leaves AuthService.
#include "workshop/workshopauthdialog.h"

#include "auth/authservice.h"
#include "common/icons.h"
#include "common/waitcursor.h"
#include "login/pinpad.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace nexus {

namespace {
constexpr int kUsernameRole = Qt::UserRole + 1;
}

WorkshopAuthDialog::WorkshopAuthDialog(AuthService &auth, Permission permission, const QString &branchId,
    QString subject, const QString &reason, QWidget *parent)
    : QDialog(parent), m_auth(auth), m_permission(permission), m_subject(std::move(subject))
{
    setObjectName(QStringLiteral("workshopAuthDialog"));
    setWindowTitle(tr("Authorisation with PIN"));
    setModal(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(10);
    auto *title = new QLabel(tr("Authorisation with PIN"), this);
    title->setObjectName(QStringLiteral("dialogTitle"));
    layout->addWidget(title);
    auto *text = new QLabel(reason, this);
    text->setObjectName(QStringLiteral("dialogText"));
    text->setWordWrap(true);
    layout->addWidget(text);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(24);
    m_people = new QListWidget(this);
    m_people->setObjectName(QStringLiteral("pinUserList"));
    m_people->setIconSize(QSize(40, 40));
    m_people->setMinimumWidth(260);
    m_people->setAccessibleName(tr("People who may authorise it"));
    Result<QList<User>> users = auth.users().activeUsers();
    if (users) {
        for (const User &user : *users) {
            if (!user.hasPin || !roleHas(user.role, permission)
                || (!user.branchId.isEmpty() && user.branchId != branchId))
                continue;
            auto *item = new QListWidgetItem(Icons::avatar(user.displayName, 40, devicePixelRatioF()),
                user.displayName + QLatin1Char('\n') + roleDisplayName(user.role), m_people);
            item->setData(kUsernameRole, user.username);
            item->setSizeHint(QSize(0, 64));
        }
    }
    if (m_people->count() == 1)
        m_people->setCurrentRow(0);
    columns->addWidget(m_people, 1);

    auto *pinColumn = new QVBoxLayout;
    pinColumn->setSpacing(8);
    m_pin = new QLineEdit(this);
    m_pin->setObjectName(QStringLiteral("pinEdit"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setAlignment(Qt::AlignCenter);
    m_pin->setMaxLength(8);
    m_pin->setAccessibleName(tr("Their PIN"));
    m_pin->setPlaceholderText(QString::fromUtf8("••••"));
    m_pin->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,8}")), m_pin));
    pinColumn->addWidget(m_pin);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("workshopAuthError"));
    m_error->setProperty("role", QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->hide();
    pinColumn->addWidget(m_error);
    auto *pad = new PinPad(this);
    pinColumn->addWidget(pad, 1);
    columns->addLayout(pinColumn, 1);
    layout->addLayout(columns, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *cancel = new QPushButton(tr("Cancel"), this);
    cancel->setObjectName(QStringLiteral("workshopAuthCancel"));
    cancel->setMinimumHeight(52);
    buttons->addWidget(cancel);
    layout->addLayout(buttons);

    connect(pad, &PinPad::digitPressed, this, [this](QChar digit) { m_pin->insert(QString(digit)); });
    connect(pad, &PinPad::backspacePressed, this, [this] { m_pin->backspace(); });
    connect(pad, &PinPad::submitPressed, this, &WorkshopAuthDialog::submit);
    connect(m_pin, &QLineEdit::returnPressed, this, &WorkshopAuthDialog::submit);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    m_pin->setFocus();
}

void WorkshopAuthDialog::submit()
{
    const QListWidgetItem *item = m_people->currentItem();
    if (!item) {
        m_error->setText(tr("Choose who authorises it in the list first."));
        m_error->show();
        return;
    }
    const QString username = item->data(kUsernameRole).toString();
    Status allowed;
    {
        WaitCursor wait;
        allowed = m_auth.authorizeWithManager(m_permission, username, m_pin->text(), m_subject);
    }
    m_pin->clear();
    if (!allowed) {
        m_error->setText(allowed.error().message());
        m_error->show();
        m_pin->setFocus();
        return;
    }
    Result<std::optional<UserRecord>> record = m_auth.users().findByUsername(username);
    if (!record || !record->has_value()) {
        m_error->setText(record ? tr("The user %1 no longer exists").arg(username) : record.error().message());
        m_error->show();
        return;
    }
    m_authorizer = WorkshopActor { (*record)->user.id, (*record)->user.displayName, (*record)->user.role };
    accept();
}

} // namespace nexus
