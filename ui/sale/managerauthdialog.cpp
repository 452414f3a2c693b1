// Manager authorisation dialog.
#include "sale/managerauthdialog.h"

#include "auth/authservice.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace nexus {

ManagerAuthDialog::ManagerAuthDialog(
    AuthService &auth, Permission permission, QString subject, const QString &reason, QWidget *parent)
    : QDialog(parent), m_auth(auth), m_permission(permission), m_subject(std::move(subject))
{
    setObjectName(QStringLiteral("managerAuthDialog"));
    setWindowTitle(tr("Manager authorisation"));
    setMinimumWidth(460);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(10);
    auto *title = new QLabel(tr("Manager authorisation"), this);
    title->setObjectName(QStringLiteral("dialogTitle"));
    layout->addWidget(title);
    auto *text = new QLabel(reason, this);
    text->setObjectName(QStringLiteral("dialogText"));
    text->setWordWrap(true);
    layout->addWidget(text);
    layout->addSpacing(6);

    auto *userLabel = new QLabel(tr("Manager's &user"), this);
    userLabel->setObjectName(QStringLiteral("fieldLabel"));
    layout->addWidget(userLabel);
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("managerUserEdit"));
    userLabel->setBuddy(m_user);
    layout->addWidget(m_user);
    auto *pinLabel = new QLabel(tr("&PIN"), this);
    pinLabel->setObjectName(QStringLiteral("fieldLabel"));
    layout->addWidget(pinLabel);
    m_pin = new QLineEdit(this);
    m_pin->setObjectName(QStringLiteral("managerPinEdit"));
    m_pin->setEchoMode(QLineEdit::Password);
    pinLabel->setBuddy(m_pin);
    layout->addWidget(m_pin);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("managerAuthError"));
    m_error->setProperty("role", QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    layout->addSpacing(8);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(10);
    buttons->addStretch(1);
    auto *authorize = new QPushButton(tr("Authorise"), this);
    authorize->setObjectName(QStringLiteral("authorizeButton"));
    authorize->setProperty("kind", QStringLiteral("primary"));
    authorize->setDefault(true);
    auto *cancel = new QPushButton(tr("Cancel"), this);
    cancel->setObjectName(QStringLiteral("managerAuthCancel"));
    buttons->addWidget(cancel);
    buttons->addWidget(authorize);
    layout->addLayout(buttons);
    connect(authorize, &QPushButton::clicked, this, &ManagerAuthDialog::submit);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    m_user->setFocus();
}

void ManagerAuthDialog::submit()
{
    const Status allowed
        = m_auth.authorizeWithManager(m_permission, m_user->text().trimmed(), m_pin->text(), m_subject);
    if (!allowed) {
        m_error->setText(allowed.error().message());
        m_error->show();
        m_pin->clear();
        m_pin->setFocus();
        return;
    }
    accept();
}

QString ManagerAuthDialog::managerUsername() const
{
    return m_user->text().trimmed();
}

} // namespace nexus
