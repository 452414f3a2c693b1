// ChannelSettingsForm: two columns (WhatsApp, e-mail) over the staff's address and the Save button.
#include "notifications/channelsettingsform.h"

#include "client/notifications/channelsettings.h"
#include "client/secretstore.h"
#include "common/formstatus.h"
#include "store/database.h"

#include <QCheckBox>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace nexus {

namespace {

QLineEdit *field(const char *name, QWidget *parent, bool secret = false)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    if (secret)
        edit->setEchoMode(QLineEdit::Password);
    edit->setMinimumWidth(260);
    return edit;
}

QLabel *title(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    return label;
}

} // namespace

ChannelSettingsForm::ChannelSettingsForm(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_dataDir(QFileInfo(db.path()).absolutePath())
{
    setObjectName(QStringLiteral("channelSettings"));
    auto *layout = new QVBoxLayout(this);
    auto *columns = new QHBoxLayout;
    columns->setSpacing(32);

    auto *whatsApp = new QFormLayout;
    m_whatsAppTitle = title(this);
    whatsApp->addRow(m_whatsAppTitle);
    m_whatsAppEnabled = new QCheckBox(this);
    m_whatsAppEnabled->setObjectName(QStringLiteral("whatsappEnabled"));
    whatsApp->addRow(m_whatsAppEnabled);
    m_phoneIdLabel = new QLabel(this);
    m_phoneId = field("whatsappPhoneId", this);
    whatsApp->addRow(m_phoneIdLabel, m_phoneId);
    m_tokenLabel = new QLabel(this);
    m_token = field("whatsappToken", this, true);
    whatsApp->addRow(m_tokenLabel, m_token);
    m_apiUrlLabel = new QLabel(this);
    m_apiUrl = field("whatsappApiUrl", this);
    whatsApp->addRow(m_apiUrlLabel, m_apiUrl);
    columns->addLayout(whatsApp, 1);

    auto *smtp = new QFormLayout;
    m_smtpTitle = title(this);
    smtp->addRow(m_smtpTitle);
    m_smtpEnabled = new QCheckBox(this);
    m_smtpEnabled->setObjectName(QStringLiteral("smtpEnabled"));
    smtp->addRow(m_smtpEnabled);
    m_smtpUrlLabel = new QLabel(this);
    m_smtpUrl = field("smtpUrl", this);
    smtp->addRow(m_smtpUrlLabel, m_smtpUrl);
    m_fromLabel = new QLabel(this);
    m_from = field("smtpFrom", this);
    smtp->addRow(m_fromLabel, m_from);
    m_fromNameLabel = new QLabel(this);
    m_fromName = field("smtpFromName", this);
    smtp->addRow(m_fromNameLabel, m_fromName);
    m_userLabel = new QLabel(this);
    m_user = field("smtpUser", this);
    smtp->addRow(m_userLabel, m_user);
    m_passwordLabel = new QLabel(this);
    m_password = field("smtpPassword", this, true);
    smtp->addRow(m_passwordLabel, m_password);
    m_startTls = new QCheckBox(this);
    m_startTls->setObjectName(QStringLiteral("smtpStartTls"));
    smtp->addRow(m_startTls);
    columns->addLayout(smtp, 1);
    layout->addLayout(columns);

    auto *staff = new QFormLayout;
    m_staffLabel = new QLabel(this);
    m_staffEmail = field("staffEmail", this);
    staff->addRow(m_staffLabel, m_staffEmail);
    layout->addLayout(staff);
    m_status = formstatus::line("channelStatus", this);
    layout->addWidget(m_status);
    layout->addStretch(1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveChannels"));
    m_save->setProperty("kind", QStringLiteral("primary"));
    buttons->addWidget(m_save);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, [this] { (void)save(); });
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_S), this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, [this] { (void)save(); });
    connect(m_whatsAppEnabled, &QCheckBox::toggled, this, &ChannelSettingsForm::updateEnabled);
    connect(m_smtpEnabled, &QCheckBox::toggled, this, &ChannelSettingsForm::updateEnabled);
    load();
    retranslate();
}

