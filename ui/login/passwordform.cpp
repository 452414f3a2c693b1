// Password form: Enter moves on or submits; a failed login keeps the username and asks again.
#include "login/passwordform.h"

#include "auth/authservice.h"
#include "common/icons.h"
#include "common/waitcursor.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace nexus {

PasswordForm::PasswordForm(AuthService &auth, QWidget *parent) : QWidget(parent), m_auth(auth)
{
    setObjectName(QStringLiteral("passwordForm"));
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
    layout->addSpacing(28);

    m_usernameLabel = new QLabel(this);
    m_usernameLabel->setObjectName(QStringLiteral("fieldLabel"));
    layout->addWidget(m_usernameLabel);
    layout->addSpacing(6);
    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_username->addAction(Icons::icon(QStringLiteral("user"), colors::kMuted), QLineEdit::LeadingPosition);
    m_username->setMaxLength(64);
    m_usernameLabel->setBuddy(m_username);
    layout->addWidget(m_username);
    layout->addSpacing(18);

    m_passwordLabel = new QLabel(this);
    m_passwordLabel->setObjectName(QStringLiteral("fieldLabel"));
    layout->addWidget(m_passwordLabel);
    layout->addSpacing(6);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->addAction(Icons::icon(QStringLiteral("lock"), colors::kMuted), QLineEdit::LeadingPosition);
    m_password->setMaxLength(128);
    m_passwordLabel->setBuddy(m_password);
    layout->addWidget(m_password);
    layout->addSpacing(16);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setProperty("role", QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    layout->addWidget(m_error);
    layout->addSpacing(8);

    m_submit = new QPushButton(this);
    m_submit->setObjectName(QStringLiteral("loginButton"));
    m_submit->setProperty("kind", QStringLiteral("primary"));
    m_submit->setCursor(Qt::PointingHandCursor);
    layout->addWidget(m_submit);
    layout->addSpacing(22);

    auto *dividerRow = new QHBoxLayout;
    dividerRow->setSpacing(12);
    auto line = [this] {
        auto *rule = new QFrame(this);
        rule->setObjectName(QStringLiteral("dividerLine"));
        rule->setFixedHeight(1);
        return rule;
    };
    dividerRow->addWidget(line(), 1);
    m_divider = new QLabel(this);
    m_divider->setObjectName(QStringLiteral("formDivider"));
    dividerRow->addWidget(m_divider);
    dividerRow->addWidget(line(), 1);
    layout->addLayout(dividerRow);
    layout->addSpacing(14);

    m_pinMode = new QPushButton(this);
    m_pinMode->setObjectName(QStringLiteral("pinModeButton"));
    m_pinMode->setProperty("kind", QStringLiteral("secondary"));
    m_pinMode->setIcon(Icons::iconWithGap(QStringLiteral("keypad"), 20, 10, colors::kText));
    m_pinMode->setIconSize(QSize(20 + 10, 20));
    m_pinMode->setCursor(Qt::PointingHandCursor);
    layout->addWidget(m_pinMode);

    // Enter in the username field moves on to the password, or signs in when it is already typed.
    connect(m_username, &QLineEdit::returnPressed, this, [this] {
        if (m_password->text().isEmpty())
            m_password->setFocus();
        else
            submit();
    });
    connect(m_password, &QLineEdit::returnPressed, this, &PasswordForm::submit);
    connect(m_submit, &QPushButton::clicked, this, &PasswordForm::submit);
    connect(m_pinMode, &QPushButton::clicked, this, &PasswordForm::pinModeRequested);
    setTabOrder(m_username, m_password);
    setTabOrder(m_password, m_submit);
    setTabOrder(m_submit, m_pinMode);

    retranslate();
}

void PasswordForm::reset()
{
    m_password->clear();
    m_error->clear();
    m_error->setVisible(false);
    focusFirstField();
}

void PasswordForm::focusFirstField()
{
    if (m_username->text().isEmpty())
        m_username->setFocus(Qt::OtherFocusReason);
    else
        m_password->setFocus(Qt::OtherFocusReason);
}

void PasswordForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PasswordForm::retranslate()
{
    m_title->setText(tr("Sign in"));
    m_subtitle->setText(tr("Enter your user name and password."));
    m_usernameLabel->setText(tr("&User name"));
    m_username->setPlaceholderText(tr("e.g. maria.lopez"));
    m_passwordLabel->setText(tr("&Password"));
    m_password->setPlaceholderText(tr("Your password"));
    m_submit->setText(tr("Sign in", "button"));
    m_divider->setText(tr("or"));
    m_pinMode->setText(tr("Quick switch with PIN"));
    m_username->setAccessibleName(tr("User name"));
    m_password->setAccessibleName(tr("Password"));
}

void PasswordForm::submit()
{
    if (!m_submit->isEnabled())
        return;
    Result<User> user;
    {
        // PBKDF2 takes a noticeable moment on purpose; show that something is happening.
        WaitCursor wait;
        m_submit->setEnabled(false);
        user = m_auth.login(m_username->text(), m_password->text());
        m_submit->setEnabled(true);
    }
    m_password->clear();
    if (!user) {
        showError(user.error().message());
        if (user.error().field() == QLatin1String("username"))
            m_username->setFocus(Qt::OtherFocusReason);
        else
            m_password->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_error->setVisible(false);
    Q_EMIT loggedIn(*user);
}

void PasswordForm::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(true);
    m_error->setAccessibleDescription(message);
}

} // namespace nexus
