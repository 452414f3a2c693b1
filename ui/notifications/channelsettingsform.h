// Notificaciones › Canales (managers): the WhatsApp Business Cloud API and SMTP settings of this counter, each channel
// switched on or off, the token and the password going to the SecretStore (the fields stay empty once stored: typing
// replaces them). Ctrl+S saves; a wrong field is named under the form and takes the focus; nothing is written.
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace nexus {

class Database;

class ChannelSettingsForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelSettingsForm)

public:
    // `db`: nexus.db; its folder holds the SecretStore's file fallback.
    explicit ChannelSettingsForm(Database &db, QWidget *parent = nullptr);

    bool save();

Q_SIGNALS:
    void saved(); // the dispatcher must read the channels again

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    void retranslate();
    void updateEnabled();

    Database &m_db;
    QString m_dataDir;
    QLabel *m_whatsAppTitle = nullptr;
    QCheckBox *m_whatsAppEnabled = nullptr;
    QLabel *m_phoneIdLabel = nullptr;
    QLineEdit *m_phoneId = nullptr;
    QLabel *m_tokenLabel = nullptr;
    QLineEdit *m_token = nullptr;
    QLabel *m_apiUrlLabel = nullptr;
    QLineEdit *m_apiUrl = nullptr;
    QLabel *m_smtpTitle = nullptr;
    QCheckBox *m_smtpEnabled = nullptr;
    QLabel *m_smtpUrlLabel = nullptr;
    QLineEdit *m_smtpUrl = nullptr;
    QLabel *m_fromLabel = nullptr;
    QLineEdit *m_from = nullptr;
    QLabel *m_fromNameLabel = nullptr;
    QLineEdit *m_fromName = nullptr;
    QLabel *m_userLabel = nullptr;
    QLineEdit *m_user = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_startTls = nullptr;
    QLabel *m_staffLabel = nullptr;
    QLineEdit *m_staffEmail = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_status = nullptr;
    bool m_tokenStored = false;
    bool m_passwordStored = false;
};

} // namespace nexus