void ChannelSettingsForm::load()
{
    SecretStore secrets(m_dataDir);
    Result<NotificationChannelSettings> loaded = loadChannelSettings(m_db, &secrets);
    if (!loaded) {
        formstatus::show(m_status, loaded.error().message(), true);
        return;
    }
    const NotificationChannelSettings &s = *loaded;
    m_whatsAppEnabled->setChecked(s.whatsappEnabled);
    m_phoneId->setText(s.whatsappPhoneNumberId);
    m_apiUrl->setText(s.whatsappApiUrl);
    m_token->clear();
    m_tokenStored = s.whatsappTokenStored;
    m_smtpEnabled->setChecked(s.smtpEnabled);
    m_smtpUrl->setText(s.smtpUrl);
    m_from->setText(s.smtpFrom);
    m_fromName->setText(s.smtpFromName);
    m_user->setText(s.smtpUser);
    m_password->clear();
    m_passwordStored = s.smtpPasswordStored;
    m_startTls->setChecked(s.smtpStartTlsRequired);
    m_staffEmail->setText(s.staffEmail);
    updateEnabled();
}

void ChannelSettingsForm::updateEnabled()
{
    for (QWidget *w : std::initializer_list<QWidget *> { m_phoneId, m_token, m_apiUrl })
        w->setEnabled(m_whatsAppEnabled->isChecked());
    for (QWidget *w : std::initializer_list<QWidget *> { m_smtpUrl, m_from, m_fromName, m_user, m_password, m_startTls })
        w->setEnabled(m_smtpEnabled->isChecked());
}

bool ChannelSettingsForm::save()
{
    NotificationChannelSettings s;
    s.whatsappEnabled = m_whatsAppEnabled->isChecked();
    s.whatsappPhoneNumberId = m_phoneId->text();
    s.whatsappApiUrl = m_apiUrl->text();
    s.whatsappToken = m_token->text();
    s.smtpEnabled = m_smtpEnabled->isChecked();
    s.smtpUrl = m_smtpUrl->text();
    s.smtpFrom = m_from->text();
    s.smtpFromName = m_fromName->text();
    s.smtpUser = m_user->text();
    s.smtpPassword = m_password->text();
    s.smtpStartTlsRequired = m_startTls->isChecked();
    s.staffEmail = m_staffEmail->text();
    SecretStore secrets(m_dataDir);
    Status written = saveChannelSettings(m_db, secrets, s);
    if (!written) {
        formstatus::show(m_status, written.error().message(), true);
        const QString f = written.error().field();
        QLineEdit *wrong = f == QLatin1String("whatsapp_phone_number_id") ? m_phoneId
            : f == QLatin1String("whatsapp_token")                        ? m_token
            : f == QLatin1String("whatsapp_api_url")                      ? m_apiUrl
            : f == QLatin1String("smtp_url")                              ? m_smtpUrl
            : f == QLatin1String("smtp_from")                             ? m_from
            : f == QLatin1String("staff_email")                           ? m_staffEmail
                                                                          : nullptr;
        if (wrong)
            wrong->setFocus();
        return false;
    }
    load();
    retranslate();
    formstatus::show(m_status, tr("Channels saved: messages go out with these settings from now on."), false);
    Q_EMIT saved();
    return true;
}

void ChannelSettingsForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ChannelSettingsForm::retranslate()
{
    m_whatsAppTitle->setText(tr("WhatsApp Business"));
    m_whatsAppEnabled->setText(tr("Send by WhatsApp"));
    m_phoneIdLabel->setText(tr("Phone number id"));
    m_tokenLabel->setText(tr("Access token"));
    m_token->setPlaceholderText(m_tokenStored ? tr("Stored; type to replace it") : tr("From Meta's Business settings"));
    m_apiUrlLabel->setText(tr("API address"));
    m_apiUrl->setPlaceholderText(tr("Meta's own (leave empty)"));
    m_smtpTitle->setText(tr("E-mail (SMTP)"));
    m_smtpEnabled->setText(tr("Send by e-mail"));
    m_smtpUrlLabel->setText(tr("Server"));
    m_smtpUrl->setPlaceholderText(QStringLiteral("smtps://smtp.ejemplo.mx:465"));
    m_fromLabel->setText(tr("Sender's address"));
    m_fromNameLabel->setText(tr("Sender's name"));
    m_userLabel->setText(tr("User"));
    m_passwordLabel->setText(tr("Password"));
    m_password->setPlaceholderText(m_passwordStored ? tr("Stored; type to replace it") : QString());
    m_startTls->setText(tr("Require an encrypted connection (STARTTLS)"));
    m_staffLabel->setText(tr("Staff's e-mail for alerts"));
    m_save->setText(tr("Save (Ctrl+S)"));
}

} // namespace nexus
